#include "templatefilters.h"

#include "catalog/entityref.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <functional>

namespace Atrium::TemplateFilters {

namespace {

using Arguments = QList<TemplateValue>;
using Filter = std::function<TemplateValue(const TemplateValue&, const Arguments&)>;

/// Output that filters may build from a number the template chose (center's width, batch's size…) stays below the
/// engine's own output bound, so a tiny template cannot ask for gigabytes.
constexpr double maxBuiltSize = 16 * 1024 * 1024;

TemplateValue argument(const Arguments& arguments, qsizetype index)
{
    return index < arguments.size() ? arguments.at(index) : TemplateValue();
}

[[noreturn]] void typeError(const QString& message)
{
    throw TemplateRuntimeFailure { u"TypeError: " + message };
}

[[noreturn]] void templateError(const QString& message)
{
    throw TemplateRuntimeFailure { u"Template render error: " + message };
}

QString readProperty(const TemplateValue& value)
{
    return value.isUndefined() ? QStringLiteral("undefined") : QStringLiteral("null");
}

/// nunjucks' normalize(): null, undefined and false become the default.
TemplateValue normalize(const TemplateValue& value, const TemplateValue& fallback)
{
    if (value.isNullish() || (value.type() == TemplateValue::Type::Bool && !value.boolValue()))
        return fallback;
    return value;
}

/// JavaScript's TypeError for `receiver.method()` on a value that has no such method.
[[noreturn]] void missingMethod(const TemplateValue& value, const char* receiver, const char* method)
{
    if (value.isNullish())
        typeError(QStringLiteral("Cannot read properties of %1 (reading '%2')")
                      .arg(readProperty(value), QLatin1String(method)));
    typeError(QStringLiteral("%1.%2 is not a function").arg(QLatin1String(receiver), QLatin1String(method)));
}

/// The string a filter calls a String.prototype method on; anything else fails as JavaScript fails.
QString stringFor(const TemplateValue& value, const char* method)
{
    if (!value.isString())
        missingMethod(value, "str", method);
    return value.stringValue();
}

QString normalizedString(const TemplateValue& value, const char* method)
{
    return stringFor(normalize(value, TemplateValue::string({})), method);
}

/// `x.length` for an array or a string, as a number; anything else has none.
std::optional<qsizetype> lengthOf(const TemplateValue& value)
{
    if (value.isArray())
        return value.arrayItems().size();
    if (value.isString())
        return value.stringValue().size();
    return std::nullopt;
}

/// lib.map(obj, identity): arrays copy, strings split, anything else gives nothing.
TemplateValue::Array itemsOf(const TemplateValue& value)
{
    if (value.isArray())
        return value.arrayItems();
    TemplateValue::Array items;
    // A SafeString has a length but no index properties: lib.map makes that many undefineds.
    if (value.isSafe())
        return TemplateValue::Array(value.stringValue().size());
    if (value.isString()) {
        for (QChar c : value.stringValue())
            items.append(TemplateValue::string(QString(c)));
    }
    return items;
}

const TemplateValue::Array& requireArray(const TemplateValue& value, const char* method)
{
    if (!value.isArray())
        missingMethod(value, "arr", method);
    return value.arrayItems();
}

QString repeatSpaces(double count)
{
    if (!(count > 0))
        return {};
    if (count > maxBuiltSize)
        throw TemplateRuntimeFailure { QStringLiteral("RangeError: Invalid string length") };
    return QString(qsizetype(std::ceil(count)), u' ');
}

/// nunjucks' copySafeness: a filter given a SafeString returns one.
TemplateValue copySafeness(const TemplateValue& input, QString result)
{
    return input.isSafe() ? TemplateValue::safeString(std::move(result)) : TemplateValue::string(std::move(result));
}

QString jsToLower(const QString& text)
{
    return text.toLower();
}

QString jsToUpper(const QString& text)
{
    return text.toUpper();
}

QString capitalize(const QString& text)
{
    const QString lower = jsToLower(text);
    if (lower.isEmpty())
        return lower;
    return jsToUpper(lower.left(1)) + lower.mid(1);
}

bool isJsWordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

QString jsTrim(const QString& text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && jsIsSpace(text.at(start)))
        ++start;
    while (end > start && jsIsSpace(text.at(end - 1)))
        --end;
    return text.mid(start, end - start);
}

QString collapseSpaces(const QString& text)
{
    QString out;
    bool inSpace = false;
    for (QChar c : text) {
        if (jsIsSpace(c)) {
            if (!inSpace)
                out += u' ';
            inSpace = true;
        } else {
            out += c;
            inSpace = false;
        }
    }
    return out;
}

QString encodeUriComponent(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "!*'()"));
}

/// parseInt's radix: ToInt32, where 0 (and undefined, NaN) mean 10 and anything outside 2…36 gives NaN (0 here).
int jsRadix(const TemplateValue& base)
{
    const double number = base.toJsNumber();
    if (!std::isfinite(number))
        return 10;
    const double int32 = std::fmod(std::trunc(number), 4294967296.0);
    const qint64 radix = qint64(int32 < 0 ? int32 + 4294967296.0 : int32);
    const qint64 signedRadix = radix >= 2147483648LL ? radix - 4294967296LL : radix;
    if (signedRadix == 0)
        return 10;
    return signedRadix >= 2 && signedRadix <= 36 ? int(signedRadix) : 0;
}

/// parseInt(String(value), base); a base of 0 is an invalid radix.
double jsParseInt(const TemplateValue& value, int base)
{
    if (base == 0)
        return std::nan("");
    const QString text = jsTrim(value.toJsString());
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text.at(i) == u'+' || text.at(i) == u'-'))
        negative = text.at(i++) == u'-';
    if (base == 16 && text.mid(i, 2).compare(u"0x", Qt::CaseInsensitive) == 0)
        i += 2;
    double result = 0;
    bool any = false;
    for (; i < text.size(); ++i) {
        const int digit = QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyz").indexOf(text.at(i).toLower());
        if (digit < 0 || digit >= base)
            break;
        result = result * base + digit;
        any = true;
    }
    if (!any)
        return std::nan("");
    return negative ? -result : result;
}

/// parseFloat(String(value)).
double jsParseFloat(const TemplateValue& value)
{
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(Infinity|([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?)"));
    QString text = value.toJsString();
    qsizetype start = 0;
    while (start < text.size() && jsIsSpace(text.at(start)))
        ++start;
    const QRegularExpressionMatch match = number.match(QStringView(text).mid(start));
    if (!match.hasMatch())
        return std::nan("");
    const QString found = match.captured(0);
    if (found.endsWith(u"Infinity"))
        return found.startsWith(u'-') ? -INFINITY : INFINITY;
    return found.toDouble();
}

/// lib.getAttrGetter: a dotted path followed through own properties only.
TemplateValue attributeOf(const TemplateValue& item, const TemplateValue& attribute)
{
    const QStringList parts
        = attribute.isString() ? attribute.stringValue().split(u'.') : QStringList { attribute.toJsString() };
    TemplateValue current = item;
    for (const QString& part : parts) {
        const bool own = current.isObject() ? current.objectMembers().contains(part)
            : (current.isArray() || current.isString())
            ? (part == u"length" || !current.member(TemplateValue::string(part)).isUndefined())
            : false;
        if (!own)
            return {};
        current = current.member(TemplateValue::string(part));
    }
    return current;
}

TemplateValue memberOrThrow(const TemplateValue& item, const TemplateValue& key)
{
    if (item.isNullish())
        typeError(
            QStringLiteral("Cannot read properties of %1 (reading '%2')").arg(readProperty(item), key.toJsString()));
    return item.member(key);
}

/// Array.prototype.sort as V8 runs it: undefined last without asking the comparator; arrays shorter than 64 by
/// TimSort's first run plus binary insertion, which is what decides the order when the comparator is inconsistent
/// (mixed types); longer ones by a stable merge sort, which agrees with V8 whenever the comparator is consistent.
using Comparator = std::function<int(const TemplateValue&, const TemplateValue&)>;

void mergeSort(TemplateValue::Array& items, const Comparator& compare)
{
    if (items.size() < 2)
        return;
    TemplateValue::Array left = items.mid(0, items.size() / 2);
    TemplateValue::Array right = items.mid(items.size() / 2);
    mergeSort(left, compare);
    mergeSort(right, compare);
    qsizetype i = 0, j = 0, k = 0;
    while (i < left.size() && j < right.size())
        items[k++] = compare(right.at(j), left.at(i)) < 0 ? right.at(j++) : left.at(i++);
    while (i < left.size())
        items[k++] = left.at(i++);
    while (j < right.size())
        items[k++] = right.at(j++);
}

void binaryInsertionSort(TemplateValue::Array& items, const Comparator& compare)
{
    const qsizetype size = items.size();
    if (size < 2)
        return;
    // CountAndMakeRun: the leading ascending (or strictly descending, then reversed) run.
    qsizetype run = 2;
    const bool descending = compare(items.at(1), items.at(0)) < 0;
    for (qsizetype i = 2; i < size; ++i) {
        const int order = compare(items.at(i), items.at(i - 1));
        if (descending ? order >= 0 : order < 0)
            break;
        ++run;
    }
    if (descending)
        std::reverse(items.begin(), items.begin() + run);
    for (qsizetype start = run; start < size; ++start) {
        const TemplateValue pivot = items.at(start);
        qsizetype left = 0, right = start;
        while (left < right) {
            const qsizetype mid = left + ((right - left) >> 1);
            if (compare(pivot, items.at(mid)) < 0)
                right = mid;
            else
                left = mid + 1;
        }
        for (qsizetype p = start; p > left; --p)
            items[p] = items.at(p - 1);
        items[left] = pivot;
    }
}

void jsSort(TemplateValue::Array& items, const Comparator& compare)
{
    TemplateValue::Array defined;
    qsizetype undefinedCount = 0;
    for (const TemplateValue& item : std::as_const(items)) {
        if (item.isUndefined())
            ++undefinedCount;
        else
            defined.append(item);
    }
    if (defined.size() < 64)
        binaryInsertionSort(defined, compare);
    else
        mergeSort(defined, compare);
    items = defined;
    items.resize(items.size() + undefinedCount);
}

bool jsGreater(const TemplateValue& a, const TemplateValue& b)
{
    return jsLessThan(b, a);
}

// Backstage's filters -------------------------------------------------------------------------------------------

/// What Backstage's sandbox does to a filter's arguments and result: a JSON round trip.
/// JSON.parse(JSON.stringify(value)) for a value that is not undefined; keeps JavaScript's key order.
TemplateValue jsonCopy(const TemplateValue& value)
{
    switch (value.type()) {
    case TemplateValue::Type::Number:
        return std::isfinite(value.numberValue()) ? value : TemplateValue::null();
    case TemplateValue::Type::Array: {
        TemplateValue::Array items;
        for (const TemplateValue& item : value.arrayItems())
            items.append(item.isUndefined() ? TemplateValue::null() : jsonCopy(item));
        return TemplateValue::array(std::move(items));
    }
    case TemplateValue::Type::Object: {
        TemplateValue::Object members;
        const auto& source = value.objectMembers();
        for (qsizetype i = 0; i < source.keys.size(); ++i) {
            if (!source.values.at(i).isUndefined())
                members.insert(source.keys.at(i), jsonCopy(source.values.at(i)));
        }
        return TemplateValue::object(std::move(members));
    }
    default:
        return value;
    }
}

TemplateValue jsonRoundTrip(const TemplateValue& value)
{
    if (value.isUndefined())
        throw TemplateRuntimeFailure { QStringLiteral("SyntaxError: \"undefined\" is not valid JSON") };
    return jsonCopy(value);
}

TemplateValue jsonArgument(const TemplateValue& value)
{
    return value.isUndefined() ? TemplateValue::null() : jsonCopy(value);
}

struct RepoUrl {
    QString host;
    TemplateValue::Object members;
};

/// parseRepoUrl from @backstage/plugin-scaffolder-node with Backstage's default integrations (github.com,
/// gitlab.com, bitbucket.org, dev.azure.com), which is all a local scaffolder run knows about.
RepoUrl parseRepoUrl(const TemplateValue& input)
{
    const QString url = input.toJsString();
    const qsizetype hostEnd = [&] {
        qsizetype end = url.size();
        for (QChar c : { QChar(u'/'), QChar(u'?'), QChar(u'#') }) {
            const qsizetype at = url.indexOf(c);
            if (at >= 0)
                end = std::min(end, at);
        }
        return end;
    }();
    const QString host = url.left(hostEnd).toLower();
    if (host.isEmpty() || host.contains(u' ') || host.contains(u'@'))
        throw TemplateRuntimeFailure { QStringLiteral("Error: Invalid repo URL passed to publisher, got %1, "
                                                      "TypeError: Invalid URL")
                                           .arg(url) };
    QHash<QString, QString> query;
    const qsizetype question = url.indexOf(u'?', hostEnd);
    if (question >= 0) {
        QString queryText = url.mid(question + 1);
        if (const qsizetype hash = queryText.indexOf(u'#'); hash >= 0)
            queryText.truncate(hash);
        for (const QString& pair : queryText.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(u'=');
            const auto decode = [](QString text) {
                text.replace(u'+', u' ');
                return QUrl::fromPercentEncoding(text.toUtf8());
            };
            const QString key = decode(equals >= 0 ? pair.left(equals) : pair);
            if (!query.contains(key))
                query.insert(key, decode(equals >= 0 ? pair.mid(equals + 1) : QString()));
        }
    }
    static const QHash<QString, QString> knownHosts { { QStringLiteral("github.com"), QStringLiteral("github") },
                                                      { QStringLiteral("gitlab.com"), QStringLiteral("gitlab") },
                                                      { QStringLiteral("bitbucket.org"), QStringLiteral("bitbucket") },
                                                      { QStringLiteral("dev.azure.com"), QStringLiteral("azure") } };
    const QString type = knownHosts.value(host);
    if (type.isEmpty())
        throw TemplateRuntimeFailure {
            QStringLiteral("Error: No matching integration configuration for host %1, please check your "
                           "integrations config")
                .arg(host)
        };
    const auto param = [&](const QString& name) {
        return query.contains(name) ? TemplateValue::string(query.value(name)) : TemplateValue();
    };
    if ((type == u"github" || type == u"gitlab")
        && (query.value(QStringLiteral("repo")).isEmpty() || query.value(QStringLiteral("owner")).isEmpty()))
        throw TemplateRuntimeFailure {
            QStringLiteral("Error: Invalid repo URL passed to publisher: %1, missing repo or owner").arg(url)
        };
    RepoUrl result;
    result.host = host;
    result.members.insert(QStringLiteral("host"), TemplateValue::string(host));
    for (const char* name : { "owner", "repo", "organization", "workspace", "project" })
        result.members.insert(QLatin1String(name), param(QLatin1String(name)));
    return result;
}

TemplateValue parseEntityRefFilter(const TemplateValue& input, const Arguments& arguments)
{
    const TemplateValue context = jsonArgument(argument(arguments, 0));
    const QString defaultKind = context.member(TemplateValue::string(QStringLiteral("defaultKind"))).isString()
        ? context.member(TemplateValue::string(QStringLiteral("defaultKind"))).stringValue()
        : QString();
    const TemplateValue namespaceValue = context.member(TemplateValue::string(QStringLiteral("defaultNamespace")));
    const QString defaultNamespace
        = namespaceValue.isString() ? namespaceValue.stringValue() : EntityRef::defaultNamespace().toString();
    TemplateValue::Object members;
    if (input.isString()) {
        QString error;
        const auto ref = EntityRef::parse(input.stringValue(), defaultKind, defaultNamespace, &error);
        if (!ref)
            throw TemplateRuntimeFailure { u"TypeError: " + error };
        members.insert(QStringLiteral("kind"), TemplateValue::string(ref->kind));
        members.insert(QStringLiteral("namespace"), TemplateValue::string(ref->ns));
        members.insert(QStringLiteral("name"), TemplateValue::string(ref->name));
        return TemplateValue::object(std::move(members));
    }
    typeError(QStringLiteral("Unable to parse entity ref"));
}

/// lodash's get with a dotted or bracketed path.
TemplateValue pick(const TemplateValue& input, const TemplateValue& path)
{
    static const QRegularExpression brackets(QStringLiteral("\\[(\\w+)\\]"));
    QString text = path.toJsString();
    text.replace(brackets, QStringLiteral(".\\1"));
    TemplateValue current = jsonArgument(input);
    for (const QString& part : text.split(u'.', Qt::SkipEmptyParts)) {
        if (current.isNullish())
            return {};
        current = current.member(TemplateValue::string(part));
    }
    return current;
}

// The table -----------------------------------------------------------------------------------------------------

QString urlize(const QString& text, const TemplateValue& length, const TemplateValue& nofollow)
{
    static const QRegularExpression punctuation(QStringLiteral("^(?:\\(|<|&lt;)?(.*?)(?:\\.|,|\\)|\\n|&gt;)?\\z"));
    static const QRegularExpression email(
        QStringLiteral("^[A-Za-z0-9_.!#$%&'*+\\-/=?^`{|}~]+@[a-zA-Z0-9\\-]+(\\.[a-zA-Z0-9\\-]+)+\\z"));
    static const QRegularExpression tld(QStringLiteral("\\.(?:org|net|com)(?::|/|\\z)"));
    const bool noLength = length.isNumber() && std::isnan(length.numberValue());
    const QString noFollow = (nofollow.type() == TemplateValue::Type::Bool && nofollow.boolValue())
        ? QStringLiteral(" rel=\"nofollow\"")
        : QString();
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i;
        const bool space = jsIsSpace(text.at(i));
        while (end < text.size() && jsIsSpace(text.at(end)) == space)
            ++end;
        const QString word = text.mid(i, end - i);
        i = end;
        if (space) {
            out += word;
            continue;
        }
        const QRegularExpressionMatch match = punctuation.match(word);
        const QString url = match.hasMatch() ? match.captured(1) : word;
        QString shortUrl = url;
        if (!noLength && !length.isUndefined()) {
            const double n = length.toJsNumber();
            shortUrl = url.left(std::isnan(n) || n < 0 ? 0 : qsizetype(std::min(n, double(url.size()))));
        }
        if (url.startsWith(u"http://") || url.startsWith(u"https://"))
            out += QStringLiteral("<a href=\"%1\"%2>%3</a>").arg(url, noFollow, shortUrl);
        else if (url.startsWith(u"www."))
            out += QStringLiteral("<a href=\"http://%1\"%2>%3</a>").arg(url, noFollow, shortUrl);
        else if (email.match(url).hasMatch())
            out += QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(url);
        else if (tld.match(url).hasMatch())
            out += QStringLiteral("<a href=\"http://%1\"%2>%3</a>").arg(url, noFollow, shortUrl);
        else
            out += word;
    }
    return out;
}

QString stripTags(const QString& input, bool preserveLinebreaks)
{
    static const QRegularExpression tags(QStringLiteral("<\\/?([a-z][a-z0-9]*)\\b[^>]*>|<!--[\\s\\S]*?-->"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString text = jsTrim(QString(input).remove(tags));
    if (!preserveLinebreaks)
        return collapseSpaces(text);
    static const QRegularExpression edges(QStringLiteral("^ +| +$"), QRegularExpression::MultilineOption);
    static const QRegularExpression spaces(QStringLiteral(" +"));
    static const QRegularExpression breaks(QStringLiteral("\\n\\n\\n+"));
    text.remove(edges);
    text.replace(spaces, QStringLiteral(" "));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(breaks, QStringLiteral("\n\n"));
    return text;
}

QString truncate(QString text, double length, bool killWords, const TemplateValue& end)
{
    if (double(text.size()) <= length)
        return text;
    const auto clampIndex = [&](double value) {
        return qsizetype(std::clamp(std::isnan(value) ? 0.0 : std::trunc(value), 0.0, double(text.size())));
    };
    if (killWords) {
        text = text.left(clampIndex(length));
    } else {
        // lastIndexOf treats a NaN position as the end of the string.
        qsizetype index = text.lastIndexOf(u' ', std::isnan(length) ? text.size() : clampIndex(length));
        if (length < 0)
            index = text.startsWith(u' ') ? 0 : -1;
        text = text.left(index == -1 ? clampIndex(length) : index);
    }
    return text + (end.isNullish() ? QStringLiteral("...") : end.toJsString());
}

QString htmlEscape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        case u'\'':
            out += u"&#39;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'\\':
            out += u"&#92;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

/// value.toString() as the escape and safe filters call it.
QString toStringMethod(const TemplateValue& value)
{
    return value.isNullish() ? QString() : value.toJsString();
}

TemplateValue dump(const TemplateValue& input, const TemplateValue& spaces)
{
    // JSON.stringify's gap: a number of spaces (at most 10), or the first 10 characters of a string.
    QString gap;
    if (spaces.isNumber() && spaces.numberValue() >= 1)
        gap = QString(qsizetype(std::min(10.0, spaces.numberValue())), u' ');
    else if (spaces.isString() && !spaces.isSafe())
        gap = spaces.stringValue().left(10);
    const QString text = jsonStringify(input, gap);
    return text.isNull() ? TemplateValue() : TemplateValue::string(text);
}

TemplateValue selectOrReject(const TemplateValue& input, const Arguments& arguments, bool expected)
{
    if (input.isNullish())
        typeError(QStringLiteral("Cannot convert undefined or null to object"));
    const TemplateValue testName = argument(arguments, 0).isUndefined()
        ? TemplateValue::string(QStringLiteral("truthy"))
        : argument(arguments, 0);
    TemplateValue::Array kept;
    for (const TemplateValue& item : itemsOf(input)) {
        if (test(testName.toJsString(), item, { argument(arguments, 1) }) == expected)
            kept.append(item);
    }
    return TemplateValue::array(std::move(kept));
}

TemplateValue attrFilter(const TemplateValue& input, const TemplateValue& attribute, bool keepTruthy)
{
    TemplateValue::Array kept;
    for (const TemplateValue& item : requireArray(input, "filter")) {
        if (memberOrThrow(item, attribute).isTruthy() == keepTruthy)
            kept.append(item);
    }
    return TemplateValue::array(std::move(kept));
}

const QHash<QString, Filter>& filters()
{
    static const QHash<QString, Filter> table = [] {
        QHash<QString, Filter> t;
        t.insert(QStringLiteral("abs"), [](const TemplateValue& in, const Arguments&) {
            return TemplateValue::number(std::abs(in.toJsNumber()));
        });
        t.insert(QStringLiteral("batch"), [](const TemplateValue& in, const Arguments& a) {
            const double count = argument(a, 0).toJsNumber();
            const TemplateValue fill = argument(a, 1);
            TemplateValue::Array result, current;
            const qsizetype size = lengthOf(in).value_or(0);
            for (qsizetype i = 0; i < size; ++i) {
                if (std::fmod(double(i), count) == 0 && !current.isEmpty()) {
                    result.append(TemplateValue::array(current));
                    current.clear();
                }
                current.append(in.member(TemplateValue::number(double(i))));
            }
            if (!current.isEmpty()) {
                if (fill.isTruthy()) {
                    if (count > maxBuiltSize)
                        throw TemplateRuntimeFailure { QStringLiteral("RangeError: Invalid array length") };
                    for (double i = double(current.size()); i < count; ++i)
                        current.append(fill);
                }
                result.append(TemplateValue::array(current));
            }
            return TemplateValue::array(std::move(result));
        });
        t.insert(QStringLiteral("capitalize"), [](const TemplateValue& in, const Arguments&) {
            return copySafeness(in, capitalize(normalizedString(in, "toLowerCase")));
        });
        t.insert(QStringLiteral("center"), [](const TemplateValue& in, const Arguments& a) {
            const QString text = normalizedString(in, "length");
            const double width = argument(a, 0).isTruthy() ? argument(a, 0).toJsNumber() : 80;
            if (double(text.size()) >= width)
                return normalize(in, TemplateValue::string({}));
            const double spaces = width - double(text.size());
            return copySafeness(in, repeatSpaces(spaces / 2 - std::fmod(spaces, 2)) + text + repeatSpaces(spaces / 2));
        });
        const Filter defaultFilter = [](const TemplateValue& in, const Arguments& a) {
            if (argument(a, 1).isTruthy())
                return in.isTruthy() ? in : argument(a, 0);
            return in.isUndefined() ? argument(a, 0) : in;
        };
        t.insert(QStringLiteral("default"), defaultFilter);
        t.insert(QStringLiteral("d"), defaultFilter);
        t.insert(QStringLiteral("dictsort"), [](const TemplateValue& in, const Arguments& a) {
            if (!in.isObject())
                templateError(QStringLiteral("dictsort filter: val must be an object"));
            const TemplateValue by = argument(a, 1);
            int index = 0;
            if (by.isString() && by.stringValue() == u"value")
                index = 1;
            else if (!by.isUndefined() && !(by.isString() && by.stringValue() == u"key"))
                templateError(QStringLiteral("dictsort filter: You can only sort by either key or value"));
            const bool caseSensitive = argument(a, 0).isTruthy();
            TemplateValue::Array pairs;
            const auto& members = in.objectMembers();
            for (qsizetype i = 0; i < members.keys.size(); ++i)
                pairs.append(TemplateValue::array({ TemplateValue::string(members.keys.at(i)), members.values.at(i) }));
            jsSort(pairs, [&](const TemplateValue& t1, const TemplateValue& t2) {
                TemplateValue x = t1.arrayItems().at(index);
                TemplateValue y = t2.arrayItems().at(index);
                if (!caseSensitive) {
                    if (x.isString())
                        x = TemplateValue::string(jsToUpper(x.stringValue()));
                    if (y.isString())
                        y = TemplateValue::string(jsToUpper(y.stringValue()));
                }
                return jsGreater(x, y) ? 1 : jsStrictEquals(x, y) ? 0 : -1;
            });
            return TemplateValue::array(std::move(pairs));
        });
        t.insert(QStringLiteral("dump"),
                 [](const TemplateValue& in, const Arguments& a) { return dump(in, argument(a, 0)); });
        const Filter escape = [](const TemplateValue& in, const Arguments&) {
            return in.isSafe() ? in : TemplateValue::safeString(htmlEscape(toStringMethod(in)));
        };
        t.insert(QStringLiteral("escape"), escape);
        t.insert(QStringLiteral("e"), escape);
        t.insert(QStringLiteral("forceescape"), [](const TemplateValue& in, const Arguments&) {
            return TemplateValue::safeString(htmlEscape(toStringMethod(in)));
        });
        t.insert(QStringLiteral("safe"), [](const TemplateValue& in, const Arguments&) {
            return in.isSafe() ? in : TemplateValue::safeString(toStringMethod(in));
        });
        t.insert(QStringLiteral("first"),
                 [](const TemplateValue& in, const Arguments&) { return memberOrThrow(in, TemplateValue::number(0)); });
        t.insert(QStringLiteral("last"), [](const TemplateValue& in, const Arguments&) {
            if (in.isNullish())
                memberOrThrow(in, TemplateValue::string(QStringLiteral("length")));
            const auto length = lengthOf(in);
            return length ? in.member(TemplateValue::number(double(*length - 1))) : TemplateValue();
        });
        t.insert(QStringLiteral("float"), [](const TemplateValue& in, const Arguments& a) {
            const double value = jsParseFloat(in);
            return std::isnan(value) ? argument(a, 0) : TemplateValue::number(value);
        });
        t.insert(QStringLiteral("int"), [](const TemplateValue& in, const Arguments& a) {
            const TemplateValue base = argument(a, 1);
            const double value = jsParseInt(in, jsRadix(base));
            return std::isnan(value) ? argument(a, 0) : TemplateValue::number(value);
        });
        t.insert(QStringLiteral("groupby"), [](const TemplateValue& in, const Arguments& a) {
            TemplateValue::Object groups;
            QHash<QString, TemplateValue::Array> members;
            const qsizetype size = lengthOf(in).value_or(0);
            for (qsizetype i = 0; i < size; ++i) {
                const TemplateValue item = in.member(TemplateValue::number(double(i)));
                const QString key = attributeOf(item, argument(a, 0)).toJsString();
                if (!members.contains(key))
                    groups.insert(key, {});
                members[key].append(item);
            }
            for (qsizetype i = 0; i < groups.keys.size(); ++i)
                groups.values[i] = TemplateValue::array(members.value(groups.keys.at(i)));
            return TemplateValue::object(std::move(groups));
        });
        t.insert(QStringLiteral("indent"), [](const TemplateValue& in, const Arguments& a) {
            const QString text = normalizedString(in, "split");
            if (text.isEmpty())
                return TemplateValue::string({});
            const QString spaces = repeatSpaces(argument(a, 0).isTruthy() ? argument(a, 0).toJsNumber() : 4);
            const bool first = argument(a, 1).isTruthy();
            QStringList lines = text.split(u'\n');
            for (qsizetype i = first ? 0 : 1; i < lines.size(); ++i)
                lines[i] = spaces + lines[i];
            return copySafeness(in, lines.join(u'\n'));
        });
        t.insert(QStringLiteral("join"), [](const TemplateValue& in, const Arguments& a) {
            const QString separator = argument(a, 0).isTruthy() ? argument(a, 0).toJsString() : QString();
            TemplateValue::Array items;
            if (argument(a, 1).isTruthy()) {
                for (const TemplateValue& item : itemsOf(in))
                    items.append(memberOrThrow(item, argument(a, 1)));
                if (!in.isArray() && !in.isString())
                    requireArray(in, "join");
            } else {
                items = requireArray(in, "join");
            }
            QStringList parts;
            for (const TemplateValue& item : items)
                parts << (item.isNullish() ? QString() : item.toJsString());
            return TemplateValue::string(parts.join(separator));
        });
        t.insert(QStringLiteral("length"), [](const TemplateValue& in, const Arguments&) {
            const TemplateValue value = normalize(in, TemplateValue::string({}));
            if (value.isObject())
                return TemplateValue::number(double(value.objectMembers().keys.size()));
            const auto length = lengthOf(value);
            return length ? TemplateValue::number(double(*length)) : TemplateValue();
        });
        t.insert(QStringLiteral("list"), [](const TemplateValue& in, const Arguments&) {
            if ((in.isString() && !in.isSafe()) || in.isArray())
                return TemplateValue::array(itemsOf(in));
            if (!in.isObject() && !in.isSafe())
                templateError(QStringLiteral("list filter: type not iterable"));
            TemplateValue::Array entries;
            const TemplateValue object = in.isSafe() ? in.safeStringFields() : in;
            const auto& members = object.objectMembers();
            for (qsizetype i = 0; i < members.keys.size(); ++i) {
                TemplateValue::Object entry;
                entry.insert(QStringLiteral("key"), TemplateValue::string(members.keys.at(i)));
                entry.insert(QStringLiteral("value"), members.values.at(i));
                entries.append(TemplateValue::object(std::move(entry)));
            }
            return TemplateValue::array(std::move(entries));
        });
        t.insert(QStringLiteral("lower"), [](const TemplateValue& in, const Arguments&) {
            return TemplateValue::string(jsToLower(normalizedString(in, "toLowerCase")));
        });
        t.insert(QStringLiteral("upper"), [](const TemplateValue& in, const Arguments&) {
            return TemplateValue::string(jsToUpper(normalizedString(in, "toUpperCase")));
        });
        t.insert(QStringLiteral("nl2br"), [](const TemplateValue& in, const Arguments&) {
            if (in.isNullish())
                return TemplateValue::string({});
            QString text = stringFor(in, "replace");
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            text.replace(QStringLiteral("\n"), QStringLiteral("<br />\n"));
            return copySafeness(in, text);
        });
        t.insert(QStringLiteral("reject"),
                 [](const TemplateValue& in, const Arguments& a) { return selectOrReject(in, a, false); });
        t.insert(QStringLiteral("select"),
                 [](const TemplateValue& in, const Arguments& a) { return selectOrReject(in, a, true); });
        t.insert(QStringLiteral("rejectattr"),
                 [](const TemplateValue& in, const Arguments& a) { return attrFilter(in, argument(a, 0), false); });
        t.insert(QStringLiteral("selectattr"),
                 [](const TemplateValue& in, const Arguments& a) { return attrFilter(in, argument(a, 0), true); });
        t.insert(QStringLiteral("replace"), [](const TemplateValue& in, const Arguments& a) {
            TemplateValue old = argument(a, 0);
            const QString replacement = argument(a, 1).toJsString();
            const double maxCount = argument(a, 2).isUndefined() ? -1 : argument(a, 2).toJsNumber();
            if (old.isNumber())
                old = TemplateValue::string(old.toJsString());
            else if (!old.isString())
                return in;
            if (!in.isString() && !in.isNumber())
                return in;
            // From here on nunjucks works on (and returns) the string form of a number.
            const QString text = in.toJsString();
            const QString& needle = old.stringValue();
            if (needle.isEmpty()) {
                // new_ + str.split('').join(new_) + new_, where join(undefined) joins with commas.
                const QString separator = argument(a, 1).isUndefined() ? QStringLiteral(",") : replacement;
                QString out = replacement;
                for (qsizetype i = 0; i < text.size(); ++i) {
                    if (i > 0)
                        out += separator;
                    out += text.at(i);
                    if (out.size() > maxBuiltSize)
                        throw TemplateRuntimeFailure { QStringLiteral("RangeError: Invalid string length") };
                }
                out += replacement;
                return copySafeness(in, out);
            }
            qsizetype next = text.indexOf(needle);
            if (maxCount == 0 || next == -1)
                return in.isSafe() ? in : TemplateValue::string(text);
            QString out;
            qsizetype position = 0;
            double count = 0;
            while (next > -1 && (maxCount == -1 || count < maxCount)) {
                out += text.mid(position, next - position) + replacement;
                position = next + needle.size();
                ++count;
                next = text.indexOf(needle, position);
                if (out.size() > maxBuiltSize)
                    throw TemplateRuntimeFailure { QStringLiteral("RangeError: Invalid string length") };
            }
            if (position < text.size())
                out += text.mid(position);
            return copySafeness(in, out);
        });
        t.insert(QStringLiteral("reverse"), [](const TemplateValue& in, const Arguments&) {
            TemplateValue::Array items = itemsOf(in);
            std::reverse(items.begin(), items.end());
            if (!in.isString() || in.isSafe())
                return TemplateValue::array(std::move(items));
            QString out;
            for (const TemplateValue& item : items)
                out += item.stringValue();
            return TemplateValue::string(out);
        });
        t.insert(QStringLiteral("round"), [](const TemplateValue& in, const Arguments& a) {
            const double precision = argument(a, 0).isTruthy() ? argument(a, 0).toJsNumber() : 0;
            const double factor = std::pow(10, precision);
            const QString method = argument(a, 1).toJsString();
            const double scaled = in.toJsNumber() * factor;
            const double rounded = method == u"ceil" ? std::ceil(scaled)
                : method == u"floor"                 ? std::floor(scaled)
                                                     : jsRound(scaled);
            return TemplateValue::number(rounded / factor);
        });
        t.insert(QStringLiteral("slice"), [](const TemplateValue& in, const Arguments& a) {
            const double slices = argument(a, 0).toJsNumber();
            const TemplateValue fill = argument(a, 1);
            const qsizetype size = lengthOf(in).value_or(0);
            if (slices > maxBuiltSize)
                throw TemplateRuntimeFailure { QStringLiteral("RangeError: Invalid array length") };
            const double sliceLength = std::floor(double(size) / slices);
            const double extra = std::fmod(double(size), slices);
            TemplateValue::Array result;
            double offset = 0;
            const TemplateValue::Array items = itemsOf(in);
            for (double i = 0; i < slices; ++i) {
                const double start = offset + i * sliceLength;
                if (i < extra)
                    ++offset;
                const double end = offset + (i + 1) * sliceLength;
                TemplateValue::Array current;
                for (double j = std::max(0.0, start); j < std::min(end, double(items.size())); ++j)
                    current.append(items.at(qsizetype(j)));
                if (fill.isTruthy() && i >= extra)
                    current.append(fill);
                result.append(TemplateValue::array(std::move(current)));
            }
            return TemplateValue::array(std::move(result));
        });
        t.insert(QStringLiteral("sum"), [](const TemplateValue& in, const Arguments& a) {
            TemplateValue total = TemplateValue::number(0);
            for (const TemplateValue& item : requireArray(in, "reduce"))
                total = jsAdd(total, argument(a, 0).isTruthy() ? memberOrThrow(item, argument(a, 0)) : item);
            const TemplateValue start = argument(a, 1).isUndefined() ? TemplateValue::number(0) : argument(a, 1);
            return jsAdd(start, total);
        });
        t.insert(QStringLiteral("sort"), [](const TemplateValue& in, const Arguments& a) {
            TemplateValue::Array items = itemsOf(in);
            const bool reversed = argument(a, 0).isTruthy();
            const bool caseSensitive = argument(a, 1).isTruthy();
            const TemplateValue attribute = argument(a, 2);
            jsSort(items, [&](const TemplateValue& left, const TemplateValue& right) {
                TemplateValue x = attribute.isTruthy() ? attributeOf(left, attribute) : left;
                TemplateValue y = attribute.isTruthy() ? attributeOf(right, attribute) : right;
                if (!caseSensitive && x.isString() && y.isString()) {
                    x = TemplateValue::string(jsToLower(x.stringValue()));
                    y = TemplateValue::string(jsToLower(y.stringValue()));
                }
                if (jsLessThan(x, y))
                    return reversed ? 1 : -1;
                if (jsGreater(x, y))
                    return reversed ? -1 : 1;
                return 0;
            });
            return TemplateValue::array(std::move(items));
        });
        t.insert(QStringLiteral("string"), [](const TemplateValue& in, const Arguments&) {
            if (in.isNullish())
                memberOrThrow(in, TemplateValue::string(QStringLiteral("toString")));
            return copySafeness(in, in.toJsString());
        });
        t.insert(QStringLiteral("striptags"), [](const TemplateValue& in, const Arguments& a) {
            return copySafeness(in, stripTags(normalizedString(in, "replace"), argument(a, 0).isTruthy()));
        });
        t.insert(QStringLiteral("title"), [](const TemplateValue& in, const Arguments&) {
            QStringList words = normalizedString(in, "split").split(u' ');
            for (QString& word : words)
                word = capitalize(word);
            return copySafeness(in, words.join(u' '));
        });
        t.insert(QStringLiteral("trim"), [](const TemplateValue& in, const Arguments&) {
            return copySafeness(in, jsTrim(stringFor(in, "replace")));
        });
        t.insert(QStringLiteral("truncate"), [](const TemplateValue& in, const Arguments& a) {
            const TemplateValue original = normalize(in, TemplateValue::string({}));
            const TemplateValue length = argument(a, 0).isTruthy() ? argument(a, 0) : TemplateValue::number(255);
            if (!original.isString()) {
                // Only an array that is short enough survives: anything else reaches String methods it lacks.
                if (original.isArray() && jsLessOrEqual(TemplateValue::number(original.arrayItems().size()), length))
                    return original;
                typeError(QStringLiteral("input.substring is not a function"));
            }
            return copySafeness(
                in, truncate(original.stringValue(), length.toJsNumber(), argument(a, 1).isTruthy(), argument(a, 2)));
        });
        t.insert(QStringLiteral("urlencode"), [](const TemplateValue& in, const Arguments&) {
            if (in.isString() && !in.isSafe())
                return TemplateValue::string(encodeUriComponent(in.stringValue()));
            QStringList pairs;
            const auto encode = [](const TemplateValue& v) { return encodeUriComponent(v.toJsString()); };
            if (in.isArray()) {
                for (const TemplateValue& item : in.arrayItems())
                    pairs << encode(memberOrThrow(item, TemplateValue::number(0))) + u'='
                            + encode(item.member(TemplateValue::number(1)));
            } else if (in.isObject() || in.isSafe()) {
                const TemplateValue object = in.isSafe() ? in.safeStringFields() : in;
                const auto& members = object.objectMembers();
                for (qsizetype i = 0; i < members.keys.size(); ++i)
                    pairs << encode(TemplateValue::string(members.keys.at(i))) + u'=' + encode(members.values.at(i));
            }
            return TemplateValue::string(pairs.join(u'&'));
        });
        t.insert(QStringLiteral("urlize"), [](const TemplateValue& in, const Arguments& a) {
            return TemplateValue::string(urlize(stringFor(in, "split"), argument(a, 0), argument(a, 1)));
        });
        t.insert(QStringLiteral("wordcount"), [](const TemplateValue& in, const Arguments&) {
            const TemplateValue value = normalize(in, TemplateValue::string({}));
            if (!value.isTruthy())
                return TemplateValue::null();
            const QString text = stringFor(value, "match");
            int count = 0;
            bool inWord = false;
            for (QChar c : text) {
                const bool word = isJsWordChar(c);
                if (word && !inWord)
                    ++count;
                inWord = word;
            }
            return count > 0 ? TemplateValue::number(count) : TemplateValue::null();
        });
        // Backstage's
        t.insert(QStringLiteral("parseRepoUrl"), [](const TemplateValue& in, const Arguments&) {
            return jsonRoundTrip(TemplateValue::object(parseRepoUrl(jsonArgument(in)).members));
        });
        t.insert(QStringLiteral("projectSlug"), [](const TemplateValue& in, const Arguments&) {
            const RepoUrl parsed = parseRepoUrl(jsonArgument(in));
            return TemplateValue::string(parsed.members.value(u"owner").toJsString() + u'/'
                                         + parsed.members.value(u"repo").toJsString());
        });
        t.insert(QStringLiteral("parseEntityRef"), [](const TemplateValue& in, const Arguments& a) {
            return jsonRoundTrip(parseEntityRefFilter(jsonArgument(in), a));
        });
        t.insert(QStringLiteral("pick"), [](const TemplateValue& in, const Arguments& a) {
            return jsonRoundTrip(pick(in, jsonArgument(argument(a, 0))));
        });
        return t;
    }();
    return table;
}

} // namespace

QString keywordMarker()
{
    return QStringLiteral("__keywords");
}

namespace {

/// nunjucks' makeMacro for the filters declared with named parameters (sort, int): keyword arguments fill the named
/// positions that positional arguments left open. Every other filter gets the keyword object as it is.
QList<TemplateValue> bindKeywordArguments(const QString& name, const QList<TemplateValue>& arguments)
{
    static const QHash<QString, QStringList> parameterNames {
        { QStringLiteral("sort"),
          { QStringLiteral("reverse"), QStringLiteral("case_sensitive"), QStringLiteral("attribute") } },
        { QStringLiteral("int"), { QStringLiteral("default"), QStringLiteral("base") } },
    };
    const auto names = parameterNames.constFind(name);
    if (names == parameterNames.constEnd() || arguments.isEmpty())
        return arguments;
    const TemplateValue& last = arguments.last();
    const bool hasKeywords = last.isObject() && last.objectMembers().contains(keywordMarker());
    if (!hasKeywords)
        return arguments;
    QList<TemplateValue> bound = arguments.mid(0, arguments.size() - 1);
    for (qsizetype i = bound.size(); i < names->size(); ++i)
        bound.append(last.objectMembers().value(names->at(i)));
    return bound;
}

} // namespace

bool exists(const QString& name, bool cookiecutterCompat)
{
    return filters().contains(name) || (cookiecutterCompat && name == u"jsonify");
}

TemplateValue apply(const QString& name, const TemplateValue& input, const QList<TemplateValue>& arguments)
{
    if (name == u"jsonify")
        return dump(input, argument(arguments, 0));
    const auto it = filters().constFind(name);
    if (it == filters().constEnd())
        throw TemplateRuntimeFailure { QStringLiteral("Error: filter not found: %1").arg(name) };
    return (*it)(input, bindKeywordArguments(name, arguments));
}

bool test(const QString& name, const TemplateValue& input, const QList<TemplateValue>& arguments)
{
    const TemplateValue other = argument(arguments, 0);
    const double number = input.toJsNumber();
    if (name == u"defined")
        return !input.isUndefined();
    if (name == u"undefined")
        return input.isUndefined();
    if (name == u"none" || name == u"null")
        return input.type() == TemplateValue::Type::Null;
    if (name == u"number")
        return input.isNumber();
    if (name == u"string")
        return input.isString() && !input.isSafe();
    if (name == u"truthy")
        return input.isTruthy();
    if (name == u"falsy")
        return !input.isTruthy();
    if (name == u"odd")
        return std::fmod(number, 2) == 1;
    if (name == u"even")
        return std::fmod(number, 2) == 0;
    if (name == u"divisibleby")
        return std::fmod(number, other.toJsNumber()) == 0;
    if (name == u"equalto" || name == u"eq" || name == u"sameas")
        return jsStrictEquals(input, other);
    if (name == u"ne")
        return !jsStrictEquals(input, other);
    if (name == u"gt" || name == u"greaterthan")
        return jsLessThan(other, input);
    if (name == u"lt" || name == u"lessthan")
        return jsLessThan(input, other);
    if (name == u"ge")
        return jsLessOrEqual(other, input);
    if (name == u"le")
        return jsLessOrEqual(input, other);
    // A SafeString is an object, never === to the string its method returns.
    if (name == u"lower")
        return jsToLower(stringFor(input, "toLowerCase")) == input.stringValue() && !input.isSafe();
    if (name == u"upper")
        return jsToUpper(stringFor(input, "toUpperCase")) == input.stringValue() && !input.isSafe();
    if (name == u"mapping")
        return input.isObject() || input.isSafe();
    if (name == u"iterable")
        return input.isArray() || input.isString();
    if (name == u"callable")
        return false;
    if (name == u"escaped")
        return input.isSafe();
    throw TemplateRuntimeFailure { QStringLiteral("Error: test not found: %1").arg(name) };
}

} // namespace Atrium::TemplateFilters

#include "templatemethods.h"

#include "templatefilters.h"

#include <cmath>

namespace Atrium::TemplateMethods {

namespace {

using Arguments = QList<TemplateValue>;

/// Strings a method may build stay below the engine's output bound.
constexpr qsizetype maxBuiltSize = 16 * 1024 * 1024;

TemplateValue argument(const Arguments& arguments, qsizetype index)
{
    return index < arguments.size() ? arguments.at(index) : TemplateValue();
}

/// ToIntegerOrInfinity.
double toInteger(const TemplateValue& value)
{
    const double number = value.toJsNumber();
    return std::isnan(number) ? 0 : std::trunc(number);
}

/// A relative index (negative counts from the end) clamped to [0, size], as slice() takes it.
qsizetype relativeIndex(const TemplateValue& value, qsizetype size, qsizetype fallback)
{
    if (value.isUndefined())
        return fallback;
    const double index = toInteger(value);
    if (index < 0)
        return qsizetype(std::max(0.0, double(size) + index));
    return qsizetype(std::min(index, double(size)));
}

/// A position clamped to [0, size], as substring(), includes() and indexOf() take it.
qsizetype clampedIndex(const TemplateValue& value, qsizetype size, qsizetype fallback)
{
    if (value.isUndefined())
        return fallback;
    return qsizetype(std::clamp(toInteger(value), 0.0, double(size)));
}

/// GetSubstitution for a string pattern: $$, $&, $` and $'.
QString substitute(const QString& replacement, const QString& text, qsizetype position, const QString& matched)
{
    QString out;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != u'$' || i + 1 >= replacement.size()) {
            out += c;
            continue;
        }
        const QChar next = replacement.at(i + 1);
        if (next == u'$')
            out += u'$';
        else if (next == u'&')
            out += matched;
        else if (next == u'`')
            out += text.left(position);
        else if (next == u'\'')
            out += text.mid(position + matched.size());
        else {
            out += c;
            continue;
        }
        ++i;
    }
    return out;
}

QString replaceString(const QString& text, const Arguments& arguments, bool all)
{
    const QString pattern = argument(arguments, 0).toJsString();
    const QString replacement = argument(arguments, 1).toJsString();
    QString out;
    qsizetype position = 0;
    qsizetype found = text.indexOf(pattern);
    while (found >= 0) {
        out += text.mid(position, found - position) + substitute(replacement, text, found, pattern);
        position = found + pattern.size();
        if (out.size() > maxBuiltSize)
            throw TemplateRuntimeFailure { QStringLiteral("RangeError: Invalid string length") };
        if (!all)
            break;
        // An empty pattern matches between every pair of characters.
        found = pattern.isEmpty() ? (position < text.size() ? position + 1 : -1) : text.indexOf(pattern, position);
        if (pattern.isEmpty() && found >= 0) {
            out += text.mid(position, found - position);
            position = found;
        }
    }
    return out + text.mid(position);
}

QString padded(const QString& text, const Arguments& arguments, bool atStart)
{
    const double length = toInteger(argument(arguments, 0));
    const QString filler
        = argument(arguments, 1).isUndefined() ? QStringLiteral(" ") : argument(arguments, 1).toJsString();
    if (length <= double(text.size()) || filler.isEmpty())
        return text;
    if (length > double(maxBuiltSize))
        throw TemplateRuntimeFailure { QStringLiteral("RangeError: Invalid string length") };
    const qsizetype missing = qsizetype(length) - text.size();
    const QString padding = filler.repeated(missing / filler.size() + 1).left(missing);
    return atStart ? padding + text : text + padding;
}

TemplateValue::Array splitString(const QString& text, const Arguments& arguments)
{
    const double limit = argument(arguments, 1).isUndefined() ? 4294967295.0 : toInteger(argument(arguments, 1));
    TemplateValue::Array parts;
    if (limit <= 0)
        return parts;
    const auto add = [&](const QString& part) {
        if (double(parts.size()) < limit)
            parts.append(TemplateValue::string(part));
    };
    if (argument(arguments, 0).isUndefined()) {
        add(text);
        return parts;
    }
    const QString separator = argument(arguments, 0).toJsString();
    if (separator.isEmpty()) {
        for (QChar c : text)
            add(QString(c));
        return parts;
    }
    for (const QString& part : text.split(separator))
        add(part);
    return parts;
}

std::optional<TemplateValue> callStringMethod(const QString& text, const QString& name, const Arguments& arguments)
{
    const auto string = [](QString value) { return TemplateValue::string(std::move(value)); };
    const auto boolean = [](bool value) { return TemplateValue::boolean(value); };
    const auto number = [](qsizetype value) { return TemplateValue::number(double(value)); };
    const TemplateValue first = argument(arguments, 0);
    if (name == u"toUpperCase" || name == u"toLocaleUpperCase")
        return string(text.toUpper());
    if (name == u"toLowerCase" || name == u"toLocaleLowerCase")
        return string(text.toLower());
    if (name == u"trim" || name == u"trimStart" || name == u"trimEnd") {
        qsizetype start = 0, end = text.size();
        if (name != u"trimEnd")
            while (start < end && jsIsSpace(text.at(start)))
                ++start;
        if (name != u"trimStart")
            while (end > start && jsIsSpace(text.at(end - 1)))
                --end;
        return string(text.mid(start, end - start));
    }
    if (name == u"split")
        return TemplateValue::array(splitString(text, arguments));
    if (name == u"replace" || name == u"replaceAll")
        return string(replaceString(text, arguments, name == u"replaceAll"));
    if (name == u"startsWith") {
        const qsizetype from = clampedIndex(argument(arguments, 1), text.size(), 0);
        return boolean(QStringView(text).mid(from).startsWith(first.toJsString()));
    }
    if (name == u"endsWith") {
        const qsizetype end = clampedIndex(argument(arguments, 1), text.size(), text.size());
        return boolean(QStringView(text).left(end).endsWith(first.toJsString()));
    }
    if (name == u"includes")
        return boolean(text.indexOf(first.toJsString(), clampedIndex(argument(arguments, 1), text.size(), 0)) >= 0);
    if (name == u"indexOf")
        return number(text.indexOf(first.toJsString(), clampedIndex(argument(arguments, 1), text.size(), 0)));
    if (name == u"lastIndexOf")
        return number(text.lastIndexOf(first.toJsString()));
    if (name == u"slice") {
        const qsizetype start = relativeIndex(first, text.size(), 0);
        const qsizetype end = relativeIndex(argument(arguments, 1), text.size(), text.size());
        return string(start < end ? text.mid(start, end - start) : QString());
    }
    if (name == u"substring") {
        qsizetype start = clampedIndex(first, text.size(), 0);
        qsizetype end = clampedIndex(argument(arguments, 1), text.size(), text.size());
        if (start > end)
            std::swap(start, end);
        return string(text.mid(start, end - start));
    }
    if (name == u"charAt") {
        const double index = toInteger(first);
        return string(index >= 0 && index < double(text.size()) ? QString(text.at(qsizetype(index))) : QString());
    }
    if (name == u"padStart" || name == u"padEnd")
        return string(padded(text, arguments, name == u"padStart"));
    if (name == u"repeat") {
        const double count = toInteger(first);
        if (count < 0 || std::isinf(count))
            throw TemplateRuntimeFailure {
                QStringLiteral("RangeError: Invalid count value: %1").arg(first.toJsString())
            };
        if (text.isEmpty())
            return string(QString());
        if (count * double(text.size()) > double(maxBuiltSize))
            throw TemplateRuntimeFailure { QStringLiteral("RangeError: Invalid string length") };
        return string(text.repeated(qsizetype(count)));
    }
    if (name == u"concat") {
        QString out = text;
        for (const TemplateValue& value : arguments)
            out += value.toJsString();
        return string(out);
    }
    return std::nullopt;
}

std::optional<TemplateValue> callArrayMethod(const TemplateValue::Array& items, const QString& name,
                                             const Arguments& arguments)
{
    const TemplateValue first = argument(arguments, 0);
    if (name == u"join") {
        const QString separator = first.isUndefined() ? QStringLiteral(",") : first.toJsString();
        QStringList parts;
        for (const TemplateValue& item : items)
            parts << (item.isNullish() ? QString() : item.toJsString());
        return TemplateValue::string(parts.join(separator));
    }
    if (name == u"includes" || name == u"indexOf") {
        for (qsizetype i = 0; i < items.size(); ++i) {
            // includes uses SameValueZero (NaN finds NaN), indexOf strict equality.
            const bool nanMatch = name == u"includes" && items.at(i).isNumber() && first.isNumber()
                && std::isnan(items.at(i).numberValue()) && std::isnan(first.numberValue());
            if (jsStrictEquals(items.at(i), first) || nanMatch)
                return name == u"includes" ? TemplateValue::boolean(true) : TemplateValue::number(double(i));
        }
        return name == u"includes" ? TemplateValue::boolean(false) : TemplateValue::number(-1);
    }
    if (name == u"slice") {
        const qsizetype start = relativeIndex(first, items.size(), 0);
        const qsizetype end = relativeIndex(argument(arguments, 1), items.size(), items.size());
        return TemplateValue::array(start < end ? items.mid(start, end - start) : TemplateValue::Array());
    }
    if (name == u"concat") {
        TemplateValue::Array out = items;
        for (const TemplateValue& value : arguments) {
            if (value.isArray())
                out += value.arrayItems();
            else
                out.append(value);
        }
        return TemplateValue::array(std::move(out));
    }
    return std::nullopt;
}

} // namespace

/// installJinjaCompat's read-only Python methods.
static std::optional<TemplateValue> callPythonMethod(const TemplateValue& target, const QString& name,
                                                     const QList<TemplateValue>& arguments)
{
    const TemplateValue first = arguments.value(0);
    if (target.isArray()) {
        const TemplateValue::Array& items = target.arrayItems();
        const auto matches = [&](const TemplateValue& item) { return jsStrictEquals(item, first); };
        if (name == u"count")
            return TemplateValue::number(double(std::count_if(items.begin(), items.end(), matches)));
        if (name == u"index" || name == u"find") {
            const auto it = std::find_if(items.begin(), items.end(), matches);
            if (it == items.end() && name == u"index")
                throw TemplateRuntimeFailure { QStringLiteral("Error: ValueError") };
            return TemplateValue::number(it == items.end() ? -1.0 : double(it - items.begin()));
        }
        return std::nullopt;
    }
    // installJinjaCompat looks methods up on `obj || {}`, so undefined has them too.
    if (!target.isObject() && target.isTruthy())
        return std::nullopt;
    const TemplateValue::Object members = target.isObject() ? target.objectMembers() : TemplateValue::Object {};
    if (name == u"items" || name == u"iteritems") {
        TemplateValue::Array entries;
        for (qsizetype i = 0; i < members.keys.size(); ++i)
            entries.append(TemplateValue::array({ TemplateValue::string(members.keys.at(i)), members.values.at(i) }));
        return TemplateValue::array(std::move(entries));
    }
    if (name == u"values" || name == u"itervalues")
        return TemplateValue::array(members.values);
    if (name == u"keys" || name == u"iterkeys") {
        TemplateValue::Array keys;
        for (const QString& key : members.keys)
            keys.append(TemplateValue::string(key));
        return TemplateValue::array(std::move(keys));
    }
    if (name == u"get") {
        const TemplateValue value = members.value(first.toJsString());
        return value.isUndefined() ? arguments.value(1) : value;
    }
    if (name == u"has_key")
        return TemplateValue::boolean(members.contains(first.toJsString()));
    return std::nullopt;
}

std::optional<TemplateValue> call(const TemplateValue& target, const QString& name,
                                  const QList<TemplateValue>& arguments, bool jinjaCompat)
{
    if (jinjaCompat) {
        if (auto result = callPythonMethod(target, name, arguments))
            return result;
    }
    if (target.isString())
        return callStringMethod(target.stringValue(), name, arguments);
    if (target.isArray())
        return callArrayMethod(target.arrayItems(), name, arguments);
    return std::nullopt;
}

} // namespace Atrium::TemplateMethods

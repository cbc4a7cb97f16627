#include "backendsyaml.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

const QString kIndentStep = u"  "_s;

/// Both YAML 1.1 and 1.2 readers must see a string here: anything that could read as a number, a boolean, null or a
/// date is quoted, as is anything with YAML punctuation. Plain text keeps the file readable for people.
bool plainIsSafe(const QString& text, bool flow)
{
    static const QRegularExpression block(u"^[A-Za-z_/][A-Za-z0-9_./@:+ -]*$"_s);
    static const QRegularExpression inFlow(u"^[A-Za-z_/][A-Za-z0-9_./@+-]*$"_s);
    static const QRegularExpression otherType(
        u"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$"_s);
    if (!(flow ? inFlow : block).match(text).hasMatch() || otherType.match(text).hasMatch())
        return false;
    return !text.contains(u": "_s) && !text.endsWith(u':') && !text.endsWith(u' ');
}

/// A JSON string is a valid YAML double-quoted scalar.
QString doubleQuoted(const QString& text)
{
    const QByteArray json = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString scalarText(const QString& text, bool flow = false)
{
    return plainIsSafe(text, flow) ? text : doubleQuoted(text);
}

/// A `|` block keeps a Nunjucks body as people wrote it. Only text that reads back exactly gets one: one or no final
/// newline (`|` or `|-`), no leading indentation (that would need an indentation indicator), no control characters.
bool fitsLiteralBlock(const QString& text)
{
    static const QRegularExpression unsafe(u"[\\x{0}-\\x{8}\\x{b}-\\x{1f}\\x{7f}-\\x{9f}\\x{feff}]"_s);
    if (!text.contains(u'\n') || unsafe.match(text).hasMatch() || text.endsWith(u"\n\n"_s))
        return false;
    if (text.startsWith(u' ') || text.startsWith(u'\t') || text.startsWith(u'\n'))
        return false;
    const QString last = text.endsWith(u'\n') ? text.chopped(1) : text;
    return !last.isEmpty() && !last.endsWith(u' ') && !last.endsWith(u'\t') && !last.endsWith(u'\n');
}

QString literalBlock(const QString& text, const QString& indent)
{
    const bool finalNewline = text.endsWith(u'\n');
    QString result = finalNewline ? u"|"_s : u"|-"_s;
    const QStringList lines = (finalNewline ? text.chopped(1) : text).split(u'\n');
    for (const QString& line : lines)
        result += u'\n' + (line.isEmpty() ? QString() : indent + line);
    return result;
}

QString scalarValue(const QJsonValue& value, const QString& indent, bool flow = false)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number, 'g', 17);
    }
    case QJsonValue::String:
        if (!flow && fitsLiteralBlock(value.toString()))
            return literalBlock(value.toString(), indent);
        return scalarText(value.toString(), flow);
    default:
        return u"null"_s;
    }
}

QStringList orderedKeys(const QJsonObject& object)
{
    const QStringList& order = BackendsYaml::keyOrder();
    QStringList keys = object.keys();
    std::stable_sort(keys.begin(), keys.end(), [&order](const QString& a, const QString& b) {
        const qsizetype ia = order.contains(a) ? order.indexOf(a) : order.size();
        const qsizetype ib = order.contains(b) ? order.indexOf(b) : order.size();
        return ia < ib;
    });
    return keys;
}

/// `token: {env: NAME}` reads as one thought, as in docs/backends.md.
bool writesAsFlow(const QJsonObject& object)
{
    if (object.isEmpty() || object.size() > 2)
        return false;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString() || !plainIsSafe(it.key(), true) || !plainIsSafe(it.value().toString(), true))
            return false;
    }
    return true;
}

QString node(const QJsonValue& value, const QString& indent);

QString mappingEntries(const QJsonObject& object, const QString& indent)
{
    QStringList lines;
    for (const QString& key : orderedKeys(object)) {
        const QJsonValue value = object.value(key);
        const QString name = scalarText(key);
        if (key == u"token"_s && value.isObject() && writesAsFlow(value.toObject())) {
            QStringList pairs;
            const QJsonObject inner = value.toObject();
            for (auto it = inner.constBegin(); it != inner.constEnd(); ++it)
                pairs.append(it.key() + u": "_s + scalarValue(it.value(), QString(), true));
            lines.append(name + u": {"_s + pairs.join(u", "_s) + u'}');
        } else if ((value.isObject() && !value.toObject().isEmpty())
                   || (value.isArray() && !value.toArray().isEmpty())) {
            lines.append(name + u":\n"_s + indent + kIndentStep + node(value, indent + kIndentStep));
        } else if (value.isObject()) {
            lines.append(name + u": {}"_s);
        } else if (value.isArray()) {
            lines.append(name + u": []"_s);
        } else {
            lines.append(name + u": "_s + scalarValue(value, indent + kIndentStep));
        }
    }
    return lines.join(u'\n' + indent);
}

QString node(const QJsonValue& value, const QString& indent)
{
    if (value.isObject())
        return mappingEntries(value.toObject(), indent);
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue item : value.toArray()) {
            if ((item.isObject() && !item.toObject().isEmpty()) || (item.isArray() && !item.toArray().isEmpty()))
                items.append(u"- "_s + node(item, indent + kIndentStep));
            else if (item.isObject())
                items.append(u"- {}"_s);
            else if (item.isArray())
                items.append(u"- []"_s);
            else
                items.append(u"- "_s + scalarValue(item, indent + kIndentStep));
        }
        return items.join(u'\n' + indent);
    }
    return scalarValue(value, indent);
}

bool isBackendsKey(QStringView line)
{
    static const QRegularExpression key(u"^backends[ \\t]*:(?:[ \\t]|$)"_s);
    return key.match(line).hasMatch();
}

bool isDocumentMarker(QStringView line)
{
    return (line.startsWith(u"---") || line.startsWith(u"...")) && (line.size() == 3 || line.at(3).isSpace());
}

/// Lines of a block that start at column 0 and still belong to it: sequence entries (YAML lets a key's list start
/// at the key's own column), blank lines and comments.
bool continuesBlock(QStringView line)
{
    if (line.isEmpty() || line.at(0).isSpace() || line.startsWith(u'#'))
        return true;
    return line.startsWith(u'-') && (line.size() == 1 || line.at(1).isSpace()) && !isDocumentMarker(line);
}

bool isBlankOrComment(QStringView line)
{
    return line.trimmed().isEmpty() || line.startsWith(u'#');
}

} // namespace

const QStringList& BackendsYaml::keyOrder()
{
    static const QStringList order {
        u"name"_s,
        u"type"_s,
        u"title"_s,
        u"preset"_s,
        u"repository"_s,
        u"eventType"_s,
        u"apiUrl"_s,
        u"gitlabUrl"_s,
        u"project"_s,
        u"ref"_s,
        u"url"_s,
        u"method"_s,
        u"headers"_s,
        u"token"_s,
        u"tokenHeader"_s,
        u"tokenField"_s,
        u"idempotencyKeyHeader"_s,
        u"caFile"_s,
        u"timeoutSeconds"_s,
        u"refreshMinutes"_s,
        u"catalog"_s,
        u"templates"_s,
        u"body"_s,
    };
    return order;
}

QString BackendsYaml::block(const QJsonArray& backends)
{
    if (backends.isEmpty())
        return u"backends: []\n"_s;
    return u"backends:\n"_s + kIndentStep + node(backends, kIndentStep) + u'\n';
}

QString BackendsYaml::replaceBlock(const QString& fileText, const QJsonArray& backends)
{
    const bool crlf = fileText.contains(u"\r\n"_s);
    QString replacement = block(backends);
    if (crlf)
        replacement.replace(u'\n', u"\r\n"_s);

    // Line starts, so that everything outside the block is copied byte for byte.
    QList<qsizetype> starts { 0 };
    for (qsizetype i = fileText.indexOf(u'\n'); i != -1; i = fileText.indexOf(u'\n', i + 1))
        starts.append(i + 1);
    if (starts.last() == fileText.size())
        starts.removeLast();
    auto lineAt = [&](qsizetype index) {
        const qsizetype end = index + 1 < starts.size() ? starts.at(index + 1) : fileText.size();
        QStringView line = QStringView(fileText).mid(starts.at(index), end - starts.at(index));
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        return line;
    };

    qsizetype first = -1;
    qsizetype endOfDocument = starts.size();
    bool content = false;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const QStringView line = lineAt(i);
        // The workspace is the first document; a second one is none of ours.
        if (isDocumentMarker(line) && (content || line.startsWith(u"..."))) {
            endOfDocument = i;
            break;
        }
        content = content || !isBlankOrComment(line);
        if (first == -1 && isBackendsKey(line))
            first = i;
    }

    if (first == -1) {
        const qsizetype at = endOfDocument < starts.size() ? starts.at(endOfDocument) : fileText.size();
        QString before = fileText.left(at);
        if (!before.isEmpty() && !before.endsWith(u'\n'))
            before += crlf ? u"\r\n"_s : u"\n"_s;
        return before + replacement + fileText.mid(at);
    }

    qsizetype last = first + 1;
    while (last < endOfDocument && continuesBlock(lineAt(last)))
        ++last;
    // Blank lines and column-0 comments just above the next key introduce that key, not this block.
    while (last > first + 1 && isBlankOrComment(lineAt(last - 1)))
        --last;
    const qsizetype begin = starts.at(first);
    const qsizetype end = last < starts.size() ? starts.at(last) : fileText.size();
    return fileText.left(begin) + replacement + fileText.mid(end);
}

} // namespace Atrium

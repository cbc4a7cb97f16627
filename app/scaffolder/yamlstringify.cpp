#include "yamlstringify.h"

#include "templates/templatevalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

constexpr int lineWidth = 80;
constexpr int minContentWidth = 20;
const QString indentStep = QStringLiteral("  ");

/// yaml's foldFlowLines for plain text: breaks at a single space between non-spaces once a line passes the width.
QString foldFlowLines(const QString& text, const QString& indent, int indentAtStart)
{
    const int endStep = std::max(1 + minContentWidth, 1 + lineWidth - int(indent.size()));
    if (text.size() <= endStep)
        return text;
    QList<qsizetype> folds;
    qsizetype end = lineWidth - indent.size();
    if (indentAtStart >= 0) {
        if (indentAtStart > lineWidth - std::max(2, minContentWidth))
            folds.append(0);
        else
            end = lineWidth - indentAtStart;
    }
    qsizetype split = -1;
    QChar previous;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == u'\n') {
            end = i + indent.size() + endStep;
            split = -1;
        } else {
            if (ch == u' ' && !previous.isNull() && previous != u' ' && previous != u'\n' && previous != u'\t') {
                const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
                if (!next.isNull() && next != u' ' && next != u'\n' && next != u'\t')
                    split = i;
            }
            if (i >= end && split > 0) {
                folds.append(split);
                end = split + endStep;
                split = -1;
            }
        }
        previous = ch;
    }
    if (folds.isEmpty())
        return text;
    QString result = text.left(folds.first());
    for (qsizetype f = 0; f < folds.size(); ++f) {
        const qsizetype fold = folds.at(f);
        const qsizetype foldEnd = f + 1 < folds.size() ? folds.at(f + 1) : text.size();
        if (fold == 0)
            result = u'\n' + indent + text.left(foldEnd);
        else
            result += u'\n' + indent + text.mid(fold + 1, foldEnd - fold - 1);
    }
    return result;
}

/// Would the YAML 1.2 core schema read this plain scalar as something other than a string?
bool readsAsOtherType(const QString& text)
{
    static const QRegularExpression other(QStringLiteral(
        "^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
        "|[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$"));
    return other.match(text).hasMatch();
}

QString doubleQuoted(const QString& text)
{
    QString json = QString::fromUtf8(QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact));
    return json.mid(1, json.size() - 2);
}

QString singleQuoted(const QString& text, const QString& indent)
{
    QString body = text;
    body.replace(u'\'', QStringLiteral("''"));
    return u'\'' + body + u'\'';
    Q_UNUSED(indent)
}

QString quoted(const QString& text, const QString& indent)
{
    const bool hasDouble = text.contains(u'"');
    const bool hasSingle = text.contains(u'\'');
    if (hasDouble && !hasSingle)
        return singleQuoted(text, indent);
    return doubleQuoted(text);
}

QString blockString(const QString& text, const QString& indent)
{
    qsizetype trailing = 0;
    while (trailing < text.size() && text.at(text.size() - 1 - trailing) == u'\n')
        ++trailing;
    const QString chomp = trailing == 0 ? QStringLiteral("-") : trailing == 1 ? QString() : QStringLiteral("+");
    QString body = text.left(text.size() - trailing);
    QString result = u'|' + chomp;
    // yaml adds an indentation indicator when the text starts with a space.
    if (!body.isEmpty() && (body.at(0) == u' ' || body.at(0) == u'\n'))
        result = u'|' + QString::number(indentStep.size()) + chomp;
    for (const QString& line : body.split(u'\n'))
        result += u'\n' + (line.isEmpty() ? QString() : indent + line);
    for (qsizetype i = 1; i < trailing; ++i)
        result += u'\n';
    return result;
}

QString scalarString(const QString& text, const QString& indent, bool implicitKey, int indentAtStart)
{
    static const QRegularExpression controls(QStringLiteral("[\\x{0}-\\x{8}\\x{b}-\\x{1f}\\x{7f}-\\x{9f}]"));
    if (controls.match(text).hasMatch())
        return doubleQuoted(text);
    if (implicitKey && text.contains(u'\n'))
        return quoted(text, indent);
    static const QRegularExpression notPlain(QStringLiteral(
        "^[\\n\\t ,\\[\\]{}#&*!|>'\"%@`]|^[?-]$|^[?-][ \\t]|[\\n:][ \\t]|[ \\t]\\n|[\\n\\t ]#|[\\n\\t :]$"));
    if (text.isEmpty() || notPlain.match(text).hasMatch()) {
        return implicitKey || !text.contains(u'\n') ? quoted(text, indent) : blockString(text, indent);
    }
    if (!implicitKey && text.contains(u'\n'))
        return blockString(text, indent);
    static const QRegularExpression documentMarker(QStringLiteral("(?:^|\\n)(?:---|\\.\\.\\.)(?:\\s|$)"));
    if (documentMarker.match(text).hasMatch())
        return quoted(text, indent);
    if (readsAsOtherType(text))
        return quoted(text, indent);
    return implicitKey ? text : foldFlowLines(text, indent, indentAtStart);
}

QString scalar(const QJsonValue& value, const QString& indent, int indentAtStart)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return TemplateValue::number(value.toDouble()).toJsString();
    case QJsonValue::String:
        return scalarString(value.toString(), indent, false, indentAtStart);
    default:
        return {};
    }
}

bool isCollection(const QJsonValue& value)
{
    return (value.isArray() && !value.toArray().isEmpty()) || (value.isObject() && !value.toObject().isEmpty());
}

QString emptyCollection(const QJsonValue& value)
{
    return value.isArray() ? QStringLiteral("[]") : QStringLiteral("{}");
}

QString node(const QJsonValue& value, const QString& indent);

QString mapping(const QJsonObject& object, const QString& indent)
{
    QStringList lines;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = scalarString(it.key(), indent, true, -1);
        const QJsonValue value = it.value();
        if (isCollection(value)) {
            lines.append(key + u':' + u'\n' + indent + indentStep + node(value, indent + indentStep));
        } else if (value.isArray() || value.isObject()) {
            lines.append(key + QStringLiteral(": ") + emptyCollection(value));
        } else {
            const QString text = scalar(value, indent + indentStep, int(key.size()) + 2);
            lines.append(key + (text.startsWith(u'\n') ? QStringLiteral(":") : QStringLiteral(": ")) + text);
        }
    }
    return lines.join(u'\n' + indent);
}

QString sequence(const QJsonArray& array, const QString& indent)
{
    QStringList lines;
    for (const QJsonValue& value : array) {
        if (isCollection(value))
            lines.append(QStringLiteral("- ") + node(value, indent + indentStep));
        else if (value.isArray() || value.isObject())
            lines.append(QStringLiteral("- ") + emptyCollection(value));
        else
            lines.append(QStringLiteral("- ") + scalar(value, indent + indentStep, -1));
    }
    return lines.join(u'\n' + indent);
}

QString node(const QJsonValue& value, const QString& indent)
{
    if (value.isObject())
        return mapping(value.toObject(), indent);
    if (value.isArray())
        return sequence(value.toArray(), indent);
    return scalar(value, indent, -1);
}

} // namespace

QString YamlStringify::stringify(const QJsonValue& value)
{
    if ((value.isArray() || value.isObject()) && !isCollection(value))
        return emptyCollection(value) + u'\n';
    return node(value, QString()) + u'\n';
}

} // namespace Atrium

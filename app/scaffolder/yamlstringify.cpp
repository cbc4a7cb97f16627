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

enum class FoldMode { Flow, Block };

/// yaml's consumeMoreIndentedLines: lines indented deeper than the block are kept as they are.
qsizetype consumeMoreIndentedLines(const QString& text, qsizetype i, qsizetype indent)
{
    qsizetype end = i;
    qsizetype start = i + 1;
    auto at = [&](qsizetype index) { return index >= 0 && index < text.size() ? text.at(index) : QChar(); };
    QChar ch = at(start);
    while (ch == u' ' || ch == u'\t') {
        if (i < start + indent) {
            ch = at(++i);
        } else {
            do {
                ch = at(++i);
            } while (!ch.isNull() && ch != u'\n');
            end = i;
            start = i + 1;
            ch = at(start);
        }
    }
    return end;
}

/// yaml's foldFlowLines: breaks at a single space between non-spaces once a line passes the width. @p overflow is
/// set when a line cannot be broken.
QString foldFlowLines(const QString& text, const QString& indent, int indentAtStart, FoldMode mode = FoldMode::Flow,
                      bool* overflow = nullptr)
{
    const qsizetype endStep = std::max<qsizetype>(1 + minContentWidth, 1 + lineWidth - indent.size());
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
    qsizetype i = -1;
    if (mode == FoldMode::Block) {
        i = consumeMoreIndentedLines(text, i, indent.size());
        if (i != -1)
            end = i + endStep;
    }
    while (++i < text.size()) {
        const QChar ch = text.at(i);
        if (ch == u'\n') {
            if (mode == FoldMode::Block)
                i = consumeMoreIndentedLines(text, i, indent.size());
            end = i + indent.size() + endStep;
            split = -1;
        } else {
            if (ch == u' ' && !previous.isNull() && previous != u' ' && previous != u'\n' && previous != u'\t') {
                const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
                if (!next.isNull() && next != u' ' && next != u'\n' && next != u'\t')
                    split = i;
            }
            if (i >= end) {
                if (split > 0) {
                    folds.append(split);
                    end = split + endStep;
                    split = -1;
                } else if (overflow) {
                    *overflow = true;
                }
            }
        }
        previous = i < text.size() ? text.at(i) : QChar();
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

/// JSON.stringify's escapes, with yaml's shorter forms for control characters (\0, \a, \e, \x01…).
QString doubleQuoted(const QString& text)
{
    QString result = QStringLiteral("\"");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            result += QStringLiteral("\\\"");
            break;
        case u'\\':
            result += QStringLiteral("\\\\");
            break;
        case u'\b':
            result += QStringLiteral("\\b");
            break;
        case u'\f':
            result += QStringLiteral("\\f");
            break;
        case u'\n':
            result += QStringLiteral("\\n");
            break;
        case u'\r':
            result += QStringLiteral("\\r");
            break;
        case u'\t':
            result += QStringLiteral("\\t");
            break;
        case 0x00:
            result += QStringLiteral("\\0");
            break;
        case 0x07:
            result += QStringLiteral("\\a");
            break;
        case 0x0b:
            result += QStringLiteral("\\v");
            break;
        case 0x1b:
            result += QStringLiteral("\\e");
            break;
        default:
            if (u < 0x20)
                result += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    return result + u'"';
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
    static const QRegularExpression trailingIndentedLine(QStringLiteral("\\n[\\t ]+$"));
    static const QRegularExpression blank(QStringLiteral("^\\s*$"));
    if (trailingIndentedLine.match(text).hasMatch() || blank.match(text).hasMatch())
        return quoted(text, indent);
    bool literal = true;
    for (const QString& line : text.split(u'\n')) {
        if (line.size() > lineWidth - indent.size())
            literal = false;
    }
    // Chomping from the whitespace at the end.
    qsizetype endStart = text.size();
    while (endStart > 0
           && (text.at(endStart - 1) == u'\n' || text.at(endStart - 1) == u'\t' || text.at(endStart - 1) == u' '))
        --endStart;
    QString end = text.mid(endStart);
    const qsizetype endNewline = end.indexOf(u'\n');
    QString chomp;
    if (endNewline == -1)
        chomp = QStringLiteral("-");
    else if (text == end || endNewline != end.size() - 1)
        chomp = QStringLiteral("+");
    QString value = text;
    if (!end.isEmpty()) {
        value.chop(end.size());
        if (end.endsWith(u'\n'))
            end.chop(1);
        static const QRegularExpression endNewlines(QStringLiteral("(\\n+)(?!\\n|$)"));
        end.replace(endNewlines, QStringLiteral("\\1") + indent);
    }
    // An indentation indicator when the text starts with a space.
    bool startsWithSpace = false;
    qsizetype startEnd = 0;
    qsizetype startNewline = -1;
    for (; startEnd < value.size(); ++startEnd) {
        const QChar ch = value.at(startEnd);
        if (ch == u' ')
            startsWithSpace = true;
        else if (ch == u'\n')
            startNewline = startEnd;
        else
            break;
    }
    QString start = value.left(startNewline < startEnd ? startNewline + 1 : startEnd);
    static const QRegularExpression newlines(QStringLiteral("(\\n+)"));
    if (!start.isEmpty()) {
        value = value.mid(start.size());
        start.replace(newlines, QStringLiteral("\\1") + indent);
    }
    const QString header = (startsWithSpace ? QStringLiteral("2") : QString()) + chomp;
    if (!literal) {
        static const QRegularExpression indentedLines(
            QStringLiteral("(?:^|\\n)([\\t ].*)(?:([\\n\\t ]*)\\n(?![\\n\\t ]))?"));
        QString folded = value;
        folded.replace(newlines, QStringLiteral("\n\\1"));
        folded.replace(indentedLines, QStringLiteral("\\1\\2"));
        folded.replace(newlines, QStringLiteral("\\1") + indent);
        bool overflow = false;
        const QString body
            = foldFlowLines(start + folded + end, indent, int(indent.size()), FoldMode::Block, &overflow);
        if (!overflow)
            return u'>' + header + u'\n' + indent + body;
    }
    value.replace(newlines, QStringLiteral("\\1") + indent);
    return u'|' + header + u'\n' + indent + start + value + end;
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
    if (readsAsOtherType(text))
        return quoted(text, indent);
    return implicitKey ? text : foldFlowLines(text, indent, indentAtStart);
}

QString scalar(const TemplateValue& value, const QString& indent, int indentAtStart)
{
    switch (value.type()) {
    case TemplateValue::Type::Undefined:
    case TemplateValue::Type::Null:
        return QStringLiteral("null");
    case TemplateValue::Type::Bool:
        return value.boolValue() ? QStringLiteral("true") : QStringLiteral("false");
    case TemplateValue::Type::Number:
        return value.toJsString();
    case TemplateValue::Type::String:
        return scalarString(value.stringValue(), indent, false, indentAtStart);
    default:
        return {};
    }
}

bool isCollection(const TemplateValue& value)
{
    return (value.isArray() && !value.arrayItems().isEmpty())
        || (value.isObject() && !value.objectMembers().keys.isEmpty());
}

QString emptyCollection(const TemplateValue& value)
{
    return value.isArray() ? QStringLiteral("[]") : QStringLiteral("{}");
}

QString node(const TemplateValue& value, const QString& indent);

QString mapping(const TemplateValue::Object& object, const QString& indent)
{
    QStringList lines;
    for (qsizetype i = 0; i < object.keys.size(); ++i) {
        const TemplateValue& value = object.values.at(i);
        // The yaml package leaves out pairs whose value is undefined.
        if (value.isUndefined())
            continue;
        const QString key = scalarString(object.keys.at(i), indent, true, -1);
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

QString sequence(const TemplateValue::Array& array, const QString& indent)
{
    QStringList lines;
    for (const TemplateValue& value : array) {
        if (isCollection(value))
            lines.append(QStringLiteral("- ") + node(value, indent + indentStep));
        else if (value.isArray() || value.isObject())
            lines.append(QStringLiteral("- ") + emptyCollection(value));
        else
            lines.append(QStringLiteral("- ") + scalar(value, indent + indentStep, -1));
    }
    return lines.join(u'\n' + indent);
}

QString node(const TemplateValue& value, const QString& indent)
{
    if (value.isObject())
        return mapping(value.objectMembers(), indent);
    if (value.isArray())
        return sequence(value.arrayItems(), indent);
    return scalar(value, indent, -1);
}

} // namespace

QString YamlStringify::stringify(const QJsonValue& value)
{
    return stringify(TemplateValue::fromJson(value));
}

QString YamlStringify::stringify(const TemplateValue& value)
{
    if ((value.isArray() || value.isObject()) && !isCollection(value))
        return emptyCollection(value) + u'\n';
    return node(value, QString()) + u'\n';
}

} // namespace Atrium

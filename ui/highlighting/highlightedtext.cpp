#include "highlightedtext.h"

#include <QHash>

namespace Atrium {

namespace {

// "rgba(r,g,b,alphaF)" is what the tool writes for translucent colours; "#rrggbb" otherwise.
QColor parseColor(QStringView value)
{
    if (value.startsWith(u"rgba(") && value.endsWith(u')')) {
        const QList<QStringView> parts = value.sliced(5).chopped(1).split(u',');
        if (parts.size() != 4)
            return {};
        QColor color(parts.at(0).trimmed().toInt(), parts.at(1).trimmed().toInt(), parts.at(2).trimmed().toInt());
        color.setAlphaF(parts.at(3).trimmed().toFloat());
        return color;
    }
    return QColor::fromString(value);
}

HighlightedText::Style parseStyle(QStringView css)
{
    HighlightedText::Style style;
    for (const QStringView declaration : css.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QStringView property = declaration.first(colon).trimmed();
        const QStringView value = declaration.sliced(colon + 1).trimmed();
        if (property == u"color")
            style.foreground = parseColor(value);
        else if (property == u"background-color")
            style.background = parseColor(value);
        else if (property == u"font-weight")
            style.bold = value == u"bold" || value.toInt() >= 600;
        else if (property == u"font-style")
            style.italic = value == u"italic";
        else if (property == u"text-decoration")
            (value == u"line-through" ? style.strikeOut : style.underline) = value != u"none";
    }
    return style;
}

QStringView attributeValue(QStringView tag, QStringView name)
{
    const qsizetype at = tag.indexOf(name);
    if (at < 0)
        return {};
    qsizetype begin = at + name.size();
    while (begin < tag.size() && (tag.at(begin) == u' ' || tag.at(begin) == u'='))
        ++begin;
    if (begin >= tag.size() || (tag.at(begin) != u'"' && tag.at(begin) != u'\''))
        return {};
    const QChar quote = tag.at(begin);
    const qsizetype end = tag.indexOf(quote, begin + 1);
    return end < 0 ? QStringView() : tag.sliced(begin + 1, end - begin - 1);
}

struct NamedEntity {
    QStringView name;
    char32_t code;
};

// The tool escapes with QString::toHtmlEscaped (& < > "); the rest is accepted for other writers.
constexpr NamedEntity namedEntities[] = {
    { u"lt", U'<' }, { u"gt", U'>' }, { u"amp", U'&' }, { u"quot", U'"' }, { u"apos", U'\'' }, { u"nbsp", U'\u00a0' },
};

std::optional<char32_t> decodeEntity(QStringView entity)
{
    for (const NamedEntity& named : namedEntities) {
        if (entity == named.name)
            return named.code;
    }
    if (entity.startsWith(u'#')) {
        bool ok = false;
        const uint code = entity.size() > 1 && (entity.at(1) == u'x' || entity.at(1) == u'X')
            ? entity.sliced(2).toUInt(&ok, 16)
            : entity.sliced(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10ffff)
            return char32_t(code);
    }
    return std::nullopt;
}

/// Walks the `<pre>` body, checking each piece of text against the expected text as it goes.
class HtmlReader {
public:
    HtmlReader(QStringView body, QStringView text)
        : m_body(body)
        , m_text(text)
    {
    }

    std::optional<HighlightedText> read()
    {
        qsizetype i = 0;
        while (i < m_body.size()) {
            const QChar c = m_body.at(i);
            if (c == u'<') {
                const qsizetype close = m_body.indexOf(u'>', i);
                if (close < 0 || !readTag(m_body.sliced(i + 1, close - i - 1)))
                    return std::nullopt;
                i = close + 1;
            } else if (c == u'&') {
                const qsizetype semicolon = m_body.indexOf(u';', i);
                const std::optional<char32_t> decoded
                    = semicolon < 0 ? std::nullopt : decodeEntity(m_body.sliced(i + 1, semicolon - i - 1));
                if (!decoded)
                    return std::nullopt;
                const char32_t code[] = { *decoded };
                if (!readText(QString::fromUcs4(code, 1)))
                    return std::nullopt;
                i = semicolon + 1;
            } else if (c == u'\n') {
                if (!readLineEnd())
                    return std::nullopt;
                ++i;
            } else {
                qsizetype end = i + 1;
                while (end < m_body.size() && m_body.at(end) != u'<' && m_body.at(end) != u'&'
                       && m_body.at(end) != u'\n')
                    ++end;
                if (!readText(m_body.sliced(i, end - i)))
                    return std::nullopt;
                i = end;
            }
        }
        // The tool ends every line with '\n', so a text without a final newline is matched up to its last character;
        // one with it has already been matched to the end.
        if (m_position != m_text.size())
            return std::nullopt;
        return std::move(m_result);
    }

private:
    bool readTag(QStringView tag)
    {
        if (tag.startsWith(u"span", Qt::CaseInsensitive)) {
            m_openStyles.append(styleIndex(attributeValue(tag, u"style")));
        } else if (tag.startsWith(u"/span", Qt::CaseInsensitive)) {
            if (m_openStyles.isEmpty())
                return false;
            m_openStyles.removeLast();
        }
        // Other tags (none today) carry no text; skipping them keeps the reader tolerant of a newer writer.
        return true;
    }

    int styleIndex(QStringView css)
    {
        if (css.isEmpty()) // a span without a style keeps the one around it
            return m_openStyles.isEmpty() ? -1 : m_openStyles.constLast();
        const auto known = m_styleByCss.constFind(css.toString());
        if (known != m_styleByCss.cend())
            return *known;
        const HighlightedText::Style style = parseStyle(css);
        // Different spellings of the same style share one entry, so runs compare equal and merge.
        qsizetype index = m_result.styles.indexOf(style);
        if (index < 0) {
            index = m_result.styles.size();
            m_result.styles.append(style);
        }
        m_styleByCss.insert(css.toString(), int(index));
        return int(index);
    }

    bool readText(QStringView piece)
    {
        if (m_text.sliced(m_position).first(std::min(piece.size(), m_text.size() - m_position)) != piece)
            return false;
        const int style = m_openStyles.isEmpty() ? -1 : m_openStyles.constLast();
        if (style >= 0) {
            while (m_result.lines.size() <= m_line)
                m_result.lines.append(QList<HighlightedText::Run>());
            QList<HighlightedText::Run>& runs = m_result.lines[m_line];
            const int column = int(m_position - m_lineStart);
            if (!runs.isEmpty() && runs.constLast().style == style
                && runs.constLast().start + runs.constLast().length == column)
                runs.last().length += int(piece.size());
            else
                runs.append({ column, int(piece.size()), style });
        }
        m_position += piece.size();
        return true;
    }

    bool readLineEnd()
    {
        if (m_position < m_text.size()) {
            if (m_text.at(m_position) != u'\n')
                return false;
            ++m_position;
        } else if (m_finalLineEnded || (m_position > 0 && m_text.at(m_position - 1) == u'\n')) {
            // A line the text does not have: the tool ends the last line with '\n' once, and writes no empty line
            // for a final newline.
            return false;
        } else {
            m_finalLineEnded = true;
        }
        ++m_line;
        m_lineStart = m_position;
        return true;
    }

    QStringView m_body;
    QStringView m_text;
    qsizetype m_position = 0;
    qsizetype m_lineStart = 0;
    qsizetype m_line = 0;
    bool m_finalLineEnded = false;
    QList<int> m_openStyles;
    QHash<QString, int> m_styleByCss;
    HighlightedText m_result;
};

} // namespace

std::optional<HighlightedText> HighlightedText::fromHighlighterHtml(QStringView html, QStringView text)
{
    const qsizetype preTag = html.indexOf(u"<pre", 0, Qt::CaseInsensitive);
    const qsizetype preEnd = preTag < 0 ? -1 : html.indexOf(u'>', preTag);
    const qsizetype bodyEnd = html.lastIndexOf(u"</pre>", -1, Qt::CaseInsensitive);
    if (preEnd < 0 || bodyEnd < preEnd)
        return std::nullopt;
    QStringView body = html.sliced(preEnd + 1, bodyEnd - preEnd - 1);
    // HTML drops a newline right after <pre>; the tool writes one there.
    if (body.startsWith(u'\n'))
        body = body.sliced(1);
    return HtmlReader(body, text).read();
}

qsizetype HighlightedText::approximateBytes() const
{
    qsizetype bytes = sizeof(HighlightedText) + styles.size() * qsizetype(sizeof(Style));
    for (const QList<Run>& runs : lines)
        bytes += qsizetype(sizeof(QList<Run>)) + runs.size() * qsizetype(sizeof(Run));
    return bytes;
}

} // namespace Atrium

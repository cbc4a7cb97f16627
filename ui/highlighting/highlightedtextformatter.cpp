#include "highlightedtextformatter.h"

#include <QFont>
#include <QTextDocument>

namespace Atrium {

namespace {
QTextCharFormat toCharFormat(const HighlightedText::Style& style)
{
    QTextCharFormat format;
    if (style.foreground.isValid())
        format.setForeground(style.foreground);
    if (style.background.isValid())
        format.setBackground(style.background);
    if (style.bold)
        format.setFontWeight(QFont::Bold);
    if (style.italic)
        format.setFontItalic(true);
    if (style.underline)
        format.setFontUnderline(true);
    if (style.strikeOut)
        format.setFontStrikeOut(true);
    return format;
}
} // namespace

HighlightedTextFormatter::HighlightedTextFormatter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
}

HighlightedTextFormatter::~HighlightedTextFormatter() = default;

void HighlightedTextFormatter::apply(const HighlightedText& colours)
{
    m_formats.clear();
    m_formats.reserve(colours.styles.size());
    for (const HighlightedText::Style& style : colours.styles)
        m_formats.append(toCharFormat(style));
    m_lines = colours.lines;
    rehighlight();
}

void HighlightedTextFormatter::forget()
{
    m_formats.clear();
    m_lines.clear();
}

void HighlightedTextFormatter::highlightBlock(const QString& text)
{
    const int line = currentBlock().blockNumber();
    if (line < 0 || line >= m_lines.size())
        return;
    for (const HighlightedText::Run& run : m_lines.at(line)) {
        // Guards against a document changed behind the view's back; QSyntaxHighlighter would clip, but say why here.
        if (run.start + run.length > text.size() || run.style < 0 || run.style >= m_formats.size())
            continue;
        setFormat(run.start, run.length, m_formats.at(run.style));
    }
}

} // namespace Atrium

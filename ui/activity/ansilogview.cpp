#include "ansilogview.h"

#include "common/ansiescapes.h"
#include "highlighting/highlightingtheme.h"

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

#include <array>

namespace Atrium {

namespace {

// The 16 terminal colours, dimmed on light backgrounds where xterm's would be unreadable (yellow on white).
constexpr std::array<QRgb, 16> lightColours { 0x24292f, 0xcf222e, 0x116329, 0x9a6700, 0x0969da, 0x8250df,
                                              0x1b7c83, 0x6e7781, 0x57606a, 0xa40e26, 0x1a7f37, 0x7d4e00,
                                              0x218bff, 0xa475f9, 0x3192aa, 0x8c959f };
constexpr std::array<QRgb, 16> darkColours { 0x8b949e, 0xff7b72, 0x3fb950, 0xd29922, 0x58a6ff, 0xbc8cff,
                                             0x39c5cf, 0xb1bac4, 0x6e7681, 0xffa198, 0x56d364, 0xe3b341,
                                             0x79c0ff, 0xd2a8ff, 0x56d4dd, 0xffffff };

QTextCharFormat formatFor(const AnsiStyle& style, const QPalette& palette)
{
    QTextCharFormat format;
    const QColor foreground = AnsiLogView::colourFor(style.foreground, palette);
    if (foreground.isValid())
        format.setForeground(foreground);
    else if (style.faint)
        format.setForeground(palette.color(QPalette::PlaceholderText));
    const QColor background = AnsiLogView::colourFor(style.background, palette);
    if (background.isValid())
        format.setBackground(background);
    if (style.bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(style.italic);
    format.setFontUnderline(style.underline);
    return format;
}

} // namespace

AnsiLogView::AnsiLogView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

AnsiLogView::~AnsiLogView() = default;

QColor AnsiLogView::colourFor(const AnsiColour& colour, const QPalette& palette)
{
    switch (colour.kind) {
    case AnsiColour::Kind::Default:
        return {};
    case AnsiColour::Kind::Rgb:
        return QColor::fromRgb(QRgb(colour.value));
    case AnsiColour::Kind::Palette:
        break;
    }
    const quint32 index = colour.value;
    if (index < 16)
        return QColor::fromRgb((HighlightingTheme::isDark(palette) ? darkColours : lightColours).at(index));
    if (index < 232) {
        // The 6×6×6 cube: 0, 95, 135, 175, 215, 255 on each axis.
        const auto level = [](quint32 step) { return step == 0 ? 0 : int(55 + step * 40); };
        const quint32 cube = index - 16;
        return QColor(level(cube / 36), level(cube / 6 % 6), level(cube % 6));
    }
    const int grey = int(8 + (index - 232) * 10);
    return QColor(grey, grey, grey);
}

void AnsiLogView::setEmptyText(const QString& text)
{
    setPlaceholderText(text);
}

void AnsiLogView::setLines(const QStringList& lines)
{
    // Logs grow at the end: when the old lines are still the first ones, only the new ones are drawn.
    const bool grows = lines.size() >= m_lines.size() && std::equal(m_lines.cbegin(), m_lines.cend(), lines.cbegin());
    if (grows && lines.size() == m_lines.size())
        return;
    const bool atBottom = isAtBottom();
    const int scrolledTo = verticalScrollBar()->value();
    const qsizetype from = grows ? m_lines.size() : 0;
    if (!grows)
        clear();
    m_lines = lines;
    appendLines(from);
    // Another log starts at its newest line; a growing one follows only a reader who was at the bottom.
    if (atBottom || !grows)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    else
        verticalScrollBar()->setValue(scrolledTo);
}

bool AnsiLogView::isAtBottom() const
{
    const QScrollBar* bar = verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void AnsiLogView::appendLines(qsizetype from)
{
    const QPalette palette = this->palette();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    for (qsizetype i = from; i < m_lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock();
        // Each line starts plain: Backstage sends every message on its own, with its own codes.
        const QList<AnsiSpan> spans = ansiSpans(m_lines.at(i));
        for (const AnsiSpan& span : spans)
            cursor.insertText(span.text, formatFor(span.style, palette));
        cursor.setCharFormat({});
    }
    cursor.endEditBlock();
}

void AnsiLogView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The colours depend on the palette: draw everything again.
        const bool atBottom = isAtBottom();
        clear();
        appendLines(0);
        if (atBottom)
            verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    }
}

} // namespace Atrium

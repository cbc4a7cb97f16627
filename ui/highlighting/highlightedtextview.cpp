#include "highlightedtextview.h"

#include "documenthighlighter.h"
#include "highlightinglog.h"
#include "highlightingtheme.h"
#include "syntaxdetection.h"
#include "syntaxhighlightingbackend.h"

#include <QEvent>
#include <QFontDatabase>

namespace Atrium {

namespace {
constexpr int tabWidthInColumns = 8; // as terminals, `less` and most code hosts show tabs

// The engines split lines at '\n' only, while QTextDocument also starts a block at '\r' and U+2029. Lines must
// agree, since colours are handed over per line.
QString withUnixLineEnds(const QString& text)
{
    if (!text.contains(u'\r') && !text.contains(QChar::ParagraphSeparator))
        return text;
    QString unix = text;
    unix.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    unix.replace(u'\r', u'\n');
    unix.replace(QChar::ParagraphSeparator, u'\n');
    return unix;
}
} // namespace

HighlightedTextView::HighlightedTextView(QWidget* parent)
    : HighlightedTextView(SyntaxHighlightingBackend::instance(), parent)
{
}

HighlightedTextView::HighlightedTextView(SyntaxHighlightingBackend& backend, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(backend.createDocumentHighlighter(document()))
    , m_darkPalette(HighlightingTheme::isDark(palette()))
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    // Code keeps its line structure; wrapping would also make line heights depend on the colours' bold widths.
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * tabWidthInColumns);
    setAccessibleName(tr("File contents"));
    if (m_highlighter)
        connect(m_highlighter, &DocumentHighlighter::finished, this, &HighlightedTextView::onHighlighterFinished);
}

HighlightedTextView::~HighlightedTextView() = default;

void HighlightedTextView::setText(const QString& text, const QString& fileName)
{
    if (m_highlighter)
        m_highlighter->reset();
    m_text = withUnixLineEnds(text);
    m_fileName = fileName;
    m_definition = SyntaxDetection::definitionFor(fileName, m_text);
    m_highlighted = false;
    setAccessibleName(fileName.isEmpty() ? tr("File contents") : tr("Contents of %1").arg(fileName));
    setPlainText(m_text);
    requestHighlighting();
}

bool HighlightedTextView::wantsColours() const
{
    return m_highlighter && !m_definition.isEmpty() && m_text.size() <= maximumHighlightedLength;
}

void HighlightedTextView::requestHighlighting()
{
    if (!wantsColours()) {
        if (m_highlighter && m_text.size() > maximumHighlightedLength)
            qCDebug(lcHighlighting) << m_fileName << "stays plain:" << m_text.size() << "characters is over the limit";
        onHighlighterFinished(false);
        return;
    }
    m_highlighter->highlight(m_text, m_definition, palette());
}

void HighlightedTextView::onHighlighterFinished(bool highlighted)
{
    m_highlighted = highlighted;
    Q_EMIT highlightingFinished(highlighted);
}

void HighlightedTextView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() != QEvent::PaletteChange && event->type() != QEvent::ApplicationPaletteChange)
        return;
    // Both events arrive for one application palette change; only a switch between light and dark needs new colours.
    const bool dark = HighlightingTheme::isDark(palette());
    if (dark == m_darkPalette)
        return;
    m_darkPalette = dark;
    // Also while a request is under way: its colours would be for the old palette.
    if (wantsColours())
        requestHighlighting();
}

} // namespace Atrium

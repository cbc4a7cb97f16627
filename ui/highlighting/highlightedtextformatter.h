#pragma once

#include "highlightedtext.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Atrium {

/// Lays precomputed colours (a HighlightedText) over a document, block by block, the way QSyntaxHighlighter
/// lays formats: the document's text is never touched.
class HighlightedTextFormatter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit HighlightedTextFormatter(QTextDocument* document);
    ~HighlightedTextFormatter() override;

    /// Colours the document with `colours`, which must have been made for its current text.
    void apply(const HighlightedText& colours);
    /// Forgets the colours without repainting, for a document whose text is about to be replaced anyway.
    void forget();

protected:
    void highlightBlock(const QString& text) override;

private:
    QList<QTextCharFormat> m_formats;
    QList<QList<HighlightedText::Run>> m_lines;
};

} // namespace Atrium

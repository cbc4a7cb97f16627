#pragma once

#include <QPlainTextEdit>

namespace Atrium {

class DocumentHighlighter;
class SyntaxHighlightingBackend;

/// Shows one file, read-only, in the system's fixed-width font, coloured by syntax where an engine is available.
/// The text appears at once; colours follow when the engine has them, without moving the scroll position, and are
/// redone when the palette turns between light and dark. Files above maximumHighlightedLength stay plain.
/// Give it text through setText() only: the colours are made for the text it was given, not for setPlainText()'s.
class HighlightedTextView : public QPlainTextEdit {
    Q_OBJECT
public:
    /// Uses the application's backend (SyntaxHighlightingBackend::instance()).
    explicit HighlightedTextView(QWidget* parent = nullptr);
    /// Uses `backend`, which must outlive the view; for tests and for callers that choose the engine themselves.
    explicit HighlightedTextView(SyntaxHighlightingBackend& backend, QWidget* parent = nullptr);
    ~HighlightedTextView() override;

    /// Shows `text`; `fileName` (a name or a path) and the first lines choose the syntax. Ends in exactly one
    /// highlightingFinished(), possibly before this returns.
    void setText(const QString& text, const QString& fileName);

    QString fileName() const { return m_fileName; }
    /// The KSyntaxHighlighting definition chosen for the text; empty when none fits.
    QString definition() const { return m_definition; }
    bool isHighlighted() const { return m_highlighted; }

    /// In UTF-16 code units: about 2 MB of ASCII. Larger files are rarely read as a whole, and colouring them would
    /// cost seconds of tool time and a long format pass on the GUI thread.
    static constexpr qsizetype maximumHighlightedLength = 2 * 1024 * 1024;

Q_SIGNALS:
    /// The colours for the current text are on (`true`), or the text stays plain. Comes once per setText(), and
    /// again whenever a palette change between light and dark re-colours the text.
    void highlightingFinished(bool highlighted);

protected:
    void changeEvent(QEvent* event) override;

private:
    bool wantsColours() const;
    void requestHighlighting();
    void onHighlighterFinished(bool highlighted);

    DocumentHighlighter* m_highlighter = nullptr;
    QString m_text;
    QString m_fileName;
    QString m_definition;
    bool m_highlighted = false;
    bool m_darkPalette = false;
};

} // namespace Atrium

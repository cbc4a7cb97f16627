#pragma once

#include <QObject>

class QPalette;
class QString;

namespace Atrium {

/// Colours one QTextDocument with whichever engine the backend has. The view owns the text; this only adds
/// character formats, so the text, the cursor and the scroll position stay as they are.
class DocumentHighlighter : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~DocumentHighlighter() override;

    /// Colours the document's current text, which is `text`, as `definition` in a theme that suits `palette`.
    /// Supersedes any earlier request. Ends in finished(), possibly before this returns (a cache hit).
    virtual void highlight(const QString& text, const QString& definition, const QPalette& palette) = 0;
    /// Drops colours and pending work because the document is about to get another text: nothing asked for
    /// the old text may be applied after this.
    virtual void reset() = 0;

Q_SIGNALS:
    /// The latest request is done: its colours are on the document, or (`false`) the text stays plain.
    void finished(bool highlighted);
};

} // namespace Atrium

#include "inprocessbackend.h"

#ifdef ATRIUM_HAVE_KSYNTAXHIGHLIGHTING

#include "documenthighlighter.h"

#include <QPalette>
#include <QTextDocument>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace Atrium {

namespace {

// Highlights synchronously on the GUI thread as the library is designed to; it is fast enough for the sizes views
// hand it (HighlightedTextView stays plain above its limit).
class InProcessDocumentHighlighter : public DocumentHighlighter {
public:
    InProcessDocumentHighlighter(KSyntaxHighlighting::Repository& repository, QTextDocument* document)
        : DocumentHighlighter(document)
        , m_repository(repository)
        , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document))
    {
    }

    void highlight(const QString& /*text*/, const QString& definition, const QPalette& palette) override
    {
        const KSyntaxHighlighting::Definition found = m_repository.definitionForName(definition);
        m_highlighter->setTheme(m_repository.themeForPalette(palette));
        // setDefinition() rehighlights only when the definition changes; a new theme alone needs asking.
        if (m_highlighter->definition() == found)
            m_highlighter->rehighlight();
        else
            m_highlighter->setDefinition(found);
        Q_EMIT finished(found.isValid());
    }

    void reset() override
    {
        // Without this the next setPlainText() would be highlighted once with the old file's definition.
        m_highlighter->setDefinition(KSyntaxHighlighting::Definition());
    }

private:
    KSyntaxHighlighting::Repository& m_repository;
    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
};

} // namespace

InProcessBackend::InProcessBackend() = default;

InProcessBackend::~InProcessBackend() = default;

QString InProcessBackend::description() const
{
    return QStringLiteral("KSyntaxHighlighting (in-process)");
}

DocumentHighlighter* InProcessBackend::createDocumentHighlighter(QTextDocument* document)
{
    return new InProcessDocumentHighlighter(m_repository, document);
}

} // namespace Atrium

#endif

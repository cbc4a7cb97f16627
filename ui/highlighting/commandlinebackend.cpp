#include "commandlinebackend.h"

#include "commandlinedocumenthighlighter.h"

namespace Atrium {

CommandLineBackend::CommandLineBackend(QString program)
    : m_highlighter(std::move(program))
{
}

CommandLineBackend::~CommandLineBackend() = default;

QString CommandLineBackend::description() const
{
    return QStringLiteral("KSyntaxHighlighting command-line tool %1").arg(m_highlighter.program());
}

DocumentHighlighter* CommandLineBackend::createDocumentHighlighter(QTextDocument* document)
{
    return new CommandLineDocumentHighlighter(m_highlighter, document);
}

} // namespace Atrium

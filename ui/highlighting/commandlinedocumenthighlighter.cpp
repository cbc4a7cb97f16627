#include "commandlinedocumenthighlighter.h"

#include "commandlinehighlighter.h"
#include "commandlinehighlightjob.h"
#include "highlightedtextformatter.h"
#include "highlightingtheme.h"

#include <QTextDocument>

namespace Atrium {

CommandLineDocumentHighlighter::CommandLineDocumentHighlighter(CommandLineHighlighter& highlighter,
                                                               QTextDocument* document)
    : DocumentHighlighter(document)
    , m_highlighter(highlighter)
    , m_formatter(new HighlightedTextFormatter(document))
{
}

CommandLineDocumentHighlighter::~CommandLineDocumentHighlighter()
{
    dropJob();
}

void CommandLineDocumentHighlighter::highlight(const QString& text, const QString& definition, const QPalette& palette)
{
    dropJob();
    const QString theme = HighlightingTheme::nameFor(palette);
    const QByteArray key = CommandLineHighlighter::cacheKey(text, definition, theme);
    if (const std::optional<HighlightedText> cached = m_highlighter.cached(key)) {
        m_formatter->apply(*cached);
        Q_EMIT finished(true);
        return;
    }
    // The old colours (same text, other theme) stay until the new ones arrive, so a palette change does not flash.
    CommandLineHighlightJob* job = m_highlighter.createJob(key, text, definition, theme, this);
    m_job = job;
    connect(job, &CommandLineHighlightJob::done, this, [this, job](const HighlightedText& result) {
        if (job != m_job)
            return;
        dropJob();
        m_formatter->apply(result);
        Q_EMIT finished(true);
    });
    connect(job, &CommandLineHighlightJob::failed, this, [this, job] {
        if (job != m_job)
            return;
        dropJob();
        m_formatter->apply({});
        Q_EMIT finished(false);
    });
    job->start();
}

void CommandLineDocumentHighlighter::reset()
{
    dropJob();
    m_formatter->forget();
}

void CommandLineDocumentHighlighter::dropJob()
{
    if (!m_job)
        return;
    // Disconnected at once so nothing more arrives; deleted later because this may run inside the job's own signal.
    m_job->disconnect(this);
    m_job->deleteLater();
    m_job = nullptr;
}

} // namespace Atrium

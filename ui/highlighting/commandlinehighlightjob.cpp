#include "commandlinehighlightjob.h"

#include "highlightinglog.h"

#include <QtConcurrent>

namespace Atrium {

CommandLineHighlightJob::CommandLineHighlightJob(QString program, QStringList arguments, QString text,
                                                 std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_text(std::move(text))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_process.kill();
        fail(QStringLiteral("%1 did not answer within %2 ms").arg(m_program).arg(m_timeout.interval()));
    });
    connect(&m_process, &QProcess::started, this, &CommandLineHighlightJob::processStarted);
    connect(&m_process, &QProcess::finished, this, &CommandLineHighlightJob::onProcessFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        // Crashes and kills also end in finished(); only a program that never ran ends here alone.
        if (error == QProcess::FailedToStart)
            fail(QStringLiteral("%1 could not be started: %2").arg(m_program, m_process.errorString()));
    });
    connect(&m_parse, &QFutureWatcherBase::finished, this, &CommandLineHighlightJob::onParsed);
}

CommandLineHighlightJob::~CommandLineHighlightJob()
{
    m_process.disconnect(this);
    m_parse.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        // Reaps the killed child; SIGKILL cannot be ignored, so this returns at once.
        m_process.waitForFinished(1000);
    }
    // The parse works on its own copies, but must not outlive the job it reports to.
    m_parse.waitForFinished();
}

void CommandLineHighlightJob::start()
{
    qCDebug(lcHighlighting) << "running" << m_program << m_arguments << "on" << m_text.size() << "characters";
    m_timeout.start();
    m_process.start(m_program, m_arguments);
    if (m_reported) // failed to start on the spot
        return;
    // QProcess buffers this and feeds the pipe from the event loop, so a large text never blocks the caller.
    m_process.write(m_text.toUtf8());
    m_process.closeWriteChannel();
}

void CommandLineHighlightJob::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_reported)
        return;
    if (status != QProcess::NormalExit || exitCode != 0) {
        const QString errors = QString::fromUtf8(m_process.readAllStandardError()).trimmed().left(200);
        fail(status == QProcess::CrashExit
                 ? QStringLiteral("%1 crashed").arg(m_program)
                 : QStringLiteral("%1 exited with code %2: %3").arg(m_program).arg(exitCode).arg(errors));
        return;
    }
    m_timeout.stop();
    // For a large file this is over ten megabytes of HTML to read back: tens of milliseconds, kept off the GUI thread.
    m_parse.setFuture(QtConcurrent::run([html = m_process.readAllStandardOutput(), text = m_text] {
        return HighlightedText::fromHighlighterHtml(QString::fromUtf8(html), text);
    }));
}

void CommandLineHighlightJob::onParsed()
{
    if (m_reported)
        return;
    const std::optional<HighlightedText> result = m_parse.result();
    if (!result) {
        fail(QStringLiteral("%1 wrote HTML whose text is not the text it was given").arg(m_program));
        return;
    }
    m_reported = true;
    Q_EMIT done(*result);
}

void CommandLineHighlightJob::fail(const QString& reason)
{
    if (m_reported)
        return;
    m_reported = true;
    m_timeout.stop();
    qCWarning(lcHighlighting).noquote() << "showing plain text:" << reason;
    Q_EMIT failed();
}

} // namespace Atrium

#pragma once

#include "highlightedtext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Atrium {

/// One run of KSyntaxHighlighting's command-line tool over one text: writes the text to its stdin, reads the HTML,
/// turns it into colours on a worker thread. Reports exactly once, through done() or failed(), unless it is
/// destroyed first: destroying it kills the process and drops whatever was under way, which is how a caller
/// makes sure a result for text it no longer shows never reaches it.
class CommandLineHighlightJob : public QObject {
    Q_OBJECT
public:
    CommandLineHighlightJob(QString program, QStringList arguments, QString text, std::chrono::milliseconds timeout,
                            QObject* parent = nullptr);
    ~CommandLineHighlightJob() override;

    /// Starts the process; call after connecting, since a program that cannot start fails at once.
    void start();

Q_SIGNALS:
    void processStarted();
    void done(const Atrium::HighlightedText& result);
    void failed();

private:
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onParsed();
    void fail(const QString& reason);

    QString m_program;
    QStringList m_arguments;
    QString m_text;
    QProcess m_process;
    QTimer m_timeout;
    QFutureWatcher<std::optional<HighlightedText>> m_parse;
    bool m_reported = false;
};

} // namespace Atrium

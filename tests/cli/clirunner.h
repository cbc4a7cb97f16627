#pragma once

// Runs the built atrium-cli (ATRIUM_CLI_PATH) from a test without blocking the test thread's event loop, which may
// be serving the HTTP server the command talks to.

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

namespace CliRunner {

struct Result {
    int exitCode = -1; ///< -1 when it did not end in time (it is killed)
    QString out;
    QString err;
};

/// The environment of every run: the system's, in a C locale with UTF-8, without a LANGUAGE that would translate.
inline QProcessEnvironment environment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

inline Result run(const QStringList& arguments, const QProcessEnvironment& environment,
                  const QString& workingDirectory = {}, const QByteArray& input = {}, int timeoutMs = 60000)
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ATRIUM_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace CliRunner

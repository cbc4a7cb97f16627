#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Atrium {

/// The `atrium-cli` front door: parses the command word and hands the rest to that command.
/// Exit codes: 0 success, 1 the command found errors, 2 usage or I/O errors.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(Atrium::CliApplication)
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CliApplication();
    /// @p arguments includes the program name, as QCoreApplication::arguments() does.
    int run(const QStringList& arguments);

    static QString usage();
    /// `atrium-cli 0.1.0` with a newline; every command prints it for `--version`.
    static QString versionText();

private:
    void installTranslator();
};

} // namespace Atrium

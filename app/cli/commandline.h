#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace Atrium {

/// What every `atrium-cli GROUP SUBCOMMAND` shares: the PATH arguments, --help with the command people type,
/// --version, and the --format and --cache options.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(Atrium::CommandLine)
public:
    /// Adds --help, --version and PATH... to @p parser and parses @p arguments for @p program (e.g.
    /// "atrium-cli catalog lint"). On --help, --version or a usage error prints to @p out / @p err and returns the
    /// exit code; nullopt when the command should run.
    static std::optional<int> parse(QCommandLineParser& parser, const QString& program, const QStringList& arguments,
                                    QTextStream& out, QTextStream& err);
    /// The same for a command that takes exactly one @p argumentName (e.g. "TEMPLATE") instead of PATH...
    static std::optional<int> parseSingle(QCommandLineParser& parser, const QString& program,
                                          const QStringList& arguments, QTextStream& out, QTextStream& err,
                                          const QString& argumentName, const QString& argumentDescription);
    /// The same for a command that takes options only.
    static std::optional<int> parseNone(QCommandLineParser& parser, const QString& program,
                                        const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QCommandLineOption formatOption(const QString& description, const QString& defaultValue);

    /// One subcommand of a group (`catalog lint`): its name and what runs it with the arguments after the name.
    struct Subcommand {
        QString name;
        std::function<int(const QStringList&)> run;
    };
    /// Runs the subcommand named by the first of @p arguments. Without one prints @p usage to @p err (a usage
    /// error); --help, -h and --version print to @p out; an unknown name prints @p unknownSubcommand (with %1 for
    /// the name) and the usage to @p err.
    static int dispatch(const QList<Subcommand>& subcommands, const QStringList& arguments, const QString& usage,
                        const QString& unknownSubcommand, QTextStream& out, QTextStream& err);
    static QCommandLineOption cacheOption();
};

} // namespace Atrium

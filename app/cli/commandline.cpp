#include "commandline.h"

#include "cliapplication.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Atrium {

QCommandLineOption CommandLine::formatOption(const QString& description, const QString& defaultValue)
{
    QCommandLineOption option(QStringLiteral("format"), description, QStringLiteral("FORMAT"));
    option.setDefaultValue(defaultValue);
    return option;
}

QCommandLineOption CommandLine::cacheOption()
{
    return QCommandLineOption(QStringLiteral("cache"),
                              tr("Keep parsed files in DIR and reuse them while they are unchanged."),
                              QStringLiteral("DIR"));
}

namespace {

std::optional<int> parseArguments(QCommandLineParser& parser, const QString& program, const QStringList& arguments,
                                  QTextStream& out, QTextStream& err, const QString& argumentName,
                                  std::optional<int> exactCount)
{
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    // QCommandLineParser names the program after argv[0]; show the command the user has to type instead.
    if (!parser.parse(QStringList { program } + arguments)) {
        err << QStringLiteral("atrium-cli: ") << parser.errorText() << QLatin1Char('\n')
            << CommandLine::tr("Run \"%1 --help\" for usage.").arg(program) << QLatin1Char('\n');
        return CliApplication::UsageError;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        // Only the usage line names the program; descriptions below it may mention argv[0] in other senses.
        QString help = parser.helpText();
        const QString argv0 = QCoreApplication::arguments().value(0);
        const qsizetype usageEnd = help.indexOf(QLatin1Char('\n'));
        const qsizetype at = argv0.isEmpty() ? -1 : help.indexOf(argv0);
        if (at >= 0 && (usageEnd < 0 || at < usageEnd))
            help.replace(at, argv0.size(), program);
        out << help;
        return CliApplication::Success;
    }
    if (parser.isSet(versionOption)) {
        out << CliApplication::versionText();
        return CliApplication::Success;
    }
    if (exactCount == 0 && !parser.positionalArguments().isEmpty()) {
        err << CommandLine::tr("atrium-cli: %1 takes no argument, got \"%2\"")
                   .arg(program, parser.positionalArguments().constFirst())
            << QLatin1Char('\n') << CommandLine::tr("Run \"%1 --help\" for usage.").arg(program) << QLatin1Char('\n');
        return CliApplication::UsageError;
    }
    if (exactCount == 0)
        return std::nullopt;
    if (exactCount == 1 && parser.positionalArguments().size() != 1) {
        err << CommandLine::tr("atrium-cli: %1 needs exactly one %2").arg(program, argumentName) << QLatin1Char('\n')
            << CommandLine::tr("Run \"%1 --help\" for usage.").arg(program) << QLatin1Char('\n');
        return CliApplication::UsageError;
    }
    if (parser.positionalArguments().isEmpty()) {
        err << CommandLine::tr("atrium-cli: %1 needs at least one PATH").arg(program) << QLatin1Char('\n')
            << CommandLine::tr("Run \"%1 --help\" for usage.").arg(program) << QLatin1Char('\n');
        return CliApplication::UsageError;
    }
    return std::nullopt;
}

} // namespace

int CommandLine::dispatch(const QList<Subcommand>& subcommands, const QStringList& arguments, const QString& usage,
                          const QString& unknownSubcommand, QTextStream& out, QTextStream& err)
{
    if (arguments.isEmpty()) {
        err << usage;
        return CliApplication::UsageError;
    }
    const QString& name = arguments.first();
    for (const Subcommand& subcommand : subcommands) {
        if (subcommand.name == name)
            return subcommand.run(arguments.mid(1));
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        out << usage;
        return CliApplication::Success;
    }
    if (name == QLatin1String("--version")) {
        out << CliApplication::versionText();
        return CliApplication::Success;
    }
    err << unknownSubcommand.arg(name) << QLatin1Char('\n') << usage;
    return CliApplication::UsageError;
}

std::optional<int> CommandLine::parse(QCommandLineParser& parser, const QString& program, const QStringList& arguments,
                                      QTextStream& out, QTextStream& err)
{
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 tr("A descriptor file, a folder, an atrium.yaml or an app-config.yaml."),
                                 QStringLiteral("PATH..."));
    return parseArguments(parser, program, arguments, out, err, QStringLiteral("PATH"), std::nullopt);
}

std::optional<int> CommandLine::parseSingle(QCommandLineParser& parser, const QString& program,
                                            const QStringList& arguments, QTextStream& out, QTextStream& err,
                                            const QString& argumentName, const QString& argumentDescription)
{
    parser.addPositionalArgument(argumentName, argumentDescription);
    return parseArguments(parser, program, arguments, out, err, argumentName, 1);
}

std::optional<int> CommandLine::parseNone(QCommandLineParser& parser, const QString& program,
                                          const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return parseArguments(parser, program, arguments, out, err, {}, 0);
}

} // namespace Atrium

#include "cliapplication.h"

#include "backstagecommand.h"
#include "catalogcommand.h"
#include "envcommand.h"
#include "outboxcommand.h"
#include "requestcommand.h"
#include "templatecommand.h"

#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace Atrium {

CliApplication::CliApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("atrium-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Atrium"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATRIUM_VERSION));
}

void CliApplication::installTranslator()
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale(), QStringLiteral("atrium"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

QString CliApplication::usage()
{
    return tr("Usage: atrium-cli COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  catalog lint   Validate catalog descriptor files as Backstage does\n"
              "  catalog list   List catalog entities\n"
              "  template list  List the software templates and where they run\n"
              "  template render  Run a software template locally\n"
              "  backstage entities  List the entities of a Backstage backend's catalog\n"
              "  backstage run  Run a software template on a Backstage backend\n"
              "  request send   Send a request to an http endpoint through the outbox\n"
              "  outbox         List the outbox, or send an entry again (list, retry)\n"
              "  env status     Show what runs where: health, version and drift per environment\n"
              "\n"
              "Options:\n"
              "  -h, --help     Show help (also after a command)\n"
              "  --version      Show the version\n");
}

QString CliApplication::versionText()
{
    return QCoreApplication::applicationName() % QLatin1Char(' ') % QCoreApplication::applicationVersion()
        % QLatin1Char('\n');
}

int CliApplication::run(const QStringList& arguments)
{
    installTranslator();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        err << usage();
        return UsageError;
    }
    const QString& command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return Success;
    }
    if (command == QLatin1String("--version")) {
        out << versionText();
        return Success;
    }
    if (command == QLatin1String("catalog"))
        return CatalogCommand(out, err).run(args.mid(1));
    if (command == QLatin1String("template"))
        return TemplateCommand(out, err).run(args.mid(1));
    if (command == QLatin1String("backstage"))
        return BackstageCommand(out, err).run(args.mid(1));
    if (command == QLatin1String("request"))
        return RequestCommand(out, err).run(args.mid(1));
    if (command == QLatin1String("outbox"))
        return OutboxCommand(out, err).run(args.mid(1));
    if (command == QLatin1String("env"))
        return EnvCommand(out, err).run(args.mid(1));
    err << tr("atrium-cli: unknown command \"%1\"").arg(command) << QLatin1Char('\n') << usage();
    return UsageError;
}

} // namespace Atrium

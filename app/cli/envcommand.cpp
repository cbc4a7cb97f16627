#include "envcommand.h"

#include "catalogoutput.h"
#include "catalogsource.h"
#include "cliapplication.h"
#include "commandline.h"
#include "environments/sourcefetcher.h"
#include "workspace/workspaceconfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace Atrium {

EnvCommand::EnvCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString EnvCommand::usage()
{
    return tr("Usage: atrium-cli env SUBCOMMAND [OPTIONS] PATH\n"
              "\n"
              "Subcommands:\n"
              "  status   Show what runs where: health, version, replicas and drift per environment\n"
              "\n"
              "PATH is a workspace folder or its atrium.yaml, whose environments: say where the status\n"
              "comes from (docs/environments.md).\n"
              "\n"
              "Run \"atrium-cli env SUBCOMMAND --help\" for the options of a subcommand.\n");
}

int EnvCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch({ { u"status"_s, [this](const QStringList& rest) { return status(rest); } } },
                                 arguments, usage(), tr("atrium-cli: unknown env subcommand \"%1\""), m_out, m_err);
}

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue countOrNull(int count)
{
    return count < 0 ? QJsonValue() : QJsonValue(count);
}

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QByteArray EnvCommand::json(const Dashboard& dashboard)
{
    QJsonArray services;
    for (const DashboardRow& row : dashboard.rows) {
        QJsonObject cells;
        for (auto it = row.cells.cbegin(); it != row.cells.cend(); ++it) {
            const EnvironmentCell& cell = it.value();
            QJsonValue replicas;
            if (cell.readyReplicas >= 0 || cell.desiredReplicas >= 0)
                replicas = QJsonObject { { u"ready"_s, countOrNull(cell.readyReplicas) },
                                         { u"desired"_s, countOrNull(cell.desiredReplicas) } };
            cells.insert(it.key(),
                         QJsonObject { { u"health"_s, healthWord(cell.health) },
                                       { u"version"_s, orNull(cell.version) },
                                       { u"replicas"_s, replicas },
                                       { u"deployedAt"_s, timeOrNull(cell.deployedAt) },
                                       { u"source"_s, cell.source },
                                       { u"message"_s, orNull(cell.message) },
                                       { u"stale"_s, cell.stale },
                                       { u"links"_s, QJsonArray::fromStringList(cell.links) } });
        }
        QJsonArray drift;
        for (const Drift& d : row.drift)
            drift.append(QJsonObject { { u"environment"_s, d.environment },
                                       { u"version"_s, d.version },
                                       { u"previousEnvironment"_s, d.previousEnvironment },
                                       { u"previousVersion"_s, d.previousVersion },
                                       { u"message"_s, d.describe() } });
        services.append(QJsonObject { { u"entity"_s, row.ref },
                                      { u"name"_s, row.name },
                                      { u"inCatalog"_s, row.inCatalog },
                                      { u"cells"_s, cells },
                                      { u"drift"_s, drift } });
    }
    QJsonArray sources;
    for (const EnvironmentSummary& environment : dashboard.environments) {
        for (const SourceSummary& source : environment.sources)
            sources.append(QJsonObject { { u"environment"_s, environment.name },
                                         { u"type"_s, EnvironmentsConfigReader::typeName(source.type) },
                                         { u"location"_s, source.location },
                                         { u"ok"_s, source.error.isEmpty() && source.succeededAt.isValid() },
                                         { u"error"_s, orNull(source.error) },
                                         { u"refreshedAt"_s, timeOrNull(source.succeededAt) },
                                         { u"objects"_s, source.objects },
                                         { u"warnings"_s, QJsonArray::fromStringList(source.warnings) } });
    }
    const QJsonObject document { { u"environments"_s, QJsonArray::fromStringList(dashboard.environmentNames()) },
                                 { u"services"_s, services },
                                 { u"sources"_s, sources } };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QString EnvCommand::table(const Dashboard& dashboard)
{
    const QStringList environments = dashboard.environmentNames();
    QList<QStringList> lines;
    QStringList header { tr("COMPONENT") };
    for (const EnvironmentSummary& environment : dashboard.environments)
        header.append(environment.name.toUpper());
    lines.append(header);
    for (const DashboardRow& row : dashboard.rows) {
        QStringList line { row.name };
        for (const QString& environment : environments) {
            const auto it = row.cells.constFind(environment);
            if (it == row.cells.cend()) {
                line.append(u"-"_s);
                continue;
            }
            QStringList parts { healthWord(it->health) };
            if (!it->version.isEmpty())
                parts.append(it->version);
            if (it->readyReplicas >= 0 || it->desiredReplicas >= 0)
                parts.append((it->readyReplicas < 0 ? u"?"_s : QString::number(it->readyReplicas)) + u'/'
                             + (it->desiredReplicas < 0 ? u"?"_s : QString::number(it->desiredReplicas)));
            if (it->stale)
                parts.append(tr("(stale)"));
            const bool drifts = std::any_of(row.drift.cbegin(), row.drift.cend(),
                                            [&](const Drift& d) { return d.environment == environment; });
            if (drifts)
                parts.append(u"*"_s);
            line.append(parts.join(u' '));
        }
        lines.append(line);
    }
    QString text = CatalogOutput::alignedColumns(lines);
    QStringList drift;
    for (const DashboardRow& row : dashboard.rows) {
        for (const Drift& d : row.drift)
            drift.append(tr("  %1: %2").arg(row.name, d.describe()));
    }
    if (!drift.isEmpty())
        text += u'\n' + tr("Drift (*):") + u'\n' + drift.join(u'\n') + u'\n';
    return text;
}

int EnvCommand::status(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read every status source of the workspace's environments once and show, per component and\n"
           "environment, the health, version, ready/desired replicas and drift. Exits with 1 when a source\n"
           "could not be read; its components' cells then say unknown, with the error as message."));
    const QCommandLineOption format
        = CommandLine::formatOption(tr("Output format: table (default) or json."), u"table"_s);
    const QCommandLineOption cache = CommandLine::cacheOption();
    parser.addOptions({ format, cache });
    if (const auto exitCode = CommandLine::parse(parser, u"atrium-cli env status"_s, arguments, m_out, m_err))
        return *exitCode;
    const QString formatName = parser.value(format);
    if (formatName != u"table"_s && formatName != u"json"_s) {
        m_err << tr("atrium-cli: unknown format \"%1\"; expected table or json").arg(formatName) << u'\n';
        return CliApplication::UsageError;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1) {
        m_err << tr("atrium-cli: env status takes one workspace PATH") << u'\n';
        return CliApplication::UsageError;
    }
    const WorkspaceConfig workspace = loadWorkspaceConfig(paths.first());
    if (workspace.configFile.isEmpty()) {
        m_err << tr("atrium-cli: %1 holds no atrium.yaml, so it declares no environments").arg(paths.first()) << u'\n';
        return CliApplication::UsageError;
    }
    const EnvironmentsConfig config
        = EnvironmentsConfigReader::read(workspace.environments, workspace.configFile, workspace.rootDirectory,
                                         [&workspace](const QStringList& keys) { return workspace.positionOf(keys); });
    const QString display = QDir::current().relativeFilePath(workspace.configFile);
    // The configuration's problems as `catalog lint` prints them: file:line:column: error|warning: message.
    m_err << CatalogOutput::lintText(CatalogOutput::forDisplay(config.problems, QDir::currentPath()));
    const bool configErrors = hasErrors(config.problems);
    if (config.environments.isEmpty()) {
        m_err << tr("atrium-cli: %1 declares no environments").arg(display) << u'\n';
        return configErrors ? CliApplication::Failure : CliApplication::UsageError;
    }

    const CatalogSource catalog = CatalogSource::load({ paths.first() }, parser.value(cache));
    if (!catalog.error.isEmpty()) {
        m_err << u"atrium-cli: "_s << catalog.error << u'\n';
        return CliApplication::UsageError;
    }

    // Every source once, all at the same time; each read is bounded by its source's timeout.
    QNetworkAccessManager network;
    std::vector<std::unique_ptr<SourceFetcher>> fetchers;
    QEventLoop loop;
    int running = 0;
    const QList<CatalogComponent> components = DashboardBuilder::components(*catalog.snapshot);
    for (const Environment& environment : config.environments) {
        const QList<ProbeTarget> targets = DashboardBuilder::probeTargets(components, environment.name);
        for (qsizetype i = 0; i < environment.sources.size(); ++i) {
            auto fetcher
                = std::make_unique<SourceFetcher>(environment.name, int(i), environment.sources.at(i), &network);
            fetcher->setProbeTargets(targets);
            QObject::connect(fetcher.get(), &SourceFetcher::finished, &loop, [&running, &loop] {
                if (--running == 0)
                    loop.quit();
            });
            fetchers.push_back(std::move(fetcher));
        }
    }
    running = int(fetchers.size());
    for (const auto& fetcher : fetchers)
        fetcher->fetch();
    if (running > 0)
        loop.exec();

    QList<SourceReading> readings;
    for (const auto& fetcher : fetchers)
        readings.append(fetcher->reading());
    const Dashboard dashboard = DashboardBuilder::build(components, config, readings, QDateTime::currentDateTimeUtc());
    for (const EnvironmentSummary& environment : dashboard.environments) {
        for (const SourceSummary& source : environment.sources) {
            if (!source.error.isEmpty())
                m_err << tr("atrium-cli: %1: %2 %3: %4")
                             .arg(environment.name, EnvironmentsConfigReader::typeName(source.type), source.location,
                                  source.error)
                      << u'\n';
            for (const QString& warning : source.warnings)
                m_err << tr("atrium-cli: %1: %2 %3: warning: %4")
                             .arg(environment.name, EnvironmentsConfigReader::typeName(source.type), source.location,
                                  warning)
                      << u'\n';
        }
    }
    if (formatName == u"json"_s)
        m_out << QString::fromUtf8(json(dashboard));
    else
        m_out << table(dashboard);
    return dashboard.anySourceFailed() || configErrors ? CliApplication::Failure : CliApplication::Success;
}

} // namespace Atrium

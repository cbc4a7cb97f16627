#include "requestcommand.h"

#include "backends/endpointrequest.h"
#include "backends/outbox.h"
#include "backends/outboxsender.h"
#include "cliapplication.h"
#include "commandline.h"
#include "outboxcommand.h"
#include "templatecommand.h"
#include "workspace/workspaceconfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

bool isSettled(OutboxEntry::State state)
{
    return state != OutboxEntry::State::Queued && state != OutboxEntry::State::Sending;
}

QString shortId(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

} // namespace

RequestCommand::RequestCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString RequestCommand::usage()
{
    return tr("Usage: atrium-cli request SUBCOMMAND [OPTIONS]\n"
              "\n"
              "Subcommands:\n"
              "  send ENDPOINT  Render an http endpoint's body from answers, queue it in the outbox and send it now\n"
              "\n"
              "Run \"atrium-cli request send --help\" for its options.\n");
}

int RequestCommand::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        m_err << usage();
        return CliApplication::UsageError;
    }
    const QString& subcommand = arguments.first();
    if (subcommand == u"send"_s)
        return send(arguments.mid(1));
    if (subcommand == u"--help"_s || subcommand == u"-h"_s) {
        m_out << usage();
        return CliApplication::Success;
    }
    m_err << tr("atrium-cli: unknown request subcommand \"%1\"").arg(subcommand) << u'\n' << usage();
    return CliApplication::UsageError;
}

std::optional<BackendsConfig> RequestCommand::loadBackends(const QString& path, QString* configFile, QTextStream& err)
{
    const WorkspaceConfig workspace = loadWorkspaceConfig(path);
    if (workspace.configFile.isEmpty()) {
        err << tr("atrium-cli: %1 holds no atrium.yaml, so it declares no backends").arg(path) << u'\n';
        return std::nullopt;
    }
    BackendsConfig config
        = BackendsConfigReader::read(workspace.backends, workspace.configFile, workspace.rootDirectory,
                                     [&workspace](const QStringList& keys) { return workspace.positionOf(keys); });
    const QString display = QDir::current().relativeFilePath(workspace.configFile);
    for (const Problem& problem : std::as_const(config.problems)) {
        err << tr("%1:%2:%3: %4: %5")
                   .arg(display)
                   .arg(problem.line)
                   .arg(problem.column)
                   .arg(problem.severity == Problem::Severity::Error ? tr("error") : tr("warning"), problem.message)
            << u'\n';
    }
    if (configFile)
        *configFile = display;
    return config;
}

int RequestCommand::sendAndWait(Outbox& outbox, const BackendsConfig& backends, const QUuid& id, const Bounds& bounds,
                                bool json, QTextStream& out, QTextStream& err)
{
    OutboxSender sender(&outbox, OutboxSender::resolverFor(backends));
    RetryLimits limits = sender.retryLimits();
    limits.maxAttempts = bounds.maxAttempts;
    sender.setRetryLimits(limits);
    sender.setScope({ id });
    sender.setGiveUpWhenUnreachable(true);

    QEventLoop loop;
    QString problem;
    QObject::connect(&outbox, &Outbox::entryChanged, &loop, [&outbox, &loop, id](const QUuid& changed) {
        if (changed == id && isSettled(outbox.entry(id).value_or(OutboxEntry()).state))
            loop.quit();
    });
    // A missing token or target: the entry stays queued, and waiting would not change that.
    QObject::connect(&sender, &OutboxSender::problem, &loop,
                     [&problem, &loop, id](const QUuid& which, const QString& error) {
                         if (which == id) {
                             problem = error;
                             loop.quit();
                         }
                     });
    QObject::connect(&sender, &OutboxSender::idle, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    // At the deadline no new attempt starts; one in flight ends by its own timeouts and is written.
    QObject::connect(&deadline, &QTimer::timeout, &sender, &OutboxSender::stop);
    deadline.start(bounds.timeoutSeconds * 1000);
    // A queued entry may be waiting out a long backoff; the user asked for it now.
    sender.sendNow(id);
    sender.start();
    if (!isSettled(outbox.entry(id).value_or(OutboxEntry()).state))
        loop.exec();
    if (sender.inFlightCount() > 0) {
        sender.stop();
        QEventLoop drain;
        QObject::connect(&sender, &OutboxSender::idle, &drain, &QEventLoop::quit);
        drain.exec();
    }

    const OutboxEntry entry = outbox.entry(id).value_or(OutboxEntry());
    if (json) {
        out << QString::fromUtf8(QJsonDocument(OutboxCommand::summary(entry)).toJson(QJsonDocument::Indented));
        out.flush();
    }
    const QString ref = shortId(id);
    switch (entry.state) {
    case OutboxEntry::State::Sent:
    case OutboxEntry::State::Running:
    case OutboxEntry::State::Completed:
        if (!json) {
            out << (entry.remoteId.isEmpty() ? tr("Sent to %1: HTTP %2 (attempt %3; outbox entry %4)")
                                                   .arg(entry.targetName)
                                                   .arg(entry.responseStatus)
                                                   .arg(entry.attempts)
                                                   .arg(ref)
                                             : tr("Sent to %1: task %2 (attempt %3; outbox entry %4)")
                                                   .arg(entry.targetName, entry.remoteId)
                                                   .arg(entry.attempts)
                                                   .arg(ref))
                << u'\n';
            if (!entry.responseBody.isEmpty())
                out << QString::fromUtf8(entry.responseBody) << (entry.responseBody.endsWith('\n') ? "" : "\n");
        }
        return CliApplication::Success;
    case OutboxEntry::State::Unknown:
        err << u"atrium-cli: "_s << entry.lastError << u'\n'
            << tr("Check %1, then send it again with: atrium-cli outbox retry %2 --yes").arg(entry.targetName, ref)
            << u'\n';
        return CliApplication::Failure;
    case OutboxEntry::State::Failed:
        err << u"atrium-cli: "_s << entry.lastError << u'\n';
        if (!entry.responseBody.isEmpty() && !json)
            err << QString::fromUtf8(entry.responseBody) << u'\n';
        err << tr("The request stays in the outbox as failed; retry it with: atrium-cli outbox retry %1").arg(ref)
            << u'\n';
        return CliApplication::Failure;
    case OutboxEntry::State::Queued:
    case OutboxEntry::State::Sending:
        break;
    }
    err << u"atrium-cli: "_s
        << (problem.isEmpty() ? tr("not sent after %n attempt(s) within %1 s: %2", nullptr, entry.attempts)
                                    .arg(bounds.timeoutSeconds)
                                    .arg(entry.lastError)
                              : problem)
        << u'\n'
        << tr("The request stays queued in the outbox (entry %1); Atrium sends it when it runs, or: atrium-cli outbox "
              "retry %1")
               .arg(ref)
        << u'\n';
    return CliApplication::Failure;
}

int RequestCommand::send(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Render the body of the http endpoint ENDPOINT (declared under backends: in atrium.yaml) from the answers "
           "in --values, write the request to the outbox and send it now. Network errors, 5xx and 429 are retried "
           "within --timeout; a request whose outcome is unknown is never resent. The response is printed; the "
           "exit code is 0 when the endpoint accepted the request. The entry stays in the outbox either way."));
    const QCommandLineOption values(u"values"_s, tr("Answers from a YAML or JSON FILE (\"-\" reads standard input)."),
                                    u"FILE"_s);
    const QCommandLineOption workspace(u"workspace"_s,
                                       tr("The workspace: a folder with an atrium.yaml, or the file (default: the "
                                          "current folder)."),
                                       u"PATH"_s, u"."_s);
    const QCommandLineOption templateRef(u"template"_s, tr("The template the answers are for (template.ref)."),
                                         u"REF"_s);
    const QCommandLineOption timeout(u"timeout"_s, tr("Give up waiting after SECONDS (default 60)."), u"SECONDS"_s,
                                     u"60"_s);
    const QCommandLineOption attempts(u"max-attempts"_s, tr("At most N attempts (default 5)."), u"N"_s, u"5"_s);
    const QCommandLineOption format
        = CommandLine::formatOption(tr("Output format: text (default) or json."), u"text"_s);
    parser.addOptions({ values, workspace, templateRef, timeout, attempts, format, OutboxCommand::directoryOption() });
    if (const auto exitCode = CommandLine::parseSingle(parser, u"atrium-cli request send"_s, arguments, m_out, m_err,
                                                       u"ENDPOINT"_s, tr("The name of an http endpoint.")))
        return *exitCode;
    const QString formatName = parser.value(format);
    if (formatName != u"text"_s && formatName != u"json"_s) {
        m_err << tr("atrium-cli: unknown format \"%1\"; expected text or json").arg(formatName) << u'\n';
        return CliApplication::UsageError;
    }
    Bounds bounds;
    bool ok = false;
    bounds.timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || bounds.timeoutSeconds < 1) {
        m_err << tr("atrium-cli: --timeout must be a whole number of seconds, 1 or more") << u'\n';
        return CliApplication::UsageError;
    }
    bounds.maxAttempts = parser.value(attempts).toInt(&ok);
    if (!ok || bounds.maxAttempts < 1) {
        m_err << tr("atrium-cli: --max-attempts must be a whole number, 1 or more") << u'\n';
        return CliApplication::UsageError;
    }

    QString configFile;
    const std::optional<BackendsConfig> backends = loadBackends(parser.value(workspace), &configFile, m_err);
    if (!backends)
        return CliApplication::UsageError;
    const QString name = parser.positionalArguments().constFirst();
    const HttpEndpoint* endpoint = backends->endpointNamed(name);
    if (!endpoint) {
        QStringList names;
        for (const HttpEndpoint& candidate : backends->endpoints)
            names.append(candidate.name);
        m_err << (names.isEmpty() ? tr("atrium-cli: %1 declares no http endpoint").arg(configFile)
                                  : tr("atrium-cli: %1 declares no http endpoint %2; it has: %3")
                                        .arg(configFile, name, names.join(u", "_s)))
              << u'\n';
        return CliApplication::Failure;
    }

    SubmissionInput input;
    if (parser.isSet(values)) {
        QString error;
        const std::optional<QJsonObject> answers = TemplateCommand::readValues(parser.value(values), error);
        if (!answers) {
            m_err << u"atrium-cli: "_s << error << u'\n';
            return CliApplication::UsageError;
        }
        input.parameters = *answers;
    }
    input.templateRef = parser.value(templateRef);
    input.templateName = input.templateRef.mid(input.templateRef.lastIndexOf(u'/') + 1);

    QString error;
    const std::optional<OutboxEntry> entry = EndpointRequest::forEndpoint(*endpoint, input, &error, configFile);
    if (!entry) {
        m_err << u"atrium-cli: "_s << error << u'\n';
        return CliApplication::Failure;
    }
    Outbox outbox(OutboxCommand::directory(parser));
    const QUuid id = outbox.add(*entry, &error);
    if (id.isNull()) {
        m_err << u"atrium-cli: "_s << error << u'\n';
        return CliApplication::UsageError;
    }
    return sendAndWait(outbox, *backends, id, bounds, formatName == u"json"_s, m_out, m_err);
}

} // namespace Atrium

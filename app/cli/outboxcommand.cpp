#include "outboxcommand.h"

#include "backends/outbox.h"
#include "catalogoutput.h"
#include "cliapplication.h"
#include "commandline.h"
#include "requestcommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString oneLine(const QString& text, qsizetype limit)
{
    const QString simple = text.simplified();
    return simple.size() > limit ? simple.left(limit - 1) + u'…' : simple;
}

} // namespace

OutboxCommand::OutboxCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString OutboxCommand::usage()
{
    return tr("Usage: atrium-cli outbox SUBCOMMAND [OPTIONS]\n"
              "\n"
              "Subcommands:\n"
              "  list       List what the outbox holds: state, id, target, title, attempts, last error\n"
              "  retry ID   Send an entry again (a failed one, or an unknown one with --yes)\n"
              "\n"
              "Options shared by both:\n"
              "  --outbox DIR   The outbox folder (default: $ATRIUM_OUTBOX_DIR, else Atrium's own)\n");
}

QCommandLineOption OutboxCommand::directoryOption()
{
    return QCommandLineOption(
        u"outbox"_s, tr("The outbox folder (default: $ATRIUM_OUTBOX_DIR, else %1).").arg(Outbox::defaultDirectory()),
        u"DIR"_s);
}

QString OutboxCommand::directory(const QCommandLineParser& parser)
{
    if (parser.isSet(u"outbox"_s))
        return parser.value(u"outbox"_s);
    const QString fromEnvironment = qEnvironmentVariable("ATRIUM_OUTBOX_DIR");
    return fromEnvironment.isEmpty() ? Outbox::defaultDirectory() : fromEnvironment;
}

QJsonObject OutboxCommand::summary(const OutboxEntry& entry)
{
    return QJsonObject {
        { u"id"_s, entry.id.toString(QUuid::WithoutBraces) },
        { u"kind"_s, OutboxEntry::kindName(entry.kind) },
        { u"state"_s, OutboxEntry::stateName(entry.state) },
        { u"target"_s, entry.targetName },
        { u"title"_s, entry.title },
        { u"method"_s, QString::fromLatin1(entry.method) },
        { u"url"_s, entry.url.toDisplayString(QUrl::RemoveUserInfo) },
        { u"attempts"_s, entry.attempts },
        { u"createdAt"_s, timeText(entry.createdAt) },
        { u"updatedAt"_s, timeText(entry.updatedAt) },
        { u"nextAttemptAt"_s, timeText(entry.nextAttemptAt) },
        { u"lastError"_s, entry.lastError },
        { u"remoteId"_s, entry.remoteId },
        { u"responseStatus"_s, entry.responseStatus },
        { u"responseBody"_s, QString::fromUtf8(entry.responseBody) },
    };
}

int OutboxCommand::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        m_err << usage();
        return CliApplication::UsageError;
    }
    const QString& subcommand = arguments.first();
    if (subcommand == u"list"_s)
        return list(arguments.mid(1));
    if (subcommand == u"retry"_s)
        return retry(arguments.mid(1));
    if (subcommand == u"--help"_s || subcommand == u"-h"_s) {
        m_out << usage();
        return CliApplication::Success;
    }
    m_err << tr("atrium-cli: unknown outbox subcommand \"%1\"").arg(subcommand) << u'\n' << usage();
    return CliApplication::UsageError;
}

int OutboxCommand::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the outbox's entries, newest first."));
    const QCommandLineOption format
        = CommandLine::formatOption(tr("Output format: table (default) or json."), u"table"_s);
    parser.addOptions({ format, directoryOption() });
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(QStringList { u"atrium-cli outbox list"_s } + arguments)) {
        m_err << u"atrium-cli: "_s << parser.errorText() << u'\n';
        return CliApplication::UsageError;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return CliApplication::Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("atrium-cli: outbox list takes no arguments") << u'\n';
        return CliApplication::UsageError;
    }
    const QString formatName = parser.value(format);
    if (formatName != u"table"_s && formatName != u"json"_s) {
        m_err << tr("atrium-cli: unknown format \"%1\"; expected table or json").arg(formatName) << u'\n';
        return CliApplication::UsageError;
    }

    const Outbox outbox(directory(parser));
    const QList<OutboxEntry> entries = outbox.entries();
    if (formatName == u"json"_s) {
        QJsonArray array;
        for (const OutboxEntry& entry : entries)
            array.append(summary(entry));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        QList<QStringList> rows { { tr("STATE"), tr("ID"), tr("TARGET"), tr("TITLE"), tr("ATTEMPTS"), tr("UPDATED"),
                                    tr("LAST ERROR") } };
        for (const OutboxEntry& entry : entries) {
            rows.append({ OutboxEntry::stateName(entry.state), entry.id.toString(QUuid::WithoutBraces).left(8),
                          entry.targetName, oneLine(entry.title, 40), QString::number(entry.attempts),
                          timeText(entry.updatedAt),
                          entry.lastError.isEmpty() ? u"-"_s : oneLine(entry.lastError, 100) });
        }
        m_out << CatalogOutput::alignedColumns(rows);
    }
    m_out.flush();
    for (const QString& error : outbox.loadErrors())
        m_err << u"atrium-cli: "_s << error << u'\n';
    return CliApplication::Success;
}

int OutboxCommand::retry(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send the outbox entry ID again (the start of its id is enough) and wait for the outcome, as request send "
           "does. A failed entry is queued again; an entry whose outcome is unknown may already have reached the "
           "backend, so it needs --yes. The targets are read from the workspace's atrium.yaml."));
    const QCommandLineOption yes(u"yes"_s,
                                 tr("Send an entry whose outcome is unknown, accepting a possible duplicate."));
    const QCommandLineOption workspace(u"workspace"_s,
                                       tr("The workspace: a folder with an atrium.yaml, or the file (default: the "
                                          "current folder)."),
                                       u"PATH"_s, u"."_s);
    const QCommandLineOption timeout(u"timeout"_s, tr("Give up waiting after SECONDS (default 60)."), u"SECONDS"_s,
                                     u"60"_s);
    const QCommandLineOption attempts(u"max-attempts"_s, tr("At most N attempts (default 5)."), u"N"_s, u"5"_s);
    const QCommandLineOption format
        = CommandLine::formatOption(tr("Output format: text (default) or json."), u"text"_s);
    parser.addOptions({ yes, workspace, timeout, attempts, format, directoryOption() });
    if (const auto exitCode = CommandLine::parseSingle(parser, u"atrium-cli outbox retry"_s, arguments, m_out, m_err,
                                                       u"ID"_s, tr("An outbox entry's id, or its start.")))
        return *exitCode;
    RequestCommand::Bounds bounds;
    bool timeoutOk = false;
    bool attemptsOk = false;
    bounds.timeoutSeconds = parser.value(timeout).toInt(&timeoutOk);
    bounds.maxAttempts = parser.value(attempts).toInt(&attemptsOk);
    if (!timeoutOk || !attemptsOk || bounds.timeoutSeconds < 1 || bounds.maxAttempts < 1) {
        m_err << tr("atrium-cli: --timeout and --max-attempts must be whole numbers, 1 or more") << u'\n';
        return CliApplication::UsageError;
    }

    Outbox outbox(directory(parser));
    const QString prefix = parser.positionalArguments().constFirst().toLower();
    QList<OutboxEntry> matches;
    for (const OutboxEntry& entry : outbox.entries()) {
        if (entry.id.toString(QUuid::WithoutBraces).startsWith(prefix))
            matches.append(entry);
    }
    if (matches.isEmpty()) {
        m_err << tr("atrium-cli: the outbox %1 holds no entry %2").arg(outbox.directory(), prefix) << u'\n';
        return CliApplication::Failure;
    }
    if (matches.size() > 1) {
        QStringList ids;
        for (const OutboxEntry& entry : std::as_const(matches))
            ids.append(entry.id.toString(QUuid::WithoutBraces));
        m_err << tr("atrium-cli: %1 matches %n entries; give more of the id: %2", nullptr, int(matches.size()))
                     .arg(prefix, ids.join(u", "_s))
              << u'\n';
        return CliApplication::UsageError;
    }
    const OutboxEntry entry = matches.constFirst();
    QString error;
    switch (entry.state) {
    case OutboxEntry::State::Unknown:
        if (!parser.isSet(yes)) {
            m_err << tr("atrium-cli: %1 may already have reached %2: %3\n"
                        "Sending it again may do it twice (a second repository, a second pipeline). Check %2, then "
                        "run again with --yes to send it anyway, or remove it.")
                         .arg(entry.id.toString(QUuid::WithoutBraces).left(8), entry.targetName, entry.lastError)
                  << u'\n';
            return CliApplication::Failure;
        }
        [[fallthrough]];
    case OutboxEntry::State::Failed:
        if (!outbox.retry(entry.id, &error)) {
            m_err << u"atrium-cli: "_s << error << u'\n';
            return CliApplication::Failure;
        }
        break;
    case OutboxEntry::State::Queued:
        break; // waiting for its next attempt: send it now
    case OutboxEntry::State::Sending:
    case OutboxEntry::State::Sent:
    case OutboxEntry::State::Running:
    case OutboxEntry::State::Completed:
        m_err << tr("atrium-cli: %1 is %2; there is nothing to retry")
                     .arg(entry.id.toString(QUuid::WithoutBraces).left(8),
                          OutboxEntry::stateLabel(entry.state).toLower())
              << u'\n';
        return CliApplication::Failure;
    }

    const std::optional<BackendsConfig> backends
        = RequestCommand::loadBackends(parser.value(workspace), nullptr, m_err);
    if (!backends)
        return CliApplication::UsageError;
    return RequestCommand::sendAndWait(outbox, *backends, entry.id, bounds, parser.value(format) == u"json"_s, m_out,
                                       m_err);
}

} // namespace Atrium

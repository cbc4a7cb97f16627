#include "backstagecommand.h"

#include "backends/backstageclient.h"
#include "backends/taskfollower.h"
#include "catalogoutput.h"
#include "cliapplication.h"
#include "commandline.h"
#include "common/ansiescapes.h"
#include "templatecommand.h"
#include "templates/templateanswers.h"
#include "templates/templatedefinition.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

QString table(const QList<QJsonObject>& entities)
{
    QList<QStringList> rows { { BackstageCommand::tr("KIND"), BackstageCommand::tr("NAME"),
                                BackstageCommand::tr("OWNER"), BackstageCommand::tr("TITLE") } };
    for (const QJsonObject& entity : entities) {
        const QJsonObject metadata = entity.value(u"metadata"_s).toObject();
        const QString ns = metadata.value(u"namespace"_s).toString();
        QString name = metadata.value(u"name"_s).toString();
        if (!ns.isEmpty() && ns != u"default"_s)
            name = ns + u'/' + name;
        const QString owner = entity.value(u"spec"_s).toObject().value(u"owner"_s).toString();
        rows.append({ entity.value(u"kind"_s).toString(), name, owner.isEmpty() ? u"-"_s : owner,
                      metadata.value(u"title"_s).toString() });
    }
    return CatalogOutput::alignedColumns(rows);
}

/// The form of the parameter schema (`GET .../parameter-schema`) as a definition whose pages TemplateAnswers reads:
/// --set is typed and the defaults filled in as the local `template render` does.
TemplateDefinition definitionFromSchema(const QJsonObject& schema)
{
    TemplateDefinition definition;
    definition.title = schema.value(u"title"_s).toString();
    for (const QJsonValue step : schema.value(u"steps"_s).toArray()) {
        TemplateParameterPage page;
        page.title = step[u"title"_s].toString();
        page.schema = step[u"schema"_s].toObject();
        definition.pages.append(page);
    }
    return definition;
}

bool isTerminal(FILE* stream)
{
    return ::isatty(fileno(stream)) == 1;
}

} // namespace

BackstageCommand::BackstageCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString BackstageCommand::usage()
{
    return tr("Usage: atrium-cli backstage SUBCOMMAND --url URL [OPTIONS]\n"
              "\n"
              "Subcommands:\n"
              "  entities  List the entities of a Backstage backend's catalog\n"
              "  run       Run a software template on a Backstage backend and follow its log\n"
              "\n"
              "Run \"atrium-cli backstage SUBCOMMAND --help\" for the options of a subcommand.\n");
}

int BackstageCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch({ { u"entities"_s, [this](const QStringList& rest) { return entities(rest); } },
                                   { u"run"_s, [this](const QStringList& rest) { return runTemplate(rest); } } },
                                 arguments, usage(), tr("atrium-cli: unknown backstage subcommand \"%1\""), m_out,
                                 m_err);
}

namespace {

QList<QCommandLineOption> connectionOptions()
{
    return { QCommandLineOption(u"url"_s, BackstageCommand::tr("The Backstage backend, e.g. http://localhost:7007."),
                                u"URL"_s),
             QCommandLineOption(u"token-env"_s,
                                BackstageCommand::tr("Send the token held by the environment variable VAR "
                                                     "(Authorization: Bearer)."),
                                u"VAR"_s) };
}

} // namespace

std::optional<BackstageConnection> BackstageCommand::connection(const QCommandLineParser& parser)
{
    const QUrl url(parser.value(u"url"_s), QUrl::StrictMode);
    if (!parser.isSet(u"url"_s) || !url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        m_err << tr("atrium-cli: --url needs the backend's http or https URL, e.g. --url http://localhost:7007")
              << QLatin1Char('\n');
        return std::nullopt;
    }
    BackstageConnection connection;
    connection.baseUrl = url;
    if (parser.isSet(u"token-env"_s)) {
        const QString variable = parser.value(u"token-env"_s);
        if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
            m_err << tr("atrium-cli: the environment variable %1 named by --token-env is not set").arg(variable)
                  << QLatin1Char('\n');
            return std::nullopt;
        }
        connection.token = qgetenv(variable.toLocal8Bit().constData());
    }
    return connection;
}

int BackstageCommand::entities(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the entities of a Backstage backend's catalog, all pages of GET /api/catalog/entities/by-query, in "
           "the backend's order. JSON prints them as the backend sends them."));
    const QCommandLineOption kind(u"kind"_s, tr("Only entities of kind K (e.g. Component, Template)."), u"K"_s);
    const QCommandLineOption format
        = CommandLine::formatOption(tr("Output format: table (default) or json."), u"table"_s);
    parser.addOptions(connectionOptions());
    parser.addOptions({ kind, format });
    if (const auto exitCode
        = CommandLine::parseNone(parser, u"atrium-cli backstage entities"_s, arguments, m_out, m_err))
        return *exitCode;
    const QString formatName = parser.value(format);
    if (formatName != u"table"_s && formatName != u"json"_s) {
        m_err << tr("atrium-cli: unknown format \"%1\"; expected table or json").arg(formatName) << QLatin1Char('\n');
        return CliApplication::UsageError;
    }
    const std::optional<BackstageConnection> backend = connection(parser);
    if (!backend)
        return CliApplication::Failure;

    BackstageClient client(*backend);
    QEventLoop loop;
    BackstageReply<BackstageEntities> result;
    client.listEntities(parser.isSet(kind) ? u"kind="_s + parser.value(kind).toLower() : QString(), {},
                        [&](const BackstageReply<BackstageEntities>& reply) {
                            result = reply;
                            loop.quit();
                        });
    loop.exec();
    if (!result.ok()) {
        m_err << u"atrium-cli: "_s << result.error << QLatin1Char('\n');
        return CliApplication::Failure;
    }
    if (formatName == u"json"_s) {
        // Each entity as the backend wrote it: a QJsonObject would sort the keys.
        m_out << u"["_s;
        for (qsizetype i = 0; i < result.value.texts.size(); ++i)
            m_out << (i == 0 ? u"\n"_s : u",\n"_s) << QString::fromUtf8(result.value.texts.at(i));
        m_out << u"\n]\n"_s;
    } else {
        m_out << table(result.value.objects);
    }
    return CliApplication::Success;
}

int BackstageCommand::runTemplate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run a software template on a Backstage backend's scaffolder and print its log as it arrives. Exits with "
           "0 when the task completes, 1 when it fails or is cancelled."));
    const QCommandLineOption values(
        u"values"_s, tr("Read the answers from FILE (YAML or JSON; - reads standard input)."), u"FILE"_s);
    const QCommandLineOption set(u"set"_s,
                                 tr("Set one answer, e.g. --set replicas=3; typed by the template's form; "
                                    "repeatable."),
                                 u"KEY=VALUE"_s);
    const QCommandLineOption format
        = CommandLine::formatOption(tr("Output format: text (default) or json (the task's id, status and output "
                                       "at the end)."),
                                    u"text"_s);
    parser.addOptions(connectionOptions());
    parser.addOptions({ values, set, format });
    if (const auto exitCode
        = CommandLine::parseSingle(parser, u"atrium-cli backstage run"_s, arguments, m_out, m_err, u"TEMPLATE"_s,
                                   tr("The template's reference, [template:][namespace/]name.")))
        return *exitCode;
    const QString formatName = parser.value(format);
    if (formatName != u"text"_s && formatName != u"json"_s) {
        m_err << tr("atrium-cli: unknown format \"%1\"; expected text or json").arg(formatName) << QLatin1Char('\n');
        return CliApplication::UsageError;
    }
    const bool json = formatName == u"json"_s;
    const QString templateRef = parser.positionalArguments().constFirst();
    QJsonObject answers;
    if (parser.isSet(values)) {
        QString error;
        const std::optional<QJsonObject> read = TemplateCommand::readValues(parser.value(values), error);
        if (!read) {
            m_err << u"atrium-cli: "_s << error << QLatin1Char('\n');
            return CliApplication::UsageError;
        }
        answers = *read;
    }
    const std::optional<BackstageConnection> backend = connection(parser);
    if (!backend)
        return CliApplication::Failure;

    BackstageClient client(*backend);
    QEventLoop loop;
    const auto fail = [this](const QString& message) {
        m_err << u"atrium-cli: "_s << message << QLatin1Char('\n');
        m_err.flush();
        return int(CliApplication::Failure);
    };

    // The form, to type --set as the template's fields want and to fill in the defaults, as Backstage's wizard does
    // before it submits.
    BackstageReply<QJsonObject> schema;
    client.parameterSchema(templateRef, [&](const BackstageReply<QJsonObject>& reply) {
        schema = reply;
        loop.quit();
    });
    loop.exec();
    if (!schema.ok())
        return fail(schema.error);
    const TemplateDefinition definition = definitionFromSchema(schema.value);
    for (const QString& assignment : parser.values(set)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0) {
            m_err << tr("atrium-cli: --set needs KEY=VALUE, not \"%1\"").arg(assignment) << QLatin1Char('\n');
            return CliApplication::UsageError;
        }
        if (const QString error
            = TemplateAnswers::set(definition, answers, assignment.left(equals), assignment.mid(equals + 1));
            !error.isEmpty()) {
            m_err << u"atrium-cli: "_s << error << QLatin1Char('\n');
            return CliApplication::UsageError;
        }
    }
    answers = TemplateAnswers::withDefaults(definition, answers);
    // Checked here as the wizard does, for messages per field; the scaffolder checks again.
    if (const FieldErrors errors = TemplateAnswers::validate(definition, answers); !errors.isEmpty()) {
        for (const FieldError& error : errors) {
            m_err << (error.path.isEmpty() ? tr("(form)") : error.path) << u": "_s << error.message
                  << QLatin1Char('\n');
        }
        return CliApplication::Failure;
    }

    BackstageReply<QString> created;
    client.createTask(templateRef, answers, {}, [&](const BackstageReply<QString>& reply) {
        created = reply;
        loop.quit();
    });
    loop.exec();
    if (!created.ok())
        return fail(created.error);
    const QString taskId = created.value;
    if (!json)
        m_err << tr("Task %1 of %2").arg(taskId, templateRef) << QLatin1Char('\n');
    m_err.flush();

    // Colours only where a person reads them; a pipe or a file gets the words.
    const bool colours = isTerminal(stdout);
    TaskFollower follower(*backend, taskId);
    QString status;
    QJsonObject output;
    QString gaveUp;
    QObject::connect(&follower, &TaskFollower::eventReceived, &loop, [&](const TaskEvent& event) {
        if (json || event.type == u"completion"_s)
            return;
        const QString message = colours ? event.message : withoutAnsiEscapes(event.message);
        // Backstage's step headlines ("Beginning step …", "Finished step …") carry the step's status.
        if (!event.status.isEmpty() || event.stepId.isEmpty())
            m_out << u"==> "_s << message << QLatin1Char('\n');
        else
            m_out << u"    ["_s << event.stepId << u"] "_s << message << QLatin1Char('\n');
        m_out.flush();
    });
    QObject::connect(&follower, &TaskFollower::problem, &loop, [&](const QString& message) {
        m_err << tr("atrium-cli: warning: %1 (still following)").arg(message) << QLatin1Char('\n');
        m_err.flush();
    });
    QObject::connect(&follower, &TaskFollower::finished, &loop,
                     [&](const QString& finalStatus, const QJsonObject& finalOutput) {
                         status = finalStatus;
                         output = finalOutput;
                         loop.quit();
                     });
    QObject::connect(&follower, &TaskFollower::gaveUp, &loop, [&](const QString& message) {
        gaveUp = message;
        loop.quit();
    });
    follower.start();
    loop.exec();
    if (!gaveUp.isEmpty())
        return fail(gaveUp);

    if (json) {
        const QJsonObject result { { u"id"_s, taskId }, { u"status"_s, status }, { u"output"_s, output } };
        m_out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        for (const QJsonValue link : output.value(u"links"_s).toArray()) {
            const QJsonObject object = link.toObject();
            m_out << tr("Link: %1 %2")
                         .arg(object.value(u"title"_s).toString(),
                              object.value(u"url"_s).toString(object.value(u"entityRef"_s).toString()))
                  << QLatin1Char('\n');
        }
        for (const QJsonValue entry : output.value(u"text"_s).toArray()) {
            const QJsonObject object = entry.toObject();
            m_out << object.value(u"title"_s).toString() << QLatin1Char('\n') << object.value(u"content"_s).toString()
                  << QLatin1Char('\n');
        }
        m_out.flush();
        m_err << tr("Task %1 %2").arg(taskId, status) << QLatin1Char('\n');
    }
    return status == u"completed"_s ? CliApplication::Success : CliApplication::Failure;
}

} // namespace Atrium

#include "templatecommand.h"

#include "catalog/entityref.h"
#include "catalog/yamlreader.h"
#include "catalogoutput.h"
#include "catalogsource.h"
#include "cliapplication.h"
#include "commandline.h"
#include "scaffolder/scaffoldrun.h"
#include "scaffolder/scaffoldwriter.h"
#include "templates/templateanswers.h"
#include "templates/templatedefinition.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTextStream>

namespace Atrium {

namespace {

QJsonObject toJson(const TemplateDefinition& definition)
{
    QJsonArray pages;
    for (const TemplateParameterPage& page : definition.pages)
        pages.append(QJsonObject { { QLatin1String("title"), page.title }, { QLatin1String("schema"), page.schema } });
    QJsonArray steps;
    for (const TemplateStep& step : definition.steps) {
        steps.append(QJsonObject { { QLatin1String("id"), step.id },
                                   { QLatin1String("name"), step.name },
                                   { QLatin1String("action"), step.action },
                                   { QLatin1String("needsBackend"), step.needsBackend } });
    }
    return QJsonObject { { QLatin1String("ref"), definition.ref },
                         { QLatin1String("title"), definition.title },
                         { QLatin1String("description"), definition.description },
                         { QLatin1String("type"), definition.type },
                         { QLatin1String("owner"), definition.owner },
                         { QLatin1String("tags"), QJsonArray::fromStringList(definition.tags) },
                         { QLatin1String("file"), definition.file },
                         { QLatin1String("pages"), pages },
                         { QLatin1String("steps"), steps },
                         { QLatin1String("needsBackend"), definition.needsBackend() } };
}

QString table(const QList<TemplateDefinition>& definitions)
{
    QList<QStringList> rows { { TemplateCommand::tr("NAME"), TemplateCommand::tr("TYPE"), TemplateCommand::tr("OWNER"),
                                TemplateCommand::tr("PAGES"), TemplateCommand::tr("RUNS"),
                                TemplateCommand::tr("TITLE") } };
    for (const TemplateDefinition& definition : definitions) {
        QString name = definition.ref.mid(definition.ref.indexOf(QLatin1Char(':')) + 1);
        if (name.startsWith(QLatin1String("default/")))
            name = definition.name; // as Backstage shows refs: the default namespace is left out
        rows.append({ name, definition.type.isEmpty() ? QStringLiteral("-") : definition.type,
                      definition.owner.isEmpty() ? QStringLiteral("-") : definition.owner,
                      QString::number(definition.pages.size()),
                      definition.needsBackend() ? TemplateCommand::tr("backend") : TemplateCommand::tr("locally"),
                      definition.title });
    }
    return CatalogOutput::alignedColumns(rows);
}

} // namespace

std::optional<QJsonObject> TemplateCommand::readValues(const QString& path, QString& error)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            error = TemplateCommand::tr("cannot read standard input");
            return std::nullopt;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = TemplateCommand::tr("cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
    }
    const QString name = path == QLatin1String("-") ? TemplateCommand::tr("standard input") : path;
    YamlLimits limits;
    limits.objectRootsOnly = false;
    const YamlReadResult read = readYamlDocuments(file.readAll(), name, limits);
    if (!read.problems.isEmpty()) {
        const Problem& problem = read.problems.first();
        error
            = TemplateCommand::tr("%1:%2:%3: %4").arg(name).arg(problem.line).arg(problem.column).arg(problem.message);
        return std::nullopt;
    }
    if (read.documents.empty() || read.documents.front().value.isNull())
        return QJsonObject();
    if (read.documents.size() != 1 || !read.documents.front().value.isObject()) {
        error = TemplateCommand::tr("%1 must hold one mapping of field names to answers").arg(name);
        return std::nullopt;
    }
    return read.documents.front().value.toObject();
}

namespace {

QJsonObject fileJson(const ScaffoldFile& file)
{
    QJsonObject object { { QLatin1String("path"), file.path }, { QLatin1String("executable"), file.executable } };
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(file.content);
    if (decoder.hasError())
        object.insert(QLatin1String("contentBase64"), QString::fromLatin1(file.content.toBase64()));
    else
        object.insert(QLatin1String("content"), text);
    return object;
}

QString levelName(ScaffoldLogEntry::Level level)
{
    switch (level) {
    case ScaffoldLogEntry::Level::Info:
        return QStringLiteral("info");
    case ScaffoldLogEntry::Level::Warning:
        return QStringLiteral("warning");
    case ScaffoldLogEntry::Level::Error:
        return QStringLiteral("error");
    }
    return {};
}

QJsonObject resultJson(const ScaffoldResult& result)
{
    QJsonArray files;
    for (const ScaffoldFile& file : result.files)
        files.append(fileJson(file));
    QJsonArray log;
    for (const ScaffoldLogEntry& entry : result.log) {
        log.append(QJsonObject { { QLatin1String("stepId"), entry.stepId },
                                 { QLatin1String("level"), levelName(entry.level) },
                                 { QLatin1String("message"), entry.message } });
    }
    QJsonObject object { { QLatin1String("files"), files },
                         { QLatin1String("output"),
                           QJsonObject { { QLatin1String("links"), result.outputLinks },
                                         { QLatin1String("text"), result.outputText } } },
                         { QLatin1String("log"), log } };
    if (!result.ok())
        object.insert(QLatin1String("error"), result.error);
    if (result.stoppedForBackend)
        object.insert(QLatin1String("stoppedForBackend"), true);
    return object;
}

QString resultText(const ScaffoldResult& result)
{
    QString text;
    QTextStream out(&text);
    for (const ScaffoldLogEntry& entry : result.log) {
        out << (entry.stepId.isEmpty() ? QString() : QLatin1Char('[') + entry.stepId + QLatin1String("] "))
            << entry.message << QLatin1Char('\n');
    }
    out << QLatin1Char('\n') << TemplateCommand::tr("%n file(s):", nullptr, int(result.files.size()))
        << QLatin1Char('\n');
    QList<QStringList> rows;
    for (const ScaffoldFile& file : result.files) {
        rows.append({ QStringLiteral("  ") + file.path,
                      TemplateCommand::tr("%n byte(s)", nullptr, int(file.content.size())),
                      file.executable ? TemplateCommand::tr("executable") : QString() });
    }
    if (!rows.isEmpty())
        out << CatalogOutput::alignedColumns(rows);
    for (const QJsonValue& link : result.outputLinks) {
        const QJsonObject object = link.toObject();
        out << TemplateCommand::tr("Link: %1 %2")
                   .arg(
                       object.value(QLatin1String("title")).toString(),
                       object.value(QLatin1String("url")).toString(object.value(QLatin1String("entityRef")).toString()))
            << QLatin1Char('\n');
    }
    for (const QJsonValue& entry : result.outputText) {
        const QJsonObject object = entry.toObject();
        out << object.value(QLatin1String("title")).toString() << QLatin1Char('\n')
            << object.value(QLatin1String("content")).toString() << QLatin1Char('\n');
    }
    out.flush();
    return text;
}

} // namespace

TemplateCommand::TemplateCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString TemplateCommand::usage()
{
    return tr("Usage: atrium-cli template SUBCOMMAND [OPTIONS] PATH...\n"
              "\n"
              "Subcommands:\n"
              "  list     List the software templates, what their forms ask and where they run\n"
              "  render   Run a template locally: print the files it generates or write them into a folder\n"
              "\n"
              "PATH is a descriptor file, a folder, an atrium.yaml workspace or a Backstage app-config.yaml.\n"
              "\n"
              "Run \"atrium-cli template SUBCOMMAND --help\" for the options of a subcommand.\n");
}

int TemplateCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch(
        { { QStringLiteral("list"), [this](const QStringList& rest) { return list(rest); } },
          { QStringLiteral("render"), [this](const QStringList& rest) { return render(rest); } } },
        arguments, usage(), tr("atrium-cli: unknown template subcommand \"%1\""), m_out, m_err);
}

int TemplateCommand::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the software templates of the catalog (those without errors): their form pages, their steps and "
           "whether they run locally or need a Backstage backend. Problems of a template are printed and make the "
           "exit code 1."));
    const QCommandLineOption format
        = CommandLine::formatOption(tr("Output format: table (default) or json."), QStringLiteral("table"));
    const QCommandLineOption cache = CommandLine::cacheOption();
    parser.addOptions({ format, cache });
    if (const auto exitCode
        = CommandLine::parse(parser, QStringLiteral("atrium-cli template list"), arguments, m_out, m_err))
        return *exitCode;
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("table") && formatName != QLatin1String("json")) {
        m_err << tr("atrium-cli: unknown format \"%1\"; expected table or json").arg(formatName) << QLatin1Char('\n');
        return CliApplication::UsageError;
    }
    const CatalogSource source = CatalogSource::load(parser.positionalArguments(), parser.value(cache));
    if (!source.error.isEmpty()) {
        m_err << QStringLiteral("atrium-cli: ") << source.error << QLatin1Char('\n');
        return CliApplication::UsageError;
    }

    QList<TemplateDefinition> definitions;
    Problems problems;
    for (const Entity entity : source.snapshot->entities) {
        if (entity.hasErrors() || entity.kind() != u"Template")
            continue;
        TemplateDefinition definition = TemplateDefinitionReader::read(entity);
        problems.append(definition.problems);
        definitions.append(std::move(definition));
    }
    std::sort(definitions.begin(), definitions.end(),
              [](const TemplateDefinition& a, const TemplateDefinition& b) { return a.ref < b.ref; });

    if (formatName == QLatin1String("json")) {
        QJsonArray array;
        for (const TemplateDefinition& definition : std::as_const(definitions))
            array.append(toJson(definition));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        m_out << table(definitions);
    }
    m_out.flush();
    // As `catalog lint` prints problems: relative to the working directory when the PATHs were.
    m_err << CatalogOutput::lintText(CatalogOutput::forDisplay(problems, source.displayBase));
    return problems.isEmpty() ? CliApplication::Success : CliApplication::Failure;
}

int TemplateCommand::render(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run a software template locally, as Backstage's scaffolder would: the answers are checked against its "
           "form, then its steps render the files. With --dry-run the files are printed; otherwise they are written "
           "into --out. Steps that need a Backstage backend (publish:*, catalog:register…) stop the run; the files "
           "up to them are complete."));
    const QCommandLineOption values(QStringLiteral("values"),
                                    tr("Answers from a YAML or JSON FILE (\"-\" reads standard input)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("Set one answer, e.g. --set replicas=3 or --set database.size=small; repeatable. "
                                    "Values read as YAML (3, true, [a, b]) unless the field is a string."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption secret(QStringLiteral("secret"), tr("Set a secret (${{ secrets.NAME }}); repeatable."),
                                    QStringLiteral("NAME=VALUE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print the files instead of writing them."));
    const QCommandLineOption out(QStringLiteral("out"), tr("Write the files into DIR."), QStringLiteral("DIR"));
    const QCommandLineOption onConflict(
        QStringLiteral("on-conflict"),
        tr("When a file exists in --out: fail (default; nothing is written), skip it, or overwrite it."),
        QStringLiteral("POLICY"), QStringLiteral("fail"));
    const QCommandLineOption format
        = CommandLine::formatOption(tr("Output format: text (default) or json."), QStringLiteral("text"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       tr("Where to look up a template given by name (default: the current folder)."),
                                       QStringLiteral("PATH"), QStringLiteral("."));
    parser.addOptions({ values, set, secret, dryRun, out, onConflict, format, workspace });
    if (const auto exitCode = CommandLine::parseSingle(
            parser, QStringLiteral("atrium-cli template render"), arguments, m_out, m_err, QStringLiteral("TEMPLATE"),
            tr("A template.yaml file, or a template's name or ref (template:team/name) in the --workspace.")))
        return *exitCode;

    const auto usageError = [this](const QString& message) {
        m_err << QStringLiteral("atrium-cli: ") << message << QLatin1Char('\n');
        return int(CliApplication::UsageError);
    };
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json"))
        return usageError(tr("unknown format \"%1\"; expected text or json").arg(formatName));
    ConflictPolicy policy = ConflictPolicy::Fail;
    const QString policyName = parser.value(onConflict);
    if (policyName == QLatin1String("skip"))
        policy = ConflictPolicy::Skip;
    else if (policyName == QLatin1String("overwrite"))
        policy = ConflictPolicy::Overwrite;
    else if (policyName != QLatin1String("fail"))
        return usageError(tr("unknown conflict policy \"%1\"; expected fail, skip or overwrite").arg(policyName));
    if (!parser.isSet(dryRun) && !parser.isSet(out))
        return usageError(tr("say where to write the files with --out DIR, or print them with --dry-run"));

    // The template: a file, or a name looked up in the workspace.
    const QString templateArgument = parser.positionalArguments().constFirst();
    const bool isFile = QFileInfo(templateArgument).isFile();
    const CatalogSource source
        = CatalogSource::load({ isFile ? templateArgument : parser.value(workspace) }, QString());
    if (!source.error.isEmpty())
        return usageError(source.error);
    Entity entity;
    if (isFile) {
        for (const Entity candidate : source.snapshot->entities) {
            if (candidate.kind() != u"Template")
                continue;
            if (entity.isValid())
                return usageError(tr("%1 holds more than one template; name one of them and pass --workspace %1")
                                      .arg(templateArgument));
            entity = candidate;
        }
        if (!entity.isValid()) {
            m_err << CatalogOutput::lintText(CatalogOutput::forDisplay(source.snapshot->problems, source.displayBase));
            return usageError(tr("%1 holds no Template entity").arg(templateArgument));
        }
    } else {
        QString refError;
        const auto ref = EntityRef::parse(templateArgument, u"template", EntityRef::defaultNamespace(), &refError);
        if (!ref)
            return usageError(refError);
        entity = source.snapshot->find(ref->toString());
        if (!entity.isValid())
            return usageError(tr("no template %1 in %2").arg(ref->toString(), parser.value(workspace)));
    }
    if (entity.hasErrors()) {
        Problems problems;
        for (const Problem& problem : source.snapshot->problems) {
            if (problem.severity == Problem::Severity::Error)
                problems.append(problem);
        }
        m_err << CatalogOutput::lintText(CatalogOutput::forDisplay(problems, source.displayBase));
        return CliApplication::Failure;
    }
    const TemplateDefinition definition = TemplateDefinitionReader::read(entity);
    if (hasErrors(definition.problems)) {
        m_err << CatalogOutput::lintText(CatalogOutput::forDisplay(definition.problems, source.displayBase));
        return CliApplication::Failure;
    }

    // The answers: the file, then each --set, then the form's defaults; all checked before anything runs.
    QJsonObject answers;
    if (parser.isSet(values)) {
        QString error;
        const auto read = readValues(parser.value(values), error);
        if (!read)
            return usageError(error);
        answers = *read;
    }
    for (const QString& assignment : parser.values(set)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usageError(tr("--set needs KEY=VALUE, not \"%1\"").arg(assignment));
        if (const QString error
            = TemplateAnswers::set(definition, answers, assignment.left(equals), assignment.mid(equals + 1));
            !error.isEmpty())
            return usageError(error);
    }
    answers = TemplateAnswers::withDefaults(definition, answers);
    if (const FieldErrors errors = TemplateAnswers::validate(definition, answers); !errors.isEmpty()) {
        for (const FieldError& error : errors) {
            m_err << (error.path.isEmpty() ? tr("(form)") : error.path) << QStringLiteral(": ") << error.message
                  << QLatin1Char('\n');
        }
        return CliApplication::Failure;
    }
    QJsonObject secrets;
    for (const QString& assignment : parser.values(secret)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usageError(tr("--secret needs NAME=VALUE"));
        secrets.insert(assignment.left(equals), assignment.mid(equals + 1));
    }

    ScaffoldRequest request;
    request.values = answers;
    request.secrets = secrets;
    request.templateDirectory = QFileInfo(definition.file).absolutePath();
    const ScaffoldResult result = ScaffoldRun::dryRun(definition, request);
    const bool failed = !result.ok() && !result.stoppedForBackend;

    if (parser.isSet(dryRun)) {
        if (formatName == QLatin1String("json"))
            m_out << QString::fromUtf8(QJsonDocument(resultJson(result)).toJson(QJsonDocument::Indented));
        else
            m_out << resultText(result);
        m_out.flush();
        if (!result.ok())
            m_err << QStringLiteral("atrium-cli: ") << result.error << QLatin1Char('\n');
        return failed ? CliApplication::Failure : CliApplication::Success;
    }

    if (failed) {
        m_err << QStringLiteral("atrium-cli: ") << result.error << QLatin1Char('\n') << tr("Nothing was written.")
              << QLatin1Char('\n');
        return CliApplication::Failure;
    }
    const ScaffoldWriteReport report = ScaffoldWriter::write(result.files, parser.value(out), policy);
    if (formatName == QLatin1String("json")) {
        QJsonObject object { { QLatin1String("written"), QJsonArray::fromStringList(report.written) },
                             { QLatin1String("skipped"), QJsonArray::fromStringList(report.skipped) },
                             { QLatin1String("conflicts"), QJsonArray::fromStringList(report.conflicts) },
                             { QLatin1String("output"),
                               QJsonObject { { QLatin1String("links"), result.outputLinks },
                                             { QLatin1String("text"), result.outputText } } } };
        if (!report.ok())
            object.insert(QLatin1String("error"), report.error);
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        for (const QString& path : report.written)
            m_out << tr("wrote %1").arg(path) << QLatin1Char('\n');
        for (const QString& path : report.skipped)
            m_out << tr("kept existing %1").arg(path) << QLatin1Char('\n');
    }
    m_out.flush();
    if (!report.ok()) {
        m_err << QStringLiteral("atrium-cli: ") << report.error << QLatin1Char('\n');
        return CliApplication::Failure;
    }
    if (result.stoppedForBackend)
        m_err << QStringLiteral("atrium-cli: ") << result.error << QLatin1Char('\n');
    return CliApplication::Success;
}

} // namespace Atrium

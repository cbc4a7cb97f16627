#include "templatecommand.h"

#include "catalogoutput.h"
#include "catalogsource.h"
#include "cliapplication.h"
#include "commandline.h"
#include "templates/templatedefinition.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
              "  list   List the software templates, what their forms ask and where they run\n"
              "\n"
              "PATH is a descriptor file, a folder, an atrium.yaml workspace or a Backstage app-config.yaml.\n"
              "\n"
              "Run \"atrium-cli template SUBCOMMAND --help\" for the options of a subcommand.\n");
}

int TemplateCommand::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        m_err << usage();
        return CliApplication::UsageError;
    }
    const QString& subcommand = arguments.first();
    if (subcommand == QLatin1String("list"))
        return list(arguments.mid(1));
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        m_out << usage();
        return CliApplication::Success;
    }
    m_err << tr("atrium-cli: unknown template subcommand \"%1\"").arg(subcommand) << QLatin1Char('\n') << usage();
    return CliApplication::UsageError;
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

} // namespace Atrium

#include "catalogcommand.h"

#include "catalog/entityref.h"
#include "catalogoutput.h"
#include "catalogsource.h"
#include "cliapplication.h"
#include "commandline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Atrium {

CatalogCommand::CatalogCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString CatalogCommand::usage()
{
    return tr("Usage: atrium-cli catalog SUBCOMMAND [OPTIONS] PATH...\n"
              "\n"
              "Subcommands:\n"
              "  lint   Validate catalog descriptor files as Backstage does\n"
              "  list   List catalog entities\n"
              "\n"
              "PATH is a descriptor file, a folder (every *.yaml and *.yml below it), an atrium.yaml\n"
              "workspace or a Backstage app-config.yaml.\n"
              "\n"
              "Run \"atrium-cli catalog SUBCOMMAND --help\" for the options of a subcommand.\n");
}

int CatalogCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch({ { QStringLiteral("lint"), [this](const QStringList& rest) { return lint(rest); } },
                                   { QStringLiteral("list"), [this](const QStringList& rest) { return list(rest); } } },
                                 arguments, usage(), tr("atrium-cli: unknown catalog subcommand \"%1\""), m_out, m_err);
}

std::optional<int> CatalogCommand::parse(QCommandLineParser& parser, const QString& command,
                                         const QStringList& arguments)
{
    return CommandLine::parse(parser, QStringLiteral("atrium-cli catalog ") % command, arguments, m_out, m_err);
}

int CatalogCommand::lint(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Validate catalog descriptor files with Backstage's rules and report every problem as\n"
           "file:line:column: error|warning: message. Exits with 1 when there is an error."));
    const QCommandLineOption format
        = CommandLine::formatOption(tr("Output format: text (default) or json."), QStringLiteral("text"));
    const QCommandLineOption cache = CommandLine::cacheOption();
    parser.addOptions({ format, cache });
    if (const auto exitCode = parse(parser, QStringLiteral("lint"), arguments))
        return *exitCode;
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        m_err << tr("atrium-cli: unknown format \"%1\"; expected text or json").arg(formatName) << QLatin1Char('\n');
        return CliApplication::UsageError;
    }

    const CatalogSource source = CatalogSource::load(parser.positionalArguments(), parser.value(cache));
    if (!source.error.isEmpty()) {
        m_err << QStringLiteral("atrium-cli: ") << source.error << QLatin1Char('\n');
        return CliApplication::UsageError;
    }
    const CatalogSnapshot& snapshot = *source.snapshot;
    const Problems problems = CatalogOutput::forDisplay(snapshot.problems, source.displayBase);
    const int entityCount = snapshot.validEntityCount();
    if (formatName == QLatin1String("json")) {
        m_out << QString::fromUtf8(CatalogOutput::lintJson(entityCount, problems));
    } else {
        m_out << CatalogOutput::lintText(problems);
        m_out.flush();
        m_err << CatalogOutput::lintSummary(entityCount, problems);
    }
    return hasErrors(problems) ? CliApplication::Failure : CliApplication::Success;
}

QList<int> CatalogCommand::select(const CatalogIndex& index, const ListFilter& filter, QString* error)
{
    std::optional<QString> ownerRef;
    if (!filter.owner.isEmpty()) {
        QString parseError;
        const auto ref = EntityRef::parse(filter.owner, u"group", EntityRef::defaultNamespace(), &parseError);
        if (!ref) {
            if (error)
                *error = parseError;
            return {};
        }
        ownerRef = ref->toString();
    }

    QList<int> candidates;
    if (filter.text.trimmed().isEmpty()) {
        candidates.reserve(index.entityCount());
        for (int i = 0; i < index.entityCount(); ++i)
            candidates.append(i);
    } else {
        CatalogQuery query;
        query.text = filter.text;
        candidates = index.query(query).acceptedEntities();
    }

    const EntityStore& entities = index.snapshot()->entities;
    QList<int> result;
    for (const int i : std::as_const(candidates)) {
        const Entity entity = entities.at(i);
        if (entity.hasErrors())
            continue;
        if (!filter.kind.isEmpty() && entity.kind().compare(filter.kind, Qt::CaseInsensitive) != 0)
            continue;
        if (ownerRef) {
            // spec.owner is relative to the entity's own namespace, as Backstage resolves it.
            const auto owner = EntityRef::parse(entity.owner(), u"group", entity.ns());
            if (!owner || owner->toString() != *ownerRef)
                continue;
        }
        result.append(i);
    }
    return result;
}

int CatalogCommand::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the catalog's entities (those without errors), as a table or in Backstage's API shape."));
    const QCommandLineOption format
        = CommandLine::formatOption(tr("Output format: table (default) or json."), QStringLiteral("table"));
    const QCommandLineOption query(QStringLiteral("query"),
                                   tr("Only entities whose name, title, description, tags, owner, type or system "
                                      "contain every word of TEXT."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Only entities of kind K (any case)."),
                                  QStringLiteral("K"));
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   tr("Only entities owned by REF (a group by default, e.g. team-a or user:jane)."),
                                   QStringLiteral("REF"));
    const QCommandLineOption cache = CommandLine::cacheOption();
    parser.addOptions({ format, query, kind, owner, cache });
    if (const auto exitCode = parse(parser, QStringLiteral("list"), arguments))
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

    const CatalogIndexPtr index = CatalogIndex::create(source.snapshot);
    QString filterError;
    const QList<int> selected
        = select(*index, ListFilter { parser.value(query), parser.value(kind), parser.value(owner) }, &filterError);
    if (!filterError.isEmpty()) {
        m_err << tr("atrium-cli: --owner: %1").arg(filterError) << QLatin1Char('\n');
        return CliApplication::UsageError;
    }
    QList<Entity> entities;
    entities.reserve(selected.size());
    for (const int i : selected)
        entities.append(source.snapshot->entities.at(i));

    if (formatName == QLatin1String("json"))
        m_out << QString::fromUtf8(CatalogOutput::entitiesJson(entities));
    else
        m_out << CatalogOutput::entitiesTable(entities);
    m_out.flush();

    // Listing a broken catalog still succeeds, but silently dropping entities would mislead.
    const auto errorCount = std::count_if(source.snapshot->problems.cbegin(), source.snapshot->problems.cend(),
                                          [](const Problem& p) { return p.isError(); });
    if (errorCount > 0) {
        m_err << tr("atrium-cli: the catalog has %1 error(s); entities with errors are not listed "
                    "(see \"atrium-cli catalog lint\")")
                     .arg(errorCount)
              << QLatin1Char('\n');
    }
    return CliApplication::Success;
}

} // namespace Atrium

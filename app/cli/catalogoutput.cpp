#include "catalogoutput.h"

#include "catalog/entityref.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace Atrium {

QString CatalogOutput::displayPath(const QString& file, const QString& baseDir)
{
    if (baseDir.isEmpty() || file.isEmpty() || !QDir::isAbsolutePath(file))
        return file;
    return QDir(baseDir).relativeFilePath(file);
}

Problems CatalogOutput::forDisplay(Problems problems, const QString& baseDir)
{
    for (Problem& problem : problems)
        problem.file = displayPath(problem.file, baseDir);
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
        if (const int byFile = QString::compare(a.file, b.file); byFile != 0)
            return byFile < 0;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
    return problems;
}

QString CatalogOutput::lintText(const Problems& problems)
{
    QString text;
    for (const Problem& problem : problems)
        text += problem.toCompilerStyle() % QLatin1Char('\n');
    return text;
}

QString CatalogOutput::lintSummary(int entityCount, const Problems& problems)
{
    const auto errors = std::count_if(problems.cbegin(), problems.cend(), [](const Problem& p) { return p.isError(); });
    const auto warnings = problems.size() - errors;
    // Spelled out instead of %n so that English reads right without an English translation file.
    const QString entitiesText = entityCount == 1 ? tr("1 entity") : tr("%1 entities").arg(entityCount);
    const QString errorsText = errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors);
    const QString warningsText = warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings);
    return tr("%1, %2, %3").arg(entitiesText, errorsText, warningsText) % QLatin1Char('\n');
}

QByteArray CatalogOutput::lintJson(int entityCount, const Problems& problems)
{
    QJsonArray problemArray;
    for (const Problem& problem : problems) {
        problemArray.append(QJsonObject {
            { QLatin1String("file"), problem.file },
            { QLatin1String("line"), problem.line },
            { QLatin1String("column"), problem.column },
            { QLatin1String("severity"), Problem::severityName(problem.severity) },
            { QLatin1String("entity"),
              problem.entityRef.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(problem.entityRef) },
            { QLatin1String("message"), problem.message },
        });
    }
    const QJsonObject root { { QLatin1String("entities"), entityCount }, { QLatin1String("problems"), problemArray } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray CatalogOutput::entitiesJson(const QList<Entity>& entities)
{
    QJsonArray array;
    for (const Entity& entity : entities)
        array.append(entity.toBackstageJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString CatalogOutput::entitiesTable(const QList<Entity>& entities)
{
    QList<QStringList> rows;
    rows.reserve(entities.size() + 1);
    rows.append({ tr("KIND"), tr("NAME"), tr("TYPE"), tr("OWNER"), tr("LIFECYCLE"), tr("TITLE") });
    // A dash keeps an empty cell visible as a cell; blank runs would read as extra column gaps.
    const auto cell = [](QStringView value) { return value.isEmpty() ? QStringLiteral("-") : value.toString(); };
    for (const Entity& entity : entities) {
        const QStringView ns = entity.ns();
        const QString name = ns.compare(EntityRef::defaultNamespace(), Qt::CaseInsensitive) == 0
            ? entity.name().toString()
            : ns % QLatin1Char('/') % entity.name();
        rows.append({ cell(entity.kind()), cell(name), cell(entity.specType()), cell(entity.owner()),
                      cell(entity.lifecycle()), cell(entity.title()) });
    }
    return alignedColumns(rows);
}

QString CatalogOutput::alignedColumns(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    }
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                line += QLatin1String("  ");
            line += column + 1 < row.size() ? row[column].leftJustified(widths[column]) : row[column];
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line % QLatin1Char('\n');
    }
    return text;
}

} // namespace Atrium

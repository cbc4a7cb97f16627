#pragma once

#include "catalog/entity.h"
#include "catalog/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Atrium {

/// What `atrium-cli catalog` prints, as pure functions of the loaded data: no I/O, so every format is unit-tested
/// on hand-made entities and problems, and the command only decides where the text goes.
class CatalogOutput {
    Q_DECLARE_TR_FUNCTIONS(Atrium::CatalogOutput)
public:
    CatalogOutput() = delete;

    /// @p file relative to @p baseDir (an absolute folder), or @p file unchanged when @p baseDir is empty.
    /// Users who typed a relative path expect relative paths back, and editors resolve them from the cwd.
    static QString displayPath(const QString& file, const QString& baseDir);

    /// @p problems with display paths, ordered by file, line, column; problems at the same place keep their order.
    static Problems forDisplay(Problems problems, const QString& baseDir);

    /// One `file:line:column: error|warning: message` line per problem.
    static QString lintText(const Problems& problems);
    /// `60 entities, 0 errors, 2 warnings`, with a newline.
    static QString lintSummary(int entityCount, const Problems& problems);
    /// `{"entities": N, "problems": [{"file", "line", "column", "severity", "entity", "message"}]}`;
    /// `entity` is the canonical ref or null.
    static QByteArray lintJson(int entityCount, const Problems& problems);

    /// The entities in Backstage's API shape (`GET /api/catalog/entities`).
    static QByteArray entitiesJson(const QList<Entity>& entities);
    /// Aligned columns KIND, NAME, TYPE, OWNER, LIFECYCLE, TITLE, each as wide as its longest cell, without
    /// trailing blanks. Names outside the default namespace are shown as `namespace/name`.
    static QString entitiesTable(const QList<Entity>& entities);
    /// @p rows (the first one the header) as columns aligned with two spaces between them, one line each, no
    /// trailing blanks.
    static QString alignedColumns(const QList<QStringList>& rows);
};

} // namespace Atrium

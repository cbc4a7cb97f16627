#pragma once

#include "entity.h"
#include "problem.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace Atrium {

/// Everything one catalog load produced. Immutable once published: views and indexes share it through
/// CatalogSnapshotPtr, and a reload builds a new one instead of changing this one.
struct CatalogSnapshot {
    Entities entities; ///< in load order (file order, then document order)
    Problems problems; ///< every problem, including those of files that yielded no entity
    QStringList files; ///< absolute paths of every file that was read (catalog files and substituted files)
    QHash<QString, int> byRef; ///< canonical ref (lower case) -> index into #entities; first one wins on duplicates

    /// Entities without errors, the number `atrium-cli catalog lint` reports.
    int validEntityCount() const
    {
        int count = 0;
        for (const Entity& entity : entities)
            count += entity.hasErrors ? 0 : 1;
        return count;
    }
    const Entity* find(const QString& ref) const
    {
        const auto it = byRef.constFind(ref.toLower());
        return it == byRef.cend() ? nullptr : &entities.at(it.value());
    }
};

using CatalogSnapshotPtr = std::shared_ptr<const CatalogSnapshot>;

} // namespace Atrium

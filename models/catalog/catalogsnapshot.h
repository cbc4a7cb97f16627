#pragma once

#include "entitystore.h"
#include "problem.h"

#include <QStringList>

#include <memory>

namespace Atrium {

/// Everything one catalog load produced. Immutable once published: views and indexes share it through
/// CatalogSnapshotPtr, and a reload builds a new one instead of changing this one.
struct CatalogSnapshot {
    EntityStore entities; ///< in load order (file order, then document order)
    Problems problems; ///< every problem, including those of files that yielded no entity
    QStringList files; ///< absolute paths of every file that was read (catalog files and substituted files)

    /// Entities without errors, the number `atrium-cli catalog lint` reports.
    int validEntityCount() const
    {
        int count = 0;
        for (const Entity entity : entities)
            count += entity.hasErrors() ? 0 : 1;
        return count;
    }
    /// The entity with canonical ref @p ref (any case); invalid when there is none.
    Entity find(QStringView ref) const
    {
        const int index = entities.indexOf(ref.toString().toLower());
        return index < 0 ? Entity() : entities.at(index);
    }
};

using CatalogSnapshotPtr = std::shared_ptr<const CatalogSnapshot>;

} // namespace Atrium

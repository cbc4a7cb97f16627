#include "snapshotgraphlookup.h"

namespace Atrium {

// The only code of the graph that knows Entity and CatalogSnapshot: keep it this small.
GraphEntityLookup graphEntityLookup(CatalogSnapshotPtr snapshot)
{
    return [snapshot = std::move(snapshot)](const QString& ref) -> std::optional<GraphEntity> {
        const Entity* entity = snapshot ? snapshot->find(ref) : nullptr;
        if (!entity)
            return std::nullopt;
        GraphEntity result { entity->ref, entity->kind(), entity->displayName(), {} };
        result.relations.reserve(entity->relations.size());
        for (const Relation& relation : entity->relations)
            result.relations.append({ relation.type, relation.targetRef });
        return result;
    };
}

} // namespace Atrium

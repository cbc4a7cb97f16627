#include "snapshotgraphlookup.h"

namespace Atrium {

// The only code of the graph that knows Entity and CatalogSnapshot: keep it this small.
GraphEntityLookup graphEntityLookup(CatalogSnapshotPtr snapshot)
{
    return [snapshot = std::move(snapshot)](const QString& ref) -> std::optional<GraphEntity> {
        const Entity entity = snapshot ? snapshot->find(ref) : Entity();
        if (!entity)
            return std::nullopt;
        GraphEntity result { entity.ref().toString(), entity.kind().toString(), entity.displayName().toString(), {} };
        result.relations.reserve(entity.relationCount());
        for (int i = 0; i < entity.relationCount(); ++i) {
            const RelationView relation = entity.relation(i);
            result.relations.append({ relation.type.toString(), relation.targetRef.toString() });
        }
        return result;
    };
}

} // namespace Atrium

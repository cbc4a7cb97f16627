#pragma once

#include "graphinput.h"

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atrium {

/// What to walk: the entities within @c depth relations of @c startRef.
struct NeighbourhoodQuery {
    static constexpr int minDepth = 1;
    static constexpr int maxDepth = 3;
    static constexpr int defaultMaxNodes = 150;

    QString startRef;
    int depth = 1; ///< clamped to [minDepth, maxDepth]
    /// Canonical relation types (see RelationDirection) to follow; std::nullopt follows every type.
    std::optional<QSet<QString>> allowedTypes;
    /// More nodes than a graph can show legibly; the walk stops adding nodes there and says so.
    int maxNodes = defaultMaxNodes;
};

struct NeighbourhoodNode {
    QString ref;
    QString kind; ///< as written; for a missing node, the kind of its ref (lower case)
    QString displayName; ///< for a missing node, the name of its ref
    int depth = 0; ///< relations from the start node
    bool missing = false; ///< a relation points to it, but it is not in the catalog

    friend bool operator==(const NeighbourhoodNode&, const NeighbourhoodNode&) = default;
};

struct NeighbourhoodEdge {
    QString fromRef;
    QString toRef;
    QString type; ///< canonical: one edge per pair of stored relations

    friend bool operator==(const NeighbourhoodEdge&, const NeighbourhoodEdge&) = default;
};

/// An entity's neighbourhood in the relation graph: the nodes a breadth-first walk reaches and every allowed
/// relation between them (also between two nodes of the last level, so that a cycle shows as one).
struct RelationNeighbourhood {
    QList<NeighbourhoodNode> nodes; ///< the start node first, then in the order the walk reached them
    QList<NeighbourhoodEdge> edges;
    /// Canonical types of every relation of the reached entities, followed or not, sorted: what a filter offers.
    QStringList availableTypes;
    bool truncated = false; ///< nodes were left out to stay within NeighbourhoodQuery::maxNodes

    int indexOf(const QString& ref) const;

    /// Pure: reads entities through @p lookup only, so it may run on any thread the lookup may.
    static RelationNeighbourhood walk(const NeighbourhoodQuery& query, const GraphEntityLookup& lookup);
};

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::RelationNeighbourhood)

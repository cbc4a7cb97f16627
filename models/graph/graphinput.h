#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Atrium {

/// One relation as the graph code reads it, in either of Backstage's two directions.
struct GraphRelation {
    QString type; ///< as stored: ownedBy, ownerOf, partOf, hasPart, dependsOn, a custom type...
    QString targetRef; ///< canonical `kind:namespace/name`, lower case

    friend bool operator==(const GraphRelation&, const GraphRelation&) = default;
};

/// What the graph code needs to know of one catalog entity. Its own type, not Entity, so that the graph does not
/// follow every change of how the catalog stores entities; graphEntityLookup() is the one place that converts.
struct GraphEntity {
    QString ref; ///< canonical `kind:namespace/name`, lower case
    QString kind; ///< as written ("Component")
    QString displayName; ///< title when set, else name
    QList<GraphRelation> relations;
};

/// Answers one entity by canonical ref, std::nullopt when it is not in the catalog.
/// A function rather than a copy of the catalog: a walk reads at most a few hundred entities of 100,000, and the
/// lookup must stay callable from a worker thread for as long as the walk runs.
using GraphEntityLookup = std::function<std::optional<GraphEntity>(const QString& ref)>;

} // namespace Atrium

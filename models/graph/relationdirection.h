#pragma once

#include <QString>
#include <QStringView>

namespace Atrium {

/// Backstage stores every built-in relation twice, once on each entity (`ownedBy` on the component, `ownerOf` on
/// the group). A graph draws each pair once, in the direction of the type that reads from the dependent side:
/// ownedBy, partOf, dependsOn, providesApi, consumesApi, memberOf, childOf.
struct RelationDirection {
    QString type; ///< the canonical type of the pair; an unpaired (custom) type is kept as it is
    bool reversed = false; ///< the stored relation points the other way: draw it from its target to its source

    /// @p type as stored on an entity.
    static RelationDirection of(QStringView type);

    friend bool operator==(const RelationDirection&, const RelationDirection&) = default;
};

} // namespace Atrium

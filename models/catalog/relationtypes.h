#pragma once

#include <QString>
#include <QStringView>

namespace Atrium::RelationTypes {

/// What a relation type means, read from its source, for people: "ownedBy" is "Owned by". Backstage's built-in
/// types are translated; any other type is split at its humps ("fooBar" → "Foo bar").
QString label(QStringView type);

/// Order in which relation groups are listed on an entity page: ownership and structure first, then dependencies
/// and APIs, then membership; unknown types last, alphabetically.
int displayOrder(QStringView type);

} // namespace Atrium::RelationTypes

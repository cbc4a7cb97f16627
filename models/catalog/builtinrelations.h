#pragma once

#include "entityvalidator.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Atrium {

/// One directed relation between two entities; refs are canonical lower-case `kind:namespace/name`.
struct RelationEdge {
    QString sourceRef;
    QString type;
    QString targetRef;

    friend bool operator==(const RelationEdge&, const RelationEdge&) = default;
};

struct EmittedRelations {
    QList<RelationEdge> edges;
    ValidationIssues issues;
};

/// What Backstage's catalog emits for this entity from its spec (plugin-catalog-backend's
/// BuiltinKindsEntityProcessor.postProcessEntity, and ScaffolderEntitiesProcessor's ownedBy for
/// Template v1beta3): every built-in relation in both directions, forward then reverse for each target,
/// fields in Backstage's order. List fields are sorted first, as BuiltinKindsEntityProcessor.preProcessEntity
/// does, so the order matches what a running Backstage emits.
/// Refs are parsed with each field's default kind (owner→Group, system→System, providesApis/consumesApis→API,
/// memberOf/parent/children→Group, members→User, subcomponentOf→Component, domain/subdomainOf→Domain,
/// dependsOn/dependencyOf none) and the entity's namespace as the default namespace.
/// A reference Backstage cannot parse is an error issue on the field (Backstage fails the entity for it),
/// carrying parseEntityRef's message; the remaining references are still emitted.
/// Meant for entities validateEntity() accepted; other input gives a best effort and never throws.
EmittedRelations emitBuiltinRelations(const QJsonObject& entity);

/// Backstage's whole verdict on one descriptor: validateEntity(), then, only when that passed (as the
/// catalog only post-processes valid entities), the reference errors of emitBuiltinRelations().
/// Empty exactly when Backstage's catalog would accept the entity.
ValidationIssues validateEntityAndReferences(const QJsonObject& entity);

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::RelationEdge)

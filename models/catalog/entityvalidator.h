#pragma once

#include "problem.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Atrium {

/// One reason an entity descriptor is not accepted, tied to a place inside the document.
struct ValidationIssue {
    QStringList
        path; ///< mapping keys / decimal indices, e.g. {"metadata","name"} or {"spec","providesApis","1"}; {} = root
    Problem::Severity severity = Problem::Severity::Error;
    QString message; ///< names the field and what was expected
    bool atKey = false; ///< the key itself is wrong (e.g. a foreign root field), so report the key's position

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

using ValidationIssues = QList<ValidationIssue>;

/// Validates a descriptor the way Backstage's catalog does before it accepts an entity
/// (plugin-catalog-backend's DefaultCatalogProcessingOrchestrator with the default policies and processors):
///  1. the envelope (EntityEnvelope schema: apiVersion, kind, metadata.name, metadata.namespace);
///  2. the policies, in Backstage's order: SchemaValidEntityPolicy (Entity + EntityMeta schemas),
///     DefaultNamespaceEntityPolicy, NoForeignRootFieldsEntityPolicy, FieldFormatEntityPolicy;
///  3. the kind's schema: Component, API, Resource, System, Domain, Group, User and Location in
///     backstage.io/v1alpha1 or backstage.io/v1beta1, Template in scaffolder.backstage.io/v1beta3.
///     Any other apiVersion/kind is one error, as Backstage's "No processor recognized the entity" is.
/// A later step runs only when the earlier ones passed (Backstage stops at the first failing step), but
/// within a step every problem is reported, not just the first. Returns nothing for a valid entity.
/// @p entity is the document as read (`document.toJSON()`), before any defaults are filled in.
/// Reference syntax in relation fields is checked by emitBuiltinRelations(), as Backstage checks it
/// while emitting relations.
ValidationIssues validateEntity(const QJsonObject& entity);

/// Whether Backstage's default catalog (with the scaffolder entity model) knows this apiVersion and kind.
/// Both are case-sensitive, as they are in Backstage.
bool isBuiltinKind(QStringView apiVersion, QStringView kind);

/// `spec.providesApis[1]` for {"spec","providesApis","1"}; `<root>` for {}.
QString validationPathToString(const QStringList& path);

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::ValidationIssue)

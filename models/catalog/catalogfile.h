#pragma once

#include "entityrecord.h"
#include "problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Atrium {

/// Files larger than this are reported and skipped: no hand-written descriptor is that big, and yaml-cpp holds
/// a whole document in memory several times over.
constexpr qint64 kMaxCatalogFileSize = 32 * 1024 * 1024;

/// A target named by a `kind: Location` entity (`spec.target` / `spec.targets`), for the loader to follow.
struct LocationTarget {
    QString type; ///< `spec.type`, "file" when absent
    QString target; ///< as written
    QString resolved; ///< absolute path or absolute glob for file targets; "" for targets not followed
    SourcePosition position; ///< of the target string in the Location's file
    QString entityRef; ///< the Location entity that names it

    friend bool operator==(const LocationTarget&, const LocationTarget&) = default;
};

/// A relation an entity of this file emitted whose source is another entity (e.g. `ownerOf` from `spec.owner`);
/// the linker hands it to that entity, as Backstage lists every edge under its source.
struct ForeignRelation {
    QString sourceRef;
    Relation relation;

    friend bool operator==(const ForeignRelation&, const ForeignRelation&) = default;
};

/// A reference from an entity of this file to another one and where it was written, so the linker can warn at
/// the right line when the target is not in the catalog.
/// Kept small (no strings): a 100,000-entity catalog has several hundred thousand of them while loading.
struct EntityReference {
    int entityIndex = 0; ///< into CatalogFileResult::entities
    int relationIndex = 0; ///< into that entity's relations: the edge naming the target
    SourcePosition position;

    friend bool operator==(const EntityReference&, const EntityReference&) = default;
};

/// Everything one catalog file yields on its own, before the cross-file step (linkCatalog).
/// A value type: parsed on worker threads, stored in the cache, merged on the loading thread.
struct CatalogFileResult {
    QString file;
    EntityRecords entities; ///< relations = the edges whose source is the entity itself
    Problems problems; ///< of this file, including those of its entities
    QList<LocationTarget> locationTargets;
    QStringList substitutedFiles; ///< absolute paths `$text`/`$json`/`$yaml` read (or tried to: missing ones too)
    QList<ForeignRelation> foreignRelations;
    QList<EntityReference> references;
};

/// Entities read from a backend (a Backstage catalog) rather than from files: merged into the catalog after the files.
struct RemoteCatalog {
    QString origin; ///< the backend's name, shown as the entities' source
    QString label; ///< where they came from for people, e.g. the backend's URL
    QList<QJsonObject> entities; ///< as the backend returns them
};

/// @p remote's entities as a "file" for the linker: no positions, no validation (the backend accepted them), their
/// `relations` replaced by the built-in ones Atrium derives, as for files, so both kinds of entity link alike.
/// Entities without a usable kind and name are left out, with a warning naming the origin.
CatalogFileResult remoteCatalogFile(const RemoteCatalog& remote);

/// Parses one catalog descriptor file as Backstage's catalog does: every mapping document becomes an Entity
/// (`metadata.namespace` defaulted), `$text`/`$json`/`$yaml` placeholders are replaced by the content of the file
/// they name (relative to @p absolutePath), the entity is validated and its built-in relations emitted.
/// Entities with errors are kept and flagged. Pure and thread-safe; reads only the substituted files.
CatalogFileResult parseCatalogFile(const QString& absolutePath, const QByteArray& bytes);

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::CatalogFileResult)

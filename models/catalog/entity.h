#pragma once

#include "problem.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Atrium {

/// One directed relation from an entity, as Backstage's API lists it under `relations`.
struct Relation {
    QString type;      ///< e.g. ownedBy, ownerOf, partOf, hasPart, dependsOn ...
    QString targetRef; ///< canonical `kind:namespace/name`, lower case

    friend bool operator==(const Relation&, const Relation&) = default;
};

/// A catalog entity: its descriptor as Backstage's API returns it plus what Atrium derived from it.
struct Entity {
    /// The descriptor as read (after `$text`/`$json`/`$yaml` substitution), with `metadata.namespace`
    /// filled in, without `relations` (those are in #relations).
    QJsonObject data;
    QList<Relation> relations;

    QString ref;             ///< canonical `kind:namespace/name`, lower case ("" when kind or name is unusable)
    QString file;            ///< absolute path of the file the document came from ("" for remote entities)
    SourcePosition position; ///< where the document starts in #file
    int documentIndex = 0;   ///< 0-based index of the document within #file
    bool hasErrors = false;  ///< at least one error-severity problem belongs to this entity
    QString origin;          ///< where it was loaded from for the UI: "file" or a backend's name

    QString apiVersion() const;
    QString kind() const;
    QString name() const;
    QString ns() const;
    QString title() const;
    QString description() const;
    QString specType() const;
    QString lifecycle() const;
    QString owner() const;  ///< spec.owner as written
    QString system() const; ///< spec.system as written
    QStringList tags() const;
    QString displayName() const; ///< title when set, else name

    QJsonObject metadata() const { return data.value(QLatin1String("metadata")).toObject(); }
    QJsonObject spec() const { return data.value(QLatin1String("spec")).toObject(); }

    /// The entity in Backstage's API shape, with `relations` as `[{type, targetRef}]`.
    QJsonObject toBackstageJson() const;
};

using Entities = QList<Entity>;

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::Entity)

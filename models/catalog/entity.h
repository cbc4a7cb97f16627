#pragma once

#include "problem.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

namespace Atrium {

/// One directed relation from an entity, as Backstage's API lists it under `relations`.
struct Relation {
    QString type; ///< e.g. ownedBy, ownerOf, partOf, hasPart, dependsOn ...
    QString targetRef; ///< canonical `kind:namespace/name`, lower case

    friend bool operator==(const Relation&, const Relation&) = default;
};

/// A relation as stored in a snapshot: views into its EntityStore, no allocation.
struct RelationView {
    QStringView type;
    QStringView targetRef;
};

struct EntityStoreData;

/// One entity of a CatalogSnapshot: a read-only view into the snapshot's packed EntityStore.
///
/// Two words, copied by value. Every string it returns is a view into the store, so it is valid only while the
/// snapshot lives: keep the CatalogSnapshotPtr, or copy what outlives it with toString().
/// A default-constructed Entity is invalid (a failed lookup); its accessors return empty values.
class Entity {
public:
    Entity() = default;

    bool isValid() const { return m_data != nullptr; }
    explicit operator bool() const { return isValid(); }
    /// Position in CatalogSnapshot::entities; -1 when invalid.
    int index() const { return m_data ? int(m_index) : -1; }

    QStringView apiVersion() const;
    QStringView kind() const;
    QStringView name() const;
    QStringView ns() const; ///< metadata.namespace, "default" when absent
    QStringView title() const;
    QStringView description() const;
    QStringView specType() const;
    QStringView lifecycle() const;
    QStringView owner() const; ///< spec.owner as written
    QStringView system() const; ///< spec.system as written
    int tagCount() const;
    QStringView tag(int i) const;
    QList<QStringView> tags() const; ///< the string elements of metadata.tags
    QStringView displayName() const; ///< title when set, else name

    QStringView ref() const; ///< canonical `kind:namespace/name`, lower case ("" when kind or name is unusable)
    QStringView file() const; ///< absolute path of the file the document came from ("" for remote entities)
    SourcePosition position() const; ///< where the document starts in file()
    int documentIndex() const; ///< 0-based index of the document within file()
    bool hasErrors() const; ///< at least one error-severity problem belongs to this entity
    QStringView origin() const; ///< where it was loaded from for the UI: "file" or a backend's name

    /// Every edge whose source is this entity, deduplicated, as Backstage lists them.
    int relationCount() const;
    RelationView relation(int i) const;
    QList<Relation> relations() const; ///< copies, for code that keeps them

    /// The descriptor as read (after `$text`/`$json`/`$yaml` substitution), with `metadata.namespace` filled in,
    /// without `relations`. Decodes: not for loops over the whole catalog.
    QJsonObject data() const;
    QJsonObject metadata() const { return data().value(QLatin1String("metadata")).toObject(); }
    QJsonObject spec() const { return data().value(QLatin1String("spec")).toObject(); }
    /// The descriptor in the form it is stored (CBOR).
    QByteArrayView encodedData() const;
    /// The entity in Backstage's API shape, with `relations` as `[{type, targetRef}]`.
    QJsonObject toBackstageJson() const;

private:
    friend class EntityStore;
    Entity(const EntityStoreData* data, quint32 index)
        : m_data(data)
        , m_index(index)
    {
    }

    const EntityStoreData* m_data = nullptr;
    quint32 m_index = 0;
};

} // namespace Atrium

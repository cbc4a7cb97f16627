#pragma once

#include "entity.h"
#include "problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Atrium {

/// A catalog entity while it is being loaded: its descriptor as Backstage's API returns it plus what Atrium derived
/// from it. Owns its strings and can be changed; parseCatalogFile() makes them, the per-file cache stores them, and
/// linkCatalog() moves them into the packed EntityStore of a CatalogSnapshot, whose entities are read-only views.
///
/// The descriptor is kept as CBOR bytes, not as a QJsonObject: a QJsonObject costs about 2.7 KB per entity, which
/// is 270 MB for a catalog of 100,000. The fields every view, filter and index reads are kept decoded beside it,
/// so only code that needs the whole descriptor (export, details) pays for decoding.
struct EntityRecord {
    /// The fields read from the descriptor that are kept decoded. Held as read: empty when absent or not a string.
    struct Summary {
        QString apiVersion;
        QString kind;
        QString name;
        QString ns; ///< metadata.namespace as written ("" when absent; Entity::ns() supplies the default)
        QString title;
        QString description;
        QString specType;
        QString lifecycle;
        QString owner;
        QString system;
        QStringList tags; ///< the string elements of metadata.tags

        static Summary fromDescriptor(const QJsonObject& descriptor);
        friend bool operator==(const Summary&, const Summary&) = default;
    };

    /// A snapshot entity back in loading form, e.g. to build a changed snapshot from an existing one.
    static EntityRecord fromEntity(const Entity& entity);

    QList<Relation> relations;

    QString ref; ///< canonical `kind:namespace/name`, lower case ("" when kind or name is unusable)
    QString file; ///< absolute path of the file the document came from ("" for remote entities)
    SourcePosition position; ///< where the document starts in #file
    int documentIndex = 0; ///< 0-based index of the document within #file
    bool hasErrors = false; ///< at least one error-severity problem belongs to this entity
    QString origin; ///< where it was loaded from for the UI: "file" or a backend's name

    /// The descriptor as read (after `$text`/`$json`/`$yaml` substitution), with `metadata.namespace`
    /// filled in, without `relations` (those are in #relations). Decodes: not for loops over the whole catalog.
    QJsonObject data() const;
    void setData(const QJsonObject& descriptor);

    /// The descriptor in the form it is stored, for the cache: copying it back in never touches JSON.
    const QByteArray& encodedData() const { return m_encoded; }
    const Summary& summary() const { return m_summary ? *m_summary : emptySummary(); }
    /// @p encoded must come from encodedData() and @p summary from summary() of the same entity.
    void setEncodedData(QByteArray encoded, Summary summary);

    /// Makes the fields that repeat across entities (kind, lifecycle, owner, relation targets...) share one string per
    /// distinct value through @p pool: 100,000 entities otherwise hold 100,000 copies of "Component", "default"...
    void shareStrings(QSet<QString>& pool);

    const QString& apiVersion() const { return summary().apiVersion; }
    const QString& kind() const { return summary().kind; }
    const QString& name() const { return summary().name; }
    QString ns() const; ///< metadata.namespace, "default" when absent
    const QString& title() const { return summary().title; }
    const QString& description() const { return summary().description; }
    const QString& specType() const { return summary().specType; }
    const QString& lifecycle() const { return summary().lifecycle; }
    const QString& owner() const { return summary().owner; } ///< spec.owner as written
    const QString& system() const { return summary().system; } ///< spec.system as written
    const QStringList& tags() const { return summary().tags; }
    QString displayName() const; ///< title when set, else name

    QJsonObject metadata() const { return data().value(QLatin1String("metadata")).toObject(); }
    QJsonObject spec() const { return data().value(QLatin1String("spec")).toObject(); }

private:
    static const Summary& emptySummary();

    QByteArray m_encoded;
    // Behind a pointer so that an Entity stays small: the linker moves 100,000 of them into one array while the
    // per-file arrays are still allocated, and every byte of sizeof(Entity) counts twice at that peak.
    std::shared_ptr<Summary> m_summary;
};

using EntityRecords = QList<EntityRecord>;

} // namespace Atrium

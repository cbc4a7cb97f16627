#pragma once

#include "catalogfile.h"
#include "catalogsnapshot.h"
#include "locationfiles.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QFile;

namespace Atrium {

/// The persisted parse results of a catalog, one entry per file, so that a restart with unchanged files parses no
/// YAML. An entry is valid while the file's size and modification time, and those of every file it substituted
/// with `$text`/`$json`/`$yaml`, are what they were when it was parsed.
///
/// Stored as one file (`catalog.cache`) in the cache directory: a version-stamped header, then per file its stamp,
/// the stamps of its substituted files and its CatalogFileResult in a compact binary form (a string table, then
/// records of indices). Entity data is kept as compact JSON text because Qt reads that faster than CBOR or a
/// hand-built tree (measured: ~5 us per entity for JSON, ~10 us for CBOR, ~24 us for QJsonObject::insert).
/// A missing, corrupt or foreign-version cache is ignored, never trusted.
///
/// lookup() and store() are thread-safe, so the loader's workers use one cache concurrently.
class CatalogCache {
public:
    static constexpr quint32 kFormatVersion = 5; // 5: the snapshot's entities as their packed EntityStore block

    explicit CatalogCache(const QString& directory);
    ~CatalogCache();
    CatalogCache(const CatalogCache&) = delete;
    CatalogCache& operator=(const CatalogCache&) = delete;

    QString directory() const { return m_directory; }
    QString filePath() const;

    /// Reads the cache file. Returns false (and starts empty) when it is missing, corrupt or of another version.
    bool load();
    /// Writes the entries used or stored since load(); entries of files no longer in the catalog are dropped.
    /// Does nothing when nothing changed. Atomic: a crash mid-write leaves the previous file.
    bool save();

    /// The cached result for @p path when neither it (stamped @p stamp) nor its substituted files changed.
    std::optional<CatalogFileResult> lookup(const QString& path, const FileStamp& stamp);
    /// Remembers @p result for @p path, stamped @p stamp (taken before the file was read).
    void store(const QString& path, const FileStamp& stamp, const CatalogFileResult& result);

    int entryCount() const;

    /// What a whole-catalog entry depends on: the load's roots, and the stamp of every file and folder it read
    /// (folder stamps change when entries are added or removed, parents of missing targets see them appear).
    struct SnapshotKey {
        QStringList roots; ///< CatalogRoot path, where it was declared and at which position, one string each
        QList<std::pair<QString, FileStamp>> stamps;
        QStringList directories; ///< for CatalogLoadStats::directories
        int fileCount = 0; ///< catalog files the snapshot came from
    };
    /// The linked snapshot of the last complete load, in `snapshot.cache`: when nothing changed at all, a start
    /// deserialises it directly and skips even the per-file entries and the linking.
    bool saveSnapshot(const SnapshotKey& key, const CatalogSnapshot& snapshot) const;
    /// The snapshot saved for @p roots when every stamp still matches; @p key receives what was stored.
    std::optional<CatalogSnapshot> loadSnapshot(const QStringList& roots, SnapshotKey* key) const;
    QString snapshotFilePath() const;

    static QByteArray serialize(const CatalogFileResult& result);
    /// Null on malformed input. Entities' and problems' `file` share @p path's string data.
    static std::optional<CatalogFileResult> deserialize(const QByteArray& bytes, const QString& path);

private:
    struct Dependency {
        QString path;
        FileStamp stamp;
    };
    struct Entry {
        FileStamp stamp;
        QList<Dependency> dependencies;
        QByteArray blob;
    };

    QString m_directory;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    QSet<QString> m_used;
    bool m_dirty = false;
    std::vector<std::unique_ptr<QFile>> m_mapped; ///< cache files whose mappings the blobs point into
};

} // namespace Atrium

#pragma once

#include "catalogfile.h"
#include "catalogsnapshot.h"

#include <QFuture>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Atrium {

/// One place to load the catalog from: a file, a folder (every `*.yaml`/`*.yml` below it) or a glob.
struct CatalogRoot {
    QString path; ///< absolute; relative paths are taken from the current directory
    QString declaredIn; ///< the workspace file that names it ("" for paths given on a command line)
    SourcePosition position; ///< where in #declaredIn
};

/// What a load did, for the status bar, the benchmarks and the tests (a warm load must parse no YAML).
struct CatalogLoadStats {
    int filesParsed = 0; ///< catalog files read and parsed
    int filesFromCache = 0; ///< catalog files taken from the cache without reading them
    int filesSkipped = 0; ///< unreadable, too large, not regular files...
    qint64 bytesParsed = 0;
    qint64 elapsedMsecs = 0;
    qint64 linkMsecs = 0; ///< of elapsedMsecs, the cross-entity step (linkCatalog)
    qint64 cacheLoadMsecs = 0; ///< of elapsedMsecs, reading the cache index
    qint64 cacheSaveMsecs = 0; ///< of elapsedMsecs, writing it back
    bool cancelled = false;
    bool wholeCatalogFromCache = false; ///< nothing changed: the linked snapshot itself came from the cache
    QStringList directories; ///< every folder that was listed, so a watcher can see files appear
    int remoteEntities = 0; ///< entities taken from backends
    int remoteDuplicates = 0; ///< backends' entities left out because a file defines them too
};

struct CatalogLoadOptions {
    QList<CatalogRoot> roots;
    QList<RemoteCatalog> remoteCatalogs; ///< merged after the files, in this order
    QString cacheDirectory; ///< "" = no cache (see CatalogCache)
    int threadCount = 0; ///< 0 = QThread::idealThreadCount()
    qint64 maxFileSize = kMaxCatalogFileSize;
    const std::atomic_bool* cancelled = nullptr; ///< checked before every file; a cancelled load returns nothing
    /// Called from worker threads, possibly concurrently, after each file; the total grows as Location
    /// entities reveal more files.
    std::function<void(int done, int total)> progress;
    CatalogLoadStats* stats = nullptr; ///< filled when given

    void addRoot(const QString& path) { roots.append(CatalogRoot { path, QString(), SourcePosition() }); }
};

/// Loads a whole catalog synchronously: files are parsed in parallel on a private thread pool, Location
/// entities are followed as they are found (globs, cycles and missing targets reported at the target), every
/// file read is guarded (size limit, directories, special files, symbolic link loops, read errors: each a problem
/// with the file, everything else still loads), then linkCatalog() joins the files. The CLI and the benchmarks
/// call this; the app uses CatalogLoader.
CatalogSnapshot loadCatalog(const CatalogLoadOptions& options);

/// Runs loadCatalog() off the GUI thread. Only the newest load reports: cancel() or a new load() silences the
/// previous one at once (no late progress or finished signal), though its worker finishes the file at hand in the
/// background. The destructor cancels and waits.
class CatalogLoader : public QObject {
    Q_OBJECT
public:
    explicit CatalogLoader(QObject* parent = nullptr);
    ~CatalogLoader() override;

    /// Starts a load; options.cancelled, .progress and .stats are set by the loader.
    void load(CatalogLoadOptions options);
    void cancel();
    bool isLoading() const { return m_job != nullptr; }

    CatalogSnapshotPtr snapshot() const { return m_snapshot; }
    const CatalogLoadStats& lastStats() const { return m_stats; }

    /// Blocks until every worker started by this loader returned (used by the destructor and tests).
    void waitForWorkers();

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    void finished(Atrium::CatalogSnapshotPtr snapshot);

private:
    struct Job;
    struct Outcome;

    std::shared_ptr<Job> m_job;
    quint64 m_lastJobId = 0;
    QList<QFuture<void>> m_workers;
    CatalogSnapshotPtr m_snapshot;
    CatalogLoadStats m_stats;
};

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::CatalogSnapshotPtr)

#include "catalogloader.h"

#include "catalogcache.h"
#include "cataloglinker.h"
#include "locationfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

namespace Atrium {

namespace {

// lupdate reads the context from here; the strings are in the .ts file under Atrium::CatalogLoader.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Atrium::CatalogLoader)
};

struct FileOutcome {
    CatalogFileResult result;
    enum class Source { Parsed, Cache, Skipped, Cancelled } source = Source::Skipped;
    qint64 bytes = 0;
    FileStamp stamp; ///< taken before the file was read, for the whole-catalog cache entry
};

Problem fileProblem(const QString& path, const QString& message)
{
    return Problem { path, 0, 0, Problem::Severity::Error, QString(), message };
}

FileOutcome processFile(const QString& path, const CatalogLoadOptions& options, CatalogCache* cache)
{
    FileOutcome outcome;
    outcome.result.file = path;
    if (options.cancelled && options.cancelled->load()) {
        outcome.source = FileOutcome::Source::Cancelled;
        return outcome;
    }
    auto skip = [&](const QString& message) {
        outcome.result.problems.append(fileProblem(path, message));
        return outcome;
    };

    const FileStamp stamp = stampOf(path);
    outcome.stamp = stamp;
    switch (stamp.type) {
    case FileStamp::Type::Missing:
        if (QFileInfo(path).isSymLink())
            return skip(Tr::tr("File could not be read: it is a symbolic link loop or a broken symbolic link"));
        return skip(Tr::tr("File could not be read: it does not exist"));
    case FileStamp::Type::Directory:
        return skip(Tr::tr("File could not be read: it is a directory"));
    case FileStamp::Type::Other:
        // FIFOs and devices could block the loader forever.
        return skip(Tr::tr("File could not be read: it is not a regular file"));
    case FileStamp::Type::Regular:
        break;
    }
    if (stamp.size > options.maxFileSize) {
        return skip(Tr::tr("File is %1 MB, larger than the %2 MB limit for catalog files; it was not read")
                        .arg(stamp.size >> 20)
                        .arg(options.maxFileSize >> 20));
    }
    if (cache) {
        if (std::optional<CatalogFileResult> cached = cache->lookup(path, stamp)) {
            outcome.result = std::move(*cached);
            outcome.source = FileOutcome::Source::Cache;
            return outcome;
        }
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return skip(Tr::tr("File could not be read: %1").arg(file.errorString()));
    // The size can change between stat() and read(); never read more than the limit.
    const QByteArray bytes = readBounded(file, stamp.size, options.maxFileSize);
    if (file.error() != QFileDevice::NoError)
        return skip(Tr::tr("File could not be read: %1").arg(file.errorString()));
    if (bytes.size() > options.maxFileSize)
        return skip(Tr::tr("File grew beyond the %1 MB limit while it was read; it was not read")
                        .arg(options.maxFileSize >> 20));

    outcome.result = parseCatalogFile(path, bytes);
    outcome.source = FileOutcome::Source::Parsed;
    outcome.bytes = bytes.size();
    if (cache)
        cache->store(path, stamp, outcome.result);
    return outcome;
}

/// Names for a cycle message: file names when they are unambiguous, full paths otherwise.
QString describeCycle(const QStringList& paths)
{
    QSet<QString> names;
    for (const QString& path : paths)
        names.insert(QFileInfo(path).fileName());
    const bool useNames = names.size() == QSet<QString>(paths.cbegin(), paths.cend()).size();
    QStringList parts;
    for (const QString& path : paths)
        parts.append(useNames ? QFileInfo(path).fileName() : path);
    return parts.join(QStringLiteral(" \u2192 "));
}

class LoadRun {
public:
    explicit LoadRun(const CatalogLoadOptions& options)
        : m_options(options)
    {
        if (!options.cacheDirectory.isEmpty())
            m_cache = std::make_unique<CatalogCache>(options.cacheDirectory);
        for (const CatalogRoot& root : options.roots) {
            m_rootKeys.append(root.path % QLatin1Char('\n') % root.declaredIn % QLatin1Char('\n')
                              % QString::number(root.position.line) % QLatin1Char(':')
                              % QString::number(root.position.column));
        }
        m_pool.setMaxThreadCount(options.threadCount > 0 ? options.threadCount : QThread::idealThreadCount());
    }

    CatalogSnapshot run()
    {
        QElapsedTimer timer;
        timer.start();
        // The linked-snapshot cache keys on files only; a backend's entities change without any file changing.
        const bool snapshotCacheUsable = m_options.remoteCatalogs.isEmpty();
        if (m_cache && snapshotCacheUsable) {
            // Nothing changed since the last complete load: take its linked snapshot as it is.
            CatalogCache::SnapshotKey key;
            if (std::optional<CatalogSnapshot> snapshot = m_cache->loadSnapshot(m_rootKeys, &key)) {
                m_stats.filesFromCache = key.fileCount;
                m_stats.wholeCatalogFromCache = true;
                m_stats.directories = key.directories;
                m_stats.cacheLoadMsecs = timer.elapsed();
                finishStats(timer);
                return std::move(*snapshot);
            }
        }
        if (m_cache) {
            m_cache->load();
            m_stats.cacheLoadMsecs = timer.elapsed();
        }
        QList<int> wave;
        for (const CatalogRoot& root : m_options.roots)
            addRoot(root, wave);

        while (!wave.isEmpty() && !isCancelled())
            wave = runWave(wave);

        if (isCancelled()) {
            m_stats.cancelled = true;
            m_pool.waitForDone();
            finishStats(timer);
            return {};
        }
        reportCycles();
        for (const RemoteCatalog& remote : m_options.remoteCatalogs) {
            CatalogFileResult file = remoteCatalogFile(remote);
            m_stats.remoteEntities += int(file.entities.size());
            const int skipped = m_linker.addRemote(std::move(file));
            m_stats.remoteEntities -= skipped;
            m_stats.remoteDuplicates += skipped;
        }
        if (m_cache) {
            const qint64 start = timer.elapsed();
            m_cache->save();
            m_stats.cacheSaveMsecs = timer.elapsed() - start;
        }
        CatalogCache::SnapshotKey key;
        if (m_cache)
            key = snapshotKey();
        const qint64 linkStart = timer.elapsed();
        CatalogSnapshot snapshot = m_linker.finish(std::move(m_problems));
        m_stats.linkMsecs = timer.elapsed() - linkStart;
        if (m_cache && snapshotCacheUsable) {
            const qint64 start = timer.elapsed();
            m_cache->saveSnapshot(key, snapshot);
            m_stats.cacheSaveMsecs += timer.elapsed() - start;
        }
        finishStats(timer);
        return snapshot;
    }

private:
    struct LocationEdge {
        int target;
        SourcePosition position;
        QString entityRef;
    };

    bool isCancelled() const { return m_options.cancelled && m_options.cancelled->load(); }

    CatalogCache::SnapshotKey snapshotKey() const
    {
        CatalogCache::SnapshotKey key;
        key.roots = m_rootKeys;
        key.stamps = m_stamps;
        for (const QString& substituted : m_substitutedFiles)
            key.stamps.append({ substituted, stampOf(substituted) });
        key.directories = m_stats.directories;
        key.fileCount = int(m_paths.size());
        return key;
    }

    /// A path that matched nothing: the nearest existing folder above it changes when it appears.
    void stampMissing(const QString& path)
    {
        QString directory = QFileInfo(path).absolutePath();
        while (true) {
            const FileStamp stamp = stampOf(directory);
            if (stamp.exists() || directory == QLatin1String("/")) {
                m_stamps.append({ directory, stamp });
                return;
            }
            directory = QFileInfo(directory).absolutePath();
        }
    }

    void finishStats(const QElapsedTimer& timer)
    {
        m_stats.elapsedMsecs = timer.elapsed();
        if (m_options.stats)
            *m_options.stats = m_stats;
    }

    /// The index of @p path in load order; files reached twice (also through symbolic links) are read once.
    int fileIndex(const QString& path, QList<int>& wave)
    {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        const QString key = canonical.isEmpty() ? path : canonical;
        const auto it = m_known.constFind(key);
        if (it != m_known.cend())
            return it.value();
        const int index = int(m_paths.size());
        m_known.insert(key, index);
        m_paths.append(path);
        m_edges.emplace_back();
        wave.append(index);
        return index;
    }

    void addSearch(const FileSearch& search, QList<int>& wave)
    {
        m_stats.directories.append(search.directories);
        for (qsizetype i = 0; i < search.directories.size() && i < search.directoryStamps.size(); ++i)
            m_stamps.append({ search.directories.at(i), search.directoryStamps.at(i) });
        for (const QString& loop : search.loops) {
            m_problems.append(Problem { loop, 0, 0, Problem::Severity::Warning, QString(),
                                        Tr::tr("Folder leads back to a folder that was already searched (symbolic "
                                               "link loop); it was not searched again") });
        }
        for (const QString& file : search.files)
            fileIndex(file, wave);
    }

    void addRoot(const CatalogRoot& root, QList<int>& wave)
    {
        const QString path = QDir::cleanPath(QDir::current().absoluteFilePath(root.path));
        const FileStamp stamp = stampOf(path);
        if (stamp.type == FileStamp::Type::Directory) {
            addSearch(findCatalogFiles(path), wave);
            return;
        }
        if (stamp.exists() || QFileInfo(path).isSymLink()) {
            fileIndex(path, wave);
            return;
        }
        if (isGlobPattern(path)) {
            const FileSearch search = expandGlob(path);
            addSearch(search, wave);
            if (!search.files.isEmpty())
                return;
        }
        stampMissing(path);
        if (root.declaredIn.isEmpty()) {
            m_problems.append(fileProblem(path, Tr::tr("file %1 does not exist").arg(path)));
        } else {
            m_problems.append(Problem { root.declaredIn, root.position.line, root.position.column,
                                        Problem::Severity::Warning, QString(),
                                        Tr::tr("Catalog location %1 matches no file").arg(path) });
        }
    }

    QList<int> runWave(const QList<int>& wave)
    {
        // Files are parsed on the pool and handed to the linker in load order as soon as all before them are done,
        // so only the files in flight are held as parse results, never the whole catalog.
        struct Arrivals {
            QMutex mutex;
            QWaitCondition arrived;
            std::vector<std::optional<FileOutcome>> outcomes;
        } arrivals;
        arrivals.outcomes.resize(size_t(wave.size()));
        const int total = int(m_paths.size());
        qint64 waveBytes = 0;
        for (const int index : wave)
            waveBytes += std::max<qint64>(0, QFileInfo(m_paths.at(index)).size());
        m_linker.expectSourceBytes(waveBytes);
        for (qsizetype i = 0; i < wave.size(); ++i) {
            const QString path = m_paths.at(wave.at(i));
            m_pool.start([this, &arrivals, i, path, total] {
                FileOutcome outcome = processFile(path, m_options, m_cache.get());
                const int done = ++m_done;
                if (m_options.progress && outcome.source != FileOutcome::Source::Cancelled)
                    m_options.progress(done, total);
                const QMutexLocker locker(&arrivals.mutex);
                arrivals.outcomes[size_t(i)] = std::move(outcome);
                arrivals.arrived.wakeAll();
            });
        }

        QList<int> next;
        for (qsizetype i = 0; i < wave.size(); ++i) {
            FileOutcome outcome;
            {
                QMutexLocker locker(&arrivals.mutex);
                while (!arrivals.outcomes[size_t(i)])
                    arrivals.arrived.wait(&arrivals.mutex);
                outcome = std::move(*arrivals.outcomes[size_t(i)]);
                arrivals.outcomes[size_t(i)].reset();
            }
            const int index = wave.at(i);
            m_stamps.append({ m_paths.at(index), outcome.stamp });
            switch (outcome.source) {
            case FileOutcome::Source::Parsed:
                ++m_stats.filesParsed;
                m_stats.bytesParsed += outcome.bytes;
                break;
            case FileOutcome::Source::Cache:
                ++m_stats.filesFromCache;
                break;
            case FileOutcome::Source::Skipped:
                ++m_stats.filesSkipped;
                break;
            case FileOutcome::Source::Cancelled:
                break;
            }
            for (const LocationTarget& target : std::as_const(outcome.result.locationTargets)) {
                if (!target.resolved.isEmpty())
                    followTarget(index, target, next);
            }
            m_substitutedFiles.append(outcome.result.substitutedFiles);
            m_linker.addFile(std::move(outcome.result));
        }
        return next;
    }

    void followTarget(int from, const LocationTarget& target, QList<int>& wave)
    {
        const QString& fromFile = m_paths.at(from);
        const FileStamp stamp = stampOf(target.resolved);
        QStringList files;
        if (stamp.exists() || QFileInfo(target.resolved).isSymLink()) {
            files.append(target.resolved); // directories included: processFile reports them, as Backstage does
        } else if (isGlobPattern(target.resolved)) {
            const FileSearch search = expandGlob(target.resolved);
            m_stats.directories.append(search.directories);
            for (qsizetype i = 0; i < search.directories.size() && i < search.directoryStamps.size(); ++i)
                m_stamps.append({ search.directories.at(i), search.directoryStamps.at(i) });
            files = search.files;
        }
        if (files.isEmpty()) {
            stampMissing(target.resolved);
            m_problems.append(Problem { fromFile, target.position.line, target.position.column,
                                        Problem::Severity::Error, target.entityRef,
                                        Tr::tr("file %1 does not exist").arg(target.resolved) });
            return;
        }
        for (const QString& file : std::as_const(files)) {
            const int index = fileIndex(file, wave);
            m_edges[size_t(from)].append(LocationEdge { index, target.position, target.entityRef });
        }
    }

    /// Depth-first search over the Location graph; every edge back into the current path closes a cycle.
    void reportCycles()
    {
        enum Color : quint8 { White, Grey, Black };
        std::vector<Color> color(m_paths.size(), White);
        for (qsizetype start = 0; start < m_paths.size(); ++start) {
            if (color[size_t(start)] != White)
                continue;
            struct Frame {
                int node;
                int nextEdge;
            };
            std::vector<Frame> stack { Frame { int(start), 0 } };
            color[size_t(start)] = Grey;
            while (!stack.empty()) {
                Frame& frame = stack.back();
                const QList<LocationEdge>& edges = m_edges[size_t(frame.node)];
                if (frame.nextEdge == edges.size()) {
                    color[size_t(frame.node)] = Black;
                    stack.pop_back();
                    continue;
                }
                const LocationEdge& edge = edges.at(frame.nextEdge++);
                if (color[size_t(edge.target)] == White) {
                    color[size_t(edge.target)] = Grey;
                    stack.push_back(Frame { edge.target, 0 });
                } else if (color[size_t(edge.target)] == Grey) {
                    QStringList cycle;
                    bool inCycle = false;
                    for (const Frame& f : stack) {
                        inCycle = inCycle || f.node == edge.target;
                        if (inCycle)
                            cycle.append(m_paths.at(f.node));
                    }
                    cycle.append(m_paths.at(edge.target));
                    m_problems.append(Problem { m_paths.at(frame.node), edge.position.line, edge.position.column,
                                                Problem::Severity::Warning, edge.entityRef,
                                                Tr::tr("location cycle: %1").arg(describeCycle(cycle)) });
                }
            }
        }
    }

    const CatalogLoadOptions& m_options;
    QStringList m_rootKeys;
    QList<std::pair<QString, FileStamp>> m_stamps;
    std::unique_ptr<CatalogCache> m_cache;
    QThreadPool m_pool;
    std::atomic_int m_done { 0 };
    CatalogLoadStats m_stats;
    Problems m_problems;
    QHash<QString, int> m_known;
    QStringList m_paths;
    CatalogLinker m_linker;
    QStringList m_substitutedFiles; ///< of every file read, for the whole-catalog cache entry
    std::vector<QList<LocationEdge>> m_edges;
};

} // namespace

CatalogSnapshot loadCatalog(const CatalogLoadOptions& options)
{
    LoadRun run(options);
    return run.run();
}

struct CatalogLoader::Job {
    quint64 id = 0;
    std::atomic_bool cancelled { false };
    std::atomic_bool progressPending { false };
    std::atomic_int done { 0 };
    std::atomic_int total { 0 };
};

struct CatalogLoader::Outcome {
    CatalogSnapshotPtr snapshot;
    CatalogLoadStats stats;
};

CatalogLoader::CatalogLoader(QObject* parent)
    : QObject(parent)
{
}

CatalogLoader::~CatalogLoader()
{
    cancel();
    waitForWorkers();
}

void CatalogLoader::waitForWorkers()
{
    for (QFuture<void>& worker : m_workers)
        worker.waitForFinished();
    m_workers.clear();
}

void CatalogLoader::cancel()
{
    if (m_job)
        m_job->cancelled = true;
    m_job.reset();
}

void CatalogLoader::load(CatalogLoadOptions options)
{
    cancel();
    m_workers.removeIf([](const QFuture<void>& worker) { return worker.isFinished(); });

    auto job = std::make_shared<Job>();
    job->id = ++m_lastJobId;
    m_job = job;

    options.cancelled = &job->cancelled;
    // Progress is coalesced: at most one queued call in flight, carrying the latest numbers.
    options.progress = [this, job](int done, int total) {
        job->done = done;
        job->total = total;
        if (job->progressPending.exchange(true))
            return;
        QMetaObject::invokeMethod(
            this,
            [this, job] {
                job->progressPending = false;
                if (m_job == job)
                    Q_EMIT progress(job->done, job->total);
            },
            Qt::QueuedConnection);
    };

    // The worker posts its result itself, from inside the run. QFuture::then(this, ...) would run
    // after waitForFinished() returns, so a loader destroyed meanwhile left Qt 6.4 a dangling
    // context (an assertion under ASan). A call posted before the run ends is simply dropped
    // with the loader's pending events, and ~CatalogLoader waits for the run.
    QFuture<void> worker = QtConcurrent::run([this, options, job]() mutable {
        auto outcome = std::make_shared<Outcome>();
        options.stats = &outcome->stats;
        outcome->snapshot = std::make_shared<const CatalogSnapshot>(loadCatalog(options));
        QMetaObject::invokeMethod(
            this,
            [this, job, outcome] {
                if (m_job != job || job->cancelled)
                    return; // a newer load or cancel() made this one stale
                m_job.reset();
                m_snapshot = outcome->snapshot;
                m_stats = outcome->stats;
                Q_EMIT finished(m_snapshot);
            },
            Qt::QueuedConnection);
    });
    m_workers.append(worker);
    Q_EMIT started();
}

} // namespace Atrium

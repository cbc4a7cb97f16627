#include "workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

namespace Atrium {

namespace {
// inotify watches are a per-user resource (often 8192 in all); a huge catalog relies on folder watches, which
// see files being replaced, added and removed, as editors and git do.
constexpr int kMaxWatchedFiles = 4000;
constexpr int kDefaultReloadDelayMsecs = 300;
} // namespace

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_loader(new CatalogLoader(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(kDefaultReloadDelayMsecs);
    connect(m_reloadTimer, &QTimer::timeout, this, &Workspace::reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Workspace::onPathChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &Workspace::onPathChanged);
    connect(m_loader, &CatalogLoader::progress, this, &Workspace::progress);
    connect(m_loader, &CatalogLoader::finished, this, &Workspace::onLoadFinished);
}

Workspace::~Workspace() = default;

QString Workspace::defaultCacheDirectory(const QString& workspacePath)
{
    const QByteArray key = QDir::cleanPath(QFileInfo(workspacePath).absoluteFilePath()).toUtf8();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) % QStringLiteral("/catalog/")
        % QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
}

void Workspace::setReloadDelay(int msecs)
{
    m_reloadTimer->setInterval(msecs);
}

bool Workspace::isLoading() const
{
    return m_loader->isLoading();
}

const CatalogLoadStats& Workspace::lastLoadStats() const
{
    return m_loader->lastStats();
}

Problems Workspace::problems() const
{
    Problems result = m_config.problems;
    result.append(m_backends.problems);
    result.append(m_environments.problems);
    if (m_snapshot)
        result.append(m_snapshot->problems);
    return result;
}

QStringList Workspace::watchedPaths() const
{
    return m_watcher->files() + m_watcher->directories();
}

void Workspace::open(const QString& path)
{
    close();
    m_path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    if (!m_cacheDirectoryExplicit)
        m_cacheDirectory = defaultCacheDirectory(m_path);
    reload();
}

void Workspace::close()
{
    m_loader->cancel();
    m_reloadTimer->stop();
    m_pendingWatches.clear();
    const QStringList watched = watchedPaths();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    const bool hadSnapshot = m_snapshot != nullptr;
    m_path.clear();
    m_config = WorkspaceConfig();
    m_backends = BackendsConfig();
    m_environments = EnvironmentsConfig();
    m_remoteCatalogs.clear();
    m_snapshot.reset();
    if (hadSnapshot) {
        Q_EMIT snapshotChanged(m_snapshot);
        Q_EMIT problemsChanged();
    }
}

void Workspace::reload()
{
    if (m_path.isEmpty())
        return;
    m_reloadTimer->stop();
    m_config = loadWorkspaceConfig(m_path);
    m_backends = BackendsConfigReader::read(m_config.backends, m_config.configFile, m_config.rootDirectory,
                                            [this](const QStringList& path) { return m_config.positionOf(path); });
    m_environments
        = EnvironmentsConfigReader::read(m_config.environments, m_config.configFile, m_config.rootDirectory,
                                         [this](const QStringList& path) { return m_config.positionOf(path); });
    m_remoteCatalogs.removeIf([this](const RemoteCatalog& catalog) {
        const BackstageBackend* backend = m_backends.backstageNamed(catalog.origin);
        return !backend || !backend->catalog;
    });
    Q_EMIT configChanged();
    startLoad();
}

void Workspace::setRemoteCatalog(const RemoteCatalog& catalog)
{
    if (m_path.isEmpty())
        return;
    removeRemoteCatalogEntry(catalog.origin);
    m_remoteCatalogs.append(catalog);
    startLoad();
}

void Workspace::removeRemoteCatalog(const QString& origin)
{
    if (removeRemoteCatalogEntry(origin) && !m_path.isEmpty())
        startLoad();
}

bool Workspace::removeRemoteCatalogEntry(const QString& origin)
{
    return m_remoteCatalogs.removeIf([&origin](const RemoteCatalog& catalog) { return catalog.origin == origin; }) > 0;
}

void Workspace::startLoad()
{
    CatalogLoadOptions options;
    options.roots = m_config.catalogRoots();
    options.cacheDirectory = m_cacheDirectory;
    options.remoteCatalogs = m_remoteCatalogs;
    m_loader->load(std::move(options));
    Q_EMIT loadingStarted();
}

void Workspace::onLoadFinished(const CatalogSnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    updateWatcher();
    Q_EMIT snapshotChanged(m_snapshot);
    Q_EMIT problemsChanged();
}

void Workspace::onPathChanged(const QString& path)
{
    Q_UNUSED(path)
    if (!m_path.isEmpty())
        m_reloadTimer->start(); // restarts: a burst of changes gives one reload
}

void Workspace::updateWatcher()
{
    QStringList files = m_config.configFiles();
    QStringList directories { m_config.rootDirectory };
    if (m_snapshot) {
        for (const QString& file : m_snapshot->files) {
            if (files.size() >= kMaxWatchedFiles)
                break;
            files.append(file);
        }
    }
    directories.append(m_loader->lastStats().directories);
    // Folders of files reached directly (Location targets, substitutions) see those files replaced or deleted.
    if (m_snapshot) {
        for (const QString& file : m_snapshot->files)
            directories.append(QFileInfo(file).absolutePath());
    }

    QSet<QString> wanted;
    for (const QString& path : std::as_const(files))
        wanted.insert(path);
    for (const QString& path : std::as_const(directories))
        wanted.insert(path);
    QStringList toRemove;
    const QStringList current = watchedPaths();
    QSet<QString> watched;
    for (const QString& path : current) {
        watched.insert(path);
        if (!wanted.contains(path))
            toRemove.append(path);
    }
    if (!toRemove.isEmpty())
        m_watcher->removePaths(toRemove);
    m_pendingWatches.clear();
    for (const QString& path : std::as_const(wanted)) {
        if (!watched.contains(path))
            m_pendingWatches.append(path);
    }
    addPendingWatches();
}

void Workspace::addPendingWatches()
{
    // Each watch is a system call and a stat, and a big catalog has thousands of files: added in slices between
    // events, so showing a 100,000-entity catalog never holds up the window for them.
    constexpr qsizetype kSlice = 200;
    QStringList slice;
    while (!m_pendingWatches.isEmpty() && slice.size() < kSlice) {
        const QString path = m_pendingWatches.takeLast();
        if (QFileInfo::exists(path)) // only paths that exist can be watched; a deleted file is seen through its folder
            slice.append(path);
    }
    if (!slice.isEmpty())
        m_watcher->addPaths(slice);
    if (!m_pendingWatches.isEmpty())
        QTimer::singleShot(0, this, &Workspace::addPendingWatches);
}

} // namespace Atrium

#pragma once

#include "catalog/catalogloader.h"
#include "catalog/catalogsnapshot.h"
#include "environments/environmentsconfig.h"
#include "workspace/backendsconfig.h"
#include "workspace/workspaceconfig.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace Atrium {

/// The open workspace: its configuration, its current catalog snapshot, and the live reload that keeps the
/// snapshot in step with the files. Loads run on worker threads through CatalogLoader; parse results are cached
/// in QStandardPaths::CacheLocation/catalog/<sha1 of the workspace path>, so reopening or reloading re-parses
/// only the files that changed. Only the newest load publishes: a reload during a load silences the older one.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    /// Reads the workspace at @p path (a workspace file or a folder, see docs/workspace.md) and starts loading its
    /// catalog. The config is read synchronously (it is one small file); config() is valid on return.
    void open(const QString& path);
    /// Reads the config again and reloads the catalog (through the cache).
    void reload();
    void close();

    bool isOpen() const { return !m_path.isEmpty(); }
    bool isLoading() const;
    QString path() const { return m_path; }
    const WorkspaceConfig& config() const { return m_config; }
    /// `backends:` of the config, read with it; its problems are among problems().
    const BackendsConfig& backends() const { return m_backends; }
    /// `environments:` of the config, read with it; its problems are among problems().
    const EnvironmentsConfig& environments() const { return m_environments; }
    CatalogSnapshotPtr snapshot() const { return m_snapshot; }
    /// Problems of the config followed by those of the catalog.
    Problems problems() const;
    const CatalogLoadStats& lastLoadStats() const;

    /// Merges a backend's entities into the catalog (after the files; see CatalogLinker::addRemote), replacing
    /// the ones it gave before, and relinks. Kept across reloads of the files, dropped when the workspace closes or
    /// its config no longer names the backend.
    void setRemoteCatalog(const RemoteCatalog& catalog);
    void removeRemoteCatalog(const QString& origin);
    QList<RemoteCatalog> remoteCatalogs() const { return m_remoteCatalogs; }

    /// "" disables the cache (the CLI's --no-cache, some tests).
    void setCacheDirectory(const QString& directory)
    {
        m_cacheDirectory = directory;
        m_cacheDirectoryExplicit = true;
    }
    QString cacheDirectory() const { return m_cacheDirectory; }
    static QString defaultCacheDirectory(const QString& workspacePath);

    /// How long file changes are collected before one reload; editors write in bursts.
    void setReloadDelay(int msecs);
    /// Paths the watcher follows (files up to a limit, plus every folder read).
    QStringList watchedPaths() const;

Q_SIGNALS:
    void loadingStarted();
    void progress(int done, int total);
    void snapshotChanged(Atrium::CatalogSnapshotPtr snapshot);
    void problemsChanged();
    void configChanged();

private:
    void startLoad();
    bool removeRemoteCatalogEntry(const QString& origin);
    void onLoadFinished(const CatalogSnapshotPtr& snapshot);
    void onPathChanged(const QString& path);
    void updateWatcher();
    void addPendingWatches();

    QString m_path;
    QString m_cacheDirectory;
    bool m_cacheDirectoryExplicit = false;
    WorkspaceConfig m_config;
    BackendsConfig m_backends;
    EnvironmentsConfig m_environments;
    QList<RemoteCatalog> m_remoteCatalogs;
    CatalogSnapshotPtr m_snapshot;
    CatalogLoader* m_loader = nullptr;
    QFileSystemWatcher* m_watcher = nullptr;
    QStringList m_pendingWatches; ///< still to be added, a slice per event loop turn
    QTimer* m_reloadTimer = nullptr;
    bool m_configDirty = false;
};

} // namespace Atrium

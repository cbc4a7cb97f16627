#pragma once

#include "catalog/catalogsnapshot.h"
#include "environments/dashboard.h"
#include "environments/statushistory.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Atrium {

class SourceFetcher;

/// Keeps a workspace's environment dashboard current: reads every source on its own interval (backing off after
/// errors), rebuilds the dashboard on a worker thread whenever a reading comes in or time makes data stale, and
/// keeps the history of status changes. Everything it publishes is immutable and shared.
class EnvironmentMonitor : public QObject {
    Q_OBJECT
public:
    explicit EnvironmentMonitor(QObject* parent = nullptr);
    ~EnvironmentMonitor() override;

    /// The environments to watch. A source whose type and location did not change keeps its last reading.
    void setConfig(const EnvironmentsConfig& config);
    const EnvironmentsConfig& config() const { return m_config; }
    /// The catalog: which components there are, and the health URLs to probe.
    void setCatalog(CatalogSnapshotPtr snapshot);
    /// Reads the history kept in @p file (created when needed); "" keeps it in memory only.
    void setHistoryFile(const QString& file);
    /// How often the dashboard is rebuilt without new readings, so that ages move on and old data turns stale.
    void setTickInterval(std::chrono::milliseconds interval);

    /// Reads every source now and then on its interval.
    void start();
    /// No more reads; the one in flight is abandoned.
    void stop();
    bool isRunning() const { return m_running; }
    /// Reads every source now (those already reading go on).
    void refreshNow();
    bool isRefreshing() const;
    /// Nothing in flight: no source reading, no dashboard being built; dashboard() holds everything known.
    bool isSettled() const;

    DashboardPtr dashboard() const { return m_dashboard; }
    const StatusHistory& history() const { return m_history; }
    QList<SourceReading> readings() const;

    /// When to read a source again after @p failures failed attempts in a row: its interval after the first,
    /// then doubling, up to 15 minutes (or the interval, when that is longer).
    static std::chrono::milliseconds retryDelay(int refreshSeconds, int failures);
    /// The history file of the workspace at @p workspacePath, in the application's data folder.
    static QString defaultHistoryFile(const QString& workspacePath);

Q_SIGNALS:
    void dashboardChanged(Atrium::DashboardPtr dashboard);
    /// What changed since the last dashboard (health or version of a cell), in history order.
    void statusChanged(const QList<Atrium::StatusChange>& changes);
    void refreshingChanged(bool refreshing);
    void sourceFinished(const Atrium::SourceReading& reading);
    /// The history file could not be read or written; the history goes on in memory.
    void historyProblem(const QString& error);

private:
    struct Scheduled {
        SourceFetcher* fetcher = nullptr;
        QTimer* timer = nullptr;
    };
    void onSourceFinished(SourceFetcher* fetcher, QTimer* timer);
    /// refreshingChanged() when whether a source is reading changed.
    void updateRefreshing();
    void updateTargets();
    void scheduleRebuild();
    void onRebuilt();
    void clearFetchers();

    QNetworkAccessManager* m_network;
    EnvironmentsConfig m_config;
    CatalogSnapshotPtr m_snapshot;
    QList<Scheduled> m_sources;
    bool m_running = false;
    bool m_wasRefreshing = false;

    QTimer* m_tick;
    QFutureWatcher<Dashboard> m_build;
    bool m_building = false; ///< until onRebuilt(): the future may be done before its result is handed over
    bool m_rebuildAgain = false;
    DashboardPtr m_dashboard;
    StatusHistory m_history;

    /// The catalog's components and each environment's health URLs, read from a new catalog or configuration.
    struct CatalogTargets {
        std::shared_ptr<const QList<CatalogComponent>> components;
        QList<QList<ProbeTarget>> probeTargets; ///< per environment, in order
    };
    QFutureWatcher<CatalogTargets> m_targets;
    std::shared_ptr<const QList<CatalogComponent>> m_components;
    CatalogSnapshotPtr m_componentsOf; ///< the catalog m_components was (or is being) read from
    bool m_findingTargets = false;
    bool m_targetsAgain = false;
    /// The monitor's own workers: a large catalog's rebuild must not hold up the global pool, which the window
    /// uses for work it waits for.
    QThreadPool m_pool;
};

} // namespace Atrium

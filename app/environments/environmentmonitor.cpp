#include "environmentmonitor.h"

#include "sourcefetcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Atrium {

namespace {
constexpr auto maxRetryDelay = 15min;
} // namespace

EnvironmentMonitor::EnvironmentMonitor(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(30s);
    connect(m_tick, &QTimer::timeout, this, &EnvironmentMonitor::scheduleRebuild);
    connect(&m_build, &QFutureWatcherBase::finished, this, &EnvironmentMonitor::onRebuilt);
    m_pool.setMaxThreadCount(1);
    connect(&m_targets, &QFutureWatcherBase::finished, this, [this] {
        m_findingTargets = false;
        const CatalogTargets found = m_targets.result();
        m_components = found.components;
        int environment = 0;
        for (const Environment& config : std::as_const(m_config.environments)) {
            for (const Scheduled& source : std::as_const(m_sources)) {
                if (source.fetcher->reading().environment != config.name
                    || source.fetcher->source().type != EnvironmentSource::Type::Health)
                    continue;
                source.fetcher->setProbeTargets(found.probeTargets.value(environment));
                // The first read may have gone out before the targets were known: probe the new ones now rather
                // than an interval later.
                if (m_running) {
                    source.timer->stop();
                    source.fetcher->cancel();
                    source.fetcher->fetch();
                }
            }
            ++environment;
        }
        if (std::exchange(m_targetsAgain, false))
            updateTargets();
        else
            scheduleRebuild();
    });
}

EnvironmentMonitor::~EnvironmentMonitor()
{
    clearFetchers();
    m_pool.waitForDone();
}

std::chrono::milliseconds EnvironmentMonitor::retryDelay(int refreshSeconds, int failures)
{
    const std::chrono::milliseconds interval = std::chrono::seconds(std::max(refreshSeconds, 1));
    if (failures <= 1)
        return interval;
    const std::chrono::milliseconds cap = std::max<std::chrono::milliseconds>(interval, maxRetryDelay);
    std::chrono::milliseconds delay = interval;
    for (int i = 1; i < failures && delay < cap; ++i)
        delay *= 2;
    return std::min(delay, cap);
}

QString EnvironmentMonitor::defaultHistoryFile(const QString& workspacePath)
{
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(QDir(workspacePath).absolutePath()).toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/environment-history/"_s
        + QString::fromLatin1(hash) + u".jsonl"_s;
}

void EnvironmentMonitor::clearFetchers()
{
    for (const Scheduled& source : std::as_const(m_sources)) {
        source.fetcher->cancel();
        delete source.timer;
        delete source.fetcher;
    }
    m_sources.clear();
}

void EnvironmentMonitor::setConfig(const EnvironmentsConfig& config)
{
    // Keep what is known of sources that stay the same: editing atrium.yaml must not blank the dashboard.
    QHash<QString, SourceReading> kept;
    const auto keyOf = [](const QString& environment, int index, const EnvironmentSource& source) -> QString {
        return environment + u'\n' + QString::number(index) + u'\n' + EnvironmentsConfigReader::typeName(source.type)
            + u'\n' + source.location();
    };
    for (const Scheduled& source : std::as_const(m_sources)) {
        const SourceReading& reading = source.fetcher->reading();
        kept.insert(keyOf(reading.environment, reading.sourceIndex, source.fetcher->source()), reading);
    }
    clearFetchers();
    m_config = config;
    for (const Environment& environment : std::as_const(m_config.environments)) {
        for (qsizetype i = 0; i < environment.sources.size(); ++i) {
            const EnvironmentSource& config = environment.sources.at(i);
            auto* fetcher = new SourceFetcher(environment.name, int(i), config, m_network, this);
            if (const auto it = kept.constFind(keyOf(environment.name, int(i), config)); it != kept.cend())
                fetcher->restore(*it);
            auto* timer = new QTimer(this);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, fetcher, &SourceFetcher::fetch);
            connect(fetcher, &SourceFetcher::finished, this,
                    [this, fetcher, timer] { onSourceFinished(fetcher, timer); });
            m_sources.append({ fetcher, timer });
        }
    }
    updateTargets();
    scheduleRebuild();
    if (m_running)
        refreshNow();
}

void EnvironmentMonitor::setCatalog(CatalogSnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    updateTargets();
    scheduleRebuild();
}

void EnvironmentMonitor::updateTargets()
{
    if (!m_snapshot || m_config.environments.isEmpty())
        return; // nothing to watch: a large catalog's annotations need not be read
    if (m_findingTargets) {
        m_targetsAgain = true;
        return;
    }
    m_findingTargets = true;
    QStringList environments;
    for (const Environment& environment : std::as_const(m_config.environments)) {
        const bool probes
            = std::any_of(environment.sources.cbegin(), environment.sources.cend(),
                          [](const EnvironmentSource& s) { return s.type == EnvironmentSource::Type::Health; });
        environments.append(probes ? environment.name : QString());
    }
    // The same catalog as last time (the configuration changed): its components are known already.
    std::shared_ptr<const QList<CatalogComponent>> known
        = m_componentsOf == m_snapshot ? m_components : std::shared_ptr<const QList<CatalogComponent>>();
    m_componentsOf = m_snapshot;
    m_targets.setFuture(QtConcurrent::run(&m_pool, [snapshot = m_snapshot, environments, known] {
        CatalogTargets found;
        found.components
            = known ? known : std::make_shared<const QList<CatalogComponent>>(DashboardBuilder::components(*snapshot));
        for (const QString& environment : environments)
            found.probeTargets.append(environment.isEmpty()
                                          ? QList<ProbeTarget>()
                                          : DashboardBuilder::probeTargets(*found.components, environment));
        return found;
    }));
}

void EnvironmentMonitor::setHistoryFile(const QString& file)
{
    QString error;
    if (!m_history.load(file, QDateTime::currentDateTimeUtc(), &error))
        Q_EMIT historyProblem(error);
}

void EnvironmentMonitor::setTickInterval(std::chrono::milliseconds interval)
{
    m_tick->setInterval(interval);
}

void EnvironmentMonitor::start()
{
    m_running = true;
    m_tick->start();
    refreshNow();
}

void EnvironmentMonitor::stop()
{
    m_running = false;
    m_tick->stop();
    for (const Scheduled& source : std::as_const(m_sources)) {
        source.timer->stop();
        source.fetcher->cancel();
    }
    updateRefreshing();
}

void EnvironmentMonitor::updateRefreshing()
{
    const bool refreshing = isRefreshing();
    if (refreshing != std::exchange(m_wasRefreshing, refreshing))
        Q_EMIT refreshingChanged(refreshing);
}

void EnvironmentMonitor::refreshNow()
{
    for (const Scheduled& source : std::as_const(m_sources)) {
        source.timer->stop();
        source.fetcher->fetch();
    }
    updateRefreshing();
}

bool EnvironmentMonitor::isSettled() const
{
    return !isRefreshing() && !m_building && !m_findingTargets;
}

bool EnvironmentMonitor::isRefreshing() const
{
    return std::any_of(m_sources.cbegin(), m_sources.cend(),
                       [](const Scheduled& source) { return source.fetcher->isFetching(); });
}

QList<SourceReading> EnvironmentMonitor::readings() const
{
    QList<SourceReading> readings;
    readings.reserve(m_sources.size());
    for (const Scheduled& source : m_sources)
        readings.append(source.fetcher->reading());
    return readings;
}

void EnvironmentMonitor::onSourceFinished(SourceFetcher* fetcher, QTimer* timer)
{
    const SourceReading& reading = fetcher->reading();
    if (m_running) {
        const int interval = fetcher->source().refreshSeconds;
        timer->start(reading.failed() ? retryDelay(interval, reading.failures) : std::chrono::seconds(interval));
    }
    Q_EMIT sourceFinished(reading);
    scheduleRebuild();
    updateRefreshing();
}

void EnvironmentMonitor::scheduleRebuild()
{
    if (m_building) {
        m_rebuildAgain = true; // one more when this one is done, with whatever came in meanwhile
        return;
    }
    m_building = true;
    // While a new catalog's components are read, the previous catalog's stand in: rows do not blink away on a
    // live reload. Before the first, the dashboard has what the status endpoints say.
    m_build.setFuture(QtConcurrent::run(&m_pool, [components = m_components, config = m_config, readings = readings()] {
        return DashboardBuilder::build(components ? *components : QList<CatalogComponent>(), config, readings,
                                       QDateTime::currentDateTimeUtc());
    }));
}

void EnvironmentMonitor::onRebuilt()
{
    m_building = false;
    if (std::exchange(m_rebuildAgain, false)) {
        scheduleRebuild(); // this one is already out of date
        return;
    }
    m_dashboard = std::make_shared<const Dashboard>(m_build.result());
    QString error;
    const QList<StatusChange> changes = m_history.record(*m_dashboard, &error);
    if (!error.isEmpty())
        Q_EMIT historyProblem(error);
    Q_EMIT dashboardChanged(m_dashboard);
    if (!changes.isEmpty())
        Q_EMIT statusChanged(changes);
}

} // namespace Atrium

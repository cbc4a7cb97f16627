#include "backends/backstagecatalogsync.h"

#include "backends/backstageclient.h"
#include "backends/secretresolver.h"
#include "workspace/workspace.h"

#include <QLocale>

namespace Atrium {

namespace {

/// Whether two declarations of a backend fetch the same thing: then a reload of atrium.yaml keeps its entities
/// and its timer instead of fetching everything again.
bool sameSource(const BackstageBackend& a, const BackstageBackend& b)
{
    return a.url == b.url && a.token == b.token && a.caFile == b.caFile && a.timeoutSeconds == b.timeoutSeconds
        && a.refreshMinutes == b.refreshMinutes && a.catalog == b.catalog;
}

} // namespace

BackstageCatalogSync::BackstageCatalogSync(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(m_workspace, &Workspace::configChanged, this, &BackstageCatalogSync::onConfigChanged);
    onConfigChanged();
}

BackstageCatalogSync::~BackstageCatalogSync() = default;

void BackstageCatalogSync::onConfigChanged()
{
    QHash<QString, Backend> previous = std::exchange(m_backends, {});
    m_order.clear();
    QStringList toLoad;
    for (const BackstageBackend& config : m_workspace->backends().backstage) {
        if (!config.catalog)
            continue;
        Backend backend;
        const auto old = previous.find(config.name);
        if (old != previous.end() && sameSource(old->config, config)) {
            backend = std::move(*old);
            previous.erase(old);
        } else {
            backend.config = config;
            backend.status.backend = config.name;
            backend.status.url = config.url;
            backend.timer = new QTimer(this);
            backend.timer->setSingleShot(false);
            if (config.refreshMinutes > 0) {
                backend.timer->setInterval(config.refreshMinutes * 60 * 1000);
                backend.timer->start();
            }
            connect(backend.timer, &QTimer::timeout, this, [this, name = config.name] { load(name); });
            toLoad.append(config.name);
        }
        m_order.append(config.name);
        m_backends.insert(config.name, std::move(backend));
    }
    for (Backend& gone : previous) {
        delete gone.client;
        delete gone.timer;
    }
    for (const QString& name : std::as_const(toLoad))
        load(name);
    Q_EMIT statusChanged();
}

void BackstageCatalogSync::refresh()
{
    for (const QString& name : std::as_const(m_order))
        load(name);
}

QList<BackstageCatalogSync::Status> BackstageCatalogSync::statuses() const
{
    QList<Status> result;
    for (const QString& name : m_order)
        result.append(m_backends.value(name).status);
    return result;
}

bool BackstageCatalogSync::isLoading() const
{
    for (const Backend& backend : m_backends) {
        if (backend.status.loading)
            return true;
    }
    return false;
}

QString BackstageCatalogSync::describe(const Status& status)
{
    if (status.loading)
        return tr("%1: loading the catalog…").arg(status.backend);
    if (!status.error.isEmpty()) {
        return status.entities >= 0
            ? tr("%1: %2 (showing the %n entities of %3)", nullptr, status.entities)
                  .arg(status.backend, status.error,
                       QLocale().toString(status.refreshedAt.toLocalTime().time(), QLocale::ShortFormat))
            : tr("%1: %2").arg(status.backend, status.error);
    }
    if (status.entities < 0)
        return tr("%1: not loaded yet").arg(status.backend);
    return tr("%1: %n entities at %2", nullptr, status.entities)
        .arg(status.backend, QLocale().toString(status.refreshedAt.toLocalTime().time(), QLocale::ShortFormat));
}

void BackstageCatalogSync::load(const QString& name)
{
    auto it = m_backends.find(name);
    if (it == m_backends.end() || it->status.loading)
        return;
    it->status.loading = true;
    Q_EMIT statusChanged();
    if (!it->config.token.isSet()) {
        fetch(name, {});
        return;
    }
    SecretResolver::resolve(it->config.token, this, [this, name](const SecretResult& token) {
        if (!m_backends.contains(name))
            return;
        if (!token.ok())
            fail(name, token.error);
        else
            fetch(name, token.value);
    });
}

void BackstageCatalogSync::fetch(const QString& name, const QByteArray& token)
{
    Backend& backend = m_backends[name];
    BackstageConnection connection;
    connection.baseUrl = backend.config.url;
    connection.token = token;
    connection.network.caFile = backend.config.caFile;
    connection.network.transferTimeoutMs = backend.config.timeoutSeconds * 1000;
    delete backend.client;
    backend.client = new BackstageClient(connection, this);
    backend.client->listEntities({}, {}, [this, name](const BackstageReply<BackstageEntities>& reply) {
        auto it = m_backends.find(name);
        if (it == m_backends.end())
            return;
        if (it->client)
            it->client->deleteLater();
        if (!reply.ok()) {
            fail(name, reply.error);
            return;
        }
        it->status.loading = false;
        it->status.error.clear();
        it->status.entities = int(reply.value.objects.size());
        it->status.refreshedAt = QDateTime::currentDateTimeUtc();
        m_workspace->setRemoteCatalog(
            RemoteCatalog { name, it->config.url.toDisplayString(QUrl::RemoveUserInfo), reply.value.objects });
        Q_EMIT statusChanged();
    });
}

void BackstageCatalogSync::fail(const QString& name, const QString& error)
{
    auto it = m_backends.find(name);
    if (it == m_backends.end())
        return;
    it->status.loading = false;
    it->status.error = error;
    Q_EMIT statusChanged();
}

} // namespace Atrium

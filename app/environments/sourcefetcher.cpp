#include "sourcefetcher.h"

#include "backends/httpoutcome.h"
#include "backends/networkoptions.h"
#include "backends/secretresolver.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

/// The file's bytes, or why they cannot be had.
struct FileRead {
    QByteArray bytes;
    QString error;
};

FileRead readWhole(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { {}, SourceFetcher::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) };
    return { file.readAll(), {} };
}

} // namespace

SourceFetcher::SourceFetcher(const QString& environment, int sourceIndex, const EnvironmentSource& source,
                             QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_sourceIndex(sourceIndex)
    , m_source(source)
    , m_network(network)
{
    m_reading.environment = environment;
    m_reading.sourceIndex = sourceIndex;
    m_reading.type = source.type;
    m_reading.location = source.url.isEmpty() ? QDir::toNativeSeparators(source.path) : source.url;
}

SourceFetcher::~SourceFetcher()
{
    cancel();
}

void SourceFetcher::fetch()
{
    if (m_fetching)
        return;
    m_fetching = true;
    ++m_generation;
    m_pendingDeployments.clear();
    m_pendingProbes.clear();
    if (!m_network) {
        fail(tr("The network is not available"));
        return;
    }
    // A CA bundle that cannot be used fails the read with its reason, rather than every request with a TLS error.
    if (!m_source.caFile.isEmpty()) {
        QString tlsError;
        networkOptions().sslConfiguration(&tlsError);
        if (!tlsError.isEmpty()) {
            fail(tlsError);
            return;
        }
    }
    switch (m_source.type) {
    case EnvironmentSource::Type::ArgoCd:
        withToken([this] { fetchArgo(); });
        break;
    case EnvironmentSource::Type::Kubernetes:
        withToken([this] { fetchKubernetesPage(0, {}); });
        break;
    case EnvironmentSource::Type::TerraformState:
    case EnvironmentSource::Type::StatusEndpoint:
        if (!m_source.path.isEmpty())
            readFile(m_source.path);
        else
            withToken([this] { fetchDocument(); });
        break;
    case EnvironmentSource::Type::Health:
        fetchProbes();
        break;
    }
}

void SourceFetcher::cancel()
{
    ++m_generation;
    m_fetching = false;
    for (const QPointer<QNetworkReply>& reply : std::exchange(m_replies, {})) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_probesRunning = 0;
}

void SourceFetcher::withToken(std::function<void()> then)
{
    if (!m_source.token.isSet() || m_token) {
        then();
        return;
    }
    const quint64 generation = m_generation;
    SecretResolver::resolve(m_source.token, this, [this, generation, then](const SecretResult& result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        m_token = result.value;
        then();
    });
}

NetworkOptions SourceFetcher::networkOptions() const
{
    NetworkOptions options;
    options.caFile = m_source.caFile;
    options.connectTimeoutMs = m_source.timeoutMs;
    options.transferTimeoutMs = m_source.timeoutMs;
    return options;
}

void SourceFetcher::get(const QUrl& url, const BodyHandler& handle)
{
    const NetworkOptions options = networkOptions();
    QNetworkReply* reply = m_network->get(options.request(url, m_token.value_or(QByteArray())));
    options.watch(reply);
    m_replies.append(reply);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, handle] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        if (generation != m_generation)
            return;
        const HttpOutcome outcome = HttpOutcome::fromReply(reply);
        if (!outcome.ok()) {
            fail(outcome.message);
            return;
        }
        handle(outcome.body);
    });
}

template <typename Parsed>
void SourceFetcher::parseOffThread(std::function<Parsed()> parse, std::function<void(Parsed)> use)
{
    // A watcher owned by this fetcher: when the fetcher goes, so does the notification; the worker only holds
    // copies of its inputs.
    auto* watcher = new QFutureWatcher<Parsed>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, use = std::move(use)] {
        watcher->deleteLater();
        if (generation == m_generation)
            use(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(parse)));
}

void SourceFetcher::fetchArgo()
{
    QUrl url(m_source.urlFor(u"/api/v1/applications"_s));
    if (!m_source.project.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"projects"_s, m_source.project);
        url.setQuery(query);
    }
    get(url, [this](const QByteArray& body) {
        parseOffThread<ArgoApplicationList>([body] { return ArgoCdApplications::parse(body); },
                                            [this](ArgoApplicationList list) {
                                                if (!list.error.isEmpty()) {
                                                    fail(list.error);
                                                    return;
                                                }
                                                m_reading.applications = std::move(list.applications);
                                                succeed();
                                            });
    });
}

void SourceFetcher::fetchKubernetesPage(int namespaceIndex, const QString& continueToken)
{
    // No namespaces listed: every namespace the token may see, in one listing.
    const QString path = m_source.namespaces.isEmpty()
        ? u"/apis/apps/v1/deployments"_s
        : u"/apis/apps/v1/namespaces/%1/deployments"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(m_source.namespaces.at(namespaceIndex))));
    QUrl url(m_source.urlFor(path));
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(kubernetesPageSize));
    if (!continueToken.isEmpty())
        query.addQueryItem(u"continue"_s, QString::fromLatin1(QUrl::toPercentEncoding(continueToken)));
    url.setQuery(query);
    get(url, [this, namespaceIndex](const QByteArray& body) {
        parseOffThread<DeploymentList>([body] { return KubernetesDeployments::parseList(body); },
                                       [this, namespaceIndex](DeploymentList page) {
                                           if (!page.error.isEmpty()) {
                                               fail(page.error);
                                               return;
                                           }
                                           m_pendingDeployments.append(page.deployments);
                                           if (!page.continueToken.isEmpty()) {
                                               fetchKubernetesPage(namespaceIndex, page.continueToken);
                                           } else if (namespaceIndex + 1 < m_source.namespaces.size()) {
                                               fetchKubernetesPage(namespaceIndex + 1, {});
                                           } else {
                                               m_reading.deployments = std::exchange(m_pendingDeployments, {});
                                               succeed();
                                           }
                                       });
    });
}

namespace {
SourceFetcher::Document parseDocument(EnvironmentSource::Type type, const QByteArray& body)
{
    SourceFetcher::Document document;
    if (type == EnvironmentSource::Type::TerraformState) {
        TerraformStateFacts facts = TerraformState::parse(body);
        if (facts.health.health == Health::Unknown)
            document.error = facts.health.message;
        else
            document.terraform = std::move(facts);
    } else {
        StatusEndpointFacts facts = StatusEndpoint::parse(body);
        if (!facts.readable)
            document.error = facts.problems.isEmpty() ? SourceFetcher::tr("Not a status document")
                                                      : facts.problems.constFirst().message;
        else
            document.status = std::move(facts);
    }
    return document;
}
} // namespace

void SourceFetcher::adopt(Document document)
{
    if (!document.error.isEmpty()) {
        fail(document.error);
        return;
    }
    m_reading.terraform = std::move(document.terraform);
    m_reading.status = std::move(document.status);
    succeed();
}

void SourceFetcher::readFile(const QString& path)
{
    const EnvironmentSource::Type type = m_source.type;
    parseOffThread<Document>(
        [path, type] {
            const FileRead read = readWhole(path);
            if (!read.error.isEmpty())
                return Document { {}, {}, read.error };
            Document document = parseDocument(type, read.bytes);
            if (!document.error.isEmpty())
                document.error = SourceFetcher::tr("%1: %2").arg(QDir::toNativeSeparators(path), document.error);
            return document;
        },
        [this](Document document) { adopt(std::move(document)); });
}

void SourceFetcher::fetchDocument()
{
    const EnvironmentSource::Type type = m_source.type;
    const QString url = m_source.url;
    get(QUrl(url), [this, type, url](const QByteArray& body) {
        parseOffThread<Document>(
            [type, body, url] {
                Document document = parseDocument(type, body);
                if (!document.error.isEmpty())
                    document.error = SourceFetcher::tr("%1: %2").arg(url, document.error);
                return document;
            },
            [this](Document document) { adopt(std::move(document)); });
    });
}

void SourceFetcher::fetchProbes()
{
    m_nextProbe = 0;
    m_probesRunning = 0;
    if (m_probeTargets.isEmpty()) {
        m_reading.probes.clear();
        succeed();
        return;
    }
    while (m_probesRunning < maxParallelProbes && m_nextProbe < m_probeTargets.size())
        startNextProbe();
}

void SourceFetcher::startNextProbe()
{
    const ProbeTarget target = m_probeTargets.at(m_nextProbe++);
    const NetworkOptions options = networkOptions();
    QNetworkRequest request = options.request(QUrl(target.url));
    request.setRawHeader("Accept", "*/*");
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_network->get(request);
    options.watch(reply);
    m_replies.append(reply);
    ++m_probesRunning;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, target, timer, generation] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        if (generation != m_generation)
            return;
        onProbeFinished(reply, target, timer.elapsed());
    });
}

void SourceFetcher::onProbeFinished(QNetworkReply* reply, const ProbeTarget& target, qint64 latencyMs)
{
    --m_probesRunning;
    HealthProbe probe;
    probe.url = target.url;
    probe.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString networkError = probe.httpStatus == 0 ? HttpOutcome::fromReply(reply).message : QString();
    probe.latencyMs = probe.httpStatus == 0 ? -1 : latencyMs;
    probe.status = HealthProbeVerdict::judge(probe.httpStatus, latencyMs, networkError,
                                             reply->error() == QNetworkReply::HostNotFoundError);
    m_pendingProbes.insert(target.ref, probe);
    if (m_nextProbe < m_probeTargets.size()) {
        startNextProbe();
        return;
    }
    if (m_probesRunning == 0) {
        m_reading.probes = std::exchange(m_pendingProbes, {});
        succeed();
    }
}

void SourceFetcher::fail(const QString& error)
{
    m_fetching = false;
    ++m_generation; // nothing more of this read counts
    m_pendingDeployments.clear();
    m_pendingProbes.clear();
    m_reading.fail(error, QDateTime::currentDateTimeUtc());
    Q_EMIT finished(m_reading);
}

void SourceFetcher::succeed()
{
    m_fetching = false;
    m_reading.succeed(QDateTime::currentDateTimeUtc());
    Q_EMIT finished(m_reading);
}

} // namespace Atrium

#pragma once

#include "environments/dashboard.h"
#include "environments/sourcereading.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Atrium {

struct NetworkOptions;

/// Reads one source of one environment, once per fetch(): Argo CD's applications, a cluster's Deployments (every
/// page of every namespace), a Terraform state or status document from a file or URL, or each component's health
/// URL. Network replies come back on the GUI thread; the bodies are parsed on a worker thread. finished() carries
/// the source's reading: the new facts, or the old ones with the error when the attempt failed.
class SourceFetcher : public QObject {
    Q_OBJECT
public:
    SourceFetcher(const QString& environment, int sourceIndex, const EnvironmentSource& source,
                  QNetworkAccessManager* network, QObject* parent = nullptr);
    ~SourceFetcher() override;

    const EnvironmentSource& source() const { return m_source; }
    const SourceReading& reading() const { return m_reading; }
    bool isFetching() const { return m_fetching; }

    /// The health URLs to probe (health sources only); takes effect at the next fetch.
    void setProbeTargets(const QList<ProbeTarget>& targets) { m_probeTargets = targets; }
    /// How many probes run at once (health sources).
    static constexpr int maxParallelProbes = 8;
    /// The page size asked of the Kubernetes API.
    static constexpr int kubernetesPageSize = 500;

    /// Starts one read; does nothing while one is running.
    void fetch();
    /// Abandons the read in flight: no finished() for it.
    void cancel();
    /// Starts from what an earlier fetcher of the same source knew (the configuration was read again).
    void restore(const SourceReading& reading)
    {
        m_reading = reading;
        m_reading.sourceIndex = m_sourceIndex;
    }

    /// A Terraform state or status document, read (or why not).
    struct Document {
        std::optional<TerraformStateFacts> terraform;
        std::optional<StatusEndpointFacts> status;
        QString error;
    };

Q_SIGNALS:
    void finished(const Atrium::SourceReading& reading);

private:
    using BodyHandler = std::function<void(const QByteArray& body)>;

    /// Timeouts and CA bundle of this source, for each of its requests.
    NetworkOptions networkOptions() const;
    void withToken(std::function<void()> then);
    void get(const QUrl& url, const BodyHandler& handle);
    void readFile(const QString& path);
    void fetchArgo();
    void fetchKubernetesPage(int namespaceIndex, const QString& continueToken);
    void fetchDocument();
    void adopt(Document document);
    void fetchProbes();
    void startNextProbe();
    void onProbeFinished(QNetworkReply* reply, const ProbeTarget& target, qint64 latencyMs);

    template <typename Parsed> void parseOffThread(std::function<Parsed()> parse, std::function<void(Parsed)> use);

    void fail(const QString& error);
    void succeed();

    int m_sourceIndex = 0;
    EnvironmentSource m_source;
    QPointer<QNetworkAccessManager> m_network;
    SourceReading m_reading;
    QList<ProbeTarget> m_probeTargets;

    bool m_fetching = false;
    quint64 m_generation = 0; ///< bumped by every fetch and cancel: late answers of older ones are dropped
    std::optional<QByteArray> m_token;
    QList<QPointer<QNetworkReply>> m_replies;

    // The read in progress.
    QList<DeploymentFacts> m_pendingDeployments;
    QHash<QString, HealthProbe> m_pendingProbes;
    qsizetype m_nextProbe = 0;
    int m_probesRunning = 0;
};

} // namespace Atrium

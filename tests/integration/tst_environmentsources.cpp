// The environment sources live: local HTTP servers in the test serve Argo CD-, Kubernetes-, status- and health-shaped
// answers that change between refreshes; the monitor and the matrix model (QAbstractItemModelTester attached) follow,
// show errors without blanking the rest, and recover.

#include "../scriptedhttpserver.h"
#include "../unit/indexfixture.h"
#include "environments/environmentmatrixmodel.h"
#include "environments/environmentmonitor.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Atrium;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject argoApplication(const QString& name, const QString& health, const QString& image)
{
    return {
        { u"metadata"_s, QJsonObject { { u"name"_s, name }, { u"namespace"_s, u"argocd"_s } } },
        { u"spec"_s, QJsonObject { { u"project"_s, u"default"_s } } },
        { u"status"_s,
          QJsonObject {
              { u"health"_s, QJsonObject { { u"status"_s, health } } },
              { u"sync"_s, QJsonObject { { u"status"_s, u"Synced"_s }, { u"revision"_s, u"0123456789abcdef"_s } } },
              { u"summary"_s, QJsonObject { { u"images"_s, QJsonArray { image } } } },
              { u"operationState"_s, QJsonObject { { u"finishedAt"_s, u"2026-11-25T10:00:00Z"_s } } } } }
    };
}

QJsonObject deployment(const QString& name, const QString& id, int desired, int ready, const QString& image)
{
    return { { u"metadata"_s,
               QJsonObject { { u"name"_s, name },
                             { u"namespace"_s, u"shop"_s },
                             { u"generation"_s, 1 },
                             { u"labels"_s, QJsonObject { { u"backstage.io/kubernetes-id"_s, id } } } } },
             { u"spec"_s,
               QJsonObject {
                   { u"replicas"_s, desired },
                   { u"template"_s,
                     QJsonObject { { u"spec"_s,
                                     QJsonObject { { u"containers"_s,
                                                     QJsonArray { QJsonObject { { u"name"_s, u"app"_s },
                                                                                { u"image"_s, image } } } } } } } } } },
             { u"status"_s,
               QJsonObject { { u"observedGeneration"_s, 1 },
                             { u"replicas"_s, desired },
                             { u"updatedReplicas"_s, desired },
                             { u"readyReplicas"_s, ready },
                             { u"availableReplicas"_s, ready },
                             { u"conditions"_s,
                               QJsonArray { QJsonObject { { u"type"_s, u"Available"_s }, { u"status"_s, u"True"_s } },
                                            QJsonObject { { u"type"_s, u"Progressing"_s },
                                                          { u"status"_s, u"True"_s },
                                                          { u"reason"_s, u"NewReplicaSetAvailable"_s } } } } } } };
}

QJsonObject component(const QString& name, const QJsonObject& annotations)
{
    return { { u"kind"_s, u"Component"_s },
             { u"metadata"_s, QJsonObject { { u"name"_s, name }, { u"annotations"_s, annotations } } },
             { u"spec"_s,
               QJsonObject {
                   { u"type"_s, u"service"_s }, { u"owner"_s, u"team"_s }, { u"lifecycle"_s, u"production"_s } } } };
}

} // namespace

class TestEnvironmentSources : public QObject {
    Q_OBJECT
private:
    ScriptedServer m_argo;
    ScriptedServer m_kubernetes;
    ScriptedServer m_web; // status document and health URLs
    QString m_argoHealth = u"Healthy"_s;
    QString m_paymentsImage = u"reg/payments:1.5.0"_s;
    int m_argoStatus = 200;
    int m_checkoutStatus = 200;
    QString m_continueSeen;

    EnvironmentsConfig config() const
    {
        const auto source = [](EnvironmentSource::Type type, const QString& url) {
            EnvironmentSource s;
            s.type = type;
            s.url = url;
            s.timeoutMs = 3000;
            s.refreshSeconds = 60;
            return s;
        };
        EnvironmentSource argo = source(EnvironmentSource::Type::ArgoCd, m_argo.url(QString()).toString());
        argo.project = u"shop"_s;
        argo.token.environmentVariable = u"ATRIUM_TEST_ARGO_TOKEN"_s;
        EnvironmentSource kubernetes
            = source(EnvironmentSource::Type::Kubernetes, m_kubernetes.url(QString()).toString());
        kubernetes.namespaces = { u"shop"_s };
        EnvironmentsConfig config;
        config.environments.append(
            { u"staging"_s, u"Staging"_s, { argo, kubernetes, source(EnvironmentSource::Type::Health, {}) }, {} });
        config.environments.append(
            { u"prod"_s,
              u"Production"_s,
              { source(EnvironmentSource::Type::StatusEndpoint, m_web.url(u"/status/prod.json"_s).toString()) },
              {} });
        return config;
    }

    CatalogSnapshotPtr catalog() const
    {
        const QJsonArray entities {
            component(u"payments"_s, { { u"argocd/app-name"_s, u"payments"_s } }),
            component(u"ledger"_s, { { u"backstage.io/kubernetes-id"_s, u"ledger"_s } }),
            component(u"checkout"_s,
                      // Written by hand: QUrl would percent-encode the braces of {environment}.
                      { { u"atrium.dev/health-url"_s,
                          u"http://127.0.0.1:%1/{environment}/checkout/healthz"_s.arg(m_web.port()) } }),
        };
        return IndexFixture::snapshotFrom(QJsonObject { { u"entities"_s, entities } });
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ATRIUM_TEST_ARGO_TOKEN", "argo-secret");
        m_argo.route = [this](const ScriptedServer::Request& request) {
            if (!request.path.startsWith("/api/v1/applications"))
                return ScriptedServer::Answer { ScriptedServer::Action::Respond, 404, "{}" };
            if (m_argoStatus != 200)
                return ScriptedServer::Answer {
                    ScriptedServer::Action::Respond, m_argoStatus,
                    R"({"error":"argocd-server is restarting","code":14,"message":"argocd-server is restarting"})"
                };
            const QJsonObject list { { u"items"_s,
                                       QJsonArray { argoApplication(u"payments"_s, m_argoHealth, m_paymentsImage) } } };
            return ScriptedServer::Answer { ScriptedServer::Action::Respond, 200, json(list) };
        };
        m_kubernetes.route = [this](const ScriptedServer::Request& request) {
            const QUrl url(QString::fromLatin1(request.path));
            const QUrlQuery query(url);
            if (url.path() != u"/apis/apps/v1/namespaces/shop/deployments"_s)
                return ScriptedServer::Answer { ScriptedServer::Action::Respond, 404, "{}" };
            // Two pages: the continue token has characters a query must encode.
            if (!query.hasQueryItem(u"continue"_s)) {
                const QJsonObject page {
                    { u"kind"_s, u"DeploymentList"_s },
                    { u"metadata"_s, QJsonObject { { u"continue"_s, u"eyJ2IjoxfQ+/="_s } } },
                    { u"items"_s, QJsonArray { deployment(u"ledger-a"_s, u"ledger"_s, 2, 2, u"reg/ledger:2.0.0"_s) } }
                };
                return ScriptedServer::Answer { ScriptedServer::Action::Respond, 200, json(page) };
            }
            m_continueSeen = query.queryItemValue(u"continue"_s, QUrl::FullyDecoded);
            const QJsonObject page {
                { u"kind"_s, u"DeploymentList"_s },
                { u"metadata"_s, QJsonObject {} },
                { u"items"_s, QJsonArray { deployment(u"ledger-b"_s, u"ledger"_s, 2, 1, u"reg/ledger:2.0.0"_s) } }
            };
            return ScriptedServer::Answer { ScriptedServer::Action::Respond, 200, json(page) };
        };
        m_web.route = [this](const ScriptedServer::Request& request) {
            if (request.path == "/status/prod.json") {
                const QJsonObject document { { u"format"_s, u"atrium-status"_s },
                                             { u"version"_s, 1 },
                                             { u"services"_s,
                                               QJsonArray { QJsonObject { { u"name"_s, u"payments"_s },
                                                                          { u"version"_s, u"1.4.2"_s },
                                                                          { u"health"_s, u"healthy"_s } } } } };
                return ScriptedServer::Answer { ScriptedServer::Action::Respond, 200, json(document) };
            }
            if (request.path == "/staging/checkout/healthz")
                return ScriptedServer::Answer { ScriptedServer::Action::Respond, m_checkoutStatus, "ok" };
            return ScriptedServer::Answer { ScriptedServer::Action::Respond, 404, "{}" };
        };
        QVERIFY(m_argo.listen());
        QVERIFY(m_kubernetes.listen());
        QVERIFY(m_web.listen());
    }

    void retryDelaysBackOff()
    {
        QCOMPARE(EnvironmentMonitor::retryDelay(60, 1), std::chrono::milliseconds(60s));
        QCOMPARE(EnvironmentMonitor::retryDelay(60, 2), std::chrono::milliseconds(120s));
        QCOMPARE(EnvironmentMonitor::retryDelay(60, 3), std::chrono::milliseconds(240s));
        QCOMPARE(EnvironmentMonitor::retryDelay(60, 12), std::chrono::milliseconds(15min));
        QCOMPARE(EnvironmentMonitor::retryDelay(1800, 4), std::chrono::milliseconds(1800s));
    }

    void followsChangesErrorsAndRecovery()
    {
        EnvironmentMonitor monitor;
        EnvironmentMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&monitor, &EnvironmentMonitor::dashboardChanged, &model, &EnvironmentMatrixModel::setDashboard);
        QList<StatusChange> changes;
        connect(&monitor, &EnvironmentMonitor::statusChanged, this,
                [&changes](const QList<StatusChange>& more) { changes += more; });
        monitor.setCatalog(catalog());
        monitor.setConfig(config());
        monitor.start();

        const auto cell = [&model](const QString& name, int column) -> EnvironmentCell {
            const EnvironmentCell* found = model.cellAt(model.indexOf(u"component:default/"_s + name, column));
            if (found)
                return *found;
            EnvironmentCell none;
            none.message = u"(no cell)"_s;
            return none;
        };
        const auto settled = [&monitor] { return monitor.isSettled(); };
        QTRY_VERIFY_WITH_TIMEOUT(settled() && model.rowCount() == 3 && cell(u"checkout"_s, 1).source == u"health"_s
                                     && cell(u"payments"_s, 1).version == u"1.5.0"_s,
                                 15000);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(cell(u"payments"_s, 1).health, Health::Healthy);
        QCOMPARE(cell(u"payments"_s, 2).version, u"1.4.2"_s);
        QCOMPARE(model.indexOf(u"component:default/payments"_s, 2).data(EnvironmentMatrixModel::DriftRole).toString(),
                 u"prod runs 1.4.2, staging 1.5.0"_s);
        // Both pages of Deployments: replicas add up.
        QCOMPARE(cell(u"ledger"_s, 1).readyReplicas, 3);
        QCOMPARE(cell(u"ledger"_s, 1).health, Health::Progressing); // one Deployment not yet available: the worse wins
        QCOMPARE(cell(u"ledger"_s, 1).desiredReplicas, 4);
        QCOMPARE(m_continueSeen, u"eyJ2IjoxfQ+/="_s);
        QVERIFY2(cell(u"checkout"_s, 1).message.startsWith(u"HTTP 200 in "_s),
                 qPrintable(cell(u"checkout"_s, 1).message));
        QCOMPARE(cell(u"checkout"_s, 1).health, Health::Healthy);
        // The token goes as a Bearer token, and only to Argo CD; the project is asked for.
        QCOMPARE(m_argo.requests.last().headers.value("authorization"), QByteArray("Bearer argo-secret"));
        QVERIFY(m_argo.requests.last().path.contains("projects=shop"));
        QVERIFY(!m_web.requests.last().headers.contains("authorization"));

        // The world changes: a degraded application with a new image, a failing health URL.
        m_argoHealth = u"Degraded"_s;
        m_paymentsImage = u"reg/payments:1.6.0"_s;
        m_checkoutStatus = 503;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        monitor.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(settled() && cell(u"payments"_s, 1).health == Health::Degraded
                                     && cell(u"checkout"_s, 1).health == Health::Degraded,
                                 15000);
        QCOMPARE(cell(u"payments"_s, 1).version, u"1.6.0"_s);
        QCOMPARE(resets.size(), 0); // the same rows: updated in place
        QVERIFY(std::any_of(changes.cbegin(), changes.cend(), [](const StatusChange& c) {
            return c.entity == u"component:default/payments"_s && c.turnedBad() && c.previousVersion == u"1.5.0"_s;
        }));

        // Argo CD fails: its error shows on the card, the facts stay (not yet stale), the rest is untouched.
        m_argoStatus = 503;
        monitor.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            settled() && model.dashboard()->environments.first().sources.first().error.contains(u"503"_s), 15000);
        QVERIFY2(
            model.dashboard()->environments.first().sources.first().error.contains(u"argocd-server is restarting"_s),
            qPrintable(model.dashboard()->environments.first().sources.first().error));
        QCOMPARE(cell(u"payments"_s, 1).version, u"1.6.0"_s);
        QVERIFY(cell(u"payments"_s, 1).message.contains(u"last refresh failed"_s));
        QVERIFY(!cell(u"payments"_s, 1).stale);
        QCOMPARE(cell(u"ledger"_s, 1).health, Health::Progressing);
        QVERIFY(model.dashboard()->anySourceFailed());

        // It comes back.
        m_argoStatus = 200;
        m_argoHealth = u"Healthy"_s;
        monitor.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(settled() && !model.dashboard()->anySourceFailed()
                                     && cell(u"payments"_s, 1).health == Health::Healthy,
                                 15000);
        QVERIFY(!cell(u"payments"_s, 1).message.contains(u"failed"_s));
    }

    void aSourceThatNeverAnswersGivesUnknownCells()
    {
        ScriptedServer closed;
        QVERIFY(closed.listen());
        const QUrl url = closed.url(QString());
        closed.close(); // nothing listens there any more: connection refused
        EnvironmentsConfig broken;
        EnvironmentSource kubernetes;
        kubernetes.type = EnvironmentSource::Type::Kubernetes;
        kubernetes.url = url.toString();
        kubernetes.namespaces = { u"shop"_s };
        kubernetes.timeoutMs = 2000;
        broken.environments.append({ u"dev"_s, u"dev"_s, { kubernetes }, {} });
        EnvironmentMonitor monitor;
        monitor.setCatalog(catalog());
        monitor.setConfig(broken);
        QSignalSpy finished(&monitor, &EnvironmentMonitor::sourceFinished);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && monitor.dashboard() && monitor.dashboard()->anySourceFailed(),
                                 15000);
        const DashboardPtr dashboard = monitor.dashboard();
        const DashboardRow& ledger = dashboard->rows.at(dashboard->rowOf(u"component:default/ledger"_s));
        QCOMPARE(ledger.cells.value(u"dev"_s).health, Health::Unknown);
        QVERIFY2(ledger.cells.value(u"dev"_s).message.contains(url.host()),
                 qPrintable(ledger.cells.value(u"dev"_s).message));
        QCOMPARE(monitor.readings().first().failures, 1);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentSources)
#include "tst_environmentsources.moc"

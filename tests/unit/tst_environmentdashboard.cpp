// DashboardBuilder (cells from each source, unknown and stale cells, rows) and the matrix model over it.

#include "environments/dashboard.h"
#include "environments/environmentmatrixmodel.h"
#include "indexfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

QJsonObject component(const QString& name, const QJsonObject& annotations, const QString& owner = u"team-a"_s)
{
    return QJsonObject { { u"kind"_s, u"Component"_s },
                         { u"metadata"_s, QJsonObject { { u"name"_s, name }, { u"annotations"_s, annotations } } },
                         { u"spec"_s,
                           QJsonObject { { u"type"_s, u"service"_s },
                                         { u"lifecycle"_s, u"production"_s },
                                         { u"owner"_s, owner },
                                         { u"system"_s, u"shop"_s } } } };
}

CatalogSnapshotPtr catalog()
{
    const QJsonArray entities {
        component(u"payments"_s, { { u"argocd/app-name"_s, u"payments-{environment}"_s } }),
        component(u"ledger"_s, { { u"backstage.io/kubernetes-id"_s, u"ledger"_s } }, u"team-b"_s),
        component(u"checkout"_s,
                  { { u"atrium.dev/health-url"_s, u"https://checkout.{environment}.example/healthz"_s } }),
        component(u"quiet"_s, {}), // names no target: no row unless a status endpoint reports it
        QJsonObject { { u"kind"_s, u"Group"_s }, { u"metadata"_s, QJsonObject { { u"name"_s, u"team-a"_s } } } },
    };
    return IndexFixture::snapshotFrom(QJsonObject { { u"entities"_s, entities } });
}

EnvironmentSource source(EnvironmentSource::Type type, const QString& url = u"https://example"_s)
{
    EnvironmentSource s;
    s.type = type;
    s.url = url;
    s.refreshSeconds = 60;
    return s;
}

EnvironmentsConfig config()
{
    EnvironmentsConfig config;
    config.environments.append({ u"staging"_s,
                                 u"Staging"_s,
                                 { source(EnvironmentSource::Type::ArgoCd), source(EnvironmentSource::Type::Kubernetes),
                                   source(EnvironmentSource::Type::Health) },
                                 {} });
    config.environments.append(
        { u"prod"_s,
          u"Production"_s,
          { source(EnvironmentSource::Type::ArgoCd), source(EnvironmentSource::Type::StatusEndpoint) },
          {} });
    return config;
}

ArgoApplicationFacts argoApp(const QString& name, Health health, const QString& image)
{
    ArgoApplicationFacts app;
    app.name = name;
    app.health = { health, {} };
    app.syncStatus = u"Synced"_s;
    app.images = { image };
    app.lastDeployed = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    return app;
}

const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

SourceReading reading(const QString& environment, int index, EnvironmentSource::Type type, bool answered = true)
{
    SourceReading r;
    r.environment = environment;
    r.sourceIndex = index;
    r.type = type;
    if (answered)
        r.succeed(now.addSecs(-10));
    return r;
}

QList<SourceReading> readings()
{
    SourceReading stagingArgo = reading(u"staging"_s, 0, EnvironmentSource::Type::ArgoCd);
    stagingArgo.applications = { argoApp(u"payments-staging"_s, Health::Healthy, u"reg/payments:1.5.0"_s),
                                 argoApp(u"payments-prod"_s, Health::Degraded, u"reg/payments:9.9.9"_s) };
    SourceReading stagingKube = reading(u"staging"_s, 1, EnvironmentSource::Type::Kubernetes);
    DeploymentFacts ledger;
    ledger.name = u"ledger"_s;
    ledger.namespaceName = u"money"_s;
    ledger.labels = { { u"backstage.io/kubernetes-id"_s, u"ledger"_s } };
    ledger.desiredReplicas = 3;
    ledger.readyReplicas = 2;
    ledger.images = { u"reg/ledger:2.0.0"_s };
    ledger.health = { Health::Progressing, u"Waiting for rollout to finish"_s };
    stagingKube.deployments = { ledger };
    SourceReading stagingHealth = reading(u"staging"_s, 2, EnvironmentSource::Type::Health);
    stagingHealth.probes.insert(
        u"component:default/checkout"_s,
        { u"https://checkout.staging.example/healthz"_s, 503, 12, { Health::Degraded, u"HTTP 503 in 12 ms"_s } });
    SourceReading prodArgo = reading(u"prod"_s, 0, EnvironmentSource::Type::ArgoCd);
    prodArgo.applications = { argoApp(u"payments-prod"_s, Health::Healthy, u"reg/payments:1.4.2"_s) };
    SourceReading prodStatus = reading(u"prod"_s, 1, EnvironmentSource::Type::StatusEndpoint);
    StatusEndpointFacts status;
    status.readable = true;
    StatusEndpointService ledgerProd;
    ledgerProd.entity = u"component:default/ledger"_s;
    ledgerProd.version = u"1.9.0"_s;
    ledgerProd.health = Health::Healthy;
    ledgerProd.readyReplicas = 4;
    ledgerProd.desiredReplicas = 4;
    StatusEndpointService stranger;
    stranger.entity = u"component:default/batch-jobs"_s;
    stranger.health = Health::Suspended;
    status.services = { ledgerProd, stranger };
    status.problems.append({ StatusEndpointProblem::Severity::Error, u"services[2].health"_s,
                             u"services[2].health: \"sick\" is not a health word"_s });
    prodStatus.status = status;
    return { stagingArgo, stagingKube, stagingHealth, prodArgo, prodStatus };
}

} // namespace

class TestEnvironmentDashboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cellsComeFromEachSource()
    {
        const CatalogSnapshotPtr snapshot = catalog();
        const Dashboard dashboard = DashboardBuilder::build(snapshot.get(), config(), readings(), now);
        QCOMPARE(dashboard.environmentNames(), (QStringList { u"staging"_s, u"prod"_s }));
        QStringList refs;
        for (const DashboardRow& row : dashboard.rows)
            refs.append(row.ref);
        // By name; "quiet" names no target; batch-jobs comes from the status endpoint only.
        QCOMPARE(refs,
                 (QStringList { u"component:default/batch-jobs"_s, u"component:default/checkout"_s,
                                u"component:default/ledger"_s, u"component:default/payments"_s }));

        const DashboardRow& payments = dashboard.rows.at(dashboard.rowOf(u"component:default/payments"_s));
        QCOMPARE(payments.owner, u"team-a"_s);
        QCOMPARE(payments.system, u"shop"_s);
        // {environment} picks each environment's own application, not the other one the instance also has.
        QCOMPARE(payments.cells.value(u"staging"_s).version, u"1.5.0"_s);
        QCOMPARE(payments.cells.value(u"staging"_s).health, Health::Healthy);
        QCOMPARE(payments.cells.value(u"staging"_s).links,
                 QStringList { u"https://example/applications/payments-staging"_s });
        QCOMPARE(payments.cells.value(u"prod"_s).version, u"1.4.2"_s);
        QCOMPARE(payments.drift.size(), 1);
        QCOMPARE(payments.drift.first().describe(), u"prod runs 1.4.2, staging 1.5.0"_s);

        const DashboardRow& ledger = dashboard.rows.at(dashboard.rowOf(u"component:default/ledger"_s));
        QCOMPARE(ledger.owner, u"team-b"_s);
        const EnvironmentCell stagingLedger = ledger.cells.value(u"staging"_s);
        QCOMPARE(stagingLedger.health, Health::Progressing);
        QCOMPARE(stagingLedger.readyReplicas, 2);
        QCOMPARE(stagingLedger.desiredReplicas, 3);
        QCOMPARE(stagingLedger.source, u"kubernetes"_s);
        QCOMPARE(stagingLedger.links,
                 QStringList { u"https://example/apis/apps/v1/namespaces/money/deployments/ledger"_s });
        QCOMPARE(ledger.cells.value(u"prod"_s).version, u"1.9.0"_s);
        QCOMPARE(ledger.cells.value(u"prod"_s).source, u"status-endpoint"_s);

        const DashboardRow& checkout = dashboard.rows.at(dashboard.rowOf(u"component:default/checkout"_s));
        QCOMPARE(checkout.cells.value(u"staging"_s).health, Health::Degraded);
        QCOMPARE(checkout.cells.value(u"staging"_s).message, u"HTTP 503 in 12 ms"_s);
        QVERIFY(!checkout.cells.contains(u"prod"_s)); // prod has no health source

        const DashboardRow& stranger = dashboard.rows.at(dashboard.rowOf(u"component:default/batch-jobs"_s));
        QVERIFY(!stranger.inCatalog);
        QCOMPARE(stranger.name, u"batch-jobs"_s);
        QCOMPARE(stranger.cells.value(u"prod"_s).health, Health::Suspended);

        // The cards count cells per health word.
        const EnvironmentSummary& staging = dashboard.environments.first();
        QCOMPARE(staging.title, u"Staging"_s);
        QCOMPARE(staging.count(Health::Healthy), 1);
        QCOMPARE(staging.count(Health::Progressing), 1);
        QCOMPARE(staging.count(Health::Degraded), 1);
        QCOMPARE(staging.sources.size(), 3);
        QCOMPARE(staging.sources.first().objects, 2);
        QVERIFY(!staging.sources.first().stale);
        QVERIFY(!dashboard.anySourceFailed());
        // An entry the status endpoint's document had wrong is said on the card.
        QCOMPARE(dashboard.environments.at(1).sources.at(1).warnings,
                 QStringList { u"services[2].health: \"sick\" is not a health word"_s });
    }

    void aComponentWithoutItsObjectIsMissing()
    {
        QList<SourceReading> list = readings();
        list[3].applications.clear(); // prod's Argo CD no longer has payments-prod
        const Dashboard dashboard = DashboardBuilder::build(catalog().get(), config(), list, now);
        const EnvironmentCell cell
            = dashboard.rows.at(dashboard.rowOf(u"component:default/payments"_s)).cells.value(u"prod"_s);
        QCOMPARE(cell.health, Health::Missing);
        QCOMPARE(cell.message, u"No Argo CD application named payments-prod"_s);
    }

    void aSourceThatNeverAnsweredGivesUnknownCells()
    {
        QList<SourceReading> list = readings();
        list[1] = reading(u"staging"_s, 1, EnvironmentSource::Type::Kubernetes, false);
        list[1].fail(u"http://127.0.0.1:1/apis/apps/v1/deployments: connection refused"_s, now);
        const Dashboard dashboard = DashboardBuilder::build(catalog().get(), config(), list, now);
        const EnvironmentCell cell
            = dashboard.rows.at(dashboard.rowOf(u"component:default/ledger"_s)).cells.value(u"staging"_s);
        QCOMPARE(cell.health, Health::Unknown);
        QCOMPARE(cell.message, list[1].error);
        QVERIFY(dashboard.anySourceFailed());
        QCOMPARE(dashboard.environments.first().sources.at(1).error, list[1].error);
        // The other sources are not blanked.
        QCOMPARE(dashboard.rows.at(dashboard.rowOf(u"component:default/payments"_s)).cells.value(u"staging"_s).health,
                 Health::Healthy);
    }

    void aFailureAfterAnAnswerKeepsTheFactsUntilTheyAreStale()
    {
        QList<SourceReading> list = readings();
        list[0].fail(u"HTTP 503"_s, now);
        Dashboard dashboard = DashboardBuilder::build(catalog().get(), config(), list, now);
        EnvironmentCell cell
            = dashboard.rows.at(dashboard.rowOf(u"component:default/payments"_s)).cells.value(u"staging"_s);
        QCOMPARE(cell.version, u"1.5.0"_s);
        QCOMPARE(cell.health, Health::Healthy);
        QVERIFY(!cell.stale);
        QCOMPARE(cell.message, u"sync: Synced; last refresh failed: HTTP 503"_s);

        // Two intervals later (60 s each) the data is not current any more.
        dashboard = DashboardBuilder::build(catalog().get(), config(), list, now.addSecs(121));
        cell = dashboard.rows.at(dashboard.rowOf(u"component:default/payments"_s)).cells.value(u"staging"_s);
        QVERIFY(cell.stale);
        QVERIFY(dashboard.environments.first().sources.first().stale);
    }

    void sourcesNotAskedYetGiveNoCells()
    {
        QList<SourceReading> list = readings();
        list[3] = reading(u"prod"_s, 0, EnvironmentSource::Type::ArgoCd, false); // prod's Argo CD: not asked yet
        list[2].probes.clear(); // the health source read before its targets were known
        const Dashboard dashboard = DashboardBuilder::build(catalog().get(), config(), list, now);
        QVERIFY(!dashboard.rows.at(dashboard.rowOf(u"component:default/payments"_s)).cells.contains(u"prod"_s));
        const EnvironmentCell checkout
            = dashboard.rows.at(dashboard.rowOf(u"component:default/checkout"_s)).cells.value(u"staging"_s);
        QCOMPARE(checkout.health, Health::Unknown);
        QVERIFY(checkout.stale); // not current: kept out of the history
        QVERIFY(checkout.message.startsWith(u"Not probed yet"_s));
    }

    void noCatalogStillShowsWhatStatusEndpointsSay()
    {
        const Dashboard dashboard = DashboardBuilder::build(nullptr, config(), readings(), now);
        QCOMPARE(dashboard.rows.size(), 2);
        QVERIFY(!dashboard.rows.first().inCatalog);
    }

    void probeTargetsFollowTheEnvironment()
    {
        const QList<ProbeTarget> targets
            = DashboardBuilder::probeTargets(DashboardBuilder::components(*catalog()), u"prod"_s);
        QCOMPARE(
            targets,
            (QList<ProbeTarget> { { u"component:default/checkout"_s, u"https://checkout.prod.example/healthz"_s } }));
    }

    void probeVerdicts_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("networkError");
        QTest::addColumn<bool>("hostNotFound");
        QTest::addColumn<Health>("health");
        QTest::newRow("200") << 200 << QString() << false << Health::Healthy;
        QTest::newRow("302") << 302 << QString() << false << Health::Healthy;
        QTest::newRow("404") << 404 << QString() << false << Health::Degraded;
        QTest::newRow("503") << 503 << QString() << false << Health::Degraded;
        QTest::newRow("refused") << 0 << u"connection refused"_s << false << Health::Degraded;
        QTest::newRow("no such host") << 0 << u"host not found"_s << true << Health::Missing;
    }

    void probeVerdicts()
    {
        QFETCH(int, status);
        QFETCH(QString, networkError);
        QFETCH(bool, hostNotFound);
        QFETCH(Health, health);
        const HealthStatus verdict = HealthProbeVerdict::judge(status, 42, networkError, hostNotFound);
        QCOMPARE(verdict.health, health);
        if (status)
            QCOMPARE(verdict.message, u"HTTP %1 in 42 ms"_s.arg(status));
        else
            QVERIFY(verdict.message.contains(networkError));
    }

    void modelUpdatesInPlaceAndFilters()
    {
        EnvironmentMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EnvironmentFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const CatalogSnapshotPtr snapshot = catalog();
        model.setDashboard(
            std::make_shared<const Dashboard>(DashboardBuilder::build(snapshot.get(), config(), readings(), now)));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Staging"_s);
        const QModelIndex payments = model.indexOf(u"component:default/payments"_s, 1);
        QCOMPARE(payments.data().toString(), u"1.5.0"_s);
        QCOMPARE(payments.data(EnvironmentMatrixModel::HealthRole).toInt(), int(Health::Healthy));
        QCOMPARE(model.indexOf(u"component:default/payments"_s, 2).data(EnvironmentMatrixModel::DriftRole).toString(),
                 u"prod runs 1.4.2, staging 1.5.0"_s);
        QCOMPARE(model.indexOf(u"component:default/ledger"_s, 1).data(EnvironmentMatrixModel::ReplicasRole).toString(),
                 u"2/3"_s);
        QVERIFY(!model.indexOf(u"component:default/checkout"_s, 2).data(EnvironmentMatrixModel::HasCellRole).toBool());

        // The same rows with a changed cell: dataChanged, no reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QList<SourceReading> list = readings();
        list[0].applications[0].health = { Health::Degraded, u"Back-off restarting failed container"_s };
        model.setDashboard(
            std::make_shared<const Dashboard>(DashboardBuilder::build(snapshot.get(), config(), list, now)));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), payments.row());
        QCOMPARE(payments.data(EnvironmentMatrixModel::HealthRole).toInt(), int(Health::Degraded));

        // A row more: a reset.
        list[4].status->services.append(
            StatusEndpointService { u"component:default/another"_s, u"1"_s, Health::Healthy, {}, {}, {}, {}, {} });
        model.setDashboard(
            std::make_shared<const Dashboard>(DashboardBuilder::build(snapshot.get(), config(), list, now)));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 5);

        proxy.setOwner(u"team-b"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"ledger"_s);
        proxy.setOwner({});
        proxy.setText(u"PAY"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText({});
        proxy.setOnlyDrift(true);
        QCOMPARE(proxy.rowCount(), 2); // payments and ledger (2.0.0 → 1.9.0)
        proxy.setOnlyDrift(false);
        proxy.setOnlyUnhealthy(true);
        QCOMPARE(proxy.rowCount(), 4); // payments (degraded), ledger (progressing), checkout, batch-jobs (suspended)
        proxy.setOnlyUnhealthy(false);
        QCOMPARE(proxy.rowCount(), 5);
    }

    void ages()
    {
        QCOMPARE(EnvironmentMatrixModel::ageText(now.addSecs(-30), now), u"just now"_s);
        QCOMPARE(EnvironmentMatrixModel::ageText(now.addSecs(-300), now), u"5 min ago"_s);
        QCOMPARE(EnvironmentMatrixModel::ageText(now.addSecs(-3 * 3600), now), u"3 h ago"_s);
        QCOMPARE(EnvironmentMatrixModel::ageText(now.addDays(-9), now), u"9 d ago"_s);
        QCOMPARE(EnvironmentMatrixModel::ageText({}, now), QString());
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentDashboard)
#include "tst_environmentdashboard.moc"

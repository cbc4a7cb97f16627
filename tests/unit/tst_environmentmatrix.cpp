// The pure core of the environment dashboard's matrix: versions from image references, cells from Kubernetes and
// Argo CD facts, several sources combined, staleness, drift between environments and the promotion summary.

#include "environments/argocdapplications.h"
#include "environments/environmentmatrix.h"
#include "environments/kubernetesdeployments.h"

#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {
EnvironmentCell cell(const QString& version, Health health = Health::Healthy)
{
    EnvironmentCell result;
    result.version = version;
    result.health = health;
    return result;
}

ComponentCells cells(const QStringList& environmentsAndVersions)
{
    ComponentCells result;
    for (qsizetype i = 0; i + 1 < environmentsAndVersions.size(); i += 2)
        result.insert(environmentsAndVersions.at(i), cell(environmentsAndVersions.at(i + 1)));
    return result;
}

const QStringList Environments { u"dev"_s, u"staging"_s, u"prod"_s };
} // namespace

class TestEnvironmentMatrix : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void imageVersion_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("version");
        QTest::newRow("tag") << u"ghcr.io/acme/payments:1.4.2"_s << u"1.4.2"_s;
        QTest::newRow("docker hub short name") << u"nginx:1.25"_s << u"1.25"_s;
        QTest::newRow("no tag") << u"nginx"_s << u"latest"_s;
        QTest::newRow("registry port and tag") << u"localhost:5000/app:1.2"_s << u"1.2"_s;
        QTest::newRow("registry port, no tag") << u"localhost:5000/app"_s << u"latest"_s;
        QTest::newRow("digest") << u"ghcr.io/acme/app@sha256:0123456789abcdef0123456789abcdef"_s << u"sha256:0123456"_s;
        QTest::newRow("registry port and digest")
            << u"localhost:5000/app@sha256:abcdef0123456789"_s << u"sha256:abcdef0"_s;
        QTest::newRow("tag and digest") << u"ghcr.io/acme/app:2.0.1@sha256:abcdef0123456789"_s << u"2.0.1"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void imageVersion()
    {
        QFETCH(QString, image);
        QFETCH(QString, version);
        QCOMPARE(EnvironmentMatrix::imageVersion(image), version);
    }

    void fromDeployment()
    {
        DeploymentFacts facts;
        facts.images = { u"localhost:5000/payments:1.4.2"_s, u"envoy:1.30"_s };
        facts.readyReplicas = 2;
        facts.desiredReplicas = 3;
        facts.health = { Health::Progressing, u"Waiting for rollout to finish"_s };
        const EnvironmentCell cell = EnvironmentMatrix::fromDeployment(facts);
        QCOMPARE(cell.version, u"1.4.2"_s);
        QCOMPARE(cell.readyReplicas, 2);
        QCOMPARE(cell.desiredReplicas, 3);
        QCOMPARE(cell.health, Health::Progressing);
        QCOMPARE(cell.message, u"Waiting for rollout to finish"_s);
        QCOMPARE(cell.source, u"kubernetes"_s);
        QVERIFY(!cell.deployedAt.isValid());
    }

    void fromArgoApplication_data()
    {
        QTest::addColumn<QStringList>("images");
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("version");
        QTest::newRow("first image") << QStringList { u"ghcr.io/acme/payments:1.5.0"_s, u"redis:7"_s }
                                     << u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"_s << u"1.5.0"_s;
        QTest::newRow("revision when no image")
            << QStringList() << u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"_s << u"9f86d08"_s;
        QTest::newRow("short revision") << QStringList() << u"v1.2"_s << u"v1.2"_s;
        QTest::newRow("neither") << QStringList() << QString() << QString();
    }
    void fromArgoApplication()
    {
        QFETCH(QStringList, images);
        QFETCH(QString, revision);
        QFETCH(QString, version);
        ArgoApplicationFacts facts;
        facts.images = images;
        facts.revision = revision;
        facts.syncStatus = u"OutOfSync"_s;
        facts.health = { Health::Degraded, u"Deployment has timed out progressing"_s };
        facts.lastDeployed = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
        facts.conditions = { { u"SyncError"_s, u"one or more objects failed to apply"_s } };
        const EnvironmentCell cell = EnvironmentMatrix::fromArgoApplication(facts);
        QCOMPARE(cell.version, version);
        QCOMPARE(cell.health, Health::Degraded);
        QCOMPARE(cell.deployedAt, facts.lastDeployed);
        QVERIFY(cell.message.contains(u"OutOfSync"_s));
        QVERIFY(cell.message.contains(u"Deployment has timed out progressing"_s));
        QVERIFY(cell.message.endsWith(u"SyncError: one or more objects failed to apply"_s));
        QCOMPARE(cell.readyReplicas, -1);
        QCOMPARE(cell.source, u"argocd"_s);
    }

    void combine()
    {
        EnvironmentCell argo = cell(u"1.5.0"_s, Health::Healthy);
        argo.source = u"argocd"_s;
        argo.deployedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
        EnvironmentCell kubernetes = cell(u"1.4.2"_s, Health::Progressing);
        kubernetes.source = u"kubernetes"_s;
        kubernetes.readyReplicas = 1;
        kubernetes.desiredReplicas = 2;
        kubernetes.stale = true;
        EnvironmentCell second = cell(u"1.5.0"_s, Health::Healthy);
        second.source = u"kubernetes"_s;
        second.readyReplicas = 2;
        second.desiredReplicas = 2;

        const EnvironmentCell combined = EnvironmentMatrix::combine({ argo, kubernetes, second });
        QCOMPARE(combined.health, Health::Progressing);
        QCOMPARE(combined.version, u"1.5.0, 1.4.2"_s);
        QCOMPARE(combined.source, u"argocd, kubernetes"_s);
        QCOMPARE(combined.readyReplicas, 3);
        QCOMPARE(combined.desiredReplicas, 4);
        QCOMPARE(combined.deployedAt, argo.deployedAt);
        QVERIFY(combined.stale);
    }

    void combineSame()
    {
        const EnvironmentCell combined
            = EnvironmentMatrix::combine({ cell(u"1.4.2"_s), cell(u"1.4.2"_s, Health::Unknown) });
        QCOMPARE(combined.version, u"1.4.2"_s);
        QCOMPARE(combined.health, Health::Unknown);
        QCOMPARE(combined.readyReplicas, -1);
        QCOMPARE(EnvironmentMatrix::combine({}), EnvironmentCell());
    }

    void isStale_data()
    {
        QTest::addColumn<int>("ageSeconds");
        QTest::addColumn<int>("refreshSeconds");
        QTest::addColumn<bool>("stale");
        QTest::newRow("fresh") << 0 << 60 << false;
        QTest::newRow("one interval") << 60 << 60 << false;
        QTest::newRow("exactly two intervals") << 120 << 60 << false;
        QTest::newRow("just past two intervals") << 121 << 60 << true;
        QTest::newRow("long ago") << 3600 << 60 << true;
        QTest::newRow("clock ahead of now") << -30 << 60 << false;
    }
    void isStale()
    {
        QFETCH(int, ageSeconds);
        QFETCH(int, refreshSeconds);
        QFETCH(bool, stale);
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        QCOMPARE(EnvironmentMatrix::isStale(now.addSecs(-ageSeconds), refreshSeconds, now), stale);
    }
    void isStaleWithoutFetch()
    {
        QVERIFY(EnvironmentMatrix::isStale(QDateTime(), 60, QDateTime::currentDateTimeUtc()));
    }

    void drift_data()
    {
        QTest::addColumn<ComponentCells>("cells");
        QTest::addColumn<QList<Drift>>("drifts");
        QTest::newRow("all the same") << cells(
            { u"dev"_s, u"1.5.0"_s, u"staging"_s, u"1.5.0"_s, u"prod"_s, u"1.5.0"_s })
                                      << QList<Drift>();
        QTest::newRow("prod behind") << cells({ u"dev"_s, u"1.5.0"_s, u"staging"_s, u"1.5.0"_s, u"prod"_s, u"1.4.2"_s })
                                     << QList<Drift> { { u"prod"_s, u"staging"_s, u"1.4.2"_s, u"1.5.0"_s } };
        QTest::newRow("each differs") << cells(
            { u"dev"_s, u"1.6.0"_s, u"staging"_s, u"1.5.0"_s, u"prod"_s, u"1.4.2"_s })
                                      << QList<Drift> { { u"staging"_s, u"dev"_s, u"1.5.0"_s, u"1.6.0"_s },
                                                        { u"prod"_s, u"staging"_s, u"1.4.2"_s, u"1.5.0"_s } };
        QTest::newRow("staging missing") << cells({ u"dev"_s, u"1.6.0"_s, u"prod"_s, u"1.4.2"_s }) << QList<Drift>();
        QTest::newRow("staging without version")
            << cells({ u"dev"_s, u"1.6.0"_s, u"staging"_s, QString(), u"prod"_s, u"1.4.2"_s }) << QList<Drift>();
        QTest::newRow("dev missing") << cells({ u"staging"_s, u"1.5.0"_s, u"prod"_s, u"1.4.2"_s })
                                     << QList<Drift> { { u"prod"_s, u"staging"_s, u"1.4.2"_s, u"1.5.0"_s } };
        QTest::newRow("nothing") << ComponentCells() << QList<Drift>();
    }
    void drift()
    {
        QFETCH(ComponentCells, cells);
        QFETCH(QList<Drift>, drifts);
        QCOMPARE(EnvironmentMatrix::drift(Environments, cells), drifts);
    }

    void describe()
    {
        const Drift drift { u"prod"_s, u"staging"_s, u"1.4.2"_s, u"1.5.0"_s };
        QCOMPARE(drift.describe(), u"prod runs 1.4.2, staging 1.5.0"_s);
    }

    void promotions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QList<Promotion>>("promotions");
        QTest::newRow("staging to prod") << u"staging"_s << u"prod"_s
                                         << QList<Promotion> { { u"payments"_s, u"1.5.0"_s, u"1.4.2"_s } };
        QTest::newRow("dev to staging") << u"dev"_s << u"staging"_s
                                        << QList<Promotion> { { u"checkout"_s, u"2.1.0"_s, u"2.0.0"_s },
                                                              { u"payments"_s, u"1.6.0"_s, u"1.5.0"_s } };
        QTest::newRow("unknown environment") << u"qa"_s << u"prod"_s << QList<Promotion>();
    }
    void promotions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QList<Promotion>, promotions);
        const QMap<QString, ComponentCells> components {
            { u"payments"_s, cells({ u"dev"_s, u"1.6.0"_s, u"staging"_s, u"1.5.0"_s, u"prod"_s, u"1.4.2"_s }) },
            { u"checkout"_s, cells({ u"dev"_s, u"2.1.0"_s, u"staging"_s, u"2.0.0"_s, u"prod"_s, u"2.0.0"_s }) },
            { u"search"_s, cells({ u"dev"_s, u"0.9.0"_s, u"prod"_s, u"0.8.0"_s }) },
        };
        QCOMPARE(EnvironmentMatrix::promotions(from, to, components), promotions);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentMatrix)
#include "tst_environmentmatrix.moc"

// Argo CD Applications as the environment dashboard reads them from GET /api/v1/applications.

#include "environments/argocdapplications.h"
#include "environments/environmentmatrix.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {
QByteArray fixture(const QString& key)
{
    QFile file(QStringLiteral(ATRIUM_TEST_DATA_DIR "/environments/argocd-applications.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return QJsonDocument(QJsonDocument::fromJson(file.readAll()).object().value(key).toObject()).toJson();
}
} // namespace

class TestArgoCdApplications : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void applications()
    {
        const ArgoApplicationList list = ArgoCdApplications::parse(fixture(u"list"_s));
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.applications.size(), 5);

        const ArgoApplicationFacts& prod = list.applications.at(0);
        QCOMPARE(prod.name, u"payments-gateway-prod"_s);
        QCOMPARE(prod.project, u"payments"_s);
        QCOMPARE(prod.labels.value(u"env"_s), u"prod"_s);
        QCOMPARE(prod.destinationNamespace, u"payments"_s);
        QCOMPARE(prod.health.health, Health::Healthy);
        QCOMPARE(prod.syncStatus, u"Synced"_s);
        QCOMPARE(prod.revision, u"8f2c1d0a9b7e6f5d4c3b2a1908f7e6d5c4b3a291"_s);
        QCOMPARE(prod.images, QStringList { u"ghcr.io/brightwater-cycles/payments-gateway:1.4.2"_s });
        // The operation finished after the history entry was written: the later of the two.
        QCOMPARE(prod.lastDeployed, QDateTime::fromString(u"2026-11-25T14:03:40Z"_s, Qt::ISODate));

        const ArgoApplicationFacts& staging = list.applications.at(1);
        QCOMPARE(staging.health.health, Health::Degraded);
        QVERIFY(staging.health.message.contains(u"progress deadline"));
        QCOMPARE(staging.syncStatus, u"OutOfSync"_s);
        QCOMPARE(staging.images.size(), 2);
        QCOMPARE(staging.lastDeployed, QDateTime::fromString(u"2026-11-24T10:00:00Z"_s, Qt::ISODate));
        QCOMPARE(staging.conditions.size(), 1);
        QCOMPARE(staging.conditions.first().type, u"SyncError"_s);

        const ArgoApplicationFacts& fresh = list.applications.at(2);
        QCOMPARE(fresh.health.health, Health::Unknown); // not assessed yet
        QCOMPARE(fresh.syncStatus, u"Unknown"_s);
        QVERIFY(!fresh.lastDeployed.isValid());

        // A rollout under way, and a crash-looping worker: Argo CD's health with its message.
        const ArgoApplicationFacts& rolling = list.applications.at(3);
        QCOMPARE(rolling.health.health, Health::Progressing);
        QCOMPARE(rolling.health.message, u"Waiting for rollout to finish: 2 of 3 updated replicas are available..."_s);
        QCOMPARE(rolling.images, QStringList { u"ghcr.io/brightwater-cycles/rider-bff:7.0.2"_s });
        const ArgoApplicationFacts& crashing = list.applications.at(4);
        QCOMPARE(crashing.health.health, Health::Degraded);
        QVERIFY(crashing.health.message.startsWith(u"Back-off restarting failed container billing-worker"_s));
        const EnvironmentCell cell = EnvironmentMatrix::fromArgoApplication(crashing);
        QCOMPARE(cell.version, u"1.6.0"_s);
        QCOMPARE(cell.health, Health::Degraded);
        QVERIFY(cell.message.contains(u"Back-off restarting failed container"_s));
    }

    void errors()
    {
        const ArgoApplicationList expired = ArgoCdApplications::parse(fixture(u"error"_s));
        QVERIFY(expired.applications.isEmpty());
        QCOMPARE(expired.error, u"Argo CD answered: invalid session: token has invalid claims: token is expired"_s);
        QVERIFY(!ArgoCdApplications::parse("<html>").error.isEmpty());
        QVERIFY(ArgoCdApplications::parse(R"({"items": null})").error.isEmpty()); // no application at all
        QVERIFY(!ArgoCdApplications::parse(R"({"kind": "Secret"})").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArgoCdApplications)
#include "tst_argocdapplications.moc"

// Kubernetes Deployments as the environment dashboard reads them: health as `kubectl rollout status` and Argo CD
// decide it (tests/data/environments/kubernetes-deployments.json), the facts of a list page, and error bodies.

#include "environments/kubernetesdeployments.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {
QJsonObject fixtures()
{
    QFile file(QStringLiteral(ATRIUM_TEST_DATA_DIR "/environments/kubernetes-deployments.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

class TestKubernetesDeployments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void health_data()
    {
        QTest::addColumn<QJsonObject>("deployment");
        QTest::addColumn<QString>("health");
        QTest::addColumn<QString>("message");
        const QJsonArray cases = fixtures().value(u"cases"_s).toArray();
        QVERIFY(cases.size() >= 9);
        for (const QJsonValue& value : cases) {
            const QJsonObject test = value.toObject();
            QTest::newRow(qPrintable(test.value(u"name"_s).toString()))
                << test.value(u"deployment"_s).toObject() << test.value(u"health"_s).toString()
                << test.value(u"message"_s).toString();
        }
    }
    void health()
    {
        QFETCH(QJsonObject, deployment);
        QFETCH(QString, health);
        QFETCH(QString, message);
        const HealthStatus status = KubernetesDeployments::health(deployment);
        QCOMPARE(healthWord(status.health), health);
        QCOMPARE(status.message, message);
    }

    void listPage()
    {
        const DeploymentList list = KubernetesDeployments::parseList(
            QJsonDocument(fixtures().value(u"list"_s).toObject()).toJson(QJsonDocument::Compact));
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.deployments.size(), 2);
        QCOMPARE(list.continueToken, u"eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTIzfQ"_s);
        const DeploymentFacts& web = list.deployments.at(0);
        QCOMPARE(web.name, u"web"_s);
        QCOMPARE(web.namespaceName, u"shop"_s);
        QCOMPARE(web.labels.value(u"backstage.io/kubernetes-id"_s), u"web"_s);
        QCOMPARE(web.desiredReplicas, 3);
        QCOMPARE(web.readyReplicas, 3);
        QCOMPARE(web.images, QStringList { u"ghcr.io/acme/web:1.4.2"_s });
        QVERIFY(web.available && web.available->status == u"True");
        QVERIFY(web.progressing && web.progressing->reason == u"NewReplicaSetAvailable");
        QCOMPARE(web.health.health, Health::Healthy);
        const DeploymentFacts& worker = list.deployments.at(1);
        QCOMPARE(worker.images, (QStringList { u"ghcr.io/acme/worker:2.0.0"_s, u"ghcr.io/acme/sidecar:0.3"_s }));
        QCOMPARE(worker.readyReplicas, 1);
        QVERIFY(!worker.available);
        QCOMPARE(worker.health.health, Health::Progressing);
    }

    void errorBodies()
    {
        const DeploymentList forbidden = KubernetesDeployments::parseList(
            QJsonDocument(fixtures().value(u"status"_s).toObject()).toJson(QJsonDocument::Compact));
        QVERIFY(forbidden.deployments.isEmpty());
        QVERIFY2(forbidden.error.startsWith(u"Kubernetes answered 403 (Forbidden): deployments.apps is forbidden"),
                 qPrintable(forbidden.error));
        QVERIFY(!KubernetesDeployments::parseList("<html>502 Bad Gateway</html>").error.isEmpty());
        QVERIFY(KubernetesDeployments::parseList(R"({"kind":"PodList","items":[]})").error.contains(u"PodList"));
    }

    void healthWords()
    {
        QCOMPARE(healthFromWord(u"Healthy"), Health::Healthy);
        QCOMPARE(healthFromWord(u"DEGRADED"), Health::Degraded);
        QCOMPARE(healthFromWord(u"Sideways"), Health::Unknown);
        // gitops-engine's healthOrder: healthy < suspended < progressing < missing < degraded < unknown
        QCOMPARE(worseHealth(Health::Healthy, Health::Progressing), Health::Progressing);
        QCOMPARE(worseHealth(Health::Degraded, Health::Missing), Health::Degraded);
        QCOMPARE(worseHealth(Health::Degraded, Health::Unknown), Health::Unknown);
        QCOMPARE(worseHealth(Health::Suspended, Health::Healthy), Health::Suspended);
    }
};

QTEST_GUILESS_MAIN(TestKubernetesDeployments)
#include "tst_kubernetesdeployments.moc"

// A component's objects in one environment, from its catalog annotations.

#include "environments/componenttargets.h"

#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {
ArgoApplicationFacts application(const QString& name, const QMap<QString, QString>& labels = {})
{
    ArgoApplicationFacts facts;
    facts.name = name;
    facts.labels = labels;
    return facts;
}

DeploymentFacts deployment(const QMap<QString, QString>& labels, const QString& namespaceName = u"default"_s)
{
    DeploymentFacts facts;
    facts.labels = labels;
    facts.namespaceName = namespaceName;
    return facts;
}
} // namespace

class TestComponentTargets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void byName()
    {
        const ComponentTargets targets = ComponentTargetsReader::read(
            QJsonObject { { u"argocd/app-name"_s, u"payments-gateway-{environment}"_s },
                          { u"backstage.io/kubernetes-id"_s, u"payments-gateway"_s },
                          { u"atrium.dev/health-url"_s, u"https://payments.{environment}.example.com/healthz"_s },
                          { u"atrium.dev/health-url.prod"_s, u"https://payments.example.com/healthz"_s } },
            u"staging"_s);
        QVERIFY(targets.problems.isEmpty());
        QVERIFY(targets.hasArgo() && targets.hasKubernetes());
        QVERIFY(targets.matches(application(u"payments-gateway-staging"_s)));
        QVERIFY(!targets.matches(application(u"payments-gateway-prod"_s)));
        QVERIFY(targets.matches(deployment({ { u"backstage.io/kubernetes-id"_s, u"payments-gateway"_s } })));
        QVERIFY(!targets.matches(deployment({ { u"app"_s, u"payments-gateway"_s } })));
        QCOMPARE(targets.healthUrl, u"https://payments.staging.example.com/healthz"_s);
        // The per-environment annotation wins.
        QCOMPARE(
            ComponentTargetsReader::read(QJsonObject { { u"atrium.dev/health-url"_s, u"https://x/{environment}"_s },
                                                       { u"atrium.dev/health-url.prod"_s, u"https://p"_s } },
                                         u"prod"_s)
                .healthUrl,
            u"https://p"_s);
    }

    void bySelector()
    {
        const ComponentTargets targets = ComponentTargetsReader::read(
            QJsonObject { { u"argocd/app-selector"_s, u"team=payments,app=gateway"_s },
                          { u"backstage.io/kubernetes-label-selector"_s, u"app in (gateway, gateway-canary)"_s } },
            u"prod"_s);
        QVERIFY(
            targets.matches(application(u"anything"_s, { { u"team"_s, u"payments"_s }, { u"app"_s, u"gateway"_s } })));
        QVERIFY(!targets.matches(application(u"anything"_s, { { u"team"_s, u"payments"_s } })));
        QVERIFY(targets.matches(deployment({ { u"app"_s, u"gateway-canary"_s } })));
        QVERIFY(!targets.matches(deployment({ { u"app"_s, u"ledger"_s } })));
    }

    void inOneNamespace()
    {
        // Backstage's Kubernetes plugin: the same id in another namespace is another team's.
        const ComponentTargets targets = ComponentTargetsReader::read(
            QJsonObject { { u"backstage.io/kubernetes-id"_s, u"web"_s },
                          { u"backstage.io/kubernetes-namespace"_s, u"shop-{environment}"_s } },
            u"prod"_s);
        QCOMPARE(targets.kubernetesNamespace, u"shop-prod"_s);
        QVERIFY(targets.matches(deployment({ { u"backstage.io/kubernetes-id"_s, u"web"_s } }, u"shop-prod"_s)));
        QVERIFY(!targets.matches(deployment({ { u"backstage.io/kubernetes-id"_s, u"web"_s } }, u"blog"_s)));
    }

    void nothingDeclared()
    {
        const ComponentTargets targets = ComponentTargetsReader::read(QJsonObject {}, u"dev"_s);
        QVERIFY(!targets.hasArgo() && !targets.hasKubernetes() && targets.healthUrl.isEmpty());
        QVERIFY(!targets.matches(application(u"x"_s)));
        QVERIFY(!targets.matches(deployment({})));
    }

    void badSelectorIsReported()
    {
        const ComponentTargets targets
            = ComponentTargetsReader::read(QJsonObject { { u"argocd/app-selector"_s, u"team=a,,b"_s } }, u"dev"_s);
        QCOMPARE(targets.problems.size(), 1);
        QVERIFY(targets.problems.first().startsWith(u"argocd/app-selector: "));
        QVERIFY(!targets.hasArgo());
    }
};

QTEST_GUILESS_MAIN(TestComponentTargets)
#include "tst_componenttargets.moc"

// atrium-cli env status, the real binary: the demo workspace's bundled sources (table and JSON), and a workspace
// whose Argo CD answers (served by the test) next to a cluster that does not (exit 1, unknown cells with the error).

#include "../scriptedhttpserver.h"
#include "clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliEnv : public QObject {
    Q_OBJECT
    using Result = CliRunner::Result;

    Result run(const QStringList& arguments)
    {
        QProcessEnvironment environment = CliRunner::environment();
        environment.insert(u"ATRIUM_TEST_ARGO_TOKEN"_s, u"t0ken"_s);
        return CliRunner::run(arguments, environment);
    }

private Q_SLOTS:
    void demoTable()
    {
        const Result result = run({ u"env"_s, u"status"_s, QStringLiteral(ATRIUM_DEMO_DIR) });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList lines = result.out.split(u'\n');
        QVERIFY(lines.first().startsWith(u"COMPONENT"_s));
        QVERIFY(lines.first().contains(u"STAGING"_s));
        QVERIFY2(result.out.contains(u"Payments Gateway: prod runs 2.7.3, staging 2.8.0"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"degraded 1.6.0 1/3"_s));
    }

    void demoJson()
    {
        const Result result = run({ u"env"_s, u"status"_s, u"--format"_s, u"json"_s, QStringLiteral(ATRIUM_DEMO_DIR) });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject document = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(document.value(u"environments"_s).toArray(), (QJsonArray { u"dev"_s, u"staging"_s, u"prod"_s }));
        QJsonObject billing;
        for (const QJsonValue& service : document.value(u"services"_s).toArray()) {
            if (service[u"entity"_s] == u"component:default/billing-worker"_s)
                billing = service.toObject();
        }
        QVERIFY(!billing.isEmpty());
        const QJsonObject prod = billing[u"cells"_s][u"prod"_s].toObject();
        QCOMPARE(prod[u"health"_s].toString(), u"degraded"_s);
        QCOMPARE(prod[u"version"_s].toString(), u"1.6.0"_s);
        QCOMPARE(prod[u"replicas"_s][u"ready"_s].toInt(), 1);
        QCOMPARE(prod[u"replicas"_s][u"desired"_s].toInt(), 3);
        QCOMPARE(prod[u"deployedAt"_s].toString(), u"2026-11-24T06:15:00Z"_s);
        QCOMPARE(prod[u"source"_s].toString(), u"status-endpoint"_s);
        QVERIFY(prod[u"message"_s].toString().contains(u"CrashLoopBackOff"_s));
        QCOMPARE(prod[u"stale"_s].toBool(), false);
        QCOMPARE(billing[u"drift"_s].toArray().size(), 0);
        // The Terraform states read, as sources.
        int terraform = 0;
        for (const QJsonValue& source : document.value(u"sources"_s).toArray()) {
            QVERIFY(source[u"ok"_s].toBool());
            terraform += source[u"type"_s] == u"terraform-state"_s;
        }
        QCOMPARE(terraform, 2);
    }

    void aFailingSourceExitsWithOne()
    {
        ScriptedServer argo;
        argo.route = [](const ScriptedServer::Request& request) {
            if (request.headers.value("authorization") != "Bearer t0ken")
                return ScriptedServer::Answer { ScriptedServer::Action::Respond, 401, R"({"message":"no token"})" };
            return ScriptedServer::Answer {
                ScriptedServer::Action::Respond, 200,
                R"({"items":[{"metadata":{"name":"payments"},"status":{"health":{"status":"Healthy"},)"
                R"("sync":{"status":"Synced","revision":"abcdef0123"},"summary":{"images":["reg/payments:3.1.0"]}}}]})"
            };
        };
        QVERIFY(argo.listen());
        ScriptedServer closed;
        QVERIFY(closed.listen());
        const QString closedUrl = closed.url(QString()).toString();
        closed.close();

        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(u"catalog"_s));
        QFile catalog(dir.filePath(u"catalog/components.yaml"_s));
        QVERIFY(catalog.open(QIODevice::WriteOnly));
        catalog.write("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: payments\n"
                      "  annotations:\n    argocd/app-name: payments\n    backstage.io/kubernetes-id: payments\n"
                      "spec:\n  type: service\n  lifecycle: production\n  owner: team\n");
        catalog.close();
        QFile config(dir.filePath(u"atrium.yaml"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            u"version: 1\nname: Env\ncatalog:\n  locations: [catalog]\nenvironments:\n"
            u"  - name: staging\n    sources:\n      - type: argocd\n        url: %1\n"
            u"        token: {env: ATRIUM_TEST_ARGO_TOKEN}\n"
            u"  - name: prod\n    sources:\n      - type: kubernetes\n        url: %2\n"
            u"        namespaces: [shop]\n        timeoutMs: 2000\n"_s.arg(argo.url(QString()).toString(), closedUrl)
                .toUtf8());
        config.close();

        const Result result = run({ u"env"_s, u"status"_s, u"--format"_s, u"json"_s, dir.path() });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"prod: kubernetes"_s), qPrintable(result.err));
        const QJsonObject document = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonObject payments = document[u"services"_s][0].toObject();
        QCOMPARE(payments[u"cells"_s][u"staging"_s][u"health"_s].toString(), u"healthy"_s);
        QCOMPARE(payments[u"cells"_s][u"staging"_s][u"version"_s].toString(), u"3.1.0"_s);
        const QJsonObject prod = payments[u"cells"_s][u"prod"_s].toObject();
        QCOMPARE(prod[u"health"_s].toString(), u"unknown"_s);
        QVERIFY2(prod[u"message"_s].toString().contains(u"127.0.0.1"_s), qPrintable(prod[u"message"_s].toString()));
        QCOMPARE(payments[u"drift"_s].toArray().size(), 0); // unknown version: nothing to compare

        // Usage errors.
        QCOMPARE(run({ u"env"_s, u"status"_s, u"--format"_s, u"yaml"_s, dir.path() }).exitCode, 2);
        QCOMPARE(run({ u"env"_s, u"status"_s, QDir::tempPath() + u"/no-such-workspace"_s }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliEnv)
#include "tst_clienv.moc"

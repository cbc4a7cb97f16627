// The environment dashboard at scale: 1,000 components × 4 environments, each environment read from a local Argo CD
// and a local Kubernetes API (1,000 applications; 1,000 Deployments in two pages), refreshed three times with changed
// answers while the Environments page is on screen. The GUI thread never stalls for 50 ms or more (a 1 ms timer's
// ticks must keep coming). And parsing a 5 MB Argo CD applications response takes under 100 ms.
//
// The servers run on their own thread, so that serving megabytes does not count as the GUI thread's stall.
// Lives with the benchmarks; runs in CTest, alone (RUN_SERIAL), like tst_responsiveness.

#include "../scriptedhttpserver.h"
#include "benchstats.h"
#include "environments/argocdapplications.h"
#include "environments/environmentmatrixmodel.h"
#include "environments/environmentmonitor.h"
#include "environments/environmentspage.h"
#include "stallmeter.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

constexpr int kComponents = 1000;
const QStringList kEnvironments { u"dev"_s, u"qa"_s, u"staging"_s, u"prod"_s };

QJsonObject argoApplication(int i, int round, qsizetype padding = 0)
{
    const QString name = u"svc-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
    QJsonArray history;
    QJsonArray resources;
    for (qsizetype h = 0; h < padding; ++h) {
        history.append(
            QJsonObject { { u"id"_s, int(h) },
                          { u"revision"_s, u"%1"_s.arg(h * 7919, 40, 16, QLatin1Char('a')) },
                          { u"deployedAt"_s, u"2026-11-%1T10:00:00Z"_s.arg(1 + h % 25, 2, 10, QLatin1Char('0')) },
                          { u"source"_s,
                            QJsonObject { { u"repoURL"_s, u"https://git.example.com/platform/deploy"_s },
                                          { u"path"_s, QString(u"apps/"_s + name) } } } });
        resources.append(QJsonObject { { u"group"_s, u"apps"_s },
                                       { u"kind"_s, u"Deployment"_s },
                                       { u"namespace"_s, u"shop"_s },
                                       { u"name"_s, QString(name + u"-"_s + QString::number(h)) },
                                       { u"status"_s, u"Synced"_s },
                                       { u"health"_s, QJsonObject { { u"status"_s, u"Healthy"_s } } } });
    }
    const bool degraded = (i + round) % 97 == 0;
    return {
        { u"metadata"_s,
          QJsonObject { { u"name"_s, name },
                        { u"namespace"_s, u"argocd"_s },
                        { u"labels"_s, QJsonObject { { u"team"_s, u"team-%1"_s.arg(i % 40) } } } } },
        { u"spec"_s,
          QJsonObject { { u"project"_s, u"default"_s },
                        { u"destination"_s,
                          QJsonObject { { u"server"_s, u"https://kubernetes.default.svc"_s },
                                        { u"namespace"_s, u"shop"_s } } } } },
        { u"status"_s,
          QJsonObject {
              { u"health"_s, QJsonObject { { u"status"_s, degraded ? u"Degraded"_s : u"Healthy"_s } } },
              { u"sync"_s, QJsonObject { { u"status"_s, u"Synced"_s }, { u"revision"_s, u"0123456789abcdef"_s } } },
              { u"summary"_s,
                QJsonObject {
                    { u"images"_s,
                      QJsonArray { u"registry.example.com/%1:1.%2.%3"_s.arg(name).arg(round).arg(i % 10) } } } },
              { u"operationState"_s, QJsonObject { { u"finishedAt"_s, u"2026-11-25T10:00:00Z"_s } } },
              { u"history"_s, history },
              { u"resources"_s, resources } } }
    };
}

QByteArray applicationList(int round, qsizetype padding = 0, int count = kComponents)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(argoApplication(i, round, padding));
    return QJsonDocument(QJsonObject { { u"items"_s, items } }).toJson(QJsonDocument::Compact);
}

QByteArray deploymentPage(int first, int count, int round, const QString& continueToken)
{
    QJsonArray items;
    for (int i = first; i < first + count; ++i) {
        const QString name = u"svc-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        const int ready = (i + round) % 50 == 0 ? 1 : 3;
        items.append(QJsonObject {
            { u"metadata"_s,
              QJsonObject { { u"name"_s, name },
                            { u"namespace"_s, u"shop"_s },
                            { u"generation"_s, 1 },
                            { u"labels"_s, QJsonObject { { u"backstage.io/kubernetes-id"_s, name } } } } },
            { u"spec"_s,
              QJsonObject { { u"replicas"_s, 3 },
                            { u"template"_s,
                              QJsonObject { { u"spec"_s,
                                              QJsonObject { { u"containers"_s,
                                                              QJsonArray { QJsonObject {
                                                                  { u"name"_s, u"app"_s },
                                                                  { u"image"_s,
                                                                    u"registry.example.com/%1:1.%2.0"_s.arg(name).arg(
                                                                        round) } } } } } } } } } },
            { u"status"_s,
              QJsonObject { { u"observedGeneration"_s, 1 },
                            { u"replicas"_s, 3 },
                            { u"updatedReplicas"_s, 3 },
                            { u"readyReplicas"_s, ready },
                            { u"availableReplicas"_s, ready } } } });
    }
    QJsonObject metadata;
    if (!continueToken.isEmpty())
        metadata.insert(u"continue"_s, continueToken);
    return QJsonDocument(
               QJsonObject { { u"kind"_s, u"DeploymentList"_s }, { u"metadata"_s, metadata }, { u"items"_s, items } })
        .toJson(QJsonDocument::Compact);
}

/// The Argo CD and Kubernetes answers of every round, made before the clock starts.
struct Answers {
    QList<QByteArray> applications; ///< by round
    QList<QByteArray> firstPages;
    QList<QByteArray> secondPages;
};

} // namespace

class BenchEnvironments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AtriumTest"_s);
        QCoreApplication::setApplicationName(u"bench_environments"_s);
    }

    void parsingAFiveMegabyteApplicationList()
    {
        // 1,000 applications with a history and resources each, as a busy Argo CD has them: about 5 MB.
        const QByteArray body = applicationList(0, 16);
        QVERIFY2(body.size() >= 5 * 1000 * 1000, qPrintable(QString::number(body.size())));
        std::vector<double> samples;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer clock;
            clock.start();
            const ArgoApplicationList list = ArgoCdApplications::parse(body);
            samples.push_back(double(clock.nsecsElapsed()) / 1e6);
            QCOMPARE(list.applications.size(), kComponents);
        }
        std::sort(samples.begin(), samples.end());
        const double median = samples.at(samples.size() / 2);
        qInfo("parsing a %.1f MB Argo CD applications response: median %.1f ms (best %.1f ms) of %zu runs",
              double(body.size()) / 1e6, median, samples.front(), samples.size());
        QVERIFY2(median < 100.0, qPrintable(u"%1 ms"_s.arg(median)));
    }

    void refreshingNeverBlocksTheEventLoop()
    {
        constexpr int kRounds = 3;
        Answers answers;
        for (int round = 0; round < kRounds; ++round) {
            answers.applications.append(applicationList(round));
            answers.firstPages.append(deploymentPage(0, 500, round, u"page-2"_s));
            answers.secondPages.append(deploymentPage(500, kComponents - 500, round, QString()));
        }
        std::atomic<int> round { 0 };

        // The servers on their own thread, created there so that their sockets live there.
        QThread serverThread;
        serverThread.start();
        QObject context;
        context.moveToThread(&serverThread);
        std::unique_ptr<ScriptedServer> argo, kubernetes;
        QMetaObject::invokeMethod(
            &context,
            [&] {
                argo = std::make_unique<ScriptedServer>();
                argo->route = [&](const ScriptedServer::Request&) {
                    return ScriptedServer::Answer { ScriptedServer::Action::Respond, 200,
                                                    answers.applications.at(round) };
                };
                kubernetes = std::make_unique<ScriptedServer>();
                kubernetes->route = [&](const ScriptedServer::Request& request) {
                    const bool second = request.path.contains("continue=");
                    return ScriptedServer::Answer { ScriptedServer::Action::Respond, 200,
                                                    second ? answers.secondPages.at(round)
                                                           : answers.firstPages.at(round) };
                };
                argo->listen();
                kubernetes->listen();
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(argo->port() && kubernetes->port());

        EnvironmentsConfig config;
        for (const QString& name : kEnvironments) {
            EnvironmentSource argoSource;
            argoSource.type = EnvironmentSource::Type::ArgoCd;
            argoSource.url = u"http://127.0.0.1:%1"_s.arg(argo->port());
            argoSource.timeoutMs = 30000;
            EnvironmentSource kubernetesSource;
            kubernetesSource.type = EnvironmentSource::Type::Kubernetes;
            kubernetesSource.url = u"http://127.0.0.1:%1"_s.arg(kubernetes->port());
            kubernetesSource.namespaces = { u"shop"_s };
            kubernetesSource.timeoutMs = 30000;
            config.environments.append({ name, name, { argoSource, kubernetesSource }, {} });
        }
        auto snapshot = std::make_shared<CatalogSnapshot>();
        EntityStoreBuilder builder;
        for (int i = 0; i < kComponents; ++i) {
            const QString name = u"svc-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            EntityRecord record;
            record.setData(QJsonObject {
                { u"apiVersion"_s, u"backstage.io/v1alpha1"_s },
                { u"kind"_s, u"Component"_s },
                { u"metadata"_s,
                  QJsonObject {
                      { u"name"_s, name },
                      { u"namespace"_s, u"default"_s },
                      { u"annotations"_s,
                        QJsonObject { { u"argocd/app-name"_s, name }, { u"backstage.io/kubernetes-id"_s, name } } } } },
                { u"spec"_s,
                  QJsonObject { { u"type"_s, u"service"_s },
                                { u"lifecycle"_s, u"production"_s },
                                { u"owner"_s, u"team-%1"_s.arg(i % 40) },
                                { u"system"_s, u"system-%1"_s.arg(i % 25) } } } });
            record.ref = u"component:default/"_s + name;
            builder.append(record);
        }
        snapshot->entities = builder.finish();

        EnvironmentMonitor monitor;
        QMainWindow window;
        auto* page = new EnvironmentsPage(&monitor, &window);
        window.setCentralWidget(page);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Warning);

        StallMeter meter;
        meter.start();
        meter.setPhase("first read");
        QElapsedTimer clock;
        clock.start();
        monitor.setCatalog(snapshot);
        monitor.setConfig(config);
        monitor.start();
        const auto roundShown = [&](int r) {
            const EnvironmentCell* cell
                = page->model()->cellAt(page->model()->indexOf(u"component:default/svc-0001"_s, 4));
            return monitor.isSettled() && page->model()->rowCount() == kComponents && cell
                && cell->version.startsWith(u"1.%1."_s.arg(r));
        };
        QTRY_VERIFY_WITH_TIMEOUT(roundShown(0), 60000);
        qInfo("first read of %d components × %lld environments (%lld sources): %lld ms", kComponents,
              qlonglong(kEnvironments.size()), qlonglong(2 * kEnvironments.size()), clock.elapsed());
        for (int r = 1; r < kRounds; ++r) {
            meter.setPhase(r == 1 ? "second read" : "third read");
            round = r;
            clock.restart();
            monitor.refreshNow();
            QTRY_VERIFY_WITH_TIMEOUT(roundShown(r), 60000);
            qInfo("refresh %d: %lld ms", r, clock.elapsed());
        }
        meter.setPhase("shown");
        page->table()->scrollToBottom();
        QTest::qWait(200);
        qInfo("longest event loop stall: %.1f ms, during %s", meter.longestMs(), meter.when());
        QCOMPARE(page->model()->columnCount(), 1 + int(kEnvironments.size()));

        QMetaObject::invokeMethod(
            &context,
            [&] {
                argo.reset();
                kubernetes.reset();
            },
            Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
        QVERIFY2(meter.longestMs() < 50.0, qPrintable(u"%1 ms"_s.arg(meter.longestMs())));
    }
};

QTEST_MAIN(BenchEnvironments)
#include "bench_environments.moc"

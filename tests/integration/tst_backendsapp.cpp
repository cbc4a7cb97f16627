// The app against a real Backstage backend (tests/integration/backstage): its catalog merged into the workspace's,
// a template of its catalog opened with the form its scaffolder gives and previewed by its dry-run, submitted
// through the outbox and followed to the end in the Activity page; a task cancelled from the Activity page; and a
// task followed again after the app restarts mid-run.

#include "activity/activitypage.h"
#include "backends/backendservices.h"
#include "backends/backstagecatalogsync.h"
#include "backends/endpointrequest.h"
#include "backends/outbox.h"
#include "backends/tasktracker.h"
#include "backstagepeer.h"
#include "create/wizard/finishwizardpage.h"
#include "create/wizard/formpagewidget.h"
#include "create/wizard/formwizardpage.h"
#include "create/wizard/previewwizardpage.h"
#include "create/wizard/reviewwizardpage.h"
#include "create/wizard/templatewizard.h"
#include "create/wizard/wizardstate.h"
#include "mainwindow.h"
#include "templates/templatedefinition.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString& path, const QByteArray& contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

} // namespace

class TestBackendsApp : public QObject {
    Q_OBJECT

    BackstagePeer::Backend m_backend;
    QTemporaryDir m_workspace;

    BackendsConfig backends() const
    {
        BackendsConfig config;
        BackstageBackend backend;
        backend.name = u"corp"_s;
        backend.url = m_backend.baseUrl();
        backend.token.environmentVariable = u"ATRIUM_TEST_BACKSTAGE_TOKEN"_s;
        config.backstage.append(backend);
        return config;
    }

    static std::optional<OutboxEntry> waitForState(Outbox& outbox, const QUuid& id, OutboxEntry::State state,
                                                   int timeoutMs = 90000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            const std::optional<OutboxEntry> entry = outbox.entry(id);
            if (entry && entry->state == state)
                return entry;
            QTest::qWait(100);
        }
        return outbox.entry(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QFileInfo(QStringLiteral(ATRIUM_NODE_EXECUTABLE)).isExecutable())
            QSKIP("Node.js was not found when CMake configured this test (apt-get install nodejs npm, re-run cmake): "
                  "no Backstage backend to test the app against");
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
        QVERIFY2(m_backend.waitForCatalog(&error), qPrintable(error));
        qputenv("ATRIUM_TEST_BACKSTAGE_TOKEN", BackstagePeer::Backend::token().toLatin1());

        // The workspace has a file of its own, one entity also in the backend's catalog (the file wins), and the
        // backend.
        writeFile(m_workspace.filePath(u"catalog/team.yaml"_s),
                  "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: local-team\n"
                  "spec:\n  type: team\n  children: []\n");
        writeFile(m_workspace.filePath(u"atrium.yaml"_s),
                  u"name: Backends\ncatalog:\n  locations:\n    - catalog\nbackends:\n  - name: corp\n"
                  u"    url: %1\n    token: {env: ATRIUM_TEST_BACKSTAGE_TOKEN}\n    refreshMinutes: 0\n"_s
                      .arg(m_backend.baseUrl().toString())
                      .toUtf8());
    }

    void cleanupTestCase() { m_backend.stop(); }

    void templateFromTheBackendRunsThere()
    {
        QTemporaryDir outboxFolder;
        Outbox outbox(outboxFolder.path());
        BackendServices services(&outbox);
        services.start();
        MainWindow window(&outbox, &services);
        window.openWorkspace(m_workspace.path());

        // The backend's catalog joins the files'.
        QTRY_VERIFY_WITH_TIMEOUT(
            window.catalogSync()->statuses().size() == 1 && window.catalogSync()->statuses().first().entities > 0
                && window.workspace()->snapshot()
                && window.workspace()->snapshot()->entities.indexOf(u"template:default/quick-service"_s) >= 0,
            60000);
        const CatalogSnapshotPtr snapshot = window.workspace()->snapshot();
        const Entity quick = snapshot->entities.at(snapshot->entities.indexOf(u"template:default/quick-service"_s));
        QCOMPARE(quick.origin().toString(), u"corp"_s);
        QVERIFY(snapshot->entities.indexOf(u"group:default/local-team"_s) >= 0);
        QVERIFY2(window.catalogSync()->statuses().first().error.isEmpty(),
                 qPrintable(window.catalogSync()->statuses().first().error));

        // Its form comes from the backend's parameter-schema, in the order the template writes the fields.
        // The pages' index is built off the GUI thread after the snapshot: wait for the one that has the template.
        QTRY_VERIFY_WITH_TIMEOUT(
            window.catalogIndex() && window.catalogIndex()->indexOf(u"template:default/quick-service"_s) >= 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.createPage() != nullptr, 1000);
        QCOMPARE(window.startTemplate(u"template:default/quick-service"_s, MainWindow::DraftChoice::StartOver),
                 nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChildren<TemplateWizard*>().isEmpty(), 30000);
        TemplateWizard* wizard = window.findChildren<TemplateWizard*>().first();
        QCOMPARE(wizard->formPageCount(), 1);
        QCOMPARE(wizard->state()
                     ->definition()
                     .pages.first()
                     .schema.value(TemplateParameterPage::propertyOrderKey())
                     .toArray(),
                 (QJsonArray { u"name"_s, u"replicas"_s, u"public"_s }));
        auto* name = qobject_cast<QLineEdit*>(wizard->formPage(0)->form()->editorFor(u"name"_s));
        QVERIFY(name);
        QTest::keyClicks(name, u"shop"_s);
        QTRY_COMPARE(wizard->state()->answers().value(u"name"_s).toString(), u"shop"_s);

        // The preview is the backend's dry-run.
        wizard->next();
        QCOMPARE(wizard->currentPage(), static_cast<QWizardPage*>(wizard->reviewPage()));
        QSignalSpy ready(wizard->previewPage(), &PreviewWizardPage::previewReady);
        wizard->next();
        QVERIFY(ready.wait(60000) || !ready.isEmpty());
        const ScaffoldResult& preview = wizard->state()->result();
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.files.size(), 1);
        QCOMPARE(preview.files.first().path, u"README.md"_s);
        QCOMPARE(preview.files.first().content, QByteArray("# shop\n\nRuns 1 replicas.\n"));

        // Submitted through the outbox, followed to the end.
        wizard->next();
        QCOMPARE(wizard->currentPage(), static_cast<QWizardPage*>(wizard->finishPage()));
        QPushButton* submit = wizard->finishPage()->submitButton();
        QVERIFY(submit->isEnabled());
        QSignalSpy submitted(wizard->finishPage(), &FinishWizardPage::submitted);
        submit->click();
        QCOMPARE(submitted.size(), 1);
        const QUuid id = submitted.first().first().toUuid();
        const std::optional<OutboxEntry> done = waitForState(outbox, id, OutboxEntry::State::Completed);
        QVERIFY(done);
        QVERIFY2(done->state == OutboxEntry::State::Completed,
                 qPrintable(OutboxEntry::stateName(done->state) + u": "_s + done->lastError));
        QCOMPARE(done->kind, OutboxEntry::Kind::ScaffolderTask);
        QVERIFY(!done->remoteId.isEmpty());
        QStringList steps;
        for (const OutboxTaskStep& step : done->steps)
            steps.append(step.id + u' ' + step.status);
        QCOMPARE(steps, (QStringList { u"fetch completed"_s, u"log completed"_s }));
        QCOMPARE(done->steps.first().name, u"Render the skeleton"_s);
        bool hello = false;
        for (const QString& line : done->steps.at(1).log)
            hello = hello || line.contains(u"Hello shop with 1 replicas"_s);
        QVERIFY(hello);
        QCOMPARE(done->output.value(u"links"_s).toArray().first().toObject().value(u"url"_s).toString(),
                 u"https://git.example.com/shop"_s);
        QVERIFY(window.activityPage()->selectEntry(id));
    }

    void cancelFromTheActivityPage()
    {
        QTemporaryDir outboxFolder;
        Outbox outbox(outboxFolder.path());
        BackendServices services(&outbox);
        services.setBackends(backends());
        services.start();
        MainWindow window(&outbox, &services);
        // The window's workspace would replace the backends: this window shows the outbox only.
        services.setBackends(backends());
        QString error;
        const QUuid id = services.submit(
            EndpointRequest::forScaffolderTask(backends().backstage.first(), u"template:default/slow-service"_s, {}),
            {}, &error);
        QVERIFY2(!id.isNull(), qPrintable(error));
        std::optional<OutboxEntry> running = waitForState(outbox, id, OutboxEntry::State::Running, 60000);
        QVERIFY(running && running->state == OutboxEntry::State::Running);
        QVERIFY(window.activityPage()->selectEntry(id));
        QTRY_VERIFY(window.activityPage()->cancelAction()->isEnabled());
        Q_EMIT window.activityPage()->cancelRequested(id);
        const std::optional<OutboxEntry> ended = waitForState(outbox, id, OutboxEntry::State::Failed, 60000);
        QVERIFY(ended && ended->state == OutboxEntry::State::Failed);
        QCOMPARE(ended->lastError, u"The task was cancelled."_s);
    }

    void aRestartFollowsTheTaskAgain()
    {
        QTemporaryDir outboxFolder;
        QUuid id;
        {
            Outbox outbox(outboxFolder.path());
            BackendServices services(&outbox);
            services.setBackends(backends());
            services.start();
            QString error;
            id = services.submit(EndpointRequest::forScaffolderTask(backends().backstage.first(),
                                                                    u"template:default/slow-service"_s, {}),
                                 {}, &error);
            QVERIFY2(!id.isNull(), qPrintable(error));
            std::optional<OutboxEntry> running = waitForState(outbox, id, OutboxEntry::State::Running, 60000);
            QVERIFY(running && running->state == OutboxEntry::State::Running);
            QVERIFY(!running->lastEventId.isEmpty());
        } // the app stops mid-task
        Outbox outbox(outboxFolder.path());
        QCOMPARE(outbox.entry(id)->state, OutboxEntry::State::Running);
        BackendServices services(&outbox);
        services.setBackends(backends());
        services.start();
        const std::optional<OutboxEntry> done = waitForState(outbox, id, OutboxEntry::State::Completed, 90000);
        QVERIFY(done);
        QVERIFY2(done->state == OutboxEntry::State::Completed,
                 qPrintable(OutboxEntry::stateName(done->state) + u": "_s + done->lastError));
        // Each step once, however the events were split between the two runs.
        QStringList ids;
        for (const OutboxTaskStep& step : done->steps)
            ids.append(step.id);
        QCOMPARE(ids, (QStringList { u"first"_s, u"second"_s, u"third"_s, u"fourth"_s, u"done"_s }));
        for (const OutboxTaskStep& step : done->steps) {
            int beginnings = 0;
            for (const QString& line : step.log)
                beginnings += line.contains(u"Beginning step"_s) ? 1 : 0;
            QCOMPARE(beginnings, 1);
        }
    }
};

QTEST_MAIN(TestBackendsApp)
#include "tst_backendsapp.moc"

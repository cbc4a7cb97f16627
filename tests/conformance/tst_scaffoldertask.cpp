// A scaffolder task submitted through the outbox to a real Backstage backend (tests/node/backstage): the payload
// EndpointRequest builds is one Backstage accepts (201 with the task id), the secrets reach it from memory only, and
// a wrong token fails with Backstage's own message.

#include "backends/endpointrequest.h"
#include "backends/outbox.h"
#include "backends/outboxsender.h"
#include "backstagepeer.h"
#include "workspace/backendsconfig.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

class TestScaffolderTask : public QObject {
    Q_OBJECT

    BackstagePeer::Backend m_backend;
    QTemporaryDir m_dir;

    QUrl url(const QString& path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_backend.port()).arg(path)); }

    /// GET @p path with the backend's token; the body as JSON, or nothing when it did not answer 200 in time.
    QJsonObject get(const QString& path, int* status = nullptr)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url(path));
        request.setRawHeader("Authorization", "Bearer " + BackstagePeer::Backend::token().toLatin1());
        request.setTransferTimeout(10000);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QEventLoop loop;
        connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    BackendsConfig backends(const QString& tokenVariable) const
    {
        BackstageBackend backend;
        backend.name = u"peer"_s;
        backend.url = url(QString());
        backend.token.environmentVariable = tokenVariable;
        backend.timeoutSeconds = 30;
        BackendsConfig config;
        config.backstage.append(backend);
        return config;
    }

    QByteArray folderContents(const QString& path) const
    {
        QByteArray all;
        QDirIterator it(path, QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("ATRIUM_WITH_NODE") != u"1")
            QSKIP("ATRIUM_WITH_NODE is not 1: the Backstage backend is not started (scripts/test sets it)");
        if (!QFileInfo(QStringLiteral(ATRIUM_NODE_EXECUTABLE)).isExecutable())
            QSKIP("Node.js was not found when CMake configured this test: no Backstage backend to send to");
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(u"template.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: scaffolder.backstage.io/v1beta3\n"
                   "kind: Template\n"
                   "metadata:\n  name: echo\n  title: Echo\n"
                   "spec:\n  owner: team-a\n  type: service\n"
                   "  parameters:\n    - title: Name\n      properties:\n        name: {type: string}\n"
                   "  steps:\n    - id: log\n      name: Log\n      action: debug:log\n"
                   "      input:\n        message: \"hello ${{ parameters.name }}\"\n");
        file.close();
        QString error;
        QVERIFY2(m_backend.start(&error, 120000, 0,
                                 u"catalog:\n  rules:\n    - allow: [Template]\n  locations:\n"
                                 u"    - type: file\n      target: %1\n"_s.arg(file.fileName())),
                 qPrintable(error));
        // The catalog reads its locations shortly after start.
        QDeadlineTimer deadline(60000);
        int status = 0;
        while (!deadline.hasExpired()) {
            get(u"/api/catalog/entities/by-name/template/default/echo"_s, &status);
            if (status == 200)
                break;
            QTest::qWait(500);
        }
        QVERIFY2(status == 200, qPrintable(m_backend.logTail()));
        qputenv("ATRIUM_TEST_BACKSTAGE_TOKEN", BackstagePeer::Backend::token().toLatin1());
        qputenv("ATRIUM_TEST_WRONG_TOKEN", "not-the-token");
    }

    void cleanupTestCase() { m_backend.stop(); }

    void taskCreated()
    {
        QTemporaryDir folder;
        Outbox outbox(folder.path());
        const BackendsConfig config = backends(u"ATRIUM_TEST_BACKSTAGE_TOKEN"_s);
        OutboxSender sender(&outbox, OutboxSender::resolverFor(config));
        OutboxEntry task = EndpointRequest::forScaffolderTask(config.backstage.first(), u"template:default/echo"_s,
                                                              QJsonObject { { u"name"_s, u"shop"_s } },
                                                              { u"password"_s }, u"Echo"_s);
        task.id = QUuid::createUuid();
        sender.setSecrets(task.id, QJsonObject { { u"password"_s, u"very-secret-pw"_s } });
        QVERIFY(!outbox.add(task).isNull());
        sender.start();
        QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(task.id)->state, OutboxEntry::State::Sent, 30000);
        const QString remoteId = outbox.entry(task.id)->remoteId;
        QVERIFY2(!QUuid::fromString(remoteId).isNull(), qPrintable(remoteId));

        // Backstage has the task, with our answers, for our template.
        int status = 0;
        const QJsonObject created = get(u"/api/scaffolder/v2/tasks/"_s + remoteId, &status);
        QCOMPARE(status, 200);
        const QJsonObject spec = created.value(u"spec"_s).toObject();
        QCOMPARE(spec.value(u"parameters"_s).toObject().value(u"name"_s).toString(), u"shop"_s);
        QCOMPARE(spec.value(u"templateInfo"_s).toObject().value(u"entityRef"_s).toString(), u"template:default/echo"_s);
        QVERIFY(!folderContents(folder.path()).contains("very-secret-pw"));
        QVERIFY(!folderContents(folder.path()).contains(BackstagePeer::Backend::token().toLatin1()));
    }

    void wrongToken()
    {
        QTemporaryDir folder;
        Outbox outbox(folder.path());
        const BackendsConfig config = backends(u"ATRIUM_TEST_WRONG_TOKEN"_s);
        OutboxSender sender(&outbox, OutboxSender::resolverFor(config));
        const QUuid id
            = outbox.add(EndpointRequest::forScaffolderTask(config.backstage.first(), u"template:default/echo"_s, {}));
        sender.start();
        QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(id)->state, OutboxEntry::State::Failed, 30000);
        QVERIFY2(outbox.entry(id)->lastError.contains(u"401"_s)
                     && outbox.entry(id)->lastError.contains(u"AuthenticationError"_s),
                 qPrintable(outbox.entry(id)->lastError));
    }
};

QTEST_GUILESS_MAIN(TestScaffolderTask)
#include "tst_scaffoldertask.moc"

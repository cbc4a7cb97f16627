// OutboxSender against a real local HTTP server whose answers each test scripts: retries, Retry-After, a backend that
// comes back, the never-resend rule, idempotency keys, tokens that never reach the disk, timeouts and restarts.

#include "../scriptedhttpserver.h"
#include "backends/endpointrequest.h"
#include "backends/outbox.h"
#include "backends/outboxsender.h"
#include "workspace/backendsconfig.h"
#include "workspace/workspaceconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Atrium;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto kSecret = "s3cret-token-4711";

} // namespace

class TestOutboxSender : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
    SendTarget m_target;
    QHash<QString, SendTarget> m_targets;

    OutboxSender::TargetResolver resolver()
    {
        return [this](const QString& name, QString* error) -> std::optional<SendTarget> {
            if (m_targets.contains(name))
                return m_targets.value(name);
            *error = u"no target %1"_s.arg(name);
            return std::nullopt;
        };
    }

    void open()
    {
        m_sender.reset();
        m_outbox = std::make_unique<Outbox>(m_dir->path());
        m_sender = std::make_unique<OutboxSender>(m_outbox.get(), resolver());
        RetryLimits limits;
        limits.baseDelay = 40ms;
        limits.maxDelay = 200ms;
        limits.maxAttempts = 50;
        m_sender->setRetryLimits(limits);
        m_sender->setRandomSource([] { return 0.5; });
        m_sender->setUnresolvedDelayMs(300);
    }

    QUuid add(const QUrl& url, const QString& key = {}, const QString& target = u"hook"_s,
              OutboxEntry::Kind kind = OutboxEntry::Kind::HttpRequest)
    {
        OutboxEntry entry;
        entry.kind = kind;
        entry.targetName = target;
        entry.url = url;
        entry.payload = "{\"name\":\"shop\"}";
        entry.idempotencyKey = key;
        entry.title = u"test"_s;
        QString error;
        const QUuid id = m_outbox->add(entry, &error);
        if (id.isNull())
            qWarning("%s", qPrintable(error));
        return id;
    }

    /// A request that may have arrived: a POST without a key must become unknown (sent once), one with a key is
    /// sent again.
    static void neverResendRows()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<OutboxEntry::State>("expected");
        QTest::addColumn<int>("requests");
        QTest::newRow("POST without key: unknown") << QString() << OutboxEntry::State::Unknown << 1;
        QTest::newRow("with key: sent again") << u"key-7"_s << OutboxEntry::State::Sent << 2;
    }

    OutboxEntry entry(const QUuid& id) const { return m_outbox->entry(id).value_or(OutboxEntry()); }
    OutboxEntry::State state(const QUuid& id) const { return entry(id).state; }

    /// Every byte the outbox folder holds, to prove that no secret was written.
    QByteArray folderContents() const
    {
        QByteArray all;
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_target = SendTarget();
        m_target.network.connectTimeoutMs = 3000;
        m_target.network.transferTimeoutMs = 5000;
        m_targets = { { u"hook"_s, m_target } };
        qputenv("ATRIUM_TEST_TOKEN", kSecret);
        open();
    }

    void cleanup()
    {
        m_sender.reset();
        m_outbox.reset();
        m_dir.reset();
    }

    void created()
    {
        ScriptedServer server;
        server.script = { { ScriptedServer::Action::Respond, 201, "{\"ok\":true}" } };
        QVERIFY(server.listen());
        const QUuid id = add(server.url());
        QSignalSpy finished(m_sender.get(), &OutboxSender::attemptFinished);
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Sent, 5000);
        QCOMPARE(finished.size(), 1);
        const OutboxEntry sent = entry(id);
        QCOMPARE(sent.attempts, 1);
        QCOMPARE(sent.responseStatus, 201);
        QCOMPARE(sent.responseBody, QByteArray("{\"ok\":true}"));
        QVERIFY(sent.lastError.isEmpty());
        QVERIFY2(sent.log.join(u'\n').contains(u"HTTP 201"_s), qPrintable(sent.log.join(u'\n')));
        QCOMPARE(server.requests.size(), 1);
        const ScriptedServer::Request& request = server.requests.first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/hook"));
        QCOMPARE(request.body, QByteArray("{\"name\":\"shop\"}"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(!request.headers.contains("authorization"));
        // Written on disk too: a new outbox over the folder reads the same.
        QCOMPARE(Outbox(m_dir->path()).entry(id)->state, OutboxEntry::State::Sent);
    }

    void serverErrorIsRetried()
    {
        ScriptedServer server;
        server.script = { { ScriptedServer::Action::Respond, 500, "{\"message\":\"database down\"}" },
                          { ScriptedServer::Action::Respond, 200 } };
        QVERIFY(server.listen());
        const QUuid id = add(server.url());
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Sent, 5000);
        QCOMPARE(entry(id).attempts, 2);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(entry(id).log.join(u'\n').contains(u"database down"_s));
    }

    void retryAfterIsHonoured()
    {
        ScriptedServer server;
        server.script = { { ScriptedServer::Action::Respond, 429, "{}", { { "Retry-After", "1" } } },
                          { ScriptedServer::Action::Respond, 200 } };
        QVERIFY(server.listen());
        const QUuid id = add(server.url());
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Sent, 5000);
        QCOMPARE(server.requests.size(), 2);
        const qint64 waited = server.requests.at(1).atMs - server.requests.at(0).atMs;
        QVERIFY2(waited >= 990, qPrintable(QString::number(waited)));
    }

    void badRequestFails()
    {
        ScriptedServer server;
        server.script = { { ScriptedServer::Action::Respond, 400, "{\"message\":\"name is required\"}" } };
        QVERIFY(server.listen());
        const QUuid id = add(server.url());
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Failed, 5000);
        QVERIFY2(entry(id).lastError.contains(u"name is required"_s), qPrintable(entry(id).lastError));
        QVERIFY(entry(id).lastError.contains(u"400"_s));
        QCOMPARE(entry(id).responseStatus, 400);
        QTest::qWait(200);
        QCOMPARE(server.requests.size(), 1);
    }

    void offlineThenBack()
    {
        // A port nobody listens on (yet).
        ScriptedServer server;
        QVERIFY(server.listen());
        const quint16 port = server.port();
        const QUrl url = server.url();
        server.close();

        // More unreachable attempts than maxAttempts: offline is no reason to fail a submission.
        RetryLimits limits = m_sender->retryLimits();
        limits.maxAttempts = 2;
        m_sender->setRetryLimits(limits);
        const QUuid id = add(url);
        m_sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(entry(id).attempts >= 4, 5000);
        QCOMPARE(state(id) == OutboxEntry::State::Queued || state(id) == OutboxEntry::State::Sending, true);
        QVERIFY2(entry(id).lastError.contains(u"refused"_s), qPrintable(entry(id).lastError));

        QVERIFY(server.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Sent, 5000);
        QCOMPARE(server.requests.size(), 1);
    }

    void backendBackReleasesTheOthers()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        const quint16 port = server.port();
        const QUrl url = server.url();
        server.close();
        // Long backoffs: without the release the second entry would wait for minutes.
        RetryLimits limits;
        limits.baseDelay = 60s;
        limits.maxDelay = 10min;
        m_sender->setRetryLimits(limits);
        m_sender->setRandomSource([] { return 0.99; });

        const QUuid first = add(url);
        const QUuid second = add(url);
        m_sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(entry(first).attempts == 1 && entry(second).attempts == 1
                                     && state(first) == OutboxEntry::State::Queued
                                     && state(second) == OutboxEntry::State::Queued,
                                 5000);
        QVERIFY(entry(second).nextAttemptAt > QDateTime::currentDateTimeUtc().addSecs(30));

        QVERIFY(server.listen(port));
        QVERIFY(m_sender->sendNow(first));
        QTRY_COMPARE_WITH_TIMEOUT(state(first), OutboxEntry::State::Sent, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(state(second), OutboxEntry::State::Sent, 5000);
        QCOMPARE(server.requests.size(), 2);
    }

    void brokenAfterSendingWithoutKeyIsUnknown()
    {
        ScriptedServer server;
        server.script = { { ScriptedServer::Action::Close } };
        QVERIFY(server.listen());
        const QUuid id = add(server.url());
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Unknown, 5000);
        QVERIFY2(entry(id).lastError.contains(u"may have received"_s), qPrintable(entry(id).lastError));
        QTest::qWait(500);
        // Never resent behind the user's back.
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(state(id), OutboxEntry::State::Unknown);

        // The user's retry sends it again.
        QVERIFY(m_outbox->retry(id));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Sent, 5000);
        QCOMPARE(server.requests.size(), 2);
    }

    void brokenAfterSendingWithKeyIsResent()
    {
        ScriptedServer server;
        server.script = { { ScriptedServer::Action::Close }, { ScriptedServer::Action::Respond, 200 } };
        QVERIFY(server.listen());
        m_targets[u"hook"_s].idempotencyKeyHeader = "Idempotency-Key";
        const QUuid id = add(server.url(), u"key-123"_s);
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Sent, 5000);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.at(0).headers.value("idempotency-key"), QByteArray("key-123"));
        QCOMPARE(server.requests.at(1).headers.value("idempotency-key"), QByteArray("key-123"));
        QCOMPARE(entry(id).attempts, 2);
    }

    void transferTimeout_data() { neverResendRows(); }

    void transferTimeout()
    {
        QFETCH(QString, key);
        QFETCH(OutboxEntry::State, expected);
        QFETCH(int, requests);
        ScriptedServer server;
        server.script = { { ScriptedServer::Action::Hang }, { ScriptedServer::Action::Respond, 200 } };
        QVERIFY(server.listen());
        m_targets[u"hook"_s].network.transferTimeoutMs = 300;
        m_targets[u"hook"_s].idempotencyKeyHeader = "Idempotency-Key";
        m_sender->setResolver(resolver());
        const QUuid id = add(server.url(), key);
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), expected, 5000);
        QTest::qWait(300);
        QCOMPARE(server.requests.size(), requests);
        if (expected == OutboxEntry::State::Unknown)
            QVERIFY2(entry(id).lastError.contains(u"no answer within"_s), qPrintable(entry(id).lastError));
    }

    void tokens_data()
    {
        QTest::addColumn<QByteArray>("tokenHeader");
        QTest::addColumn<QString>("tokenField");
        QTest::addColumn<QByteArray>("expectedHeader");
        QTest::addColumn<QByteArray>("expectedValue");
        QTest::addColumn<QByteArray>("expectedBody");
        QTest::newRow("Authorization: Bearer")
            << QByteArray("Authorization") << QString() << QByteArray("authorization")
            << QByteArray("Bearer ") + kSecret << QByteArray("{\"name\":\"shop\"}");
        QTest::newRow("a header of its own") << QByteArray("PRIVATE-TOKEN") << QString() << QByteArray("private-token")
                                             << QByteArray(kSecret) << QByteArray("{\"name\":\"shop\"}");
        QTest::newRow("a body field") << QByteArray("Authorization") << u"token"_s << QByteArray("authorization")
                                      << QByteArray()
                                      << QByteArray("{\"name\":\"shop\",\"token\":\"s3cret-token-4711\"}");
    }

    void tokens()
    {
        QFETCH(QByteArray, tokenHeader);
        QFETCH(QString, tokenField);
        QFETCH(QByteArray, expectedHeader);
        QFETCH(QByteArray, expectedValue);
        QFETCH(QByteArray, expectedBody);
        ScriptedServer server;
        QVERIFY(server.listen());
        SendTarget& target = m_targets[u"hook"_s];
        target.token.environmentVariable = u"ATRIUM_TEST_TOKEN"_s;
        target.tokenHeader = tokenHeader;
        target.tokenField = tokenField;
        m_sender->setResolver(resolver());
        const QUuid id = add(server.url());
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Sent, 5000);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.first().headers.value(expectedHeader), expectedValue);
        QCOMPARE(server.requests.first().body, expectedBody);
        // Neither the entry's file nor anything else in the folder holds the token.
        const QByteArray onDisk = folderContents();
        QVERIFY(onDisk.contains("shop"));
        QVERIFY(!onDisk.contains(kSecret));
    }

    void missingTokenStaysQueued()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        qunsetenv("ATRIUM_TEST_TOKEN");
        m_targets[u"hook"_s].token.environmentVariable = u"ATRIUM_TEST_TOKEN"_s;
        m_sender->setResolver(resolver());
        QSignalSpy problems(m_sender.get(), &OutboxSender::problem);
        const QUuid id = add(server.url());
        m_sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(!entry(id).lastError.isEmpty(), 5000);
        QCOMPARE(state(id), OutboxEntry::State::Queued);
        QVERIFY2(entry(id).lastError.contains(u"ATRIUM_TEST_TOKEN is not set"_s), qPrintable(entry(id).lastError));
        QCOMPARE(entry(id).attempts, 0);
        QVERIFY(!problems.isEmpty());
        QTest::qWait(100);
        QCOMPARE(server.requests.size(), 0);

        // Set it, and the entry goes out on its next try.
        qputenv("ATRIUM_TEST_TOKEN", kSecret);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Sent, 5000);
        QCOMPARE(server.requests.size(), 1);
    }

    void tls()
    {
        // A test authority and a certificate for 127.0.0.1 it signed: trusted only through the endpoint's caFile.
        QDir(m_dir->path()).mkpath(u"tls"_s);
        const QString ca = m_dir->filePath(u"tls/ca.pem"_s);
        const QString cert = m_dir->filePath(u"tls/cert.pem"_s);
        const QString key = m_dir->filePath(u"tls/key.pem"_s);
        const auto openssl = [](const QStringList& arguments) {
            QProcess process;
            process.start(u"openssl"_s, arguments);
            return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
                && process.exitCode() == 0;
        };
        const QStringList common { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s };
        if (!openssl(common
                     + QStringList { u"-keyout"_s, m_dir->filePath(u"tls/ca.key"_s), u"-out"_s, ca, u"-subj"_s,
                                     u"/CN=Atrium Test CA"_s })
            || !openssl(common
                        + QStringList { u"-CA"_s, ca, u"-CAkey"_s, m_dir->filePath(u"tls/ca.key"_s), u"-keyout"_s, key,
                                        u"-out"_s, cert, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                                        u"subjectAltName=IP:127.0.0.1"_s, u"-addext"_s,
                                        u"basicConstraints=CA:FALSE"_s }))
            QSKIP("openssl (3.0 or newer) could not make a test certificate");
        QFile certFile(cert);
        QFile keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey privateKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        // Two servers: Qt keeps one connection (and its TLS settings) per host and port.
        ScriptedServer server;
        ScriptedServer other;
        server.useTls(certificate, privateKey);
        other.useTls(certificate, privateKey);
        QVERIFY(server.listen() && other.listen());
        QCOMPARE(server.url().scheme(), u"https"_s);

        m_targets[u"trusting"_s] = m_target;
        m_targets[u"trusting"_s].network.caFile = ca;
        m_sender->setResolver(resolver());
        const QUuid trusted = add(server.url(), {}, u"trusting"_s);
        const QUuid untrusted = add(other.url(), {}, u"hook"_s);
        m_sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(state(trusted) == OutboxEntry::State::Sent || entry(trusted).attempts > 1, 10000);
        QVERIFY2(state(trusted) == OutboxEntry::State::Sent, qPrintable(entry(trusted).log.join(u"\n"_s)));
        QCOMPARE(server.requests.size(), 1);
        // Verification is never off: without the authority the handshake fails, and the request stays queued.
        QTRY_VERIFY_WITH_TIMEOUT(entry(untrusted).attempts >= 1 && state(untrusted) == OutboxEntry::State::Queued,
                                 10000);
        QVERIFY2(entry(untrusted).lastError.contains(u"TLS handshake failed"_s),
                 qPrintable(entry(untrusted).lastError));
        QCOMPARE(other.requests.size(), 0);
    }

    void nothingGoesOutUnwritten()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        const QUuid id = add(server.url());
        // The entry's file cannot be replaced (a folder took its name): the `sending` write fails.
        const QString path = QDir(m_dir->path()).filePath(Outbox::fileName(id));
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkpath(path + u"/blocker"_s));
        QSignalSpy problems(m_sender.get(), &OutboxSender::problem);
        m_sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 5000);
        QVERIFY2(problems.first().at(1).toString().contains(u"cannot be written"_s),
                 qPrintable(problems.first().at(1).toString()));
        QTest::qWait(200);
        QCOMPARE(server.requests.size(), 0);
        QCOMPARE(state(id), OutboxEntry::State::Queued);
        QCOMPARE(entry(id).attempts, 0);
        // Writable again: it goes out on its next try (held in memory meanwhile, not in a busy loop).
        QVERIFY(QDir(path).removeRecursively());
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Sent, 5000);
        QCOMPARE(server.requests.size(), 1);
    }

    void unknownTargetStaysQueued()
    {
        const QUuid id = add(QUrl(u"http://127.0.0.1:9/x"_s), {}, u"gone"_s);
        m_sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(!entry(id).lastError.isEmpty(), 5000);
        QCOMPARE(state(id), OutboxEntry::State::Queued);
        QVERIFY2(entry(id).lastError.contains(u"gone"_s), qPrintable(entry(id).lastError));
        QCOMPARE(entry(id).attempts, 0);
    }

    void scaffolderTask()
    {
        ScriptedServer server;
        server.script = { { ScriptedServer::Action::Respond, 201, "{\"id\":\"task-42\"}" } };
        QVERIFY(server.listen());
        m_targets[u"backstage"_s] = m_target;
        m_targets[u"backstage"_s].token.environmentVariable = u"ATRIUM_TEST_TOKEN"_s;
        m_sender->setResolver(resolver());
        OutboxEntry task;
        task.kind = OutboxEntry::Kind::ScaffolderTask;
        task.targetName = u"backstage"_s;
        task.url = server.url(u"/api/scaffolder/v2/tasks"_s);
        task.payload = "{\"templateRef\":\"template:default/web-app\",\"values\":{\"name\":\"shop\"}}";
        task.secretNames = { u"githubToken"_s };
        const QUuid id = m_outbox->add(task);
        m_sender->start();
        // Without its secrets (lost with a restart) it waits, saying why.
        QTRY_VERIFY_WITH_TIMEOUT(entry(id).lastError.contains(u"githubToken"_s), 5000);
        QCOMPARE(server.requests.size(), 0);

        m_sender->setSecrets(id, QJsonObject { { u"githubToken"_s, u"ghp-very-secret"_s } });
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Sent, 5000);
        QCOMPARE(entry(id).remoteId, u"task-42"_s);
        QCOMPARE(server.requests.size(), 1);
        const ScriptedServer::Request& request = server.requests.first();
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + kSecret);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(u"templateRef"_s).toString(), u"template:default/web-app"_s);
        QCOMPARE(body.value(u"secrets"_s).toObject().value(u"githubToken"_s).toString(), u"ghp-very-secret"_s);
        const QByteArray onDisk = folderContents();
        QVERIFY(!onDisk.contains("ghp-very-secret"));
        QVERIFY(!onDisk.contains(kSecret));
    }

    void neverTwiceAtOnce()
    {
        ScriptedServer server;
        server.script = { { ScriptedServer::Action::Hang },
                          { ScriptedServer::Action::Hang },
                          { ScriptedServer::Action::Hang },
                          { ScriptedServer::Action::Hang } };
        QVERIFY(server.listen());
        m_sender->setMaxInFlight(2);
        QList<QUuid> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(add(server.url()));
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, 5000);
        // Nudges that would start an entry again while it is in flight.
        for (const QUuid& id : std::as_const(ids)) {
            m_sender->sendNow(id);
            m_outbox->update(entry(id));
        }
        QTest::qWait(300);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(m_sender->inFlightCount(), 2);
        QCOMPARE(server.maxOpenConnections, 2);
    }

    void presets_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<QString>("tokenField");
        QTest::newRow("github-repository-dispatch")
            << QByteArray("    preset: github-repository-dispatch\n    repository: acme/infra\n    apiUrl: BASE\n")
            << QByteArray("/repos/acme/infra/dispatches") << QByteArray("accept")
            << QByteArray("application/vnd.github+json") << QString();
        QTest::newRow("gitlab-pipeline-trigger")
            << QByteArray("    preset: gitlab-pipeline-trigger\n    project: platform/deployer\n    gitlabUrl: BASE\n")
            << QByteArray("/api/v4/projects/platform%2Fdeployer/trigger/pipeline") << QByteArray("content-type")
            << QByteArray("application/json") << u"token"_s;
    }

    void presets()
    {
        // From atrium.yaml to the wire: the workspace's resolver, the preset's URL, headers, body and token.
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, headerValue);
        QFETCH(QString, tokenField);
        ScriptedServer server;
        server.script = { { ScriptedServer::Action::Respond, 204, {} } };
        QVERIFY(server.listen());
        const QByteArray base = "http://127.0.0.1:" + QByteArray::number(server.port());
        const WorkspaceConfig workspace
            = parseWorkspaceConfig(m_dir->filePath(u"atrium.yaml"_s),
                                   "backends:\n  - name: ci\n    type: http\n    token: {env: ATRIUM_TEST_TOKEN}\n"
                                       + QByteArray(yaml).replace("BASE", base));
        const BackendsConfig config
            = BackendsConfigReader::read(workspace.backends, workspace.configFile, workspace.rootDirectory);
        QVERIFY(config.problems.isEmpty());
        SubmissionInput input;
        input.parameters = QJsonObject { { u"name"_s, u"shop"_s } };
        input.templateRef = u"template:default/web-app"_s;
        QString error;
        const std::optional<OutboxEntry> request
            = EndpointRequest::forEndpoint(config.endpoints.first(), input, &error);
        QVERIFY2(request, qPrintable(error));
        m_sender->setResolver(OutboxSender::resolverFor(config));
        const QUuid id = m_outbox->add(*request);
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Sent, 5000);
        QCOMPARE(entry(id).responseStatus, 204);
        QCOMPARE(server.requests.size(), 1);
        const ScriptedServer::Request& sent = server.requests.first();
        QCOMPARE(sent.path, path);
        QCOMPARE(sent.headers.value(header), headerValue);
        const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
        QVERIFY2(!body.isEmpty(), sent.body.constData());
        if (tokenField.isEmpty()) {
            QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer ") + kSecret);
        } else {
            QVERIFY(!sent.headers.contains("authorization"));
            QCOMPARE(body.value(tokenField).toString(), QString::fromLatin1(kSecret));
        }
        QVERIFY(!folderContents().contains(kSecret));
    }

    void restartContinuesQueued()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        const quint16 port = server.port();
        const QUrl url = server.url();
        server.close();
        const QUuid id = add(url);
        m_sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(entry(id).attempts >= 1 && state(id) == OutboxEntry::State::Queued, 5000);

        // The app closes and starts again with the backend back.
        QVERIFY(server.listen(port));
        open();
        QCOMPARE(state(id), OutboxEntry::State::Queued);
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), OutboxEntry::State::Sent, 5000);
        QCOMPARE(server.requests.size(), 1);
    }

    void closedMidSend_data() { neverResendRows(); }

    void closedMidSend()
    {
        QFETCH(QString, key);
        QFETCH(OutboxEntry::State, expected);
        const OutboxEntry::State afterRestart = expected;
        QFETCH(int, requests);
        ScriptedServer server;
        server.script = { { ScriptedServer::Action::Hang }, { ScriptedServer::Action::Respond, 200 } };
        QVERIFY(server.listen());
        const QUuid id = add(server.url(), key);
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
        QCOMPARE(state(id), OutboxEntry::State::Sending);
        m_sender.reset(); // the app closes mid-send
        QFile file(QDir(m_dir->path()).filePath(Outbox::fileName(id)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(OutboxEntry::fromFileContents(file.readAll())->state, OutboxEntry::State::Sending);

        open();
        m_sender->start();
        if (afterRestart == OutboxEntry::State::Unknown) {
            QCOMPARE(state(id), OutboxEntry::State::Unknown);
            QTest::qWait(300);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(state(id), afterRestart, 5000);
        }
        QCOMPARE(server.requests.size(), requests);
    }
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"

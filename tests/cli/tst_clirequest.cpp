// `atrium-cli request send` and `atrium-cli outbox list|retry` run as a user would: the real binary against a
// scripted HTTP server in this process, with a workspace and an outbox folder of the test's own.

#include "../scriptedhttpserver.h"
#include "clirunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr auto kToken = "hook-token-0815";

} // namespace

class TestCliRequest : public QObject {
    Q_OBJECT

    using Result = CliRunner::Result;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScriptedServer> m_server;

    QString outboxDir() const { return m_dir->filePath(u"outbox"_s); }

    /// Runs atrium-cli without blocking this thread's event loop, which serves the HTTP server.
    Result run(const QStringList& arguments, const QByteArray& input = {}, bool withOutboxOption = true)
    {
        QProcessEnvironment environment = CliRunner::environment();
        environment.insert(u"ATRIUM_TEST_HOOK_TOKEN"_s, QString::fromLatin1(kToken));
        environment.insert(u"ATRIUM_OUTBOX_DIR"_s, outboxDir());
        QStringList all = arguments;
        if (withOutboxOption)
            all << u"--outbox"_s << outboxDir();
        return CliRunner::run(all, environment, m_dir->path(), input);
    }

    Result send(const QString& endpoint, const QStringList& extra = {})
    {
        return run(QStringList { u"request"_s, u"send"_s, endpoint, u"--values"_s, u"values.yaml"_s } + extra);
    }

    QJsonArray list()
    {
        const Result result = run({ u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s });
        if (result.exitCode != 0)
            qWarning("%s", qPrintable(result.err));
        return QJsonDocument::fromJson(result.out.toUtf8()).array();
    }

    QByteArray outboxContents() const
    {
        QByteArray all;
        QDirIterator it(outboxDir(), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    void write(const QString& name, const QByteArray& contents)
    {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->listen());
        const QByteArray base = "http://127.0.0.1:" + QByteArray::number(m_server->port());
        write(u"atrium.yaml"_s,
              "name: test\n"
              "backends:\n"
              "  - name: hook\n"
              "    type: http\n"
              "    url: "
                  + base
                  + "/hook\n"
                    "    token: {env: ATRIUM_TEST_HOOK_TOKEN}\n"
                    "    idempotencyKeyHeader: Idempotency-Key\n"
                    "    timeoutSeconds: 5\n"
                    "    body: '{\"app\": {{ parameters.name | dump }}}'\n"
                    "  - name: plain\n"
                    "    type: http\n"
                    "    url: "
                  + base
                  + "/plain\n"
                    "    timeoutSeconds: 5\n"
                    "  - name: broken\n"
                    "    type: http\n"
                    "    url: "
                  + base
                  + "/broken\n"
                    "    body: |\n"
                    "      {\"app\": {{ parameters.name }}}\n");
        write(u"values.yaml"_s, "name: shop\n");
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void sent()
    {
        m_server->script = { { ScriptedServer::Action::Respond, 201, "{\"run\":17}" } };
        const Result result = send(u"hook"_s);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(u"Sent to hook: HTTP 201"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"{\"run\":17}"_s));
        QCOMPARE(m_server->requests.size(), 1);
        const ScriptedServer::Request& request = m_server->requests.first();
        QCOMPARE(request.body, QByteArray("{\"app\": \"shop\"}"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + kToken);
        QVERIFY(!request.headers.value("idempotency-key").isEmpty());

        const QJsonArray entries = list();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0)[u"state"_s].toString(), u"sent"_s);
        QCOMPARE(entries.at(0)[u"target"_s].toString(), u"hook"_s);
        QCOMPARE(entries.at(0)[u"responseStatus"_s].toInt(), 201);
        QVERIFY(outboxContents().contains("shop"));
        QVERIFY(!outboxContents().contains(kToken));
    }

    void jsonOutputAndEnvironmentFolder()
    {
        // Without --outbox, ATRIUM_OUTBOX_DIR decides.
        const Result result
            = run({ u"request"_s, u"send"_s, u"plain"_s, u"--values"_s, u"-"_s, u"--format"_s, u"json"_s },
                  "name: from-stdin\n", false);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(object[u"state"_s].toString(), u"sent"_s);
        QCOMPARE(object[u"attempts"_s].toInt(), 1);
        QVERIFY(m_server->requests.first().body.contains("from-stdin"));
        QCOMPARE(list().size(), 1);
    }

    void failedThenRetried()
    {
        m_server->script = { { ScriptedServer::Action::Respond, 422, "{\"message\":\"name is taken\"}" } };
        Result result = send(u"hook"_s);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"name is taken"_s), qPrintable(result.err));
        QVERIFY(result.err.contains(u"atrium-cli outbox retry"_s));
        QJsonArray entries = list();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0)[u"state"_s].toString(), u"failed"_s);

        // The table, for people.
        result = run({ u"outbox"_s, u"list"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"failed"_s) && result.out.contains(u"name is taken"_s), qPrintable(result.out));

        const QString prefix = entries.at(0)[u"id"_s].toString().left(6);
        result = run({ u"outbox"_s, u"retry"_s, prefix });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(list().at(0)[u"state"_s].toString(), u"sent"_s);
        QCOMPARE(m_server->requests.size(), 2);
        // The same key both times: the endpoint can tell it is the same request.
        QCOMPARE(m_server->requests.at(0).headers.value("idempotency-key"),
                 m_server->requests.at(1).headers.value("idempotency-key"));
    }

    void unknownNeedsYes()
    {
        m_server->script = { { ScriptedServer::Action::Close } };
        Result result = send(u"plain"_s);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"may have received"_s), qPrintable(result.err));
        QVERIFY(result.err.contains(u"--yes"_s));
        QCOMPARE(m_server->requests.size(), 1);
        const QString id = list().at(0)[u"id"_s].toString();
        QCOMPARE(list().at(0)[u"state"_s].toString(), u"unknown"_s);

        result = run({ u"outbox"_s, u"retry"_s, id });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"may already have reached plain"_s), qPrintable(result.err));
        QCOMPARE(m_server->requests.size(), 1);

        result = run({ u"outbox"_s, u"retry"_s, id, u"--yes"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(m_server->requests.size(), 2);
    }

    void offlineStaysQueued()
    {
        const quint16 port = m_server->port();
        m_server->close();
        // Out of attempts: failed.
        Result result = send(u"hook"_s, { u"--timeout"_s, u"10"_s, u"--max-attempts"_s, u"2"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"refused"_s) && result.err.contains(u"failed"_s), qPrintable(result.err));
        // Out of time: still queued, waiting out its backoff.
        result = send(u"plain"_s, { u"--timeout"_s, u"2"_s, u"--max-attempts"_s, u"50"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"stays queued"_s), qPrintable(result.err));
        const QJsonArray entries = list();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)[u"state"_s].toString(), u"queued"_s);
        QCOMPARE(entries.at(1)[u"state"_s].toString(), u"failed"_s);

        // Back online: a retry sends each at once, whatever its backoff said.
        QVERIFY(m_server->listen(port));
        for (const QJsonValue& entry : entries) {
            const Result retried = run({ u"outbox"_s, u"retry"_s, entry[u"id"_s].toString().left(8) });
            QVERIFY2(retried.exitCode == 0, qPrintable(retried.err));
        }
        QCOMPARE(m_server->requests.size(), 2);
    }

    void missingToken()
    {
        write(u"atrium.yaml"_s,
              "backends:\n  - name: hook\n    type: http\n    url: http://127.0.0.1:"
                  + QByteArray::number(m_server->port()) + "/hook\n    token: {env: ATRIUM_TEST_UNSET_TOKEN}\n");
        const Result missing = send(u"hook"_s);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"ATRIUM_TEST_UNSET_TOKEN is not set"_s), qPrintable(missing.err));
        QVERIFY(missing.err.contains(u"stays queued"_s));
        QCOMPARE(m_server->requests.size(), 0);
        QCOMPARE(list().at(0)[u"state"_s].toString(), u"queued"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown endpoint") << QStringList { u"request"_s, u"send"_s, u"nope"_s } << 1
                                          << u"declares no http endpoint nope; it has: hook, plain, broken"_s;
        QTest::newRow("body not JSON") << QStringList { u"request"_s, u"send"_s, u"broken"_s, u"--values"_s,
                                                        u"values.yaml"_s }
                                       << 1 << u"The body of endpoint broken (atrium.yaml, line 14)"_s;
        QTest::newRow("retry of nothing")
            << QStringList { u"outbox"_s, u"retry"_s, u"abc"_s } << 1 << u"holds no entry abc"_s;
        QTest::newRow("no endpoint given") << QStringList { u"request"_s, u"send"_s } << 2 << u"ENDPOINT"_s;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(m_server->requests.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRequest)
#include "tst_clirequest.moc"

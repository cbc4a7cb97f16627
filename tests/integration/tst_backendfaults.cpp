// BackstageClient and TaskFollower against a misbehaving HTTP server written here: each connection reads one request
// and then does what the test scripted (answer slowly, cut the body, loop redirects, cut an event stream mid-event).
// Every test checks the readable message and that the event loop kept turning while the fault lasted.

#include "backends/backstageclient.h"
#include "backends/taskfollower.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

/// A tiny HTTP/1.1 server: per connection, reads the request head, then hands the socket to the script with the
/// request line and the connection's number (0, 1, ...). The script writes and closes when it wants to.
class ScriptedServer : public QObject {
public:
    using Script = std::function<void(QTcpSocket* socket, const QByteArray& requestLine, int connection)>;

    explicit ScriptedServer(Script script)
        : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                auto* head = new QByteArray;
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QObject::destroyed, socket, [head] { delete head; });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, head] {
                    if (head->contains("\r\n\r\n"))
                        return; // a body: not looked at
                    head->append(socket->readAll());
                    if (!head->contains("\r\n\r\n"))
                        return;
                    const QByteArray line = head->left(head->indexOf("\r\n"));
                    requests.append(line);
                    m_script(socket, line, int(requests.size()) - 1);
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    Script m_script;
};

QByteArray response(int status, const QByteArray& body, const QByteArray& extraHeaders = {},
                    const QByteArray& type = "application/json")
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + type + "\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

void answer(QTcpSocket* socket, const QByteArray& bytes)
{
    socket->write(bytes);
    socket->disconnectFromHost();
}

/// Ticks while a fault lasts and remembers the longest gap between two ticks: a blocked event loop shows as a gap.
class Heartbeat {
public:
    Heartbeat()
    {
        m_clock.start();
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longestGapMs = std::max(m_longestGapMs, m_clock.restart());
            ++m_ticks;
        });
        m_timer.start();
    }
    qint64 longestGapMs() const { return m_longestGapMs; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestGapMs = 0;
    int m_ticks = 0;
};

BackstageConnection connectionTo(const QUrl& url, int transferTimeoutMs = 2000)
{
    BackstageConnection connection;
    connection.baseUrl = url;
    connection.token = "token";
    connection.network.connectTimeoutMs = 2000;
    connection.network.transferTimeoutMs = transferTimeoutMs;
    return connection;
}

QByteArray sseHead()
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
}

QByteArray logFrame(int id, const QByteArray& message, const QByteArray& type = "log", const QByteArray& extra = {})
{
    return "event: " + type + "\ndata: {\"id\":" + QByteArray::number(id) + ",\"taskId\":\"t1\",\"type\":\"" + type
        + "\",\"createdAt\":\"2026-01-01T00:00:00.000Z\",\"body\":{\"message\":\"" + message + "\"" + extra + "}}\n\n";
}

QByteArray eventJson(int id, const QByteArray& message, const QByteArray& type = "log", const QByteArray& extra = {})
{
    return "{\"id\":" + QByteArray::number(id) + ",\"taskId\":\"t1\",\"type\":\"" + type
        + "\",\"createdAt\":\"2026-01-01T00:00:00.000Z\",\"body\":{\"message\":\"" + message + "\"" + extra + "}}";
}

} // namespace

class TestBackendFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<TaskEvent>(); }

    void listFaults_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<QByteArray>("reply"); ///< written whole after the delay, then the connection closes
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message"); ///< part of the error; %1 is the URL asked for
        QTest::addColumn<int>("kind");

        const QByteArray page
            = R"({"items":[{"kind":"Component","metadata":{"name":"a"}}],"totalItems":1,"pageInfo":{}})";
        QTest::newRow("slow but in time")
            << 600 << response(200, page) << true << QString() << int(HttpOutcome::Kind::Response);
        QTest::newRow("slower than the transfer timeout")
            << 3500 << response(200, page) << false << u"%1: no answer within 2 s after the request was sent"_s
            << int(HttpOutcome::Kind::BrokenAfterSending);
        QTest::newRow("500") << 0 << response(500, "boom", {}, "text/plain") << false << u"%1: HTTP 500: boom"_s
                             << int(HttpOutcome::Kind::Response);
        QTest::newRow("429 Retry-After") << 0
                                         << response(429,
                                                     R"({"error":{"name":"TooManyRequests","message":"slow down"}})",
                                                     "Retry-After: 7\r\n")
                                         << false << u"%1: HTTP 429: slow down (TooManyRequests)"_s
                                         << int(HttpOutcome::Kind::Response);
        QTest::newRow("401 Backstage")
            << 0
            << response(
                   401,
                   R"({"error":{"name":"AuthenticationError","message":"Illegal token"},"request":{"method":"GET","url":"/entities/by-query"},"response":{"statusCode":401}})")
            << false << u"%1: HTTP 401: Illegal token (AuthenticationError)"_s << int(HttpOutcome::Kind::Response);
        QTest::newRow("truncated JSON") << 0 << response(200, page.left(40)) << false
                                        << u"%1: the answer is not valid JSON"_s << int(HttpOutcome::Kind::Response);
        QTest::newRow("invalid JSON") << 0 << response(200, "<html>maintenance</html>", {}, "text/html") << false
                                      << u"%1: the answer is not valid JSON"_s << int(HttpOutcome::Kind::Response);
        QTest::newRow("empty body") << 0 << response(200, "") << false << u"%1: the answer is empty, expected JSON"_s
                                    << int(HttpOutcome::Kind::Response);
        QTest::newRow("JSON without items")
            << 0 << response(200, "[1,2]") << false << u"%1: expected a JSON object, got an array"_s
            << int(HttpOutcome::Kind::Response);
        // The connection closes before the Content-Length promised is there.
        QByteArray cut = response(200, page);
        cut.chop(20);
        QTest::newRow("cut short") << 0 << cut << false << u"%1: "_s << int(HttpOutcome::Kind::BrokenAfterSending);
    }

    void listFaults()
    {
        QFETCH(int, delayMs);
        QFETCH(QByteArray, reply);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        QFETCH(int, kind);
        ScriptedServer server([&](QTcpSocket* socket, const QByteArray&, int) {
            const QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(delayMs, socket, [guard, reply] {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    answer(guard, reply);
            });
        });
        Heartbeat heartbeat;
        BackstageClient client(connectionTo(server.url()));
        std::optional<BackstageReply<BackstageEntities>> result;
        client.listEntities({}, {}, [&](const BackstageReply<BackstageEntities>& r) { result = r; });
        QVERIFY(!result); // never synchronous
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        const QString url = server.url().toString() + u"/api/catalog/entities/by-query?limit=500"_s;
        QCOMPARE(result->ok(), ok);
        if (!ok) {
            QVERIFY2(result->error.startsWith(message.arg(url)),
                     qPrintable(result->error + u" / "_s + message.arg(url)));
        } else {
            QCOMPARE(result->value.objects.size(), 1);
            QCOMPARE(result->value.texts, QList<QByteArray>({ R"({"kind":"Component","metadata":{"name":"a"}})" }));
        }
        QCOMPARE(int(result->outcome.kind), kind);
        if (QByteArray(QTest::currentDataTag()) == "429 Retry-After")
            QCOMPARE(result->outcome.retryAfter, "7"_ba);
        QVERIFY2(heartbeat.longestGapMs() < 500, qPrintable(QString::number(heartbeat.longestGapMs())));
        QVERIFY(delayMs < 100 || heartbeat.ticks() > delayMs / 40);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        Heartbeat heartbeat;
        BackstageClient client(connectionTo(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
        std::optional<BackstageReply<QJsonObject>> result;
        client.parameterSchema(u"quick"_s, [&](const BackstageReply<QJsonObject>& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->outcome.kind, HttpOutcome::Kind::NotSent);
        QCOMPARE(result->error,
                 u"http://127.0.0.1:%1/api/scaffolder/v2/templates/default/template/quick/parameter-schema: connection "
                 u"refused (is the backend running?)"_s.arg(port));
        QVERIFY(heartbeat.longestGapMs() < 500);
    }

    void redirectLoop()
    {
        ScriptedServer server([&](QTcpSocket* socket, const QByteArray& line, int) {
            const QByteArray path = line.split(' ').value(1);
            answer(socket,
                   "HTTP/1.1 302 Found\r\nLocation: " + path + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        });
        Heartbeat heartbeat;
        BackstageClient client(connectionTo(server.url()));
        std::optional<BackstageReply<QJsonObject>> result;
        client.task(u"t1"_s, [&](const BackstageReply<QJsonObject>& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QVERIFY2(result->error.endsWith(u"too many redirects (a redirect loop?)"_s), qPrintable(result->error));
        QVERIFY(result->error.startsWith(server.url().toString() + u"/api/scaffolder/v2/tasks/t1"_s));
        QVERIFY(heartbeat.longestGapMs() < 500);
    }

    void cancelledCallNeverCallsBack()
    {
        ScriptedServer server([](QTcpSocket*, const QByteArray&, int) { /* never answers */ });
        BackstageClient client(connectionTo(server.url()));
        bool called = false;
        const auto id = client.task(u"t1"_s, [&](const BackstageReply<QJsonObject>&) { called = true; });
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
        client.cancel(id);
        QTest::qWait(200);
        QVERIFY(!called);
    }

    /// A reference that is none fails without a request, later, and like any call can be cancelled first.
    void invalidTemplateRef()
    {
        BackstageClient client(connectionTo(QUrl(u"http://127.0.0.1:9"_s)));
        std::optional<BackstageReply<QJsonObject>> result;
        client.parameterSchema(u"template:"_s, [&](const BackstageReply<QJsonObject>& r) { result = r; });
        QVERIFY(!result);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 2000);
        QVERIFY2(result->error.startsWith(u"template: is not a template reference: "_s), qPrintable(result->error));

        bool called = false;
        const auto id
            = client.parameterSchema(u"template:"_s, [&](const BackstageReply<QJsonObject>&) { called = true; });
        client.cancel(id);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    /// The stream breaks in the middle of an event: the half is not reported; the follower reconnects with after=
    /// the last whole event and gets the rest, each event once.
    void streamCutMidEvent()
    {
        ScriptedServer server([&](QTcpSocket* socket, const QByteArray&, int connection) {
            if (connection == 0) {
                socket->write(sseHead() + logFrame(1, "Starting up task with 1 steps") + ": keep-alive\n\n"
                              + logFrame(2, "Beginning step One", "log", R"(,"stepId":"one","status":"processing")"));
                const QByteArray third = logFrame(3, "half of me");
                socket->write(third.left(third.size() / 2));
                socket->flush();
                QTimer::singleShot(100, socket, [socket] { socket->abort(); });
                return;
            }
            answer(socket,
                   sseHead() + logFrame(2, "Beginning step One", "log", R"(,"stepId":"one","status":"processing")")
                       + logFrame(3, "Finished step One", "log", R"(,"stepId":"one","status":"completed")")
                       + logFrame(4, "Run completed with status: completed", "completion",
                                  // moc reads `//` in a raw string as a comment: an escaped string here.
                                  ",\"output\":{\"links\":[{\"title\":\"Repo\",\"url\":\"https://x\"}]}"));
        });
        Heartbeat heartbeat;
        TaskFollower follower(connectionTo(server.url()), u"t1"_s);
        follower.setReconnectDelays(100, 500);
        QSignalSpy events(&follower, &TaskFollower::eventReceived);
        QSignalSpy problems(&follower, &TaskFollower::problem);
        QSignalSpy finished(&follower, &TaskFollower::finished);
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QList<qint64> ids;
        QStringList messages;
        for (const QList<QVariant>& arguments : events) {
            ids.append(arguments.at(0).value<TaskEvent>().id);
            messages.append(arguments.at(0).value<TaskEvent>().message);
        }
        QCOMPARE(ids, QList<qint64>({ 1, 2, 3, 4 }));
        QVERIFY(!messages.contains(u"half of me"_s));
        QCOMPARE(events.at(1).at(0).value<TaskEvent>().stepId, u"one"_s);
        QCOMPARE(events.at(1).at(0).value<TaskEvent>().status, u"processing"_s);
        QCOMPARE(finished.at(0).at(0).toString(), u"completed"_s);
        QCOMPARE(finished.at(0).at(1).toJsonObject()[u"links"_s][0][u"url"_s].toString(), u"https://x"_s);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.at(0), "GET /api/scaffolder/v2/tasks/t1/eventstream HTTP/1.1"_ba);
        QCOMPARE(server.requests.at(1), "GET /api/scaffolder/v2/tasks/t1/eventstream?after=2 HTTP/1.1"_ba);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).at(0).toString().startsWith(server.url().toString()
                                                            + u"/api/scaffolder/v2/tasks/t1/eventstream: "_s),
                 qPrintable(problems.at(0).at(0).toString()));
        QVERIFY(heartbeat.longestGapMs() < 500);
    }

    /// Resumed after an earlier run's events, a failed completion is a cancel when the task's events hold one.
    void resumedFailureOrCancel_data()
    {
        QTest::addColumn<QByteArray>("events");
        QTest::addColumn<QString>("status");
        QTest::newRow("failed") << QByteArray("[" + eventJson(1, "Starting") + "]") << u"failed"_s;
        QTest::newRow("cancelled") << QByteArray("[" + eventJson(1, "Starting") + ","
                                                 + eventJson(2, "Step one has been cancelled.", "cancelled") + "]")
                                   << u"cancelled"_s;
    }

    void resumedFailureOrCancel()
    {
        QFETCH(QByteArray, events);
        QFETCH(QString, status);
        ScriptedServer server([&](QTcpSocket* socket, const QByteArray& line, int) {
            if (line.contains("/eventstream"))
                answer(socket,
                       sseHead()
                           + logFrame(3, "Run completed with status: failed", "completion",
                                      R"(,"error":{"name":"Error","message":"boom"})"));
            else
                answer(socket, response(200, events));
        });
        TaskFollower follower(connectionTo(server.url()), u"t1"_s, 2);
        QSignalSpy finished(&follower, &TaskFollower::finished);
        QSignalSpy received(&follower, &TaskFollower::eventReceived);
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000);
        QCOMPARE(finished.at(0).at(0).toString(), status);
        QCOMPARE(received.size(), 1); // the completion only
        QCOMPARE(server.requests.last(), "GET /api/scaffolder/v2/tasks/t1/events HTTP/1.1"_ba);
    }

    /// A receiver may delete the follower from its slot, in the middle of a chunk of events: nothing more comes.
    void deletedFromItsOwnSignal()
    {
        ScriptedServer server([&](QTcpSocket* socket, const QByteArray&, int) {
            answer(socket, sseHead() + logFrame(1, "one") + logFrame(2, "two") + logFrame(3, "done", "completion"));
        });
        auto* follower = new TaskFollower(connectionTo(server.url()), u"t1"_s);
        int received = 0;
        connect(follower, &TaskFollower::eventReceived, this, [&] {
            ++received;
            delete follower;
        });
        follower->start();
        QTRY_COMPARE_WITH_TIMEOUT(received, 1, 5000);
        QTest::qWait(200);
        QCOMPARE(received, 1);
    }

    /// The stream goes quiet for longer than the transfer timeout (a proxy that holds it, a backend that hangs): the
    /// follower says so and reconnects from the last event.
    void quietStreamReconnects()
    {
        ScriptedServer server([&](QTcpSocket* socket, const QByteArray&, int connection) {
            if (connection == 0) {
                socket->write(sseHead() + logFrame(1, "Starting up task with 1 steps"));
                return; // and then nothing
            }
            answer(socket, sseHead() + logFrame(2, "Run completed with status: completed", "completion"));
        });
        Heartbeat heartbeat;
        TaskFollower follower(connectionTo(server.url(), 1000), u"t1"_s);
        follower.setReconnectDelays(50, 100);
        QSignalSpy events(&follower, &TaskFollower::eventReceived);
        QSignalSpy problems(&follower, &TaskFollower::problem);
        QSignalSpy finished(&follower, &TaskFollower::finished);
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(events.size(), 2);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).at(0).toString(),
                 server.url().toString()
                     + u"/api/scaffolder/v2/tasks/t1/eventstream: the event stream sent nothing for 1 s"_s);
        QCOMPARE(server.requests.at(1), "GET /api/scaffolder/v2/tasks/t1/eventstream?after=1 HTTP/1.1"_ba);
        QVERIFY(heartbeat.longestGapMs() < 500);
    }

    /// An event stream that is not one (a buffering proxy answering JSON): the follower polls /events instead.
    void noStreamFallsBackToPolling_data()
    {
        QTest::addColumn<QByteArray>("streamAnswer");
        QTest::newRow("not an event stream") << response(200, "[]");
        QTest::newRow("stream keeps failing") << response(503, "unavailable", {}, "text/plain");
    }

    void noStreamFallsBackToPolling()
    {
        QFETCH(QByteArray, streamAnswer);
        int polls = 0;
        ScriptedServer server([&](QTcpSocket* socket, const QByteArray& line, int) {
            if (line.contains("/eventstream")) {
                answer(socket, streamAnswer);
                return;
            }
            ++polls;
            if (polls == 1)
                answer(socket, response(200, "[" + eventJson(1, "Starting") + "," + eventJson(2, "Working") + "]"));
            else if (polls == 2)
                answer(socket, response(200, "[]"));
            else if (polls == 3)
                answer(
                    socket,
                    response(200, "[" + eventJson(2, "Working") + "," + eventJson(3, "cancelled", "cancelled") + "]"));
            else
                answer(socket,
                       response(200,
                                "["
                                    + eventJson(4, "Run completed with status: failed", "completion",
                                                R"(,"error":{"name":"Error","message":"cancelled"})")
                                    + "]"));
        });
        Heartbeat heartbeat;
        TaskFollower follower(connectionTo(server.url()), u"t1"_s);
        follower.setReconnectDelays(50, 100);
        follower.setPollInterval(100);
        QSignalSpy events(&follower, &TaskFollower::eventReceived);
        QSignalSpy finished(&follower, &TaskFollower::finished);
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QVERIFY(follower.isPolling());
        QList<qint64> ids;
        for (const QList<QVariant>& arguments : events)
            ids.append(arguments.at(0).value<TaskEvent>().id);
        QCOMPARE(ids, QList<qint64>({ 1, 2, 3, 4 }));
        QCOMPARE(finished.at(0).at(0).toString(), u"cancelled"_s);
        QVERIFY(server.requests.contains("GET /api/scaffolder/v2/tasks/t1/events?after=2 HTTP/1.1"_ba));
        QVERIFY(heartbeat.longestGapMs() < 500);
    }

    /// A backend that never comes back: the follower gives up after the time allowed, with the last problem.
    void givesUp()
    {
        ScriptedServer server([&](QTcpSocket* socket, const QByteArray&, int) {
            answer(socket, response(502, "Bad Gateway", {}, "text/plain"));
        });
        Heartbeat heartbeat;
        TaskFollower follower(connectionTo(server.url()), u"t1"_s, 41);
        follower.setReconnectDelays(50, 200);
        follower.setPollInterval(200);
        follower.setGiveUpAfter(1500);
        QSignalSpy problems(&follower, &TaskFollower::problem);
        QSignalSpy gaveUp(&follower, &TaskFollower::gaveUp);
        QElapsedTimer clock;
        clock.start();
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(!gaveUp.isEmpty(), 10000);
        QVERIFY(clock.elapsed() < 4000);
        QVERIFY(problems.size() >= 3);
        QCOMPARE(gaveUp.at(0).at(0).toString(),
                 u"gave up following task t1 after 1.5 s without an answer; the last problem: %1/api/scaffolder/v2/"
                 u"tasks/t1/events?after=41: HTTP 502: Bad Gateway"_s.arg(server.url().toString()));
        QVERIFY(server.requests.first().contains("eventstream?after=41"));
        QVERIFY(!follower.isFollowing());
        QVERIFY(heartbeat.longestGapMs() < 500);
    }

    /// A task the backend does not know (a backend with a fresh database): a final error at once, no retry.
    void unknownTaskIsFinal()
    {
        ScriptedServer server([&](QTcpSocket* socket, const QByteArray&, int) {
            answer(socket, response(404, R"({"error":{"name":"NotFoundError","message":"No task with id t1 found"}})"));
        });
        TaskFollower follower(connectionTo(server.url()), u"t1"_s);
        QSignalSpy gaveUp(&follower, &TaskFollower::gaveUp);
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(!gaveUp.isEmpty(), 5000);
        QVERIFY2(gaveUp.at(0).at(0).toString().endsWith(u"HTTP 404: No task with id t1 found (NotFoundError)"_s),
                 qPrintable(gaveUp.at(0).at(0).toString()));
        QCOMPARE(server.requests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackendFaults)
#include "tst_backendfaults.moc"

// BackstageClient and TaskFollower against a real Backstage backend (tests/integration/backstage, started once for
// the whole test with its fixtures' catalog and templates). Every wait has a deadline.

#include "backends/backstageclient.h"
#include "backends/taskfollower.h"
#include "backstagepeer.h"
#include "common/ansiescapes.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

const QString fixturesDir = QStringLiteral(ATRIUM_BACKSTAGE_FIXTURES);

QString kindAndName(const QJsonObject& entity)
{
    return entity.value(u"kind"_s).toString().toLower() + u':'
        + entity.value(u"metadata"_s).toObject().value(u"name"_s).toString();
}

/// Waits for a callback; the test fails if it does not come within @p timeoutMs.
template <typename T> struct Waiter {
    std::optional<BackstageReply<T>> reply;
    std::function<void(const BackstageReply<T>&)> callback()
    {
        return [this](const BackstageReply<T>& r) { reply = r; };
    }
    bool wait(int timeoutMs = 30000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!reply && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return reply.has_value();
    }
};

} // namespace

class TestBackstageClient : public QObject {
    Q_OBJECT

    BackstagePeer::Backend m_backend;

    BackstageConnection connection(const QByteArray& token = BackstagePeer::Backend::token().toLatin1()) const
    {
        BackstageConnection c;
        c.baseUrl = m_backend.baseUrl();
        c.token = token;
        c.network.transferTimeoutMs = 30000;
        return c;
    }

    /// Creates a task of @p templateRef and returns its id.
    QString createTask(BackstageClient& client, const QString& templateRef, const QJsonObject& values)
    {
        Waiter<QString> created;
        client.createTask(templateRef, values, {}, created.callback());
        if (!created.wait() || !created.reply->ok()) {
            qWarning("createTask: %s", created.reply ? qPrintable(created.reply->error) : "no answer");
            return {};
        }
        return created.reply->value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TaskEvent>();
        if (!QFileInfo(QStringLiteral(ATRIUM_NODE_EXECUTABLE)).isExecutable())
            QSKIP("Node.js was not found when CMake configured this test (apt-get install nodejs npm, re-run cmake): "
                  "no Backstage backend to test the client against");
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
        QVERIFY2(m_backend.waitForCatalog(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_backend.stop(); }

    void listEntities()
    {
        const QStringList expected = BackstagePeer::fixtureEntities();
        QVERIFY2(expected.size() >= 9, qPrintable(expected.join(u", "_s)));
        BackstageClient client(connection());
        client.setPageSize(4); // several pages
        QStringList listed;
        qsizetype lastTotal = -1;
        const QDeadlineTimer deadline(90000);
        while (!deadline.hasExpired()) {
            Waiter<BackstageEntities> list;
            client.listEntities(
                {}, [&](qsizetype, qsizetype total) { lastTotal = total; }, list.callback());
            QVERIFY(list.wait());
            QVERIFY2(list.reply->ok(), qPrintable(list.reply->error));
            // Each entity also as the text Backstage sent, the same JSON.
            QCOMPARE(list.reply->value.texts.size(), list.reply->value.objects.size());
            for (qsizetype i = 0; i < list.reply->value.texts.size(); ++i)
                QCOMPARE(QJsonDocument::fromJson(list.reply->value.texts.at(i)).object(),
                         list.reply->value.objects.at(i));
            listed.clear();
            for (const QJsonObject& entity : list.reply->value.objects) {
                // The catalog makes a Location entity of each configured location: not a fixture document.
                if (entity.value(u"kind"_s).toString() != u"Location"_s)
                    listed.append(kindAndName(entity));
            }
            listed.sort();
            if (listed == expected)
                break;
            QTest::qWait(1000);
        }
        QCOMPARE(listed, expected);
        QVERIFY(lastTotal >= expected.size());

        // One a page: the cursor carries the filter.
        client.setPageSize(1);
        int pages = 0;
        Waiter<BackstageEntities> templates;
        client.listEntities(
            u"kind=template"_s, [&](qsizetype, qsizetype) { ++pages; }, templates.callback());
        QVERIFY(templates.wait());
        QVERIFY2(templates.reply->ok(), qPrintable(templates.reply->error));
        QStringList names;
        for (const QJsonObject& entity : templates.reply->value.objects)
            names.append(kindAndName(entity));
        names.sort();
        QCOMPARE(names, QStringList({ u"template:quick-service"_s, u"template:slow-service"_s }));
        QCOMPARE(pages, 2);
    }

    void parameterSchema()
    {
        BackstageClient client(connection());
        Waiter<QJsonObject> schema;
        client.parameterSchema(u"quick-service"_s, schema.callback());
        QVERIFY(schema.wait());
        QVERIFY2(schema.reply->ok(), qPrintable(schema.reply->error));
        QCOMPARE(schema.reply->value.value(u"title"_s).toString(), u"Quick service"_s);
        const QJsonObject properties = schema.reply->value.value(u"steps"_s)
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(u"schema"_s)
                                           .toObject()
                                           .value(u"properties"_s)
                                           .toObject();
        QCOMPARE(properties.value(u"replicas"_s).toObject().value(u"type"_s).toString(), u"integer"_s);
    }

    void unknownTemplate()
    {
        BackstageClient client(connection());
        Waiter<QJsonObject> schema;
        client.parameterSchema(u"template:default/no-such-template"_s, schema.callback());
        QVERIFY(schema.wait());
        QVERIFY(!schema.reply->ok());
        QCOMPARE(schema.reply->outcome.status, 404);
        QVERIFY2(
            schema.reply->error.contains(u"Template template:default/no-such-template not found (NotFoundError)"_s),
            qPrintable(schema.reply->error));

        Waiter<QString> created;
        client.createTask(u"no-such-template"_s, {}, {}, created.callback());
        QVERIFY(created.wait());
        QVERIFY(!created.reply->ok());
        QVERIFY2(created.reply->error.contains(u"HTTP 404"_s) && created.reply->error.contains(u"not found"_s),
                 qPrintable(created.reply->error));
    }

    void wrongToken()
    {
        BackstageClient client(connection("not-the-token"));
        Waiter<BackstageEntities> list;
        client.listEntities({}, {}, list.callback());
        QVERIFY(list.wait());
        QVERIFY(!list.reply->ok());
        QCOMPARE(list.reply->outcome.status, 401);
        QVERIFY2(list.reply->error.contains(u"HTTP 401: Illegal token (AuthenticationError)"_s),
                 qPrintable(list.reply->error));
        QVERIFY2(list.reply->error.contains(m_backend.baseUrl().toString()), qPrintable(list.reply->error));
    }

    void dryRun()
    {
        QString error;
        const QByteArray templateJson
            = BackstagePeer::Backend::templateJson(fixturesDir + u"/templates/quick/template.yaml"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<BackstageFile> files;
        for (const BackstagePeer::File& file : BackstagePeer::readDirectory(fixturesDir + u"/templates/quick"_s))
            files.append({ file.path, file.content, file.executable });
        BackstageClient client(connection());
        Waiter<QJsonObject> run;
        client.dryRun(QJsonDocument::fromJson(templateJson).object(), { { u"name"_s, u"dry"_s }, { u"replicas"_s, 2 } },
                      {}, files, run.callback());
        QVERIFY(run.wait(120000));
        QVERIFY2(run.reply->ok(), qPrintable(run.reply->error));
        bool readme = false;
        for (const QJsonValue& file : run.reply->value.value(u"directoryContents"_s).toArray()) {
            if (file[u"path"_s].toString() == u"README.md"_s) {
                readme = true;
                QCOMPARE(QByteArray::fromBase64(file[u"base64Content"_s].toString().toLatin1()),
                         "# dry\n\nRuns 2 replicas.\n"_ba);
            }
        }
        QVERIFY(readme);
    }

    void runToCompletion()
    {
        BackstageClient client(connection());
        const QString id = createTask(client, u"template:default/quick-service"_s,
                                      { { u"name"_s, u"demo"_s }, { u"replicas"_s, 3 } });
        QVERIFY(!id.isEmpty());
        TaskFollower follower(connection(), id);
        QSignalSpy events(&follower, &TaskFollower::eventReceived);
        QSignalSpy finished(&follower, &TaskFollower::finished);
        QSignalSpy gaveUp(&follower, &TaskFollower::gaveUp);
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !gaveUp.isEmpty(), 60000);
        QVERIFY2(gaveUp.isEmpty(), qPrintable(gaveUp.value(0).value(0).toString()));
        QCOMPARE(finished.at(0).at(0).toString(), u"completed"_s);
        const QJsonObject output = finished.at(0).at(1).toJsonObject();
        QCOMPARE(output[u"links"_s][0][u"url"_s].toString(), u"https://git.example.com/demo"_s);
        QCOMPARE(output[u"text"_s][0][u"content"_s].toString(), u"Created demo"_s);

        // The log, step by step: each step begins and finishes, and says what it did in between.
        QMap<QString, QStringList> perStep;
        qint64 lastId = 0;
        for (const QList<QVariant>& arguments : events) {
            const TaskEvent event = arguments.at(0).value<TaskEvent>();
            QVERIFY2(event.id > lastId, "events come once each, in order");
            lastId = event.id;
            QVERIFY(!event.createdAt.isEmpty());
            perStep[event.stepId].append(withoutAnsiEscapes(event.message));
        }
        QCOMPARE(follower.lastEventId(), lastId);
        QCOMPARE(perStep.value(u"fetch"_s).first(), u"Beginning step Render the skeleton"_s);
        QCOMPARE(perStep.value(u"fetch"_s).last(), u"Finished step Render the skeleton"_s);
        QVERIFY(perStep.value(u"fetch"_s).join(u'\n').contains(u"Writing file README.md"_s));
        QCOMPARE(perStep.value(u"log"_s).first(), u"Beginning step Say hello"_s);
        QVERIFY(perStep.value(u"log"_s).contains(u"info: Hello demo with 3 replicas"_s));
        QCOMPARE(perStep.value(u"log"_s).last(), u"Finished step Say hello"_s);
        QCOMPARE(perStep.value(QString()).first(), u"Starting up task with 2 steps"_s);

        Waiter<QJsonObject> task;
        client.task(id, task.callback());
        QVERIFY(task.wait());
        QCOMPARE(task.reply->value.value(u"status"_s).toString(), u"completed"_s);

        // Resuming (an app restart) after the last event, the completion itself, gets the end again, and no event
        // twice; resuming in the middle gets the rest.
        TaskFollower resumed(connection(), id, lastId);
        QSignalSpy resumedEvents(&resumed, &TaskFollower::eventReceived);
        QSignalSpy resumedFinished(&resumed, &TaskFollower::finished);
        resumed.start();
        QTRY_VERIFY_WITH_TIMEOUT(!resumedFinished.isEmpty(), 30000);
        QCOMPARE(resumedEvents.size(), 0);
        QCOMPARE(resumedFinished.at(0), finished.at(0));

        const qint64 middle = events.at(3).at(0).value<TaskEvent>().id;
        TaskFollower fromMiddle(connection(), id, middle);
        QSignalSpy middleEvents(&fromMiddle, &TaskFollower::eventReceived);
        QSignalSpy middleFinished(&fromMiddle, &TaskFollower::finished);
        fromMiddle.start();
        QTRY_VERIFY_WITH_TIMEOUT(!middleFinished.isEmpty(), 30000);
        QCOMPARE(middleEvents.size(), events.size() - 4);
        QCOMPARE(middleEvents.first().at(0).value<TaskEvent>().id, middle + 1);
    }

    void cancel()
    {
        BackstageClient client(connection());
        const QString id = createTask(client, u"slow-service"_s, {});
        QVERIFY(!id.isEmpty());
        TaskFollower follower(connection(), id);
        QSignalSpy events(&follower, &TaskFollower::eventReceived);
        QSignalSpy finished(&follower, &TaskFollower::finished);
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 30000);
        Waiter<QString> cancelled;
        client.cancelTask(id, cancelled.callback());
        QVERIFY(cancelled.wait());
        QVERIFY2(cancelled.reply->ok(), qPrintable(cancelled.reply->error));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(finished.at(0).at(0).toString(), u"cancelled"_s);
        bool sawCancelled = false;
        for (const QList<QVariant>& arguments : events)
            sawCancelled = sawCancelled || arguments.at(0).value<TaskEvent>().type == u"cancelled"_s;
        QVERIFY(sawCancelled);

        // Resumed after the end (an app restart), the cancelled event is not seen again: still cancelled.
        TaskFollower resumed(connection(), id, follower.lastEventId());
        QSignalSpy resumedFinished(&resumed, &TaskFollower::finished);
        QSignalSpy resumedEvents(&resumed, &TaskFollower::eventReceived);
        resumed.start();
        QTRY_VERIFY_WITH_TIMEOUT(!resumedFinished.isEmpty(), 30000);
        QCOMPARE(resumedFinished.at(0).at(0).toString(), u"cancelled"_s);
        QCOMPARE(resumedEvents.size(), 0);
    }

    /// Last: it kills the backend, then starts a fresh one on the same port (its database is new, the task gone).
    void backendKilledMidStream()
    {
        BackstageClient client(connection());
        const QString id = createTask(client, u"slow-service"_s, {});
        QVERIFY(!id.isEmpty());
        TaskFollower follower(connection(), id);
        follower.setReconnectDelays(200, 1000);
        follower.setGiveUpAfter(60000);
        QSignalSpy events(&follower, &TaskFollower::eventReceived);
        QSignalSpy problems(&follower, &TaskFollower::problem);
        QSignalSpy finished(&follower, &TaskFollower::finished);
        QSignalSpy gaveUp(&follower, &TaskFollower::gaveUp);
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 30000);
        const quint16 port = m_backend.port();
        m_backend.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 15000);
        QVERIFY2(problems.at(0).at(0).toString().contains(u"eventstream"_s),
                 qPrintable(problems.at(0).at(0).toString()));
        QVERIFY(follower.isFollowing());

        QString error;
        QVERIFY2(m_backend.start(&error, 120000, port), qPrintable(error));
        // The new backend does not know the task: a final, readable error, well before the give-up time.
        QTRY_VERIFY_WITH_TIMEOUT(!gaveUp.isEmpty() || !finished.isEmpty(), 60000);
        QVERIFY(!follower.isFollowing());
        if (!gaveUp.isEmpty()) {
            const QString message = gaveUp.at(0).at(0).toString();
            QVERIFY2(message.contains(u"HTTP 404"_s) && message.contains(id), qPrintable(message));
        }
        QSet<qint64> ids;
        for (const QList<QVariant>& arguments : events)
            QVERIFY2(!ids.contains(arguments.at(0).value<TaskEvent>().id)
                         && (ids.insert(arguments.at(0).value<TaskEvent>().id), true),
                     "no event twice");
    }
};

QTEST_GUILESS_MAIN(TestBackstageClient)
#include "tst_backstageclient.moc"

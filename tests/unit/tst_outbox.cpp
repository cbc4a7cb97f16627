// The outbox: entries survive a restart, a crash mid-write and kill -9; what was being sent is never resent silently.

#include "backends/outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Atrium;
using namespace Qt::StringLiterals;
using State = OutboxEntry::State;

namespace {

const char writerArgument[] = "--outbox-writer";

OutboxEntry request(const QByteArray& method = "POST"_ba, const QString& idempotencyKey = {})
{
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::HttpRequest;
    entry.targetName = u"github-dispatch"_s;
    entry.url = QUrl(u"https://api.github.com/repos/acme/infra/dispatches"_s);
    entry.method = method;
    entry.payload = R"({"event_type":"provision","client_payload":{"name":"ride-events"}})"_ba;
    entry.secretNames = QStringList { u"githubToken"_s };
    entry.idempotencyKey = idempotencyKey;
    return entry;
}

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

// The child process of outboxSurvivesKill9: writes and rewrites entries as fast as it can until it is killed.
int runWriter(const QString& directory)
{
    Outbox outbox(directory);
    QTextStream out(stdout);
    for (int round = 0;; ++round) {
        OutboxEntry entry = request();
        // Big enough that a write takes a while, so that the kill often lands in the middle of one.
        entry.payload = QByteArray(R"({"filler":")") + QByteArray(qsizetype(256) * 1024, 'x') + QByteArray(R"("})");
        const QUuid id = outbox.add(entry);
        if (id.isNull())
            return 2;
        entry = *outbox.entry(id);
        for (const State state : { State::Sending, State::Sent, State::Running, State::Completed }) {
            entry.state = state;
            entry.appendLog(OutboxEntry::stateName(state));
            if (!outbox.update(entry))
                return 3;
        }
        if (round > 0 && round % 3 == 0) // keep the folder small, and kill some removes too
            outbox.remove(outbox.entries().constLast().id);
        out << "round " << round << Qt::endl;
    }
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void outboxDefaultDirectoryIsSharedByBothExecutables()
    {
        // `atrium` and `atrium-cli` have different AppDataLocations; the outbox is one.
        QCOMPARE(Outbox::defaultDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Atrium/outbox"_s);
    }

    void outboxEntryJsonRoundTrip()
    {
        OutboxEntry entry = request("POST"_ba, u"3b1f…-key"_s);
        entry.id = QUuid::createUuid();
        entry.kind = OutboxEntry::Kind::ScaffolderTask;
        entry.payload = u"{\"name\":\"équipe ✓\"}"_s.toUtf8();
        entry.state = State::Running;
        entry.attempts = 3;
        entry.nextAttemptAt = QDateTime(QDate(2026, 11, 26), QTime(14, 30, 1, 250), Qt::UTC);
        entry.lastError = u"HTTP status 503"_s;
        entry.appendLog(u"sent"_s);
        entry.createdAt = QDateTime(QDate(2026, 11, 26), QTime(14, 0), Qt::UTC);
        entry.updatedAt = QDateTime(QDate(2026, 11, 26), QTime(14, 1), Qt::UTC);
        entry.remoteId = u"a1b2c3"_s;
        entry.title = u"New service"_s;
        entry.steps = { { u"fetch"_s, u"Fetch skeleton"_s, u"completed"_s, { u"\x1b[32mBeginning step\x1b[39m"_s } },
                        { u"publish"_s, u"Publish"_s, u"processing"_s, {} } };
        entry.lastEventId = u"42"_s;
        entry.output = QJsonObject { { u"text"_s, QJsonArray { QJsonObject { { u"title"_s, u"Done"_s } } } } };
        entry.responseStatus = 201;
        entry.responseBody = "{\"id\":\"a1b2c3\"}";
        entry.step(u"publish"_s).log.append(u"pushed"_s);
        QCOMPARE(entry.steps.size(), 2);
        entry.step(u"register"_s).status = u"open"_s;
        QCOMPARE(entry.steps.size(), 3);
        QString error;
        const std::optional<OutboxEntry> read = OutboxEntry::fromFileContents(entry.toFileContents(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, entry);
        QCOMPARE(entry.toJson().value(u"version"_s).toInt(), OutboxEntry::formatVersion);
        // The body is stored, the secret's name too, but nothing else about it.
        QVERIFY(!entry.toFileContents().contains("token\""));
    }

    void outboxEntryRejectsForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        const auto edited = [](QJsonObject json, const QString& key, const QJsonValue& value) {
            json.insert(key, value);
            return QJsonDocument(json).toJson();
        };
        OutboxEntry entry = request();
        entry.id = QUuid::createUuid();
        entry.createdAt = QDateTime::currentDateTimeUtc();
        const QJsonObject json = entry.toJson();
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("truncated") << entry.toFileContents().left(40) << u"not valid JSON"_s;
        QTest::newRow("array") << "[1,2]"_ba << u"expected a JSON object"_s;
        QTest::newRow("a draft") << R"({"version":1,"templateRef":"template:default/x"})"_ba
                                 << u"expected an Atrium outbox entry"_s;
        QTest::newRow("future version") << edited(json, u"version"_s, 2) << u"expected format version 1, found 2"_s;
        QTest::newRow("no id") << edited(json, u"id"_s, u"nope"_s) << u"expected an id"_s;
        QTest::newRow("unknown state") << edited(json, u"state"_s, u"lost"_s) << u"found \"lost\""_s;
        QTest::newRow("unknown kind") << edited(json, u"kind"_s, 7) << u"expected the kind"_s;
        QTest::newRow("no createdAt") << edited(json, u"createdAt"_s, u""_s) << u"expected createdAt"_s;
    }
    void outboxEntryRejectsForeignFiles()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!OutboxEntry::fromFileContents(contents, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void outboxPersistsAcrossRestart()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"outbox"_s);
        QUuid first;
        QUuid second;
        {
            Outbox outbox(folder);
            QVERIFY(outbox.loadErrors().isEmpty());
            QCOMPARE(outbox.size(), 0);
            QSignalSpy added(&outbox, &Outbox::entryAdded);
            QSignalSpy changed(&outbox, &Outbox::entryChanged);
            QString error;
            first = outbox.add(request(), &error);
            QVERIFY2(!first.isNull(), qPrintable(error));
            QThread::msleep(5); // distinct creation times
            second = outbox.add(request("PUT"_ba), &error);
            QVERIFY2(!second.isNull(), qPrintable(error));
            QCOMPARE(added.size(), 2);
            QCOMPARE(added.first().first().value<QUuid>(), first);

            OutboxEntry entry = *outbox.entry(first);
            entry.state = State::Running;
            entry.remoteId = u"task-1"_s;
            entry.attempts = 1;
            QVERIFY2(outbox.update(entry, &error), qPrintable(error));
            QCOMPARE(changed.size(), 1);
            QVERIFY(outbox.entry(first)->updatedAt >= outbox.entry(first)->createdAt);
        }
        QStringList expectedFiles { Outbox::fileName(first), Outbox::fileName(second) };
        expectedFiles.sort();
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name), expectedFiles);

        Outbox reopened(folder);
        QVERIFY2(reopened.loadErrors().isEmpty(), qPrintable(reopened.loadErrors().join(u'\n')));
        QCOMPARE(reopened.size(), 2);
        const OutboxEntry entry = *reopened.entry(first);
        QCOMPARE(entry.state, State::Running);
        QCOMPARE(entry.remoteId, u"task-1"_s);
        QCOMPARE(entry.payload, request().payload);
        QCOMPARE(entry.secretNames, QStringList { u"githubToken"_s });
        // Newest first.
        const QList<OutboxEntry> entries = reopened.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).id, second);
        QCOMPARE(entries.at(1).id, first);
    }

    void outboxSortsNewestFirst()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        const QDateTime base = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        QList<QUuid> ids;
        for (const int minutes : { 5, 1, 30, 2 }) {
            OutboxEntry entry = request();
            entry.createdAt = base.addSecs(qint64(60) * minutes);
            ids.append(outbox.add(entry));
        }
        QList<QUuid> sorted;
        for (const OutboxEntry& entry : outbox.entries())
            sorted.append(entry.id);
        QCOMPARE(sorted, (QList<QUuid> { ids[2], ids[0], ids[3], ids[1] }));
        QCOMPARE(Outbox(dir.path()).entries().constFirst().id, ids[2]);
    }

    void outboxRecoversFromACrash()
    {
        QTemporaryDir dir;
        QUuid kept;
        QUuid sendingPost;
        QUuid sendingKeyed;
        QUuid sendingPut;
        {
            Outbox outbox(dir.path());
            kept = outbox.add(request());
            for (auto [method, key, id] : { std::tuple { "POST"_ba, QString(), &sendingPost },
                                            std::tuple { "POST"_ba, u"key-1"_s, &sendingKeyed },
                                            std::tuple { "PUT"_ba, QString(), &sendingPut } }) {
                OutboxEntry entry = request(method, key);
                entry.state = State::Sending;
                entry.attempts = 1;
                *id = outbox.add(entry);
            }
        }
        // What a crash leaves: QSaveFile's temporary file that was never committed, a file cut off mid-write (by
        // something other than QSaveFile), and a stray file that is not ours.
        writeFile(dir.filePath(Outbox::fileName(kept) + u".aBcDeF"_s), "{\"format\":\"atrium-outbox-en"_ba);
        const QString truncated = dir.filePath(Outbox::fileName(QUuid::createUuid()));
        writeFile(truncated, request().toFileContents().left(100));
        writeFile(dir.filePath(u"notes.txt"_s), "hello"_ba);
        const QByteArray keptBefore = [&] {
            QFile file(dir.filePath(Outbox::fileName(kept)));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        Outbox outbox(dir.path());
        QCOMPARE(outbox.size(), 4);
        QCOMPARE(outbox.loadErrors().size(), 1);
        QVERIFY2(outbox.loadErrors().first().contains(QDir::toNativeSeparators(truncated)),
                 qPrintable(outbox.loadErrors().first()));
        QVERIFY(outbox.loadErrors().first().contains(u"not valid JSON"_s));
        QVERIFY(QFile::exists(truncated)); // left for the user to look at

        QCOMPARE(outbox.entry(kept)->state, State::Queued);
        const OutboxEntry post = *outbox.entry(sendingPost);
        QCOMPARE(post.state, State::Unknown);
        QVERIFY(post.lastError.contains(u"may or may not have received"_s));
        QCOMPARE(post.attempts, 1);
        QCOMPARE(outbox.entry(sendingKeyed)->state, State::Queued);
        QCOMPARE(outbox.entry(sendingPut)->state, State::Queued);

        // The recovery is written, so that a second restart sees the same thing; an untouched entry is not rewritten.
        Outbox again(dir.path());
        QCOMPARE(again.entry(sendingPost)->state, State::Unknown);
        QCOMPARE(again.entry(sendingPost)->log.size(), 1);
        QFile keptFile(dir.filePath(Outbox::fileName(kept)));
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), keptBefore);
    }

    void outboxRejectsACopiedFile()
    {
        QTemporaryDir dir;
        QUuid id;
        {
            Outbox outbox(dir.path());
            id = outbox.add(request());
        }
        QVERIFY(QFile::copy(dir.filePath(Outbox::fileName(id)), dir.filePath(u"copy.json"_s)));
        Outbox outbox(dir.path());
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.loadErrors().size(), 1);
        QVERIFY(outbox.loadErrors().first().contains(u"copy.json"_s));
    }

    void outboxRetry_data()
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("queued") << State::Queued << false;
        QTest::newRow("sending") << State::Sending << false;
        QTest::newRow("sent") << State::Sent << false;
        QTest::newRow("running") << State::Running << false;
        QTest::newRow("completed") << State::Completed << false;
        QTest::newRow("failed") << State::Failed << true;
        QTest::newRow("unknown") << State::Unknown << true;
    }
    void outboxRetry()
    {
        QFETCH(State, state);
        QFETCH(bool, allowed);
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        OutboxEntry entry = request();
        entry.state = state;
        entry.attempts = 8;
        entry.nextAttemptAt = QDateTime::currentDateTimeUtc().addDays(1);
        const QUuid id = outbox.add(entry);
        QSignalSpy changed(&outbox, &Outbox::entryChanged);
        QString error;
        QCOMPARE(outbox.retry(id, &error), allowed);
        if (!allowed) {
            QVERIFY(error.startsWith(u"Only a failed request"_s));
            QCOMPARE(outbox.entry(id)->state, state);
            QCOMPARE(changed.size(), 0);
            return;
        }
        QCOMPARE(changed.size(), 1);
        const OutboxEntry retried = *Outbox(dir.path()).entry(id);
        QCOMPARE(retried.state, State::Queued);
        QCOMPARE(retried.attempts, 0);
        QVERIFY(retried.nextAttemptAt <= QDateTime::currentDateTimeUtc());
        QVERIFY(retried.log.constLast().endsWith(u"Queued again by hand"_s));
    }

    void outboxRemove()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        const QUuid id = outbox.add(request());
        const QUuid other = outbox.add(request());
        QSignalSpy removed(&outbox, &Outbox::entryRemoved);
        QString error;
        QVERIFY2(outbox.remove(id, &error), qPrintable(error));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!outbox.contains(id));
        QVERIFY(!QFile::exists(dir.filePath(Outbox::fileName(id))));
        QVERIFY(!outbox.remove(id, &error));
        QVERIFY(error.contains(u"holds no entry"_s));
        QVERIFY(!outbox.update(request(), &error)); // a null id is no entry either
        const Outbox reopened(dir.path());
        QCOMPARE(reopened.size(), 1);
        QVERIFY(reopened.contains(other));
    }

    void outboxAddFailsCleanlyWhenItCannotWrite()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"file"_s), "not a folder"_ba);
        Outbox outbox(dir.filePath(u"file/outbox"_s));
        QSignalSpy added(&outbox, &Outbox::entryAdded);
        QString error;
        QVERIFY(outbox.add(request(), &error).isNull());
        QVERIFY2(error.contains(u"cannot be created"_s), qPrintable(error));
        QCOMPARE(outbox.size(), 0);
        QCOMPARE(added.size(), 0);
    }

    void outboxAttemptLifecycle()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(14, 0), Qt::UTC);
        OutboxEntry entry = request();
        entry.createdAt = now.addSecs(-10);
        const QUuid id = outbox.add(entry);
        QCOMPARE(outbox.dueEntries(now).size(), 1);
        QCOMPARE(outbox.nextAttemptAt(), now.addSecs(-10));

        entry = Outbox::startingAttempt(*outbox.entry(id), now);
        QCOMPARE(entry.state, State::Sending);
        QCOMPARE(entry.attempts, 1);
        QVERIFY(outbox.update(entry));
        QVERIFY(outbox.dueEntries(now).isEmpty());
        QVERIFY(!outbox.nextAttemptAt().isValid());

        const RetryDecision later { RetryDecision::Action::Retry, std::chrono::milliseconds(30'000), u"HTTP 503"_s };
        entry = Outbox::afterAttempt(entry, later, now);
        QCOMPARE(entry.state, State::Queued);
        QCOMPARE(entry.nextAttemptAt, now.addSecs(30));
        QCOMPARE(entry.lastError, u"HTTP 503"_s);
        QVERIFY(outbox.update(entry));
        QVERIFY(outbox.dueEntries(now.addSecs(29)).isEmpty());
        QCOMPARE(outbox.dueEntries(now.addSecs(30)).size(), 1);
        QCOMPARE(outbox.nextAttemptAt(), now.addSecs(30));

        entry
            = Outbox::afterAttempt(Outbox::startingAttempt(entry, now.addSecs(30)), RetryDecision {}, now.addSecs(31));
        QCOMPARE(entry.state, State::Sent);
        QCOMPARE(entry.attempts, 2);
        QVERIFY(entry.lastError.isEmpty());
        QCOMPARE(entry.log.size(), 4);

        const RetryDecision unknown { RetryDecision::Action::MarkUnknown, {}, u"may have received it"_s };
        QCOMPARE(Outbox::afterAttempt(entry, unknown, now).state, State::Unknown);
        const RetryDecision failed { RetryDecision::Action::Fail, {}, u"HTTP status 422"_s };
        const OutboxEntry failedEntry = Outbox::afterAttempt(entry, failed, now);
        QCOMPARE(failedEntry.state, State::Failed);
        QCOMPARE(failedEntry.lastError, u"HTTP status 422"_s);
    }

    void outboxSurvivesKill9()
    {
        QTemporaryDir dir;
        for (int run = 0; run < 3; ++run) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(writerArgument), dir.path() });
            QVERIFY(writer.waitForStarted());
            // Wait until it has written a few rounds, then kill it at a moment it does not choose.
            QByteArray output;
            while (output.count('\n') < 3 + run && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(5000);
                output += writer.readAllStandardOutput();
            }
            QThread::msleep(7UL * (run + 1));
            QCOMPARE(writer.state(), QProcess::Running);
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            // Every finished file loads; whatever else is there (QSaveFile's temporary files) is not a ".json".
            const QDir folder(dir.path());
            const QStringList files = folder.entryList({ u"*.json"_s }, QDir::Files);
            QVERIFY(!files.isEmpty());
            for (const QString& name : files) {
                QFile file(folder.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                QString error;
                QVERIFY2(OutboxEntry::fromFileContents(file.readAll(), &error), qPrintable(name + u": "_s + error));
            }
            const Outbox outbox(dir.path());
            QVERIFY2(outbox.loadErrors().isEmpty(), qPrintable(outbox.loadErrors().join(u'\n')));
            QCOMPARE(outbox.size(), files.size());
            for (const OutboxEntry& entry : outbox.entries())
                QVERIFY2(entry.state != State::Sending, qPrintable(entry.id.toString()));
        }
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], writerArgument) == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    QStandardPaths::setTestModeEnabled(true);
    TestOutbox test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outbox.moc"

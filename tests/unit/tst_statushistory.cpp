// StatusHistory: changes are recorded against the last known state, kept on disk for seven days, and read back.

#include "environments/statushistory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

const QDateTime start(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);

Dashboard dashboard(const QDateTime& at, Health health, const QString& version, bool stale = false)
{
    Dashboard d;
    d.builtAt = at;
    EnvironmentSummary prod;
    prod.name = u"prod"_s;
    d.environments.append(prod);
    DashboardRow row;
    row.ref = u"component:default/payments"_s;
    row.name = u"payments"_s;
    EnvironmentCell cell;
    cell.health = health;
    cell.version = version;
    cell.stale = stale;
    cell.message = u"why"_s;
    row.cells.insert(u"prod"_s, cell);
    d.rows.append(row);
    return d;
}

} // namespace

class TestStatusHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordsChangesOnly()
    {
        StatusHistory history;
        QList<StatusChange> changes = history.record(dashboard(start, Health::Healthy, u"1.0"_s));
        QCOMPARE(changes.size(), 1);
        QVERIFY(!changes.first().hadPrevious);
        QVERIFY(!changes.first().turnedBad());
        QVERIFY(history.record(dashboard(start.addSecs(60), Health::Healthy, u"1.0"_s)).isEmpty());

        changes = history.record(dashboard(start.addSecs(120), Health::Degraded, u"1.0"_s));
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().hadPrevious);
        QCOMPARE(changes.first().previousHealth, Health::Healthy);
        QVERIFY(changes.first().turnedBad());
        // Staying bad, or missing after degraded, is not news.
        changes = history.record(dashboard(start.addSecs(180), Health::Missing, u"1.0"_s));
        QCOMPARE(changes.size(), 1);
        QVERIFY(!changes.first().turnedBad());
        // A new version is a change too; stale data is not.
        QVERIFY(history.record(dashboard(start.addSecs(240), Health::Healthy, u"1.1"_s, true)).isEmpty());
        changes = history.record(dashboard(start.addSecs(300), Health::Healthy, u"1.1"_s));
        QCOMPARE(changes.first().previousVersion, u"1.0"_s);
        QCOMPARE(history.timeline(u"component:default/payments"_s).size(), 4);
        QVERIFY(history.timeline(u"component:default/other"_s).isEmpty());
    }

    void keepsSevenDaysOnDisk()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"history/h.jsonl"_s);
        {
            StatusHistory history;
            QVERIFY(history.load(file, start));
            history.record(dashboard(start, Health::Healthy, u"1.0"_s));
            history.record(dashboard(start.addDays(1), Health::Degraded, u"1.0"_s));
            history.record(dashboard(start.addDays(2), Health::Healthy, u"1.1"_s));
        }
        {
            StatusHistory history;
            QVERIFY(history.load(file, start.addDays(3)));
            QCOMPARE(history.changes().size(), 3);
            QCOMPARE(history.changes().at(1).health, Health::Degraded);
            QCOMPARE(history.changes().at(1).message, u"why"_s);
            // The state survives the restart: the same state again is not a change.
            QVERIFY(history.record(dashboard(start.addDays(3), Health::Healthy, u"1.1"_s)).isEmpty());
        }
        QFile append(file);
        QVERIFY(append.open(QIODevice::Append));
        append.write("not json\n");
        append.close();
        {
            // Eight and a half days on: the first two changes are gone; the third is older than seven days too,
            // but it is the current state, so it stays as the start of the timeline.
            StatusHistory history;
            int unreadable = 0;
            QVERIFY(history.load(file, start.addDays(8).addSecs(12 * 3600), nullptr, &unreadable));
            QCOMPARE(unreadable, 1);
            QCOMPARE(history.changes().size(), 1);
            QCOMPARE(history.changes().first().version, u"1.1"_s);
            QVERIFY(history.record(dashboard(start.addDays(9), Health::Healthy, u"1.1"_s)).isEmpty());
        }
        QFile rewritten(file);
        QVERIFY(rewritten.open(QIODevice::ReadOnly));
        QCOMPARE(rewritten.readAll().count('\n'), 1);
    }

    void jsonLinesRoundTrip()
    {
        StatusChange change;
        change.at = start;
        change.entity = u"component:default/payments"_s;
        change.environment = u"prod"_s;
        change.health = Health::Progressing;
        change.version = u"2.0"_s;
        change.hadPrevious = true;
        change.previousHealth = Health::Healthy;
        change.previousVersion = u"1.9"_s;
        change.message = u"rolling out"_s;
        QCOMPARE(StatusHistory::fromJsonLine(StatusHistory::toJsonLine(change)), change);
        QVERIFY(!StatusHistory::fromJsonLine("{\"entity\": \"x\"}"));
    }
};

QTEST_GUILESS_MAIN(TestStatusHistory)
#include "tst_statushistory.moc"

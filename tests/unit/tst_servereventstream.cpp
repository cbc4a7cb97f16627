// ServerEventStream: the WHATWG text/event-stream rules, and chunks cut anywhere.

#include "common/servereventstream.h"

#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<Atrium::ServerEvent>)

namespace {

ServerEvent frame(const QString& type, const QString& data, const QString& id = {}, int retryMs = -1)
{
    ServerEvent e;
    e.type = type;
    e.data = data;
    e.id = id;
    e.retryMs = retryMs;
    return e;
}

QString describe(const QList<ServerEvent>& events)
{
    QStringList lines;
    for (const ServerEvent& e : events)
        lines.append(u"[%1|%2|%3|%4]"_s.arg(e.id, e.type, e.data).arg(e.retryMs));
    return lines.join(u'\n');
}

/// What Backstage's scaffolder sends: `event: log` and `data: {json}` frames, no ids.
const QByteArray backstageSample = "event: log\n"
                                   "data: {\"id\":1,\"body\":{\"message\":\"Starting up task with 2 steps\"}}\n"
                                   "\n"
                                   ": keep-alive\n"
                                   "event: log\n"
                                   "data: {\"id\":2,\"body\":{\"message\":\"\\u001b[32minfo\\u001b[39m: Grüße ✓\"}}\n"
                                   "\n"
                                   "event: completion\n"
                                   "data: {\"id\":3,\"body\":{\"message\":\"Run completed with status: completed\"}}\n"
                                   "\n";

} // namespace

class TestServerEventStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<ServerEvent>>("expected");
        QTest::addColumn<QString>("lastEventId");

        QTest::newRow("one message") << "data: hello\n\n"_ba << QList { frame(u"message"_s, u"hello"_s) } << QString();
        QTest::newRow("typed") << "event: log\ndata: x\n\n"_ba << QList { frame(u"log"_s, u"x"_s) } << QString();
        QTest::newRow("multi-line data") << "data: a\ndata: b\ndata\n\n"_ba
                                         << QList { frame(u"message"_s, u"a\nb\n"_s) } << QString();
        QTest::newRow("CRLF") << "event: log\r\ndata: x\r\n\r\n"_ba << QList { frame(u"log"_s, u"x"_s) } << QString();
        QTest::newRow("CR") << "event: log\rdata: x\r\r"_ba << QList { frame(u"log"_s, u"x"_s) } << QString();
        QTest::newRow("no space after colon") << "data:x\n\n"_ba << QList { frame(u"message"_s, u"x"_s) } << QString();
        QTest::newRow("only one space removed")
            << "data:  x\n\n"_ba << QList { frame(u"message"_s, u" x"_s) } << QString();
        QTest::newRow("comment ignored") << ": hi\ndata: x\n\n"_ba << QList { frame(u"message"_s, u"x"_s) }
                                         << QString();
        QTest::newRow("no data, no event") << "event: log\n\n"_ba << QList<ServerEvent> {} << QString();
        QTest::newRow("empty data is an event") << "data\n\n"_ba << QList { frame(u"message"_s, u""_s) } << QString();
        QTest::newRow("type does not leak")
            << "event: log\ndata: a\n\ndata: b\n\n"_ba << QList { frame(u"log"_s, u"a"_s), frame(u"message"_s, u"b"_s) }
            << QString();
        QTest::newRow("id is kept") << "id: 7\ndata: a\n\ndata: b\n\n"_ba
                                    << QList { frame(u"message"_s, u"a"_s, u"7"_s),
                                               frame(u"message"_s, u"b"_s, u"7"_s) }
                                    << u"7"_s;
        QTest::newRow("id without event") << "id: 9\n\n"_ba << QList<ServerEvent> {} << u"9"_s;
        QTest::newRow("id with NUL ignored")
            << "id: 1\0 2\ndata: a\n\n"_ba << QList { frame(u"message"_s, u"a"_s) } << QString();
        QTest::newRow("retry") << "retry: 1500\ndata: a\n\n"_ba << QList { frame(u"message"_s, u"a"_s, {}, 1500) }
                               << QString();
        QTest::newRow("bad retry ignored")
            << "retry: 15x\ndata: a\n\n"_ba << QList { frame(u"message"_s, u"a"_s) } << QString();
        QTest::newRow("unknown field ignored")
            << "foo: bar\ndata: a\n\n"_ba << QList { frame(u"message"_s, u"a"_s) } << QString();
        QTest::newRow("BOM skipped") << "\xEF\xBB\xBF"
                                        "data: a\n\n"_ba
                                     << QList { frame(u"message"_s, u"a"_s) } << QString();
        QTest::newRow("cut at the end: not dispatched")
            << "data: a\n\ndata: b\n"_ba << QList { frame(u"message"_s, u"a"_s) } << QString();
        QTest::newRow("utf-8") << "data: Grüße ✓\n\n"_ba << QList { frame(u"message"_s, u"Grüße ✓"_s) } << QString();
    }

    void parse()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<ServerEvent>, expected);
        QFETCH(QString, lastEventId);
        ServerEventStream parser;
        const QList<ServerEvent> events = parser.feed(stream);
        QCOMPARE(describe(events), describe(expected));
        QCOMPARE(parser.lastEventId(), lastEventId);
    }

    /// Every split point, in two chunks and byte by byte, gives the same events as the whole: mid-line, mid-CRLF,
    /// mid-UTF-8.
    void everySplitPoint_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("backstage LF") << backstageSample;
        QByteArray crlf = backstageSample;
        crlf.replace("\n", "\r\n");
        QTest::newRow("backstage CRLF") << crlf;
        QByteArray cr = backstageSample;
        cr.replace("\n", "\r");
        QTest::newRow("backstage CR") << cr;
    }

    void everySplitPoint()
    {
        QFETCH(QByteArray, stream);
        ServerEventStream whole;
        const QString expected = describe(whole.feed(stream));
        QCOMPARE(expected.count(u'\n'), 2); // three events
        QVERIFY(expected.contains(u"Grüße ✓"_s));
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            ServerEventStream parser;
            QList<ServerEvent> events = parser.feed(stream.left(cut));
            events += parser.feed(stream.mid(cut));
            QCOMPARE(describe(events), expected);
        }
        ServerEventStream bytewise;
        QList<ServerEvent> events;
        for (const char byte : stream)
            events += bytewise.feed(QByteArray(1, byte));
        QCOMPARE(describe(events), expected);
    }

    void resetDropsTheHalfEvent()
    {
        ServerEventStream parser;
        QCOMPARE(parser.feed("id: 4\nevent: log\ndata: whole\n\nevent: log\ndata: ha"_ba).size(), 1);
        parser.reset();
        const QList<ServerEvent> events = parser.feed("data: fresh\n\n"_ba);
        QCOMPARE(describe(events), describe({ frame(u"message"_s, u"fresh"_s, u"4"_s) }));
    }
};

QTEST_GUILESS_MAIN(TestServerEventStream)
#include "tst_servereventstream.moc"

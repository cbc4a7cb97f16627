// Back/forward behaves as in a web browser: new visits drop the forward list, repeats are ignored, and places
// that disappear (an entity removed by a reload) are forgotten without losing the user's position.

#include "navigation/navigationhistory.h"

#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {
// Replays a script: "a" visits a, "<" goes back, ">" goes forward, "-a" forgets a.
NavigationHistory replay(const QStringList& steps, int limit = 100)
{
    NavigationHistory history(limit);
    for (const QString& step : steps) {
        if (step == u"<"_s)
            history.back();
        else if (step == u">"_s)
            history.forward();
        else if (step.startsWith(u'-'))
            history.forget(step.mid(1));
        else
            history.visit(step);
    }
    return history;
}
} // namespace

class TestNavigationHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("places");
        QTest::addColumn<QString>("current");
        QTest::addColumn<bool>("canGoBack");
        QTest::addColumn<bool>("canGoForward");

        QTest::newRow("empty") << QStringList {} << 100 << QStringList {} << QString() << false << false;
        QTest::newRow("visits") << QStringList { u"a"_s, u"b"_s, u"c"_s } << 100
                                << QStringList { u"a"_s, u"b"_s, u"c"_s } << u"c"_s << true << false;
        QTest::newRow("back") << QStringList { u"a"_s, u"b"_s, u"c"_s, u"<"_s } << 100
                              << QStringList { u"a"_s, u"b"_s, u"c"_s } << u"b"_s << true << true;
        QTest::newRow("back past the start stays")
            << QStringList { u"a"_s, u"<"_s, u"<"_s } << 100 << QStringList { u"a"_s } << u"a"_s << false << false;
        QTest::newRow("back and forward") << QStringList { u"a"_s, u"b"_s, u"<"_s, u">"_s, u">"_s } << 100
                                          << QStringList { u"a"_s, u"b"_s } << u"b"_s << true << false;
        QTest::newRow("a visit drops the forward list")
            << QStringList { u"a"_s, u"b"_s, u"c"_s, u"<"_s, u"<"_s, u"d"_s } << 100 << QStringList { u"a"_s, u"d"_s }
            << u"d"_s << true << false;
        QTest::newRow("repeat is ignored") << QStringList { u"a"_s, u"a"_s, u"b"_s, u"b"_s } << 100
                                           << QStringList { u"a"_s, u"b"_s } << u"b"_s << true << false;
        QTest::newRow("revisiting the previous place is a new visit")
            << QStringList { u"a"_s, u"b"_s, u"a"_s } << 100 << QStringList { u"a"_s, u"b"_s, u"a"_s } << u"a"_s << true
            << false;
        QTest::newRow("limit drops the oldest") << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s } << 3
                                                << QStringList { u"b"_s, u"c"_s, u"d"_s } << u"d"_s << true << false;
        QTest::newRow("forget behind") << QStringList { u"a"_s, u"b"_s, u"c"_s, u"-b"_s } << 100
                                       << QStringList { u"a"_s, u"c"_s } << u"c"_s << true << false;
        QTest::newRow("forget current moves back") << QStringList { u"a"_s, u"b"_s, u"c"_s, u"<"_s, u"-b"_s } << 100
                                                   << QStringList { u"a"_s, u"c"_s } << u"a"_s << false << true;
        QTest::newRow("forget merges neighbours") << QStringList { u"a"_s, u"b"_s, u"a"_s, u"c"_s, u"-b"_s } << 100
                                                  << QStringList { u"a"_s, u"c"_s } << u"c"_s << true << false;
        QTest::newRow("forget everything")
            << QStringList { u"a"_s, u"a"_s, u"-a"_s } << 100 << QStringList {} << QString() << false << false;
    }
    void replay()
    {
        QFETCH(QStringList, steps);
        QFETCH(int, limit);
        QFETCH(QStringList, places);
        QFETCH(QString, current);
        QFETCH(bool, canGoBack);
        QFETCH(bool, canGoForward);
        const NavigationHistory history = ::replay(steps, limit);
        QCOMPARE(history.places(), places);
        QCOMPARE(history.current(), current);
        QCOMPARE(history.canGoBack(), canGoBack);
        QCOMPARE(history.canGoForward(), canGoForward);
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"

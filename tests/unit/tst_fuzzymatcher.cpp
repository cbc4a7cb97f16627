#include "palette/fuzzymatcher.h"

#include <QTest>

using namespace Atrium;

class TestFuzzyMatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ordering_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("better");
        QTest::addColumn<QString>("worse");
        QTest::newRow("word starts beat mid-word") << "pgw"
                                                   << "payment-gateway"
                                                   << "postgres-writer";
        QTest::newRow("acronym beats scattered") << "pg"
                                                 << "payment-gateway"
                                                 << "shopping";
        QTest::newRow("exact beats prefix") << "checkout"
                                            << "checkout"
                                            << "checkout-service";
        QTest::newRow("prefix beats later word") << "gateway"
                                                 << "gateway-proxy"
                                                 << "api-gateway";
        QTest::newRow("later word start beats mid-word") << "gate"
                                                         << "api-gateway"
                                                         << "aggregated";
        QTest::newRow("consecutive beats gaps") << "pay"
                                                << "payroll"
                                                << "p-a-y";
        QTest::newRow("case does not matter for exact") << "CHECKOUT"
                                                        << "Checkout"
                                                        << "checkout-ui";
        QTest::newRow("camel hump is a word start") << "gw"
                                                    << "PaymentGateWay"
                                                    << "paymentgatewayx";
        QTest::newRow("fewer skipped characters") << "ord"
                                                  << "order-api"
                                                  << "o-r-d-e-r-api";
        QTest::newRow("start after slash") << "ck"
                                           << "shop/checkout"
                                           << "shopcheckout";
    }
    void ordering()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, better);
        QFETCH(QString, worse);
        const FuzzyMatcher matcher(pattern);
        const std::optional<int> betterScore = matcher.score(better);
        const std::optional<int> worseScore = matcher.score(worse);
        QVERIFY(betterScore);
        QVERIFY(worseScore);
        QVERIFY2(*betterScore > *worseScore,
                 qPrintable(QStringLiteral("%1 (%2) should outrank %3 (%4)")
                                .arg(better)
                                .arg(*betterScore)
                                .arg(worse)
                                .arg(*worseScore)));
    }

    void positions_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("positions");
        QTest::newRow("ck at word start") << "ck"
                                          << "checkout" << QList<int> { 0, 4 };
        QTest::newRow("prefix") << "pay"
                                << "payment-gateway" << QList<int> { 0, 1, 2 };
        QTest::newRow("word starts") << "pgw"
                                     << "payment-gateway" << QList<int> { 0, 8, 12 };
        QTest::newRow("second word run") << "gate"
                                         << "api-gateway" << QList<int> { 4, 5, 6, 7 };
        QTest::newRow("camel case") << "sc"
                                    << "shoppingCart" << QList<int> { 0, 8 };
        QTest::newRow("after colon") << "def"
                                     << "component:default/x" << QList<int> { 10, 11, 12 };
        QTest::newRow("upper-case pattern") << "CO"
                                            << "checkout" << QList<int> { 0, 5 };
        QTest::newRow("non-ascii") << "äb"
                                   << "Ärger-Büro" << QList<int> { 0, 6 };
    }
    void positions()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(QList<int>, positions);
        const std::optional<FuzzyMatch> match = FuzzyMatcher(pattern).match(text);
        QVERIFY(match);
        QCOMPARE(match->positions, positions);
        QCOMPARE(match->score, *FuzzyMatcher(pattern).score(text));
    }

    void noMatch_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::newRow("missing character") << "pgx"
                                           << "payment-gateway";
        QTest::newRow("wrong order") << "gp"
                                     << "pg";
        QTest::newRow("longer than text") << "checkouts"
                                          << "checkout";
        QTest::newRow("empty text") << "a"
                                    << "";
    }
    void noMatch()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QCOMPARE(FuzzyMatcher(pattern).match(text), std::nullopt);
        QCOMPARE(FuzzyMatcher(pattern).score(text), std::nullopt);
    }

    void emptyPatternMatchesEverything()
    {
        const FuzzyMatcher matcher(QStringView {});
        QVERIFY(matcher.isEmpty());
        QCOMPARE(matcher.score(u"anything"), 0);
        QVERIFY(matcher.match(u"anything")->positions.isEmpty());
    }

    void masks()
    {
        const quint64 text = FuzzyMatcher::characterMask(u"Payment-Gateway 2");
        QVERIFY((FuzzyMatcher(u"pgw").mask() & text) == FuzzyMatcher(u"pgw").mask());
        QVERIFY((FuzzyMatcher(u"pg2").mask() & text) == FuzzyMatcher(u"pg2").mask());
        QVERIFY((FuzzyMatcher(u"pgx").mask() & text) != FuzzyMatcher(u"pgx").mask());
        QCOMPARE(FuzzyMatcher::characterMask(u"A b"), FuzzyMatcher::characterMask(u"ab"));
    }

    void longTextsAreMatchedOnTheirBeginning()
    {
        const QString text = QString(2000, QLatin1Char('x')) + QStringLiteral("end");
        QCOMPARE(FuzzyMatcher(u"end").score(text), std::nullopt);
        QVERIFY(FuzzyMatcher(u"xx").score(text));
    }
};

QTEST_GUILESS_MAIN(TestFuzzyMatcher)
#include "tst_fuzzymatcher.moc"

// Kubernetes label selectors as Backstage's annotations write them.

#include "environments/labelselector.h"

#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

class TestLabelSelector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("matches"); // against app=payments, tier=backend, env=prod
        QTest::newRow("equals") << u"app=payments"_s << true;
        QTest::newRow("double equals") << u"app==payments"_s << true;
        QTest::newRow("equals, other") << u"app=fleet"_s << false;
        QTest::newRow("not equals") << u"env!=dev"_s << true;
        QTest::newRow("not equals, missing key") << u"team!=x"_s << true;
        QTest::newRow("in") << u"env in (staging, prod)"_s << true;
        QTest::newRow("in, other") << u"env in (dev,staging)"_s << false;
        QTest::newRow("notin") << u"env notin (dev)"_s << true;
        QTest::newRow("exists") << u"tier"_s << true;
        QTest::newRow("exists, missing") << u"canary"_s << false;
        QTest::newRow("does not exist") << u"!canary"_s << true;
        QTest::newRow("all must hold") << u"app=payments,env in (prod),!canary"_s << true;
        QTest::newRow("one fails") << u"app=payments, tier=frontend"_s << false;
        QTest::newRow("prefixed key") << u"app.kubernetes.io/name=payments"_s << false;
        QTest::newRow("empty selects everything") << QString() << true;
    }
    void matches()
    {
        QFETCH(QString, selector);
        QFETCH(bool, matches);
        QString error;
        const std::optional<LabelSelector> parsed = LabelSelector::parse(selector, &error);
        QVERIFY2(parsed, qPrintable(error));
        const QMap<QString, QString> labels { { u"app"_s, u"payments"_s },
                                              { u"tier"_s, u"backend"_s },
                                              { u"env"_s, u"prod"_s } };
        QCOMPARE(parsed->matches(labels), matches);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::newRow("empty requirement") << u"app=payments,,env=prod"_s;
        QTest::newRow("bad key") << u"-app=x"_s;
        QTest::newRow("space in key") << u"my app"_s;
    }
    void invalid()
    {
        QFETCH(QString, selector);
        QString error;
        QVERIFY(!LabelSelector::parse(selector, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLabelSelector)
#include "tst_labelselector.moc"

#include "catalog/entityref.h"

#include <QTest>

using Atrium::EntityRef;

class TestEntityRef : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("defaultKind");
        QTest::addColumn<QString>("expected"); // canonical ref, or "!" + error for a failure

        QTest::newRow("full") << "Component:Default/Petstore" << "" << "component:default/petstore";
        QTest::newRow("name only with default kind") << "team-a" << "Group" << "group:default/team-a";
        QTest::newRow("namespace and name") << "ops/team-a" << "Group" << "group:ops/team-a";
        QTest::newRow("kind overrides default") << "user:jane" << "Group" << "user:default/jane";
        QTest::newRow("colon after slash belongs to the name") << "ns/a:b" << "Group" << "group:ns/a:b";
        QTest::newRow("missing kind") << "petstore" << ""
                                      << "!Entity reference \"petstore\" had missing or empty kind (e.g. did not "
                                         "start with \"component:\" or similar)";
        QTest::newRow("empty") << "" << "Group" << "!Entity reference must not be empty";
        QTest::newRow("empty kind") << ":x" << "Group"
                                    << "!Entity reference \":x\" was not on the form [<kind>:][<namespace>/]<name>";
        QTest::newRow("empty namespace") << "group:/x" << ""
                                         << "!Entity reference \"group:/x\" was not on the form "
                                            "[<kind>:][<namespace>/]<name>";
        QTest::newRow("empty name") << "group:ns/" << ""
                                    << "!Entity reference \"group:ns/\" was not on the form "
                                       "[<kind>:][<namespace>/]<name>";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, defaultKind);
        QFETCH(QString, expected);
        QString error;
        const auto ref = EntityRef::parse(text, defaultKind, EntityRef::defaultNamespace(), &error);
        if (expected.startsWith(QLatin1Char('!'))) {
            QVERIFY(!ref);
            QCOMPARE(error, expected.mid(1));
        } else {
            QVERIFY2(ref, qPrintable(error));
            QCOMPARE(ref->toString(), expected);
        }
    }

    void displayString()
    {
        QCOMPARE(EntityRef::parse(u"Group:default/Team-A")->toDisplayString(), QStringLiteral("group:Team-A"));
        QCOMPARE(EntityRef::parse(u"Group:ops/team-a")->toDisplayString(), QStringLiteral("group:ops/team-a"));
    }
};

QTEST_GUILESS_MAIN(TestEntityRef)
#include "tst_entityref.moc"

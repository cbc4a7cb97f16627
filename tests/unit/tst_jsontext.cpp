// jsonArrayElementTexts: the elements of an array in a JSON object, byte for byte as written.

#include "common/jsontext.h"

#include <QJsonDocument>
#include <QTest>

using namespace Atrium;

class TestJsonText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void elements_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QList<QByteArray>>("expected");

        QTest::newRow("backstage page") << QByteArray(
            R"({"items":[{"metadata":{"name":"b"},"kind":"User"},{"kind":"Group"}],"totalItems":2,"pageInfo":{}})")
                                        << QList<QByteArray> { R"({"metadata":{"name":"b"},"kind":"User"})",
                                                               R"({"kind":"Group"})" };
        QTest::newRow("items last, spaces kept inside") << QByteArray(
            "{ \"pageInfo\" : {\"nextCursor\":\"x]}\"} ,\n \"items\" : [ {\"a\": [1, 2]} , 3 , \"s\\\"]\" ] }")
                                                        << QList<QByteArray> { "{\"a\": [1, 2]}", "3", "\"s\\\"]\"" };
        QTest::newRow("nested items key is not ours")
            << QByteArray(R"({"other":{"items":[1]},"items":[true,null,-1.5e3]})")
            << QList<QByteArray> { "true", "null", "-1.5e3" };
        QTest::newRow("empty") << QByteArray(R"({"items":[]})") << QList<QByteArray> {};
        QTest::newRow("no items") << QByteArray(R"({"totalItems":0})") << QList<QByteArray> {};
        QTest::newRow("not an object") << QByteArray(R"([{"items":[1]}])") << QList<QByteArray> {};
        QTest::newRow("items not an array") << QByteArray(R"({"items":{"a":1}})") << QList<QByteArray> {};
        QTest::newRow("utf-8 and escapes")
            << QByteArray("{\"items\":[\"Grüße \\u00e9\\\\\"]}") << QList<QByteArray> { "\"Grüße \\u00e9\\\\\"" };
    }

    void elements()
    {
        QFETCH(QByteArray, document);
        QFETCH(QList<QByteArray>, expected);
        QVERIFY(!QJsonDocument::fromJson(document).isNull());
        QCOMPARE(jsonArrayElementTexts(document, "items"), expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"

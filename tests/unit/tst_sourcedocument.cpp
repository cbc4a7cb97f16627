// The YAML tab shows one document of a multi-document file exactly as written.

#include "catalog/sourcedocument.h"

#include <QTest>

using namespace Atrium;

class TestSourceDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void extract_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("startLine");
        QTest::addColumn<QString>("expected");

        const QByteArray three = "# first\n"
                                 "kind: A\n"
                                 "---\n"
                                 "# about B\n"
                                 "kind: B\n"
                                 "spec:\n"
                                 "  text: |\n"
                                 "    --- not a marker: indented\n"
                                 "\n"
                                 "---\n"
                                 "kind: C\n"
                                 "...\n"
                                 "# trailing\n";
        QTest::newRow("first document with its leading comment") << three << 2 << QStringLiteral("# first\nkind: A\n");
        QTest::newRow("middle document from its first node")
            << three << 5 << QStringLiteral("# about B\nkind: B\nspec:\n  text: |\n    --- not a marker: indented\n");
        QTest::newRow("middle document from its marker")
            << three << 3 << QStringLiteral("# about B\nkind: B\nspec:\n  text: |\n    --- not a marker: indented\n");
        QTest::newRow("last document ends at ...") << three << 11 << QStringLiteral("kind: C\n");
        QTest::newRow("crlf") << QByteArray("kind: A\r\nname: x\r\n") << 1 << QStringLiteral("kind: A\nname: x\n");
        QTest::newRow("no final newline") << QByteArray("kind: A") << 1 << QStringLiteral("kind: A\n");
        QTest::newRow("marker with content")
            << QByteArray("--- # doc\nkind: A\n--- \nkind: B\n") << 4 << QStringLiteral("kind: B\n");
        QTest::newRow("---x is not a marker")
            << QByteArray("kind: A\n---x: 1\n") << 1 << QStringLiteral("kind: A\n---x: 1\n");
        QTest::newRow("utf-8") << QByteArray("title: Café\n") << 1 << QStringLiteral("title: Caf\u00e9\n");
        QTest::newRow("line 0") << QByteArray("kind: A\n") << 0 << QString();
        QTest::newRow("past the end") << QByteArray("kind: A\n") << 2 << QString();
        QTest::newRow("empty file") << QByteArray() << 1 << QString();
    }
    void extract()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, startLine);
        QFETCH(QString, expected);
        QCOMPARE(sourceDocumentText(file, startLine), expected);
    }
};

QTEST_GUILESS_MAIN(TestSourceDocument)
#include "tst_sourcedocument.moc"

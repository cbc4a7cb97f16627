#include "catalog/csvexport.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTest>

using namespace Atrium;
using Guard = CsvExport::FormulaGuard;

class TestCsvExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("guarded");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << QStringLiteral("payment-gateway") << true << QStringLiteral("payment-gateway");
        QTest::newRow("empty") << QString() << true << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << true << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << true << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << true << QStringLiteral("\"\"\"\"");
        QTest::newRow("newline") << QStringLiteral("line 1\nline 2") << true << QStringLiteral("\"line 1\nline 2\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << true << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("spaces kept") << QStringLiteral("  padded ") << true << QStringLiteral("  padded ");
        QTest::newRow("non-ASCII") << QStringLiteral("Zahlungsdienst für Käufe ✓") << true
                                   << QStringLiteral("Zahlungsdienst für Käufe ✓");
        QTest::newRow("formula =") << QStringLiteral("=1+1") << true << QStringLiteral("'=1+1");
        QTest::newRow("formula +") << QStringLiteral("+49 30") << true << QStringLiteral("'+49 30");
        QTest::newRow("formula -") << QStringLiteral("-beta") << true << QStringLiteral("'-beta");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << true << QStringLiteral("'@SUM(A1)");
        QTest::newRow("formula tab") << QStringLiteral("\tx") << true << QStringLiteral("'\tx");
        QTest::newRow("formula with comma") << QStringLiteral("=HYPERLINK(\"x\",\"y\")") << true
                                            << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        QTest::newRow("formula char inside") << QStringLiteral("a=b-c") << true << QStringLiteral("a=b-c");
        QTest::newRow("guard off") << QStringLiteral("=1+1") << false << QStringLiteral("=1+1");
        QTest::newRow("guard off, quoted") << QStringLiteral("-a,b") << false << QStringLiteral("\"-a,b\"");
    }

    void field()
    {
        QFETCH(QString, text);
        QFETCH(bool, guarded);
        QFETCH(QString, expected);
        QCOMPARE(CsvExport::field(text, guarded ? Guard::On : Guard::Off), expected);
    }

    void write_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("nothing") << QStringList() << QList<QStringList>() << QByteArray();
        QTest::newRow("header only") << QStringList { QStringLiteral("Name"), QStringLiteral("Kind") }
                                     << QList<QStringList>() << QByteArray("Name,Kind\r\n");
        QTest::newRow("rows end with CRLF") << QStringList { QStringLiteral("Name") }
                                            << QList<QStringList> { { QStringLiteral("a") }, { QStringLiteral("b") } }
                                            << QByteArray("Name\r\na\r\nb\r\n");
        QTest::newRow("empty fields") << QStringList()
                                      << QList<QStringList> { { QString(), QStringLiteral("x"), QString() } }
                                      << QByteArray(",x,\r\n");
        QTest::newRow("UTF-8, no BOM") << QStringList() << QList<QStringList> { { QStringLiteral("Käse") } }
                                       << QByteArray("K\xc3\xa4se\r\n");
        QTest::newRow("quoted newline stays inside the record")
            << QStringList() << QList<QStringList> { { QStringLiteral("a\nb"), QStringLiteral("c") } }
            << QByteArray("\"a\nb\",c\r\n");
    }

    void write()
    {
        QFETCH(QStringList, header);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QByteArray, expected);
        QCOMPARE(CsvExport::write(header, rows), expected);
    }

    void writeModelTakesColumnsInTheGivenOrder()
    {
        QStandardItemModel model(2, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHorizontalHeaderLabels({ QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Note") });
        model.setItem(0, 0, new QStandardItem(QStringLiteral("api")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("API")));
        model.setItem(0, 2, new QStandardItem(QStringLiteral("a, b")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("web")));
        model.setItem(1, 1, new QStandardItem(QStringLiteral("Component")));
        model.setItem(1, 2, new QStandardItem(QStringLiteral("=cmd")));

        QCOMPARE(CsvExport::writeModel(model, { 2, 0 }), QByteArray("Note,Name\r\n\"a, b\",api\r\n'=cmd,web\r\n"));
        QCOMPARE(CsvExport::writeModel(model, { 1 }, Guard::Off), QByteArray("Kind\r\nAPI\r\nComponent\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"

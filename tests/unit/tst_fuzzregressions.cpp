#include "catalog/catalogfile.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Atrium;

/// Inputs the fuzzer once found to hang or crash the loader (tests/fuzz/corpus): each must now end with a
/// problem, quickly. A regression shows as a crash or as CTest's timeout.
class TestFuzzRegressions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryCorpusFile_data()
    {
        QTest::addColumn<QString>("path");
        const QDir corpus(QStringLiteral(ATRIUM_TEST_DATA_DIR "/../fuzz/corpus"));
        const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << corpus.absoluteFilePath(file);
    }

    void parsesEveryCorpusFile()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CatalogFileResult result = parseCatalogFile(path, file.readAll());
        // None of them is a valid catalog file: each must say so instead of hanging.
        QVERIFY(!result.problems.isEmpty());
        for (const Problem& problem : result.problems)
            QCOMPARE(problem.file, path);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

// Writing a template run's files: never outside the target folder, never over a file without being told to,
// never half a file.

#include "scaffolder/scaffoldwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {
QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void put(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}
} // namespace

class TestScaffoldWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pathProblem_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("file") << u"README.md"_s << true;
        QTest::newRow("nested") << u"k8s/overlays/prod/kustomization.yaml"_s << true;
        QTest::newRow("dotfile") << u".github/workflows/ci.yaml"_s << true;
        QTest::newRow("dots in a name") << u"a..b/c"_s << true;
        QTest::newRow("unicode") << u"docs/über.md"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("absolute") << u"/etc/passwd"_s << false;
        QTest::newRow("parent") << u"../outside"_s << false;
        QTest::newRow("parent inside") << u"a/../../outside"_s << false;
        QTest::newRow("dot") << u"./a"_s << false;
        QTest::newRow("empty segment") << u"a//b"_s << false;
        QTest::newRow("trailing slash") << u"a/"_s << false;
        QTest::newRow("backslash") << u"a\\..\\b"_s << false;
        QTest::newRow("newline") << u"a\nb"_s << false;
        QTest::newRow("nul") << QString(u"a" + QString(QChar(0)) + u"b") << false;
        QTest::newRow("delete char") << QString(u"a" + QString(QChar(0x7f))) << false;
    }
    void pathProblem()
    {
        QFETCH(QString, path);
        QFETCH(bool, allowed);
        QCOMPARE(ScaffoldWriter::pathProblem(path).isEmpty(), allowed);
    }

    void writesFilesAndFolders()
    {
        QTemporaryDir dir;
        const QByteArray binary("\x89PNG\r\n\x1a\n\0\xff", 10);
        const ScaffoldWriteReport report = ScaffoldWriter::write({ { u"README.md"_s, "# hello\n", false },
                                                                   { u"bin/run.sh"_s, "#!/bin/sh\necho hi\n", true },
                                                                   { u"assets/logo.png"_s, binary, false } },
                                                                 dir.filePath(u"service"_s));
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.written, (QStringList { u"README.md"_s, u"bin/run.sh"_s, u"assets/logo.png"_s }));
        QCOMPARE(contentOf(dir.filePath(u"service/README.md"_s)), QByteArray("# hello\n"));
        QCOMPARE(contentOf(dir.filePath(u"service/assets/logo.png"_s)), binary); // byte for byte
        QVERIFY(QFileInfo(dir.filePath(u"service/bin/run.sh"_s)).isExecutable());
        QVERIFY(!QFileInfo(dir.filePath(u"service/README.md"_s)).isExecutable());
        // The staging folder is gone.
        QStringList entries
            = QDir(dir.filePath(u"service"_s)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        entries.sort();
        QCOMPARE(entries, (QStringList { u"README.md"_s, u"assets"_s, u"bin"_s }));
    }

    void conflicts_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("existing"); // content of the file that was there, afterwards
        QTest::addColumn<bool>("otherWritten");
        QTest::newRow("fail: nothing written") << int(ConflictPolicy::Fail) << false << QByteArray("old") << false;
        QTest::newRow("skip: kept, others written") << int(ConflictPolicy::Skip) << true << QByteArray("old") << true;
        QTest::newRow("overwrite") << int(ConflictPolicy::Overwrite) << true << QByteArray("new") << true;
    }
    void conflicts()
    {
        QFETCH(int, policy);
        QFETCH(bool, ok);
        QFETCH(QByteArray, existing);
        QFETCH(bool, otherWritten);
        QTemporaryDir dir;
        put(dir.filePath(u"main.tf"_s), "old");
        const ScaffoldWriteReport report
            = ScaffoldWriter::write({ { u"main.tf"_s, "new", false }, { u"variables.tf"_s, "vars", false } },
                                    dir.path(), ConflictPolicy(policy));
        QCOMPARE(report.ok(), ok);
        QCOMPARE(contentOf(dir.filePath(u"main.tf"_s)), existing);
        QCOMPARE(QFile::exists(dir.filePath(u"variables.tf"_s)), otherWritten);
        if (ConflictPolicy(policy) == ConflictPolicy::Fail) {
            QCOMPARE(report.conflicts, QStringList { u"main.tf"_s });
            QVERIFY(report.error.contains(u"main.tf"));
        }
        if (ConflictPolicy(policy) == ConflictPolicy::Skip)
            QCOMPARE(report.skipped, QStringList { u"main.tf"_s });
    }

    // A link in the target could send a file anywhere: refused, and nothing is written.
    void symbolicLinksAreNotFollowed()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        QVERIFY(QDir().mkpath(dir.filePath(u"target"_s)));
        QVERIFY(QFile::link(outside.path(), dir.filePath(u"target/escape"_s)));
        const ScaffoldWriteReport report
            = ScaffoldWriter::write({ { u"ok.txt"_s, "fine", false }, { u"escape/evil.txt"_s, "bad", false } },
                                    dir.filePath(u"target"_s), ConflictPolicy::Overwrite);
        QVERIFY(!report.ok());
        QVERIFY(report.error.contains(u"symbolic link"));
        QVERIFY(!QFile::exists(outside.filePath(u"evil.txt"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"target/ok.txt"_s)));
    }

    void badPathsWriteNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("parent") << u"../x"_s;
        QTest::newRow("absolute") << u"/tmp/x"_s;
        QTest::newRow("twice") << u"a.txt"_s;
    }
    void badPathsWriteNothing()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        const ScaffoldWriteReport report
            = ScaffoldWriter::write({ { u"a.txt"_s, "a", false }, { path, "x", false } }, dir.filePath(u"t"_s));
        QVERIFY(!report.ok());
        QVERIFY(!QFile::exists(dir.filePath(u"t/a.txt"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"x"_s)));
    }

    void fileWhereAFolderIsNeeded()
    {
        QTemporaryDir dir;
        put(dir.filePath(u"k8s"_s), "a file");
        const ScaffoldWriteReport report = ScaffoldWriter::write(
            { { u"k8s/deployment.yaml"_s, "kind: Deployment\n", false } }, dir.path(), ConflictPolicy::Overwrite);
        QVERIFY(!report.ok());
        QVERIFY(report.error.contains(u"is a file, not a folder"));
        QCOMPARE(contentOf(dir.filePath(u"k8s"_s)), QByteArray("a file"));
    }
};

QTEST_GUILESS_MAIN(TestScaffoldWriter)
#include "tst_scaffoldwriter.moc"

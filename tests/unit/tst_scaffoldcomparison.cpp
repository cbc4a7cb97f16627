// Comparing a template run's files with a target folder: what writing would add, change, leave or refuse.

#include "scaffolder/scaffoldcomparison.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

using Status = ScaffoldFileComparison::Status;

namespace {
void put(const QString& path, const QByteArray& content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    if (executable)
        QVERIFY(file.setPermissions(file.permissions() | QFile::ExeOwner | QFile::ExeUser));
}
} // namespace

class TestScaffoldComparison : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statuses_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("generated");
        QTest::addColumn<bool>("executable");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("problem"); // a part of it

        // The target folder below holds README.md ("# hi\n"), run.sh (executable), notes.txt (not executable),
        // a folder "docs", a file "config" and a symbolic link "linked" to a folder.
        QTest::newRow("missing") << u"src/main.go"_s << QByteArray("package main\n") << false << int(Status::New)
                                 << QString();
        QTest::newRow("equal") << u"README.md"_s << QByteArray("# hi\n") << false << int(Status::Unchanged)
                               << QString();
        QTest::newRow("other bytes") << u"README.md"_s << QByteArray("# hello\n") << false << int(Status::Changed)
                                     << QString();
        QTest::newRow("same size, other bytes")
            << u"README.md"_s << QByteArray("# ho\n") << false << int(Status::Changed) << QString();
        QTest::newRow("loses the executable bit")
            << u"run.sh"_s << QByteArray("#!/bin/sh\n") << false << int(Status::Changed) << QString();
        QTest::newRow("keeps the executable bit")
            << u"run.sh"_s << QByteArray("#!/bin/sh\n") << true << int(Status::Unchanged) << QString();
        QTest::newRow("gains the executable bit")
            << u"notes.txt"_s << QByteArray("notes\n") << true << int(Status::Changed) << QString();
        QTest::newRow("folder where the file goes")
            << u"docs"_s << QByteArray("x") << false << int(Status::Blocked) << u"folder"_s;
        QTest::newRow("file where a folder goes")
            << u"config/app.yaml"_s << QByteArray("x") << false << int(Status::Blocked) << u"config is a file"_s;
        QTest::newRow("link on the way") << u"linked/file.txt"_s << QByteArray("x") << false << int(Status::Blocked)
                                         << u"symbolic link"_s;
        QTest::newRow("path rule: parent")
            << u"../escape.txt"_s << QByteArray("x") << false << int(Status::Blocked) << u".."_s;
        QTest::newRow("path rule: absolute")
            << u"/etc/passwd"_s << QByteArray("x") << false << int(Status::Blocked) << u"absolute"_s;
    }
    void statuses()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, generated);
        QFETCH(bool, executable);
        QFETCH(int, status);
        QFETCH(QString, problem);

        QTemporaryDir outside;
        QTemporaryDir dir;
        put(dir.filePath(u"README.md"_s), "# hi\n");
        put(dir.filePath(u"run.sh"_s), "#!/bin/sh\n", true);
        put(dir.filePath(u"notes.txt"_s), "notes\n");
        put(dir.filePath(u"config"_s), "not a folder\n");
        QVERIFY(QDir(dir.path()).mkpath(u"docs"_s));
        QVERIFY(QFile::link(outside.path(), dir.filePath(u"linked"_s)));

        const ScaffoldComparisonResult result
            = ScaffoldComparison::compare({ ScaffoldFile { path, generated, executable } }, dir.path());
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.targetExists);
        QCOMPARE(result.files.size(), 1);
        const ScaffoldFileComparison& file = result.files.first();
        QCOMPARE(file.path, path);
        QCOMPARE(int(file.status), status);
        if (problem.isEmpty())
            QCOMPARE(file.problem, QString());
        else
            QVERIFY2(file.problem.contains(problem), qPrintable(file.problem));
        // Nothing was written or followed.
        QVERIFY(QDir(outside.path()).isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"src"_s)));
    }

    void changedTextComesWithItsDiff()
    {
        QTemporaryDir dir;
        put(dir.filePath(u"app/config.yaml"_s), "name: old\nport: 80\n");
        const QByteArray binary("\x89PNG\r\n\x1a\n\0\x01", 10);
        put(dir.filePath(u"logo.png"_s), binary);
        const ScaffoldComparisonResult result = ScaffoldComparison::compare(
            { { u"app/config.yaml"_s, "name: new\nport: 80\n", false }, { u"logo.png"_s, binary + "more", false } },
            dir.path());
        const ScaffoldFileComparison* config = result.find(u"app/config.yaml"_s);
        QVERIFY(config);
        QCOMPARE(config->status, Status::Changed);
        QVERIFY(config->existingContentKept);
        QCOMPARE(config->existingContent, QByteArray("name: old\nport: 80\n"));
        QCOMPARE(config->existingSize, 19);
        QCOMPARE(config->diff.unified(u"a"_s, u"b"_s),
                 u"--- a\n+++ b\n@@ -1,2 +1,2 @@\n-name: old\n+name: new\n port: 80\n"_s);
        const ScaffoldFileComparison* logo = result.find(u"logo.png"_s);
        QVERIFY(logo);
        QCOMPARE(logo->status, Status::Changed);
        QVERIFY(logo->diff.isEmpty()); // binary: no line diff
        QVERIFY(!result.find(u"nothing"_s));
    }

    void withoutTargetOnlyPathRulesApply()
    {
        const QList<ScaffoldFile> files { { u"a.txt"_s, "a", false },
                                          { u"a//b"_s, "b", false },
                                          { u"a.txt"_s, "again", false } };
        const ScaffoldComparisonResult result = ScaffoldComparison::compare(files, QString());
        QVERIFY(!result.targetExists);
        QCOMPARE(result.files.size(), 3);
        QCOMPARE(result.files.at(0).status, Status::New);
        QCOMPARE(result.files.at(1).status, Status::Blocked);
        QCOMPARE(result.files.at(2).status, Status::Blocked);
        QVERIFY(result.files.at(2).problem.contains(u"twice"_s));
    }

    void missingTargetMeansEverythingIsNew()
    {
        QTemporaryDir dir;
        const ScaffoldComparisonResult result
            = ScaffoldComparison::compare({ { u"a/b.txt"_s, "b", false } }, dir.filePath(u"not/yet"_s));
        QVERIFY(!result.targetExists);
        QCOMPARE(result.files.first().status, Status::New);
    }

    void targetThatIsAFile()
    {
        QTemporaryDir dir;
        put(dir.filePath(u"plain"_s), "x");
        const ScaffoldComparisonResult result
            = ScaffoldComparison::compare({ { u"a.txt"_s, "a", false } }, dir.filePath(u"plain"_s));
        QVERIFY(result.error.contains(u"not a folder"_s));
        QCOMPARE(result.files.first().status, Status::Blocked);
    }

    void unreadableFileIsChangedWithItsReason()
    {
        QTemporaryDir dir;
        put(dir.filePath(u"secret.txt"_s), "x\n");
        QFile::setPermissions(dir.filePath(u"secret.txt"_s), QFile::WriteOwner);
        if (QFile file(dir.filePath(u"secret.txt"_s)); file.open(QIODevice::ReadOnly))
            QSKIP("this user reads files without read permission (root)");
        const ScaffoldComparisonResult result
            = ScaffoldComparison::compare({ { u"secret.txt"_s, "y\n", false } }, dir.path());
        QCOMPARE(result.files.first().status, Status::Changed); // writing replaces it
        QVERIFY(!result.files.first().existingContentKept);
        QVERIFY(result.files.first().problem.contains(u"cannot be read"_s));
    }

    void largeChangedFileIsNotKept()
    {
        QTemporaryDir dir;
        const QByteArray large(int(ScaffoldComparison::maximumKeptSize) + 1, 'x');
        put(dir.filePath(u"big.txt"_s), large);
        const ScaffoldComparisonResult result
            = ScaffoldComparison::compare({ { u"big.txt"_s, "small\n", false } }, dir.path());
        QCOMPARE(result.files.first().status, Status::Changed);
        QVERIFY(!result.files.first().existingContentKept);
        QCOMPARE(result.files.first().existingSize, large.size());
    }

    void isBinary_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("binary");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("ascii") << QByteArray("hello\n") << false;
        QTest::newRow("utf-8") << QString(u"grüße ✓\n"_s).toUtf8() << false;
        QTest::newRow("nul") << QByteArray("a\0b", 3) << true;
        QTest::newRow("latin-1") << QByteArray("gr\xfc\xdf") << true;
    }
    void isBinary()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, binary);
        QCOMPARE(ScaffoldComparison::isBinary(content), binary);
    }
};

QTEST_GUILESS_MAIN(TestScaffoldComparison)
#include "tst_scaffoldcomparison.moc"

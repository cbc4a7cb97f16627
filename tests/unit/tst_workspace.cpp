#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Atrium;

namespace {

QByteArray group(const QString& name)
{
    return QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: %1\nspec:\n  type: team\n"
                          "  children: []\n")
        .arg(name)
        .toUtf8();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Write and rename, as editors and git do; the watcher must survive the file being replaced.
    const QString temporary = path + QStringLiteral(".tmp");
    QFile file(temporary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QFile::remove(path);
    QVERIFY(QFile::rename(temporary, path));
}

QStringList refsOf(const CatalogSnapshotPtr& snapshot)
{
    QStringList refs;
    if (snapshot) {
        for (const Entity entity : snapshot->entities)
            refs.append(entity.ref().toString());
    }
    refs.sort();
    return refs;
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<CatalogSnapshotPtr>();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        writeFile(m_dir->filePath(QStringLiteral("atrium.yaml")),
                  "name: Test Workspace\ncatalog:\n  locations:\n    - .\n");
        writeFile(m_dir->filePath(QStringLiteral("catalog/a.yaml")), group(QStringLiteral("a")));
        writeFile(m_dir->filePath(QStringLiteral("catalog/b.yaml")), group(QStringLiteral("b")));
        writeFile(m_dir->filePath(QStringLiteral("catalog/nested/c.yaml")), group(QStringLiteral("c")));
    }

    void cleanup() { m_dir.reset(); }

    void opensAndLoads()
    {
        Workspace workspace;
        QSignalSpy started(&workspace, &Workspace::loadingStarted);
        QSignalSpy changed(&workspace, &Workspace::snapshotChanged);
        QSignalSpy problems(&workspace, &Workspace::problemsChanged);
        workspace.open(m_dir->path());
        QCOMPARE(workspace.config().name, QStringLiteral("Test Workspace"));
        QCOMPARE(started.size(), 1);
        QVERIFY(workspace.isLoading());
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(refsOf(workspace.snapshot()),
                 (QStringList { QStringLiteral("group:default/a"), QStringLiteral("group:default/b"),
                                QStringLiteral("group:default/c") }));
        QCOMPARE(changed.constFirst().at(0).value<CatalogSnapshotPtr>(), workspace.snapshot());
        QVERIFY(workspace.problems().isEmpty());
        // The cache lives under the (test-mode) cache location, one folder per workspace.
        QVERIFY(workspace.cacheDirectory().startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                                      + QStringLiteral("/catalog/")));
        QVERIFY(QFile::exists(workspace.cacheDirectory() + QStringLiteral("/catalog.cache")));
        QVERIFY(workspace.watchedPaths().contains(m_dir->filePath(QStringLiteral("catalog/nested"))));
    }

    void backendEntitiesMergeUntilTheBackendGoes()
    {
        writeFile(m_dir->filePath(QStringLiteral("atrium.yaml")),
                  "name: Test Workspace\ncatalog:\n  locations:\n    - .\n"
                  "backends:\n  - name: corp\n    url: http://localhost:7007\n  - name: broken\n");
        Workspace workspace;
        QSignalSpy changed(&workspace, &Workspace::snapshotChanged);
        workspace.open(m_dir->path());
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(workspace.backends().backstage.size(), 1);
        QCOMPARE(workspace.problems().size(), 1); // the nameless backend, at its line
        QCOMPARE(workspace.problems().first().line, 8);

        const QJsonObject remote { { QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1") },
                                   { QStringLiteral("kind"), QStringLiteral("Group") },
                                   { QStringLiteral("metadata"),
                                     QJsonObject { { QStringLiteral("name"), QStringLiteral("remote") } } },
                                   { QStringLiteral("spec"),
                                     QJsonObject { { QStringLiteral("type"), QStringLiteral("team") },
                                                   { QStringLiteral("children"), QJsonArray() } } } };
        workspace.setRemoteCatalog(
            RemoteCatalog { QStringLiteral("corp"), QStringLiteral("http://localhost:7007"), { remote } });
        QTRY_COMPARE(changed.size(), 2);
        QVERIFY(refsOf(workspace.snapshot()).contains(QStringLiteral("group:default/remote")));

        // A reload of the files keeps the backend's entities.
        workspace.reload();
        QTRY_COMPARE(changed.size(), 3);
        QVERIFY(refsOf(workspace.snapshot()).contains(QStringLiteral("group:default/remote")));

        // A config without the backend drops them.
        writeFile(m_dir->filePath(QStringLiteral("atrium.yaml")),
                  "name: Test Workspace\ncatalog:\n  locations:\n    - .\n");
        workspace.reload();
        QTRY_COMPARE(changed.size(), 4);
        QVERIFY(!refsOf(workspace.snapshot()).contains(QStringLiteral("group:default/remote")));
        QVERIFY(workspace.remoteCatalogs().isEmpty());
    }

    void reopeningUsesTheCache()
    {
        {
            Workspace first;
            QSignalSpy changed(&first, &Workspace::snapshotChanged);
            first.open(m_dir->path());
            QTRY_COMPARE(changed.size(), 1);
            QCOMPARE(first.lastLoadStats().filesParsed, 3);
        }
        Workspace second;
        QSignalSpy changed(&second, &Workspace::snapshotChanged);
        second.open(m_dir->path());
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(second.lastLoadStats().filesParsed, 0);
        QCOMPARE(second.lastLoadStats().filesFromCache, 3);
    }

    void liveReload_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QStringList>("refs");
        QTest::addColumn<int>("parsed");
        const QString a = QStringLiteral("group:default/a");
        const QString b = QStringLiteral("group:default/b");
        const QString c = QStringLiteral("group:default/c");
        QTest::newRow("file edited") << "edit" << QStringList { QStringLiteral("group:default/a2"), b, c } << 1;
        QTest::newRow("file added") << "add" << QStringList { a, b, c, QStringLiteral("group:default/d") } << 1;
        QTest::newRow("file removed") << "remove" << QStringList { a, c } << 0;
        QTest::newRow("nested file edited")
            << "nested" << QStringList { a, b, QStringLiteral("group:default/c2") } << 1;
        QTest::newRow("config edited") << "config" << QStringList { a, b, c } << 0;
    }

    void liveReload()
    {
        QFETCH(QString, change);
        QFETCH(QStringList, refs);
        QFETCH(int, parsed);
        Workspace workspace;
        workspace.setReloadDelay(50);
        QSignalSpy changed(&workspace, &Workspace::snapshotChanged);
        QSignalSpy configChanged(&workspace, &Workspace::configChanged);
        workspace.open(m_dir->path());
        QTRY_COMPARE(changed.size(), 1);

        if (change == QLatin1String("edit"))
            writeFile(m_dir->filePath(QStringLiteral("catalog/a.yaml")), group(QStringLiteral("a2")));
        else if (change == QLatin1String("add"))
            writeFile(m_dir->filePath(QStringLiteral("catalog/d.yaml")), group(QStringLiteral("d")));
        else if (change == QLatin1String("remove"))
            QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("catalog/b.yaml"))));
        else if (change == QLatin1String("nested"))
            writeFile(m_dir->filePath(QStringLiteral("catalog/nested/c.yaml")), group(QStringLiteral("c2")));
        else
            writeFile(m_dir->filePath(QStringLiteral("atrium.yaml")),
                      "name: Renamed\ncatalog:\n  locations:\n    - .\n");

        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
        QCOMPARE(refsOf(workspace.snapshot()), refs);
        // Only what changed was parsed again; the rest came from the cache.
        QCOMPARE(workspace.lastLoadStats().filesParsed, parsed);
        QCOMPARE(workspace.lastLoadStats().filesFromCache, refs.size() - parsed);
        if (change == QLatin1String("config"))
            QCOMPARE(workspace.config().name, QStringLiteral("Renamed"));

        // And it keeps watching after the reload.
        writeFile(m_dir->filePath(QStringLiteral("catalog/e.yaml")), group(QStringLiteral("e")));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 5000);
        QVERIFY(workspace.snapshot()->find(QStringLiteral("group:default/e")));
    }

    void aBurstOfChangesGivesOneReload()
    {
        Workspace workspace;
        workspace.setReloadDelay(200);
        QSignalSpy changed(&workspace, &Workspace::snapshotChanged);
        QSignalSpy started(&workspace, &Workspace::loadingStarted);
        workspace.open(m_dir->path());
        QTRY_COMPARE(changed.size(), 1);
        for (int i = 0; i < 5; ++i)
            writeFile(m_dir->filePath(QStringLiteral("catalog/burst%1.yaml").arg(i)),
                      group(QStringLiteral("burst%1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
        QTest::qWait(400);
        QCOMPARE(started.size(), 2);
        QCOMPARE(workspace.snapshot()->entities.size(), 8);
    }

    void staleLoadsNeverWin()
    {
        QTemporaryDir other;
        writeFile(other.filePath(QStringLiteral("z.yaml")), group(QStringLiteral("z")));
        Workspace workspace;
        QSignalSpy changed(&workspace, &Workspace::snapshotChanged);
        workspace.open(m_dir->path());
        workspace.open(other.path()); // before the first load could finish
        QTRY_VERIFY(!changed.isEmpty() && changed.constLast().at(0).value<CatalogSnapshotPtr>());
        QTest::qWait(300);
        QCOMPARE(refsOf(workspace.snapshot()), QStringList { QStringLiteral("group:default/z") });
        for (const QList<QVariant>& arguments : std::as_const(changed)) {
            const auto snapshot = arguments.at(0).value<CatalogSnapshotPtr>();
            QVERIFY(!snapshot || refsOf(snapshot) == QStringList { QStringLiteral("group:default/z") });
        }
    }

    void closeClearsEverything()
    {
        Workspace workspace;
        QSignalSpy changed(&workspace, &Workspace::snapshotChanged);
        workspace.open(m_dir->path());
        QTRY_COMPARE(changed.size(), 1);
        workspace.close();
        QCOMPARE(changed.size(), 2);
        QVERIFY(!workspace.snapshot());
        QVERIFY(!workspace.isOpen());
        QVERIFY(workspace.watchedPaths().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"

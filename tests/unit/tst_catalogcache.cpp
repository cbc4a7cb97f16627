#include "catalog/catalogcache.h"
#include "catalog/catalogloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Atrium;

namespace {

QString fixture(const QString& relative)
{
    return QDir::cleanPath(QStringLiteral(ATRIUM_TEST_DATA_DIR "/catalog/") + relative);
}

void copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::copy(source, target));
    }
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(bytes);
}

CatalogFileResult parseFixture(const QString& relative)
{
    QFile file(fixture(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return parseCatalogFile(fixture(relative), file.readAll());
}

void compareEntities(const EntityStore& actual, const EntityStore& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const Entity a = actual.at(i);
        const Entity e = expected.at(i);
        QCOMPARE(a.data(), e.data());
        QCOMPARE(a.encodedData(), e.encodedData());
        for (auto field : { &Entity::apiVersion, &Entity::kind, &Entity::name, &Entity::ns, &Entity::title,
                            &Entity::description, &Entity::specType, &Entity::lifecycle, &Entity::owner,
                            &Entity::system, &Entity::ref, &Entity::file, &Entity::origin })
            QCOMPARE((a.*field)(), (e.*field)());
        QCOMPARE(a.tags(), e.tags());
        QCOMPARE(a.relations(), e.relations());
        QCOMPARE(a.position(), e.position());
        QCOMPARE(a.documentIndex(), e.documentIndex());
        QCOMPARE(a.hasErrors(), e.hasErrors());
        QCOMPARE(actual.indexOf(a.ref()), expected.indexOf(e.ref()));
    }
}

void compareEntities(const EntityRecords& actual, const EntityRecords& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const EntityRecord& a = actual.at(i);
        const EntityRecord& e = expected.at(i);
        QCOMPARE(a.data(), e.data());
        QVERIFY(a.summary() == e.summary());
        QCOMPARE(a.relations, e.relations);
        QCOMPARE(a.ref, e.ref);
        QCOMPARE(a.file, e.file);
        QCOMPARE(a.position, e.position);
        QCOMPARE(a.documentIndex, e.documentIndex);
        QCOMPARE(a.hasErrors, e.hasErrors);
        QCOMPARE(a.origin, e.origin);
    }
}

struct Load {
    CatalogSnapshot snapshot;
    CatalogLoadStats stats;
};

Load loadWithCache(const QStringList& roots, const QString& cacheDirectory)
{
    Load result;
    CatalogLoadOptions options;
    for (const QString& root : roots)
        options.addRoot(root);
    options.cacheDirectory = cacheDirectory;
    options.stats = &result.stats;
    result.snapshot = loadCatalog(options);
    return result;
}

} // namespace

class TestCatalogCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("relations") << "basic/components.yaml";
        QTest::newRow("placeholders") << "placeholders/entity.yaml";
        QTest::newRow("placeholder errors") << "placeholders/broken.yaml";
        QTest::newRow("location targets") << "locations/root.yaml";
        QTest::newRow("broken documents") << "broken/mixed.yaml";
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        const CatalogFileResult original = parseFixture(file);
        const std::optional<CatalogFileResult> copy
            = CatalogCache::deserialize(CatalogCache::serialize(original), original.file);
        QVERIFY(copy);
        QCOMPARE(copy->file, original.file);
        compareEntities(copy->entities, original.entities);
        QCOMPARE(copy->problems, original.problems);
        QCOMPARE(copy->locationTargets, original.locationTargets);
        QCOMPARE(copy->substitutedFiles, original.substitutedFiles);
        QCOMPARE(copy->foreignRelations, original.foreignRelations);
        QCOMPARE(copy->references, original.references);
    }

    void malformedBlobsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray valid = CatalogCache::serialize(parseFixture(QStringLiteral("basic/components.yaml")));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\xff\xff\xff\x7f not a cache entry at all");
        QTest::newRow("truncated") << valid.left(valid.size() / 2);
        QTest::newRow("trailing bytes") << valid + "x";
        QByteArray hugeCount = valid;
        // An entry starts with the size of its string table: claim two billion.
        hugeCount.replace(0, 4, QByteArray("\xff\xff\xff\x7f", 4));
        QTest::newRow("absurd count") << hugeCount;
    }

    void malformedBlobsAreRejected()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!CatalogCache::deserialize(bytes, QStringLiteral("/x.yaml")));
    }

    void warmLoadParsesNoYaml()
    {
        QTemporaryDir work;
        QTemporaryDir cache;
        copyTree(fixture(QStringLiteral("basic")), work.filePath(QStringLiteral("catalog")));
        copyTree(fixture(QStringLiteral("placeholders")), work.filePath(QStringLiteral("placeholders")));
        // The folder holds substituted YAML that is not catalog data: only entity.yaml is a root.
        const QStringList root { work.filePath(QStringLiteral("catalog")),
                                 work.filePath(QStringLiteral("placeholders/entity.yaml")),
                                 work.filePath(QStringLiteral("placeholders/broken.yaml")) };

        const Load cold = loadWithCache(root, cache.path());
        QCOMPARE(cold.stats.filesParsed, 5);
        QCOMPARE(cold.stats.filesFromCache, 0);
        QVERIFY(QFile::exists(cache.filePath(QStringLiteral("catalog.cache"))));

        QVERIFY(!cold.stats.wholeCatalogFromCache);
        const Load warm = loadWithCache(root, cache.path());
        QCOMPARE(warm.stats.filesParsed, 0);
        QCOMPARE(warm.stats.filesFromCache, cold.stats.filesParsed);
        QVERIFY(warm.stats.wholeCatalogFromCache);
        compareEntities(warm.snapshot.entities, cold.snapshot.entities);
        QCOMPARE(warm.snapshot.problems, cold.snapshot.problems);
        QCOMPARE(warm.snapshot.files, cold.snapshot.files);
        // Packing is deterministic: the cached block is the one a cold load builds.
        QVERIFY(warm.snapshot.entities.toBytes() == cold.snapshot.entities.toBytes());
        QCOMPARE(warm.stats.directories, cold.stats.directories);

        // Without the whole-catalog entry, the per-file entries give the same catalog, still without parsing.
        QVERIFY(QFile::remove(cache.filePath(QStringLiteral("snapshot.cache"))));
        const Load perFile = loadWithCache(root, cache.path());
        QCOMPARE(perFile.stats.filesParsed, 0);
        QVERIFY(!perFile.stats.wholeCatalogFromCache);
        compareEntities(perFile.snapshot.entities, cold.snapshot.entities);
        QCOMPARE(perFile.snapshot.problems, cold.snapshot.problems);
        QCOMPARE(perFile.snapshot.files, cold.snapshot.files);
    }

    void wholeCatalogEntryNoticesChanges_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("nothing") << "nothing";
        QTest::newRow("new file in a folder") << "add";
        QTest::newRow("missing location target appears") << "target";
        QTest::newRow("other roots") << "roots";
        QTest::newRow("file in a globbed folder") << "glob";
    }

    void wholeCatalogEntryNoticesChanges()
    {
        QFETCH(QString, change);
        QTemporaryDir work;
        QTemporaryDir cache;
        copyTree(fixture(QStringLiteral("locations")), work.filePath(QStringLiteral("locations")));
        const QStringList roots { work.filePath(QStringLiteral("locations/root.yaml")) };
        const Load cold = loadWithCache(roots, cache.path());
        QCOMPARE(cold.snapshot.entities.size(), 9);
        QStringList again = roots;
        const QByteArray entity = "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: new\nspec:\n"
                                  "  type: team\n  children: []\n";
        if (change == QLatin1String("add"))
            writeFile(work.filePath(QStringLiteral("locations/deep/a/new.yaml")), entity);
        else if (change == QLatin1String("target"))
            writeFile(work.filePath(QStringLiteral("locations/missing.yaml")), entity);
        else if (change == QLatin1String("glob"))
            writeFile(work.filePath(QStringLiteral("locations/globbed/new.yaml")), entity);
        else if (change == QLatin1String("roots"))
            again.append(work.filePath(QStringLiteral("locations/braces/c.yaml")));
        const Load warm = loadWithCache(again, cache.path());
        QCOMPARE(warm.stats.filesParsed, change == QLatin1String("nothing") ? 0 : 1);
        QCOMPARE(warm.stats.wholeCatalogFromCache, change == QLatin1String("nothing"));
        QCOMPARE(warm.snapshot.entities.size(), change == QLatin1String("nothing") ? 9 : 10);
    }

    void changedFilesAreParsedAgain_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("catalog file edited") << "edit";
        QTest::newRow("substituted file edited") << "substituted";
        QTest::newRow("catalog file deleted") << "delete";
        QTest::newRow("same size, new time") << "touch";
    }

    void changedFilesAreParsedAgain()
    {
        QFETCH(QString, change);
        QTemporaryDir work;
        QTemporaryDir cache;
        copyTree(fixture(QStringLiteral("basic")), work.filePath(QStringLiteral("catalog")));
        const QString placeholders = work.filePath(QStringLiteral("placeholders"));
        QDir().mkpath(placeholders);
        for (const QString& name : { QStringLiteral("entity.yaml"), QStringLiteral("description.txt"),
                                     QStringLiteral("annotations.json"), QStringLiteral("labels.yaml") })
            QVERIFY(QFile::copy(fixture(QStringLiteral("placeholders/") + name), placeholders + u'/' + name));
        const QStringList root { work.filePath(QStringLiteral("catalog")),
                                 placeholders + QStringLiteral("/entity.yaml") };
        const Load cold = loadWithCache(root, cache.path());
        QVERIFY2(cold.snapshot.problems.isEmpty(), qPrintable(cold.snapshot.problems.value(0).toCompilerStyle()));
        const int files = cold.stats.filesParsed;

        const QString systems = work.filePath(QStringLiteral("catalog/systems.yml"));
        if (change == QLatin1String("edit")) {
            QFile file(systems);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray text = file.readAll();
            file.close();
            writeFile(systems, text.replace("name: pets", "name: pets-renamed"));
        } else if (change == QLatin1String("substituted")) {
            writeFile(placeholders + QStringLiteral("/description.txt"), "Changed.");
        } else if (change == QLatin1String("delete")) {
            QVERIFY(QFile::remove(systems));
        } else {
            QFile file(systems);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const QByteArray text = file.readAll();
            QVERIFY(file.seek(0));
            file.write(QByteArray(text).replace("name: pets", "name: stew")); // same length
            file.close();
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        }

        const Load warm = loadWithCache(root, cache.path());
        if (change == QLatin1String("delete")) {
            QCOMPARE(warm.stats.filesParsed, 0);
            QCOMPARE(warm.stats.filesFromCache, files - 1);
            QVERIFY(!warm.snapshot.find(QStringLiteral("system:default/pets")));
            // The deleted file's entry is dropped from the cache file, too.
            CatalogCache reread(cache.path());
            QVERIFY(reread.load());
            QCOMPARE(reread.entryCount(), files - 1);
            return;
        }
        QCOMPARE(warm.stats.filesParsed, 1);
        QCOMPARE(warm.stats.filesFromCache, files - 1);
        if (change == QLatin1String("edit")) {
            QVERIFY(warm.snapshot.find(QStringLiteral("system:default/pets-renamed")));
            QVERIFY(!warm.snapshot.find(QStringLiteral("system:default/pets")));
        } else if (change == QLatin1String("touch")) {
            QVERIFY(warm.snapshot.find(QStringLiteral("system:default/stew")));
        } else {
            const Entity entity = warm.snapshot.find(QStringLiteral("component:default/with-placeholders"));
            QVERIFY(entity);
            QCOMPARE(entity.description(), u"Changed.");
        }
        // And the next load is all cache again.
        QCOMPARE(loadWithCache(root, cache.path()).stats.filesParsed, 0);
    }

    void damagedCacheFilesAreIgnored_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("file");
        for (const char* file : { "catalog.cache", "snapshot.cache" }) {
            for (const char* damage : { "garbage", "truncated", "version", "empty" })
                QTest::addRow("%s, %s", file, damage) << QString::fromLatin1(damage) << QString::fromLatin1(file);
        }
    }

    void damagedCacheFilesAreIgnored()
    {
        QFETCH(QString, damage);
        QFETCH(QString, file);
        QTemporaryDir cache;
        const QStringList root { fixture(QStringLiteral("basic")) };
        const Load cold = loadWithCache(root, cache.path());
        // The other file is removed, so the damaged one is the only thing a warm load could use.
        QVERIFY(
            QFile::remove(cache.filePath(file == QLatin1String("catalog.cache") ? QStringLiteral("snapshot.cache")
                                                                                : QStringLiteral("catalog.cache"))));
        const QString path = cache.filePath(file);
        QFile input(path);
        QVERIFY(input.open(QIODevice::ReadOnly));
        QByteArray bytes = input.readAll();
        input.close();
        if (damage == QLatin1String("garbage"))
            bytes = QByteArray(4096, '\xa5');
        else if (damage == QLatin1String("truncated"))
            bytes.truncate(bytes.size() - 10);
        else if (damage == QLatin1String("version"))
            bytes[4] = char(bytes.at(4) + 1);
        else
            bytes.clear();
        writeFile(path, bytes);

        CatalogCache reread(cache.path());
        if (file == QLatin1String("catalog.cache")) {
            QVERIFY(!reread.load());
            QCOMPARE(reread.entryCount(), 0);
        } else {
            QVERIFY(!reread.loadSnapshot({ root.constFirst() + QStringLiteral("\n\n0:0") }, nullptr));
        }
        const Load again = loadWithCache(root, cache.path());
        QCOMPARE(again.stats.filesParsed, cold.stats.filesParsed);
        compareEntities(again.snapshot.entities, cold.snapshot.entities);
        QVERIFY(!again.stats.wholeCatalogFromCache);
        // ...and the cache is rewritten whole.
        const Load warm = loadWithCache(root, cache.path());
        QCOMPARE(warm.stats.filesFromCache, cold.stats.filesParsed);
        QVERIFY(warm.stats.wholeCatalogFromCache);
    }
};

QTEST_GUILESS_MAIN(TestCatalogCache)
#include "tst_catalogcache.moc"

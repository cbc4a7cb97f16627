#include "catalog/catalogloader.h"
#include "catalog/locationfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <sys/stat.h>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString& relative)
{
    return QDir::cleanPath(QStringLiteral(ATRIUM_TEST_DATA_DIR "/catalog/") + relative);
}

CatalogSnapshot load(const QStringList& roots, int threads = 2, CatalogLoadStats* stats = nullptr)
{
    CatalogLoadOptions options;
    for (const QString& root : roots)
        options.addRoot(root);
    options.threadCount = threads;
    options.stats = stats;
    return loadCatalog(options);
}

QStringList refsOf(const CatalogSnapshot& snapshot)
{
    QStringList refs;
    for (const Entity entity : snapshot.entities)
        refs.append(entity.ref().toString());
    return refs;
}

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems)
        lines.append(problem.toCompilerStyle());
    return lines.join(QLatin1Char('\n'));
}

Problems withMessage(const Problems& problems, const QString& fragment)
{
    Problems result;
    for (const Problem& problem : problems) {
        if (problem.message.contains(fragment))
            result.append(problem);
    }
    return result;
}

QByteArray component(const QString& name, const QString& owner = QStringLiteral("team-a"))
{
    return QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\nspec:\n"
                          "  type: service\n  lifecycle: production\n  owner: %2\n")
        .arg(name, owner)
        .toUtf8();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

} // namespace

class TestCatalogLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CatalogSnapshotPtr>(); }

    void globs_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star") << "*.yaml"
                              << "a.yaml" << true;
        QTest::newRow("star stays in its folder") << "*.yaml"
                                                  << "x/a.yaml" << false;
        QTest::newRow("star skips dot files") << "*.yaml"
                                              << ".hidden.yaml" << false;
        QTest::newRow("globstar any depth") << "**/*.yaml"
                                            << "x/y/a.yaml" << true;
        QTest::newRow("globstar zero folders") << "**/*.yaml"
                                               << "a.yaml" << true;
        QTest::newRow("globstar skips dot folders") << "**/*.yaml"
                                                    << ".git/a.yaml" << false;
        QTest::newRow("globstar in the middle") << "a/**/c.yaml"
                                                << "a/b/b/c.yaml" << true;
        QTest::newRow("question mark") << "?.yaml"
                                       << "a.yaml" << true;
        QTest::newRow("question mark is one character") << "?.yaml"
                                                        << "ab.yaml" << false;
        QTest::newRow("braces") << "{a,b}.yaml"
                                << "b.yaml" << true;
        QTest::newRow("braces exclude others") << "{a,b}.yaml"
                                               << "c.yaml" << false;
        QTest::newRow("nested braces") << "{a,b{1,2}}.yaml"
                                       << "b2.yaml" << true;
        QTest::newRow("class") << "[ab].yaml"
                               << "a.yaml" << true;
        QTest::newRow("negated class") << "[!ab].yaml"
                                       << "a.yaml" << false;
        QTest::newRow("literal dots") << "a.yaml"
                                      << "aXyaml" << false;
        QTest::newRow("unbalanced brace is literal") << "{a.yaml"
                                                     << "{a.yaml" << true;
    }

    void globs()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        const QRegularExpression expression = globToRegularExpression(pattern);
        QVERIFY(expression.isValid());
        QCOMPARE(expression.match(path).hasMatch(), matches);
    }

    void multipleFiles()
    {
        CatalogLoadStats stats;
        const CatalogSnapshot snapshot = load({ fixture(QStringLiteral("basic")) }, 2, &stats);
        QVERIFY2(snapshot.problems.isEmpty(), qPrintable(describe(snapshot.problems)));
        // Folder files in name order, documents in file order; README.md is not YAML, systems.yml is.
        QCOMPARE(refsOf(snapshot),
                 (QStringList { QStringLiteral("component:default/petstore"),
                                QStringLiteral("api:default/petstore-api"), QStringLiteral("group:default/team-a"),
                                QStringLiteral("user:default/jane"), QStringLiteral("system:default/pets") }));
        QCOMPARE(snapshot.files.size(), 3);
        QCOMPARE(stats.filesParsed, 3);
        QCOMPARE(stats.filesFromCache, 0);
        QVERIFY(stats.directories.contains(fixture(QStringLiteral("basic"))));
        for (int i = 0; i < snapshot.entities.size(); ++i)
            QCOMPARE(snapshot.entities.indexOf(snapshot.entities.at(i).ref()), i);
        QCOMPARE(snapshot.validEntityCount(), 5);
    }

    void remoteCatalogsMergeAfterTheFiles()
    {
        CatalogLoadOptions options;
        options.addRoot(fixture(QStringLiteral("basic")));
        options.threadCount = 2;
        const auto descriptor = [](const QString& kind, const QString& name, const QString& owner) {
            return QJsonObject {
                { u"apiVersion"_s, u"backstage.io/v1alpha1"_s },
                { u"kind"_s, kind },
                { u"metadata"_s, QJsonObject { { u"name"_s, name }, { u"uid"_s, u"0f3c"_s } } },
                { u"spec"_s,
                  QJsonObject {
                      { u"type"_s, u"service"_s }, { u"lifecycle"_s, u"production"_s }, { u"owner"_s, owner } } },
                // Backstage's own relations are replaced by Atrium's, derived like a file's.
                { u"relations"_s,
                  QJsonArray {
                      QJsonObject { { u"type"_s, u"ownedBy"_s }, { u"targetRef"_s, u"group:default/elsewhere"_s } } } },
            };
        };
        options.remoteCatalogs.append(RemoteCatalog {
            u"corp"_s,
            u"http://localhost:7007"_s,
            { descriptor(u"Component"_s, u"billing"_s, u"team-a"_s),
              descriptor(u"Component"_s, u"petstore"_s, u"team-b"_s), // also in a file: the file's wins
              QJsonObject { { u"kind"_s, u"Component"_s } } }, // no name: left out with a warning
        });
        CatalogLoadStats stats;
        options.stats = &stats;
        const CatalogSnapshot snapshot = loadCatalog(options);
        QCOMPARE(stats.remoteEntities, 1);
        QCOMPARE(stats.remoteDuplicates, 1);
        QCOMPARE(refsOf(snapshot).last(), u"component:default/billing"_s);
        const Entity billing = snapshot.entities.at(snapshot.entities.indexOf(u"component:default/billing"_s));
        QCOMPARE(billing.origin().toString(), u"corp"_s);
        QCOMPARE(billing.file().toString(), QString());
        QCOMPARE(billing.ns().toString(), u"default"_s);
        QVERIFY(billing.data().value(u"relations"_s).isUndefined());
        QStringList relations;
        for (const Relation& relation : billing.relations())
            relations.append(relation.type + u' ' + relation.targetRef);
        QCOMPARE(relations, QStringList { u"ownedBy group:default/team-a"_s });
        const Entity petstore = snapshot.entities.at(snapshot.entities.indexOf(u"component:default/petstore"_s));
        QCOMPARE(petstore.origin().toString(), u"file"_s);
        QCOMPARE(petstore.owner().toString(), u"team-a"_s);
        // The local group knows the remote component it owns.
        const Entity group = snapshot.entities.at(snapshot.entities.indexOf(u"group:default/team-a"_s));
        bool ownsBilling = false;
        for (const Relation& relation : group.relations())
            ownsBilling = ownsBilling
                || (relation.type == u"ownerOf"_s && relation.targetRef == u"component:default/billing"_s);
        QVERIFY(ownsBilling);
        QCOMPARE(snapshot.problems.size(), 1);
        QCOMPARE(snapshot.problems.first().file, u"http://localhost:7007"_s);
    }

    void relationsInBothDirections_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("target");
        QTest::newRow("owner, forward") << "component:default/petstore"
                                        << "ownedBy"
                                        << "group:default/team-a";
        QTest::newRow("owner, reverse") << "group:default/team-a"
                                        << "ownerOf"
                                        << "component:default/petstore";
        QTest::newRow("api owner, reverse") << "group:default/team-a"
                                            << "ownerOf"
                                            << "api:default/petstore-api";
        QTest::newRow("member, forward") << "user:default/jane"
                                         << "memberOf"
                                         << "group:default/team-a";
        QTest::newRow("member, reverse") << "group:default/team-a"
                                         << "hasMember"
                                         << "user:default/jane";
        QTest::newRow("system, reverse") << "system:default/pets"
                                         << "hasPart"
                                         << "component:default/petstore";
        QTest::newRow("api, reverse") << "api:default/petstore-api"
                                      << "apiProvidedBy"
                                      << "component:default/petstore";
    }

    void relationsInBothDirections()
    {
        QFETCH(QString, source);
        QFETCH(QString, type);
        QFETCH(QString, target);
        const CatalogSnapshot snapshot = load({ fixture(QStringLiteral("basic")) });
        const Entity entity = snapshot.find(source);
        QVERIFY(entity);
        QVERIFY(entity.relations().contains(Relation { type, target }));
        // Deduplicated: owner is named by two fields of two entities, the edge is listed once.
        QCOMPARE(entity.relations().count(Relation { type, target }), 1);
    }

    void locations()
    {
        const CatalogSnapshot snapshot = load({ fixture(QStringLiteral("locations/root.yaml")) });
        QStringList refs = refsOf(snapshot);
        refs.sort();
        QCOMPARE(
            refs,
            (QStringList { QStringLiteral("component:default/brace-a"), QStringLiteral("component:default/brace-b"),
                           QStringLiteral("component:default/deep-c"), QStringLiteral("component:default/deep-top"),
                           QStringLiteral("component:default/glob-x"), QStringLiteral("component:default/glob-y"),
                           QStringLiteral("component:default/level2"), QStringLiteral("location:default/level1"),
                           QStringLiteral("location:default/root") }));
        const Problems missing = withMessage(snapshot.problems, QStringLiteral("does not exist"));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.constFirst().message,
                 QStringLiteral("file %1 does not exist").arg(fixture(QStringLiteral("locations/missing.yaml"))));
        QCOMPARE(missing.constFirst().file, fixture(QStringLiteral("locations/root.yaml")));
        QCOMPARE(missing.constFirst().line, 11);
        QCOMPARE(missing.constFirst().column, 7);
        QCOMPARE(missing.constFirst().entityRef, QStringLiteral("location:default/root"));
        QCOMPARE(withMessage(snapshot.problems, QStringLiteral("not followed offline")).size(), 1);
    }

    void locationCycle()
    {
        CatalogLoadStats stats;
        const CatalogSnapshot snapshot = load({ fixture(QStringLiteral("cycle/a.yaml")) }, 2, &stats);
        QCOMPARE(stats.filesParsed, 3); // each file once
        QCOMPARE(snapshot.entities.size(), 3);
        const Problems cycles = withMessage(snapshot.problems, QStringLiteral("location cycle"));
        QCOMPARE(cycles.size(), 1);
        QCOMPARE(cycles.constFirst().message, QStringLiteral("location cycle: a.yaml \u2192 b.yaml \u2192 a.yaml"));
        QCOMPARE(cycles.constFirst().file, fixture(QStringLiteral("cycle/b.yaml")));
        QCOMPARE(cycles.constFirst().line, 6);
    }

    void noCycleForDiamonds()
    {
        QTemporaryDir dir;
        auto location = [](const QStringList& targets) {
            QByteArray text
                = "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: x\nspec:\n  targets:\n";
            for (const QString& target : targets)
                text += "    - " + target.toUtf8() + '\n';
            return text;
        };
        writeFile(dir.filePath(QStringLiteral("a.yaml")),
                  location({ QStringLiteral("./b.yaml"), QStringLiteral("./c.yaml") }).replace("name: x", "name: a"));
        writeFile(dir.filePath(QStringLiteral("b.yaml")),
                  location({ QStringLiteral("./d.yaml") }).replace("name: x", "name: b"));
        writeFile(dir.filePath(QStringLiteral("c.yaml")),
                  location({ QStringLiteral("./d.yaml") }).replace("name: x", "name: c"));
        writeFile(dir.filePath(QStringLiteral("d.yaml")), component(QStringLiteral("d")));
        CatalogLoadStats stats;
        const CatalogSnapshot snapshot = load({ dir.filePath(QStringLiteral("a.yaml")) }, 2, &stats);
        QCOMPARE(stats.filesParsed, 4);
        QVERIFY(withMessage(snapshot.problems, QStringLiteral("cycle")).isEmpty());
    }

    void duplicatesAreCaseInsensitive()
    {
        const CatalogSnapshot snapshot = load({ fixture(QStringLiteral("duplicates")) });
        QCOMPARE(snapshot.entities.size(), 2);
        const Problems duplicates = withMessage(snapshot.problems, QStringLiteral("Duplicate entity"));
        QCOMPARE(duplicates.size(), 1);
        const Problem& problem = duplicates.constFirst();
        QCOMPARE(problem.file, fixture(QStringLiteral("duplicates/second.yaml")));
        QCOMPARE(problem.line, 1);
        QCOMPARE(problem.severity, Problem::Severity::Error);
        // The first definition is named relative to the duplicate's folder.
        QVERIFY2(problem.message.contains(QStringLiteral(" at first.yaml:1:1 ")), qPrintable(problem.message));
        QCOMPARE(snapshot.entities.indexOf(u"component:default/dup"), 0);
        QVERIFY(!snapshot.entities.at(0).hasErrors());
        QVERIFY(snapshot.entities.at(1).hasErrors());
    }

    void missingReferencesAreWarnings_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("owner") << "group:default/team-ghost" << 8 << 10;
        QTest::newRow("dependsOn") << "resource:default/ghost-db" << 10 << 7;
    }

    void missingReferencesAreWarnings()
    {
        QFETCH(QString, target);
        QFETCH(int, line);
        QFETCH(int, column);
        const CatalogSnapshot snapshot = load({ fixture(QStringLiteral("missingrefs")) });
        const Problems warnings = withMessage(snapshot.problems, target);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.constFirst().severity, Problem::Severity::Warning);
        QCOMPARE(warnings.constFirst().line, line);
        QCOMPARE(warnings.constFirst().column, column);
        QCOMPARE(warnings.constFirst().entityRef, QStringLiteral("component:default/lonely"));
        // Backstage accepts the entity and still lists the relation.
        QVERIFY(!snapshot.entities.constFirst().hasErrors());
        QVERIFY(snapshot.entities.constFirst().relationCount() >= 2);
    }

    void problemsAreSorted()
    {
        const CatalogSnapshot snapshot = load({ fixture(QStringLiteral("locations")), fixture(QStringLiteral("broken")),
                                                fixture(QStringLiteral("missingrefs")) });
        QVERIFY(snapshot.problems.size() > 3);
        for (qsizetype i = 1; i < snapshot.problems.size(); ++i) {
            const Problem& a = snapshot.problems.at(i - 1);
            const Problem& b = snapshot.problems.at(i);
            QVERIFY(a.file < b.file
                    || (a.file == b.file && (a.line < b.line || (a.line == b.line && a.column <= b.column))));
        }
    }

    void guardedReads_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("binary") << "binary"
                                << "binary";
        QTest::newRow("invalid utf-8") << "utf8"
                                       << "UTF-8";
        QTest::newRow("symlink loop") << "symlinkloop"
                                      << "symbolic link loop";
        QTest::newRow("huge file") << "huge"
                                   << "larger than the 32 MB limit";
        QTest::newRow("fifo") << "fifo"
                              << "not a regular file";
        QTest::newRow("folder named .yaml as a location target") << "dirtarget"
                                                                 << "it is a directory";
        QTest::newRow("folder loop") << "folderloop"
                                     << "symbolic link loop";
        QTest::newRow("unreadable") << "unreadable"
                                    << "could not be read";
    }

    void guardedReads()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
        writeFile(dir.filePath(QStringLiteral("good.yaml")), component(QStringLiteral("good")));
        if (kind == QLatin1String("binary")) {
            writeFile(bad,
                      QByteArray("\x7f"
                                 "ELF\x02\x01\x00\x00",
                                 8));
        } else if (kind == QLatin1String("utf8")) {
            writeFile(bad, component(QStringLiteral("bad")) + "  description: caf\xe9\n");
        } else if (kind == QLatin1String("symlinkloop")) {
            QVERIFY(QFile::link(bad, bad));
        } else if (kind == QLatin1String("huge")) {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(kMaxCatalogFileSize + 1)); // sparse: costs no disk
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(bad).constData(), 0600), 0);
        } else if (kind == QLatin1String("dirtarget")) {
            QDir().mkpath(dir.filePath(QStringLiteral("folder.yaml")));
            writeFile(bad,
                      "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: l\nspec:\n"
                      "  target: ./folder.yaml\n");
        } else if (kind == QLatin1String("folderloop")) {
            QDir().mkpath(dir.filePath(QStringLiteral("sub")));
            QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("sub/back"))));
        } else if (kind == QLatin1String("unreadable")) {
            // Tests run as root, so chmod 000 does not stop a read. /proc/self/mem opens but fails with EIO on
            // read at offset 0: a real read error, reached through a link with a catalog name.
            QVERIFY(QFile::link(QStringLiteral("/proc/self/mem"), bad));
        }
        const QString root = kind == QLatin1String("dirtarget") ? bad : dir.path();
        const CatalogSnapshot snapshot
            = load(kind == QLatin1String("dirtarget") ? QStringList { root, dir.filePath(QStringLiteral("good.yaml")) }
                                                      : QStringList { root });
        QVERIFY2(snapshot.find(QStringLiteral("component:default/good")), qPrintable(describe(snapshot.problems)));
        const Problems problems = withMessage(snapshot.problems, fragment);
        if (kind == QLatin1String("unreadable") && problems.isEmpty())
            QSKIP("/proc/self/mem is readable here; no way to make a read fail as root on this system");
        QVERIFY2(problems.size() == 1, qPrintable(describe(snapshot.problems)));
        if (kind != QLatin1String("dirtarget") && kind != QLatin1String("folderloop"))
            QCOMPARE(problems.constFirst().file, bad);
    }

    void sameResultWithAnyThreadCount()
    {
        const QStringList roots { fixture(QStringLiteral("locations/root.yaml")), fixture(QStringLiteral("basic")) };
        const CatalogSnapshot one = load(roots, 1);
        const CatalogSnapshot four = load(roots, 4);
        QCOMPARE(refsOf(one), refsOf(four));
        QCOMPARE(one.problems, four.problems);
    }

    void missingRoot()
    {
        const QString path = fixture(QStringLiteral("no-such-file.yaml"));
        const CatalogSnapshot snapshot = load({ path, fixture(QStringLiteral("basic")) });
        QCOMPARE(snapshot.entities.size(), 5);
        QCOMPARE(snapshot.problems.size(), 1);
        QCOMPARE(snapshot.problems.constFirst().file, path);
    }

    void cancelledLoadReturnsNothing()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 200; ++i)
            writeFile(dir.filePath(QStringLiteral("f%1.yaml").arg(i)), component(QStringLiteral("c%1").arg(i)));
        std::atomic_bool cancelled { false };
        CatalogLoadOptions options;
        options.addRoot(dir.path());
        options.threadCount = 2;
        options.cancelled = &cancelled;
        std::atomic_int calls { 0 };
        options.progress = [&](int, int) {
            if (++calls == 5)
                cancelled = true;
        };
        CatalogLoadStats stats;
        options.stats = &stats;
        const CatalogSnapshot snapshot = loadCatalog(options);
        QVERIFY(stats.cancelled);
        QVERIFY(snapshot.entities.isEmpty());
        QVERIFY2(stats.filesParsed < 200, qPrintable(QString::number(stats.filesParsed)));
    }

    void loaderReportsProgressAndFinishes()
    {
        CatalogLoader loader;
        QSignalSpy progress(&loader, &CatalogLoader::progress);
        QSignalSpy finished(&loader, &CatalogLoader::finished);
        CatalogLoadOptions options;
        options.addRoot(fixture(QStringLiteral("basic")));
        loader.load(options);
        QVERIFY(loader.isLoading());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!loader.isLoading());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toInt(), 3);
        QCOMPARE(progress.constLast().at(1).toInt(), 3);
        const auto snapshot = finished.constFirst().at(0).value<CatalogSnapshotPtr>();
        QVERIFY(snapshot);
        QCOMPARE(snapshot->entities.size(), 5);
        QCOMPARE(loader.snapshot(), snapshot);
        QCOMPARE(loader.lastStats().filesParsed, 3);
    }

    void onlyTheNewestLoadReports()
    {
        CatalogLoader loader;
        QSignalSpy finished(&loader, &CatalogLoader::finished);
        CatalogLoadOptions first;
        first.addRoot(fixture(QStringLiteral("locations")));
        CatalogLoadOptions second;
        second.addRoot(fixture(QStringLiteral("basic")));
        loader.load(first);
        loader.load(second);
        QTRY_COMPARE(finished.size(), 1);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().at(0).value<CatalogSnapshotPtr>()->entities.size(), 5);
    }

    void concurrentLoadsDoNotDeadlock()
    {
        // Every loader's worker runs in Qt's global pool; nothing it waits for may be queued there too, or a full
        // pool waits on itself (this hung with the cache's encoding in the global pool).
        const int count = QThreadPool::globalInstance()->maxThreadCount() + 2;
        std::vector<std::unique_ptr<QTemporaryDir>> caches;
        std::vector<std::unique_ptr<CatalogLoader>> loaders;
        int finished = 0;
        for (int i = 0; i < count; ++i) {
            caches.push_back(std::make_unique<QTemporaryDir>());
            loaders.push_back(std::make_unique<CatalogLoader>());
            connect(loaders.back().get(), &CatalogLoader::finished, this, [&finished] { ++finished; });
            CatalogLoadOptions options;
            options.addRoot(fixture(QStringLiteral("basic")));
            options.cacheDirectory = caches.back()->path();
            loaders.back()->load(options);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, count, 20000);
    }

    void cancelSilencesTheLoader()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 300; ++i)
            writeFile(dir.filePath(QStringLiteral("f%1.yaml").arg(i)), component(QStringLiteral("c%1").arg(i)));
        {
            CatalogLoader loader;
            QSignalSpy finished(&loader, &CatalogLoader::finished);
            QSignalSpy progress(&loader, &CatalogLoader::progress);
            CatalogLoadOptions options;
            options.addRoot(dir.path());
            loader.load(options);
            loader.cancel();
            QVERIFY(!loader.isLoading());
            QTest::qWait(300);
            QCOMPARE(finished.size(), 0);
            QCOMPARE(progress.size(), 0);
            // Destroying a loader with a worker still running must neither hang nor crash.
            loader.load(options);
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"

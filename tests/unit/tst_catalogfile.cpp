#include "catalog/catalogfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Atrium;

namespace {

QString fixture(const QString& relative)
{
    return QStringLiteral(ATRIUM_TEST_DATA_DIR "/catalog/") + relative;
}

CatalogFileResult parseFixture(const QString& relative)
{
    const QString path = fixture(relative);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(path));
    return parseCatalogFile(path, file.readAll());
}

QStringList refsOf(const CatalogFileResult& result)
{
    QStringList refs;
    for (const EntityRecord& entity : result.entities)
        refs.append(entity.ref);
    return refs;
}

const Problem* findProblem(const Problems& problems, const QString& fragment)
{
    for (const Problem& problem : problems) {
        if (problem.message.contains(fragment))
            return &problem;
    }
    return nullptr;
}

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems)
        lines.append(problem.toCompilerStyle());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCatalogFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void documentsBecomeEntities()
    {
        const CatalogFileResult result = parseFixture(QStringLiteral("basic/components.yaml"));
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        QCOMPARE(
            refsOf(result),
            (QStringList { QStringLiteral("component:default/petstore"), QStringLiteral("api:default/petstore-api") }));
        const EntityRecord& first = result.entities.at(0);
        QCOMPARE(first.file, fixture(QStringLiteral("basic/components.yaml")));
        QCOMPARE(first.position.line, 1);
        QCOMPARE(first.documentIndex, 0);
        QCOMPARE(result.entities.at(1).documentIndex, 1);
        QVERIFY(result.entities.at(1).position.line >= 13);
        QVERIFY(!first.hasErrors);
        QCOMPARE(first.origin, QStringLiteral("file"));
        // DefaultNamespaceEntityPolicy: filled in when absent
        QCOMPARE(first.metadata().value(QLatin1String("namespace")).toString(), QStringLiteral("default"));
        QCOMPARE(first.description(), QStringLiteral("Sells pets."));
    }

    void relationsAreSplitBySource()
    {
        const CatalogFileResult result = parseFixture(QStringLiteral("basic/components.yaml"));
        const EntityRecord& petstore = result.entities.at(0);
        QVERIFY(petstore.relations.contains(
            Relation { QStringLiteral("ownedBy"), QStringLiteral("group:default/team-a") }));
        QVERIFY(
            petstore.relations.contains(Relation { QStringLiteral("partOf"), QStringLiteral("system:default/pets") }));
        QVERIFY(petstore.relations.contains(
            Relation { QStringLiteral("providesApi"), QStringLiteral("api:default/petstore-api") }));
        // Edges whose source is another entity wait for the linker.
        QVERIFY(result.foreignRelations.contains(
            ForeignRelation { QStringLiteral("group:default/team-a"),
                              Relation { QStringLiteral("ownerOf"), QStringLiteral("component:default/petstore") } }));
        for (const EntityRecord& entity : result.entities) {
            for (const Relation& relation : entity.relations)
                QVERIFY(!relation.targetRef.isEmpty());
        }
        // Every own relation has a reference with the position of the field that named it.
        bool ownerSeen = false;
        for (const EntityReference& reference : result.references) {
            QCOMPARE_LT(reference.entityIndex, result.entities.size());
            const EntityRecord& entity = result.entities.at(reference.entityIndex);
            const Relation& relation = entity.relations.at(reference.relationIndex);
            if (reference.entityIndex == 0 && relation.type == QLatin1String("ownedBy")) {
                ownerSeen = true;
                QCOMPARE(reference.position.line, 9); // `  owner: team-a`
                QCOMPARE(reference.position.column, 10);
            }
        }
        QVERIFY(ownerSeen);
    }

    void placeholders()
    {
        const CatalogFileResult result = parseFixture(QStringLiteral("placeholders/entity.yaml"));
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        QCOMPARE(result.entities.size(), 1);
        const EntityRecord& entity = result.entities.constFirst();
        QCOMPARE(entity.description(), QStringLiteral("A description\nfrom a file.\n"));
        QCOMPARE(entity.metadata().value(QLatin1String("annotations")).toObject(),
                 (QJsonObject { { QStringLiteral("example.com/docs"), QStringLiteral("https://docs.example.com") } }));
        QCOMPARE(entity.metadata().value(QLatin1String("labels")).toObject(),
                 (QJsonObject { { QStringLiteral("tier"), QStringLiteral("gold") },
                                { QStringLiteral("region"), QStringLiteral("eu") } }));
        // More than one key: left alone, as Backstage leaves JSON Schema's `$ref` alone.
        const QJsonObject untouched = entity.spec().value(QLatin1String("notAPlaceholder")).toObject();
        QCOMPARE(untouched.value(QLatin1String("$text")).toString(), QStringLiteral("./description.txt"));
        // QJsonObject keeps keys sorted, so that is the order they are visited in.
        QCOMPARE(result.substitutedFiles,
                 (QStringList { fixture(QStringLiteral("placeholders/annotations.json")),
                                fixture(QStringLiteral("placeholders/description.txt")),
                                fixture(QStringLiteral("placeholders/labels.yaml")) }));
    }

    void placeholderErrors_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("line");
        QTest::newRow("missing file") << QStringLiteral("Placeholder $text could not read location ./missing.txt") << 6;
        QTest::newRow("bad json") << QStringLiteral("Placeholder $json failed to parse JSON data at ./bad.json") << 8;
        QTest::newRow("two yaml documents")
            << QStringLiteral("Placeholder $yaml expected to find exactly one document of data at "
                              "./two-documents.yaml, found 2")
            << 10;
    }

    void placeholderErrors()
    {
        QFETCH(QString, fragment);
        QFETCH(int, line);
        const CatalogFileResult result = parseFixture(QStringLiteral("placeholders/broken.yaml"));
        const Problem* problem = findProblem(result.problems, fragment);
        QVERIFY2(problem, qPrintable(describe(result.problems)));
        QCOMPARE(problem->line, line);
        QCOMPARE(problem->severity, Problem::Severity::Error);
        QCOMPARE(problem->entityRef, QStringLiteral("component:default/broken-placeholders"));
        QCOMPARE(problem->file, fixture(QStringLiteral("placeholders/broken.yaml")));
        // The entity is kept, flagged; the missing file is still recorded so the cache and watcher see it appear.
        QCOMPARE(result.entities.size(), 1);
        QVERIFY(result.entities.constFirst().hasErrors);
        QVERIFY(result.substitutedFiles.contains(fixture(QStringLiteral("placeholders/missing.txt"))));
    }

    void locationTargets()
    {
        const CatalogFileResult result = parseFixture(QStringLiteral("locations/root.yaml"));
        QCOMPARE(result.locationTargets.size(), 6);
        const QStringList expected { QStringLiteral("nested/level1.yaml"), QStringLiteral("globbed/*.yaml"),
                                     QStringLiteral("deep/**/*.yaml"), QStringLiteral("braces/{a,b}.yaml"),
                                     QStringLiteral("missing.yaml") };
        for (int i = 0; i < expected.size(); ++i) {
            const LocationTarget& target = result.locationTargets.at(i);
            QCOMPARE(target.type, QStringLiteral("file"));
            QCOMPARE(target.resolved, fixture(QStringLiteral("locations/") + expected.at(i)));
            QCOMPARE(target.position.line, 7 + i);
            QCOMPARE(target.position.column, 7);
            QCOMPARE(target.entityRef, QStringLiteral("location:default/root"));
        }
        const LocationTarget& remote = result.locationTargets.at(5);
        QVERIFY(remote.resolved.isEmpty());
        const Problem* warning = findProblem(result.problems, QStringLiteral("not followed offline"));
        QVERIFY(warning);
        QCOMPARE(warning->severity, Problem::Severity::Warning);
        QCOMPARE(warning->line, 12);
    }

    void brokenDocumentsDoNotStopOthers()
    {
        const CatalogFileResult result = parseFixture(QStringLiteral("broken/mixed.yaml"));
        QStringList refs = refsOf(result);
        QVERIFY2(refs.contains(QStringLiteral("component:default/before-broken")), qPrintable(refs.join(u',')));
        QVERIFY(refs.contains(QStringLiteral("component:default/after-broken")));
        // The entity without a name is kept, with errors and no ref.
        QCOMPARE(result.entities.size(), 3);
        QVERIFY(result.entities.at(1).hasErrors);
        QVERIFY(result.entities.at(1).ref.isEmpty());
        QCOMPARE(result.entities.at(1).documentIndex, 3);
        QVERIFY(!result.entities.at(0).hasErrors);
        QVERIFY(!result.entities.at(2).hasErrors);
        QCOMPARE(result.entities.at(2).documentIndex, 4);
        const Problem* notMapping = findProblem(result.problems, QStringLiteral("Expected object at root"));
        QVERIFY2(notMapping, qPrintable(describe(result.problems)));
        QCOMPARE(notMapping->line, 12);
        bool syntaxError = false;
        for (const Problem& problem : result.problems)
            syntaxError = syntaxError || (problem.line == 10 && problem.isError());
        QVERIFY2(syntaxError, qPrintable(describe(result.problems)));
        for (const Problem& problem : result.problems)
            QCOMPARE(problem.file, fixture(QStringLiteral("broken/mixed.yaml")));
    }

    void wholeFileProblems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("line");

        QTest::newRow("binary") << QByteArray("kind: Component\n\x01\x00\x02", 20) << QStringLiteral("binary") << 2;
        QTest::newRow("invalid utf-8") << QByteArray("a: b\nname: caf\xe9\n") << QStringLiteral("UTF-8") << 2;
        QTest::newRow("too large") << QByteArray(kMaxCatalogFileSize + 1, 'a') << QStringLiteral("32 MB") << 1;
    }

    void wholeFileProblems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        QFETCH(int, line);
        const CatalogFileResult result = parseCatalogFile(QStringLiteral("/x/file.yaml"), bytes);
        QVERIFY(result.entities.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.constFirst().message.contains(fragment), qPrintable(describe(result.problems)));
        QCOMPARE(result.problems.constFirst().line, line);
        QCOMPARE(result.problems.constFirst().file, QStringLiteral("/x/file.yaml"));
    }

    void emptyFilesAreFine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only a separator") << QByteArray("---\n");
        QTest::newRow("comment") << QByteArray("# nothing here\n");
    }

    void emptyFilesAreFine()
    {
        QFETCH(QByteArray, bytes);
        const CatalogFileResult result = parseCatalogFile(QStringLiteral("/x/empty.yaml"), bytes);
        QVERIFY(result.entities.isEmpty());
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogFile)
#include "tst_catalogfile.moc"

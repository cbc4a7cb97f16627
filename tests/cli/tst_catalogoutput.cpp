#include "catalog/catalogindex.h"
#include "catalog/entityref.h"
#include "cli/catalogcommand.h"
#include "cli/catalogoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Atrium;

namespace {

EntityRecord makeEntity(const QString& kind, const QString& name, const QJsonObject& spec = {},
                        const QString& ns = QStringLiteral("default"), const QJsonObject& extraMetadata = {})
{
    QJsonObject metadata = extraMetadata;
    metadata.insert(QLatin1String("name"), name);
    metadata.insert(QLatin1String("namespace"), ns);
    EntityRecord entity;
    entity.setData(QJsonObject { { QLatin1String("apiVersion"), QStringLiteral("backstage.io/v1alpha1") },
                                 { QLatin1String("kind"), kind },
                                 { QLatin1String("metadata"), metadata },
                                 { QLatin1String("spec"), spec } });
    entity.ref = EntityRef::canonical(kind, ns, name);
    entity.file = QStringLiteral("/catalog/") % name % QStringLiteral(".yaml");
    entity.position = { 1, 1 };
    return entity;
}

QJsonObject componentSpec(const QString& type, const QString& owner, const QString& lifecycle)
{
    return { { QLatin1String("type"), type },
             { QLatin1String("owner"), owner },
             { QLatin1String("lifecycle"), lifecycle } };
}

Problem makeProblem(const QString& file, int line, int column, Problem::Severity severity, const QString& message,
                    const QString& ref = {})
{
    Problem problem;
    problem.file = file;
    problem.line = line;
    problem.column = column;
    problem.severity = severity;
    problem.message = message;
    problem.entityRef = ref;
    return problem;
}

// A small catalog in two namespaces; `broken` has an error and must never be listed.
CatalogSnapshotPtr makeSnapshot()
{
    auto snapshot = std::make_shared<CatalogSnapshot>();
    EntityRecords records {
        makeEntity(QStringLiteral("Group"), QStringLiteral("team-a"),
                   { { QLatin1String("type"), QStringLiteral("team") } }),
        makeEntity(QStringLiteral("Component"), QStringLiteral("payments-gateway"),
                   componentSpec(QStringLiteral("service"), QStringLiteral("team-a"), QStringLiteral("production")),
                   QStringLiteral("default"),
                   { { QLatin1String("description"), QStringLiteral("Production payment service") } }),
        makeEntity(QStringLiteral("Component"), QStringLiteral("fraud-scoring"),
                   componentSpec(QStringLiteral("service"), QStringLiteral("team-a"), QStringLiteral("experimental")),
                   QStringLiteral("default"),
                   { { QLatin1String("description"), QStringLiteral("Experimental payment fraud model") } }),
        makeEntity(QStringLiteral("Component"), QStringLiteral("web"),
                   componentSpec(QStringLiteral("website"), QStringLiteral("user:jane"), QStringLiteral("production"))),
        // Owner without a namespace resolves in the entity's own namespace: group:ops/team-a, not group:default/team-a.
        makeEntity(QStringLiteral("Component"), QStringLiteral("ops-tool"),
                   componentSpec(QStringLiteral("tool"), QStringLiteral("team-a"), QStringLiteral("production")),
                   QStringLiteral("ops")),
        makeEntity(QStringLiteral("Component"), QStringLiteral("broken"),
                   componentSpec(QStringLiteral("service"), QStringLiteral("team-a"), QStringLiteral("production"))),
    };
    records.last().hasErrors = true;
    snapshot->entities = EntityStore::fromRecords(records);
    return snapshot;
}

QStringList names(const CatalogIndex& index, const QList<int>& selected)
{
    QStringList result;
    for (const int i : selected)
        result.append(index.snapshot()->entities.at(i).name().toString());
    return result;
}

} // namespace

class TestCatalogOutput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void displayPath_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("below base") << "/w/cat/a.yaml"
                                    << "/w"
                                    << "cat/a.yaml";
        QTest::newRow("no base keeps absolute") << "/w/cat/a.yaml"
                                                << ""
                                                << "/w/cat/a.yaml";
        QTest::newRow("outside base") << "/x/c.yaml"
                                      << "/w/a"
                                      << "../../x/c.yaml";
        QTest::newRow("no file") << ""
                                 << "/w"
                                 << "";
        QTest::newRow("already relative") << "r.yaml"
                                          << "/w"
                                          << "r.yaml";
    }
    void displayPath()
    {
        QFETCH(QString, file);
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QCOMPARE(CatalogOutput::displayPath(file, base), expected);
    }

    void forDisplayOrdersByFileLineColumn()
    {
        const auto E = Problem::Severity::Error;
        const auto W = Problem::Severity::Warning;
        const Problems problems {
            makeProblem(QStringLiteral("/w/b.yaml"), 3, 1, E, QStringLiteral("b3")),
            makeProblem(QStringLiteral("/w/a.yaml"), 10, 5, W, QStringLiteral("a10:5")),
            makeProblem(QStringLiteral("/w/a.yaml"), 10, 2, E, QStringLiteral("a10:2 first")),
            makeProblem(QStringLiteral("/w/a.yaml"), 2, 7, E, QStringLiteral("a2")),
            makeProblem(QStringLiteral("/w/a.yaml"), 10, 2, W, QStringLiteral("a10:2 second")),
        };
        const Problems sorted = CatalogOutput::forDisplay(problems, QStringLiteral("/w"));
        QStringList messages;
        for (const Problem& problem : sorted)
            messages.append(problem.message);
        QCOMPARE(messages,
                 QStringList({ QStringLiteral("a2"), QStringLiteral("a10:2 first"), QStringLiteral("a10:2 second"),
                               QStringLiteral("a10:5"), QStringLiteral("b3") }));
        QCOMPARE(sorted.first().file, QStringLiteral("a.yaml"));
    }

    void lintText()
    {
        const Problems problems {
            makeProblem(QStringLiteral("cat/a.yaml"), 4, 9, Problem::Severity::Error, QStringLiteral("bad name")),
            makeProblem(QStringLiteral("cat/b.yaml"), 12, 10, Problem::Severity::Warning, QStringLiteral("no owner")),
        };
        QCOMPARE(CatalogOutput::lintText(problems),
                 QStringLiteral("cat/a.yaml:4:9: error: bad name\ncat/b.yaml:12:10: warning: no owner\n"));
        QCOMPARE(CatalogOutput::lintText({}), QString());
    }

    void lintSummary_data()
    {
        QTest::addColumn<int>("entities");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<QString>("expected");
        QTest::newRow("clean") << 60 << 0 << 0 << "60 entities, 0 errors, 0 warnings\n";
        QTest::newRow("singular") << 1 << 1 << 1 << "1 entity, 1 error, 1 warning\n";
        QTest::newRow("plural") << 0 << 3 << 2 << "0 entities, 3 errors, 2 warnings\n";
    }
    void lintSummary()
    {
        QFETCH(int, entities);
        QFETCH(int, errors);
        QFETCH(int, warnings);
        QFETCH(QString, expected);
        Problems problems;
        for (int i = 0; i < errors; ++i)
            problems.append(makeProblem(QStringLiteral("f"), 1, 1, Problem::Severity::Error, QStringLiteral("e")));
        for (int i = 0; i < warnings; ++i)
            problems.append(makeProblem(QStringLiteral("f"), 1, 1, Problem::Severity::Warning, QStringLiteral("w")));
        QCOMPARE(CatalogOutput::lintSummary(entities, problems), expected);
    }

    void lintJson()
    {
        const Problems problems {
            makeProblem(QStringLiteral("a.yaml"), 3, 1, Problem::Severity::Error, QStringLiteral("YAML error")),
            makeProblem(QStringLiteral("b.yaml"), 7, 10, Problem::Severity::Warning, QStringLiteral("no owner"),
                        QStringLiteral("component:default/x")),
        };
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(CatalogOutput::lintJson(5, problems), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        QCOMPARE(root.keys(), QStringList({ QStringLiteral("entities"), QStringLiteral("problems") }));
        QCOMPARE(root.value(QLatin1String("entities")).toInt(-1), 5);
        const QJsonArray array = root.value(QLatin1String("problems")).toArray();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.keys(),
                 QStringList({ QStringLiteral("column"), QStringLiteral("entity"), QStringLiteral("file"),
                               QStringLiteral("line"), QStringLiteral("message"), QStringLiteral("severity") }));
        QVERIFY(first.value(QLatin1String("entity")).isNull());
        QCOMPARE(first.value(QLatin1String("file")).toString(), QStringLiteral("a.yaml"));
        QCOMPARE(first.value(QLatin1String("line")).toInt(), 3);
        QCOMPARE(first.value(QLatin1String("column")).toInt(), 1);
        QCOMPARE(first.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(first.value(QLatin1String("message")).toString(), QStringLiteral("YAML error"));
        const QJsonObject second = array.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("entity")).toString(), QStringLiteral("component:default/x"));
        QCOMPARE(second.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
    }

    void entitiesTable()
    {
        const CatalogSnapshotPtr snapshot = makeSnapshot();
        EntityRecord titled = EntityRecord::fromEntity(snapshot->entities.at(1));
        QJsonObject metadata = titled.metadata();
        metadata.insert(QLatin1String("title"), QStringLiteral("Payments Gateway"));
        QJsonObject descriptor = titled.data();
        descriptor.insert(QLatin1String("metadata"), metadata);
        titled.setData(descriptor);
        const EntityStore titledStore = EntityStore::fromRecords({ titled });
        const QList<Entity> entities { snapshot->entities.at(0), titledStore.at(0), snapshot->entities.at(4) };
        QCOMPARE(CatalogOutput::entitiesTable(entities),
                 QStringLiteral("KIND       NAME              TYPE     OWNER   LIFECYCLE   TITLE\n"
                                "Group      team-a            team     -       -           -\n"
                                "Component  payments-gateway  service  team-a  production  Payments Gateway\n"
                                "Component  ops/ops-tool      tool     team-a  production  -\n"));
        QCOMPARE(CatalogOutput::entitiesTable({}), QStringLiteral("KIND  NAME  TYPE  OWNER  LIFECYCLE  TITLE\n"));
    }

    void entitiesJson()
    {
        EntityRecord entity = makeEntity(
            QStringLiteral("Component"), QStringLiteral("web"),
            componentSpec(QStringLiteral("website"), QStringLiteral("team-a"), QStringLiteral("production")));
        entity.relations = { { QStringLiteral("ownedBy"), QStringLiteral("group:default/team-a") } };
        const EntityStore store = EntityStore::fromRecords({ entity });
        const QJsonArray array = QJsonDocument::fromJson(CatalogOutput::entitiesJson({ store.at(0) })).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject object = array.at(0).toObject();
        QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("Component"));
        QCOMPARE(object.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString(),
                 QStringLiteral("default"));
        const QJsonArray relations = object.value(QLatin1String("relations")).toArray();
        QCOMPARE(relations.size(), 1);
        QCOMPARE(relations.at(0).toObject(),
                 QJsonObject({ { QLatin1String("type"), QStringLiteral("ownedBy") },
                               { QLatin1String("targetRef"), QStringLiteral("group:default/team-a") } }));
        QCOMPARE(QJsonDocument::fromJson(CatalogOutput::entitiesJson({})).array().size(), 0);
    }

    void select_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QStringList>("expected");
        const QStringList components { QStringLiteral("payments-gateway"), QStringLiteral("fraud-scoring"),
                                       QStringLiteral("web"), QStringLiteral("ops-tool") };
        QTest::newRow("everything without errors") << ""
                                                   << ""
                                                   << "" << (QStringList { QStringLiteral("team-a") } + components);
        QTest::newRow("kind any case") << ""
                                       << "cOmPoNeNt"
                                       << "" << components;
        QTest::newRow("owner short form, default namespace")
            << ""
            << ""
            << "team-a" << QStringList { QStringLiteral("payments-gateway"), QStringLiteral("fraud-scoring") };
        QTest::newRow("owner canonical") << ""
                                         << ""
                                         << "group:default/team-a"
                                         << QStringList { QStringLiteral("payments-gateway"),
                                                          QStringLiteral("fraud-scoring") };
        QTest::newRow("owner in another namespace") << ""
                                                    << ""
                                                    << "ops/team-a" << QStringList { QStringLiteral("ops-tool") };
        QTest::newRow("owner user") << ""
                                    << ""
                                    << "user:jane" << QStringList { QStringLiteral("web") };
        QTest::newRow("owner unknown") << ""
                                       << ""
                                       << "team-z" << QStringList {};
        QTest::newRow("text, every word") << "pay prod"
                                          << ""
                                          << "" << QStringList { QStringLiteral("payments-gateway") };
        QTest::newRow("text and kind") << "payment"
                                       << "group"
                                       << "" << QStringList {};
        QTest::newRow("text matches nothing") << "zeppelin"
                                              << ""
                                              << "" << QStringList {};
    }
    void select()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, owner);
        QFETCH(QStringList, expected);
        const CatalogIndexPtr index = CatalogIndex::create(makeSnapshot());
        QString error;
        const QList<int> selected = CatalogCommand::select(*index, { text, kind, owner }, &error);
        QCOMPARE(error, QString());
        QCOMPARE(names(*index, selected), expected);
    }

    void selectRejectsBadOwner()
    {
        const CatalogIndexPtr index = CatalogIndex::create(makeSnapshot());
        QString error;
        QVERIFY(CatalogCommand::select(*index, { QString(), QString(), QStringLiteral("group:") }, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("group:")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCatalogOutput)
#include "tst_catalogoutput.moc"

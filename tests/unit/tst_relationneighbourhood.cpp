#include "graph/relationdirection.h"
#include "graph/relationneighbourhood.h"
#include "graph/snapshotgraphlookup.h"
#include "indexfixture.h"

#include <QHash>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Atrium;

namespace {

// A small company. Each entry is one relation as a descriptor states it; the fixture stores it on both entities,
// as Backstage does, except towards refs that are not in the catalog.
struct Fact {
    const char* source;
    const char* type;
    const char* target;
};
constexpr Fact facts[] = {
    { "user:default/jane", "memberOf", "group:default/team-a" },
    { "group:default/team-a", "childOf", "group:default/org" },
    { "component:default/web", "ownedBy", "group:default/team-a" },
    { "component:default/web", "dependsOn", "component:default/api-svc" },
    { "component:default/web", "consumesApi", "api:default/orders" },
    { "component:default/web", "partOf", "system:default/shop" },
    { "component:default/api-svc", "ownedBy", "group:default/team-a" },
    { "component:default/api-svc", "providesApi", "api:default/orders" },
    { "component:default/api-svc", "partOf", "system:default/shop" },
    { "component:default/api-svc", "dependsOn", "resource:default/db" }, // not in the catalog
    { "api:default/orders", "ownedBy", "group:default/team-a" },
    { "api:default/orders", "partOf", "system:default/shop" },
    { "system:default/shop", "ownedBy", "group:default/team-a" },
    { "system:default/shop", "partOf", "domain:default/commerce" },
    { "domain:default/commerce", "ownedBy", "group:default/team-b" }, // not in the catalog
    { "component:default/web", "deployedWith", "component:default/api-svc" }, // a custom type, stored one way
};

const char* reverseOf(const char* type)
{
    static const QHash<QString, const char*> reverse {
        { QStringLiteral("memberOf"), "hasMember" },
        { QStringLiteral("childOf"), "parentOf" },
        { QStringLiteral("ownedBy"), "ownerOf" },
        { QStringLiteral("dependsOn"), "dependencyOf" },
        { QStringLiteral("consumesApi"), "apiConsumedBy" },
        { QStringLiteral("providesApi"), "apiProvidedBy" },
        { QStringLiteral("partOf"), "hasPart" },
    };
    return reverse.value(QString::fromLatin1(type), nullptr);
}

QHash<QString, GraphEntity> companyEntities()
{
    QHash<QString, GraphEntity> entities;
    const QString present[] = {
        QStringLiteral("user:default/jane"),         QStringLiteral("group:default/team-a"),
        QStringLiteral("group:default/org"),         QStringLiteral("component:default/web"),
        QStringLiteral("component:default/api-svc"), QStringLiteral("api:default/orders"),
        QStringLiteral("system:default/shop"),       QStringLiteral("domain:default/commerce"),
    };
    for (const QString& ref : present) {
        const auto parsed = EntityRef::parse(ref);
        entities.insert(ref, { ref, parsed->kind.toUpper().left(1) + parsed->kind.mid(1), parsed->name.toUpper(), {} });
    }
    for (const Fact& fact : facts) {
        const QString source = QString::fromLatin1(fact.source);
        const QString target = QString::fromLatin1(fact.target);
        entities[source].relations.append({ QString::fromLatin1(fact.type), target });
        if (entities.contains(target) && reverseOf(fact.type))
            entities[target].relations.append({ QString::fromLatin1(reverseOf(fact.type)), source });
    }
    return entities;
}

GraphEntityLookup companyLookup()
{
    return [entities = companyEntities()](const QString& ref) -> std::optional<GraphEntity> {
        const auto it = entities.constFind(ref);
        return it == entities.cend() ? std::nullopt : std::optional<GraphEntity>(*it);
    };
}

// "name@depth", with a trailing "?" for a missing node; the start node first, the rest sorted.
QStringList describeNodes(const RelationNeighbourhood& graph)
{
    QStringList out;
    for (const NeighbourhoodNode& node : graph.nodes) {
        const QString name = node.ref.section(QLatin1Char('/'), 1);
        out.append(name + QLatin1Char('@') + QString::number(node.depth)
                   + (node.missing ? QStringLiteral("?") : QString()));
    }
    if (!out.isEmpty())
        std::sort(out.begin() + 1, out.end());
    return out;
}

// "from type to", sorted.
QStringList describeEdges(const RelationNeighbourhood& graph)
{
    QStringList out;
    for (const NeighbourhoodEdge& edge : graph.edges)
        out.append(edge.fromRef.section(QLatin1Char('/'), 1) + QLatin1Char(' ') + edge.type + QLatin1Char(' ')
                   + edge.toRef.section(QLatin1Char('/'), 1));
    std::sort(out.begin(), out.end());
    return out;
}

QStringList list(const char* commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TestRelationNeighbourhood : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void direction_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<bool>("reversed");

        QTest::newRow("ownedBy") << "ownedBy"
                                 << "ownedBy" << false;
        QTest::newRow("ownerOf") << "ownerOf"
                                 << "ownedBy" << true;
        QTest::newRow("hasPart") << "hasPart"
                                 << "partOf" << true;
        QTest::newRow("dependencyOf") << "dependencyOf"
                                      << "dependsOn" << true;
        QTest::newRow("apiProvidedBy") << "apiProvidedBy"
                                       << "providesApi" << true;
        QTest::newRow("apiConsumedBy") << "apiConsumedBy"
                                       << "consumesApi" << true;
        QTest::newRow("hasMember") << "hasMember"
                                   << "memberOf" << true;
        QTest::newRow("parentOf") << "parentOf"
                                  << "childOf" << true;
        QTest::newRow("childOf") << "childOf"
                                 << "childOf" << false;
        QTest::newRow("custom type kept") << "deployedWith"
                                          << "deployedWith" << false;
        QTest::newRow("case matters, as in Backstage") << "OwnerOf"
                                                       << "OwnerOf" << false;
    }

    void direction()
    {
        QFETCH(QString, stored);
        QFETCH(QString, canonical);
        QFETCH(bool, reversed);
        QCOMPARE(RelationDirection::of(stored), (RelationDirection { canonical, reversed }));
    }

    void walk_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QString>("allowed"); // comma-separated; "*" for every type
        QTest::addColumn<QStringList>("nodes");
        QTest::addColumn<QStringList>("edges");

        QTest::newRow("depth 1, every type, pairs drawn once, edges between the last level too")
            << "component:default/web" << 1 << "*" << list("web@0,api-svc@1,orders@1,shop@1,team-a@1")
            << list("api-svc ownedBy team-a,api-svc partOf shop,api-svc providesApi orders,orders ownedBy team-a,"
                    "orders partOf shop,shop ownedBy team-a,web consumesApi orders,web dependsOn api-svc,"
                    "web deployedWith api-svc,web ownedBy team-a,web partOf shop");
        QTest::newRow("filtered to ownership")
            << "component:default/web" << 1 << "ownedBy" << list("web@0,team-a@1") << list("web ownedBy team-a");
        QTest::newRow("reverse relations lead outwards, drawn canonically")
            << "user:default/jane" << 2 << "memberOf,ownedBy" << list("jane@0,api-svc@2,orders@2,shop@2,team-a@1,web@2")
            << list("api-svc ownedBy team-a,jane memberOf team-a,orders ownedBy team-a,shop ownedBy team-a,"
                    "web ownedBy team-a");
        QTest::newRow("a target outside the catalog is a missing node")
            << "component:default/api-svc" << 1 << "dependsOn" << list("api-svc@0,db@1?,web@1")
            << list("api-svc dependsOn db,web dependsOn api-svc");
        QTest::newRow("depth 3 reaches the missing owner of the domain")
            << "component:default/web" << 3 << "partOf,ownedBy"
            << list("web@0,api-svc@2,commerce@2,orders@2,shop@1,team-a@1,team-b@3?")
            << list("api-svc ownedBy team-a,api-svc partOf shop,commerce ownedBy team-b,orders ownedBy team-a,"
                    "orders partOf shop,shop ownedBy team-a,shop partOf commerce,web ownedBy team-a,web partOf shop");
        QTest::newRow("depth below 1 is 1")
            << "group:default/team-a" << 0 << "childOf" << list("team-a@0,org@1") << list("team-a childOf org");
        QTest::newRow("depth above 3 is 3")
            << "user:default/jane" << 9 << "memberOf,childOf" << list("jane@0,org@2,team-a@1")
            << list("jane memberOf team-a,team-a childOf org");
        QTest::newRow("nothing allowed") << "component:default/web" << 2 << "" << list("web@0") << QStringList();
        QTest::newRow("start outside the catalog")
            << "component:default/gone" << 2 << "*" << list("gone@0?") << QStringList();
        QTest::newRow("start in another case")
            << "Group:default/Org" << 1 << "*" << list("org@0,team-a@1") << list("team-a childOf org");
    }

    void walk()
    {
        QFETCH(QString, start);
        QFETCH(int, depth);
        QFETCH(QString, allowed);
        QFETCH(QStringList, nodes);
        QFETCH(QStringList, edges);

        NeighbourhoodQuery query { start, depth, std::nullopt };
        if (allowed != QLatin1String("*")) {
            const QStringList types = allowed.split(QLatin1Char(','), Qt::SkipEmptyParts);
            query.allowedTypes = QSet<QString>(types.cbegin(), types.cend());
        }
        const RelationNeighbourhood graph = RelationNeighbourhood::walk(query, companyLookup());
        QCOMPARE(describeNodes(graph), nodes);
        QCOMPARE(describeEdges(graph), edges);
        QVERIFY(!graph.truncated);
    }

    void nodesCarryKindAndName()
    {
        const RelationNeighbourhood graph = RelationNeighbourhood::walk(
            { QStringLiteral("component:default/api-svc"), 1, QSet<QString> { QStringLiteral("dependsOn") } },
            companyLookup());
        const NeighbourhoodNode& start = graph.nodes.at(graph.indexOf(QStringLiteral("component:default/api-svc")));
        QCOMPARE(start,
                 (NeighbourhoodNode { QStringLiteral("component:default/api-svc"), QStringLiteral("Component"),
                                      QStringLiteral("API-SVC"), 0, false }));
        const NeighbourhoodNode& missing = graph.nodes.at(graph.indexOf(QStringLiteral("resource:default/db")));
        QCOMPARE(missing,
                 (NeighbourhoodNode { QStringLiteral("resource:default/db"), QStringLiteral("resource"),
                                      QStringLiteral("db"), 1, true }));
        QCOMPARE(graph.indexOf(QStringLiteral("group:default/nobody")), -1);
    }

    void availableTypesIncludeFilteredOnes()
    {
        const RelationNeighbourhood graph = RelationNeighbourhood::walk(
            { QStringLiteral("component:default/web"), 1, QSet<QString> { QStringLiteral("ownedBy") } },
            companyLookup());
        // Reached: web and team-a. Their relations, canonical, followed or not.
        QCOMPARE(graph.availableTypes, list("childOf,consumesApi,dependsOn,deployedWith,memberOf,ownedBy,partOf"));
    }

    void capTruncates_data()
    {
        QTest::addColumn<int>("maxNodes");
        QTest::addColumn<int>("expectedNodes");
        QTest::addColumn<bool>("truncated");

        QTest::newRow("one") << 1 << 1 << true;
        QTest::newRow("four") << 4 << 4 << true;
        QTest::newRow("exactly enough") << 10 << 10 << false;
        QTest::newRow("more than enough") << 150 << 10 << false;
        QTest::newRow("zero means one") << 0 << 1 << true;
    }

    void capTruncates()
    {
        QFETCH(int, maxNodes);
        QFETCH(int, expectedNodes);
        QFETCH(bool, truncated);

        NeighbourhoodQuery query { QStringLiteral("group:default/team-a"), 3, std::nullopt, maxNodes };
        const RelationNeighbourhood graph = RelationNeighbourhood::walk(query, companyLookup());
        QCOMPARE(graph.nodes.size(), expectedNodes);
        QCOMPARE(graph.truncated, truncated);
        QCOMPARE(graph.nodes.first().ref, QStringLiteral("group:default/team-a"));
        for (const NeighbourhoodEdge& edge : graph.edges) {
            QVERIFY(graph.indexOf(edge.fromRef) >= 0);
            QVERIFY(graph.indexOf(edge.toRef) >= 0);
        }
    }

    void emptyStartIsEmpty()
    {
        const RelationNeighbourhood graph = RelationNeighbourhood::walk({}, companyLookup());
        QVERIFY(graph.nodes.isEmpty());
        QVERIFY(graph.edges.isEmpty());
    }

    void adapterReadsTheSnapshot()
    {
        auto snapshot = std::make_shared<CatalogSnapshot>();
        QJsonObject web { { QStringLiteral("kind"), QStringLiteral("Component") },
                          { QStringLiteral("metadata"),
                            QJsonObject { { QStringLiteral("name"), QStringLiteral("web") },
                                          { QStringLiteral("title"), QStringLiteral("Web shop") } } } };
        EntityRecord entity = IndexFixture::entityFrom(web);
        entity.relations = { { QStringLiteral("ownedBy"), QStringLiteral("group:default/team-a") } };
        snapshot->entities = EntityStore::fromRecords({ entity });

        const GraphEntityLookup lookup = graphEntityLookup(snapshot);
        snapshot.reset(); // the lookup keeps it alive
        const std::optional<GraphEntity> found = lookup(QStringLiteral("component:default/web"));
        QVERIFY(found);
        QCOMPARE(found->ref, QStringLiteral("component:default/web"));
        QCOMPARE(found->kind, QStringLiteral("Component"));
        QCOMPARE(found->displayName, QStringLiteral("Web shop"));
        QCOMPARE(found->relations,
                 (QList<GraphRelation> { { QStringLiteral("ownedBy"), QStringLiteral("group:default/team-a") } }));
        QVERIFY(!lookup(QStringLiteral("group:default/team-a")));
        QVERIFY(!graphEntityLookup(nullptr)(QStringLiteral("component:default/web")));
    }
};

QTEST_GUILESS_MAIN(TestRelationNeighbourhood)
#include "tst_relationneighbourhood.moc"

// The relations emitBuiltinRelations() derives from an entity's spec, their order, and its reference errors.
// The same is compared with the real Backstage processors over a whole corpus in tests/conformance.

#include "catalog/builtinrelations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Atrium;

namespace {

QJsonObject entity(const char* apiVersionKind, const char* metadata, const char* spec)
{
    const QByteArray kindParts(apiVersionKind);
    const qsizetype space = kindParts.indexOf(' ');
    const QByteArray json = "{\"apiVersion\": \"" + kindParts.left(space) + "\", \"kind\": \""
        + kindParts.mid(space + 1) + "\", \"metadata\": " + metadata + ", \"spec\": " + spec + "}";
    const QJsonDocument document = QJsonDocument::fromJson(json);
    Q_ASSERT(document.isObject());
    return document.object();
}

// "source type target" per edge.
QStringList describe(const QList<RelationEdge>& edges)
{
    QStringList lines;
    for (const RelationEdge& edge : edges)
        lines << edge.sourceRef + QLatin1Char(' ') + edge.type + QLatin1Char(' ') + edge.targetRef;
    return lines;
}

// "path|message" per issue.
QStringList describe(const ValidationIssues& issues)
{
    QStringList lines;
    for (const ValidationIssue& issue : issues)
        lines << issue.path.join(QLatin1Char('/')) + QLatin1Char('|') + issue.message;
    return lines;
}

} // namespace

class TestBuiltinRelations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emitted_data()
    {
        QTest::addColumn<QJsonObject>("entity");
        QTest::addColumn<QStringList>("edges");
        QTest::addColumn<QStringList>("issues");

        QTest::newRow("component, every field, Backstage's field order")
            << entity("backstage.io/v1alpha1 Component", R"({"name": "Orders", "namespace": "Shop"})",
                      R"({"owner": "team-a", "subcomponentOf": "parent", "providesApis": ["p"],)"
                      R"( "consumesApis": ["c"], "dependsOn": ["resource:db"], "dependencyOf": ["component:web"],)"
                      R"( "system": "checkout"})")
            << QStringList { QStringLiteral("component:shop/orders ownedBy group:shop/team-a"),
                             QStringLiteral("group:shop/team-a ownerOf component:shop/orders"),
                             QStringLiteral("component:shop/orders partOf component:shop/parent"),
                             QStringLiteral("component:shop/parent hasPart component:shop/orders"),
                             QStringLiteral("component:shop/orders providesApi api:shop/p"),
                             QStringLiteral("api:shop/p apiProvidedBy component:shop/orders"),
                             QStringLiteral("component:shop/orders consumesApi api:shop/c"),
                             QStringLiteral("api:shop/c apiConsumedBy component:shop/orders"),
                             QStringLiteral("component:shop/orders dependsOn resource:shop/db"),
                             QStringLiteral("resource:shop/db dependencyOf component:shop/orders"),
                             QStringLiteral("component:shop/orders dependencyOf component:shop/web"),
                             QStringLiteral("component:shop/web dependsOn component:shop/orders"),
                             QStringLiteral("component:shop/orders partOf system:shop/checkout"),
                             QStringLiteral("system:shop/checkout hasPart component:shop/orders") }
            << QStringList {};
        QTest::newRow("explicit kind and namespace win over the defaults")
            << entity("backstage.io/v1alpha1 Component", R"({"name": "x"})",
                      R"({"owner": "User:Other/JDoe", "system": "ns/s"})")
            << QStringList { QStringLiteral("component:default/x ownedBy user:other/jdoe"),
                             QStringLiteral("user:other/jdoe ownerOf component:default/x"),
                             QStringLiteral("component:default/x partOf system:ns/s"),
                             QStringLiteral("system:ns/s hasPart component:default/x") }
            << QStringList {};
        QTest::newRow("lists are sorted first, as preProcessEntity does")
            << entity("backstage.io/v1alpha1 Component", R"({"name": "x"})",
                      R"({"owner": "o", "providesApis": ["b", "B", "a"]})")
            << QStringList { QStringLiteral("component:default/x ownedBy group:default/o"),
                             QStringLiteral("group:default/o ownerOf component:default/x"),
                             QStringLiteral("component:default/x providesApi api:default/b"),
                             QStringLiteral("api:default/b apiProvidedBy component:default/x"),
                             QStringLiteral("component:default/x providesApi api:default/a"),
                             QStringLiteral("api:default/a apiProvidedBy component:default/x"),
                             QStringLiteral("component:default/x providesApi api:default/b"),
                             QStringLiteral("api:default/b apiProvidedBy component:default/x") }
            << QStringList {};
        QTest::newRow("group") << entity(
            "backstage.io/v1beta1 Group", R"({"name": "team-a", "namespace": "org"})",
            R"({"type": "team", "parent": "root", "children": ["c"], "members": ["u", "group:g"]})")
                               << QStringList { QStringLiteral("group:org/team-a childOf group:org/root"),
                                                QStringLiteral("group:org/root parentOf group:org/team-a"),
                                                QStringLiteral("group:org/team-a parentOf group:org/c"),
                                                QStringLiteral("group:org/c childOf group:org/team-a"),
                                                QStringLiteral("group:org/team-a hasMember group:org/g"),
                                                QStringLiteral("group:org/g memberOf group:org/team-a"),
                                                QStringLiteral("group:org/team-a hasMember user:org/u"),
                                                QStringLiteral("user:org/u memberOf group:org/team-a") }
                               << QStringList {};
        QTest::newRow("user") << entity("backstage.io/v1alpha1 User", R"({"name": "jdoe"})",
                                        R"({"memberOf": ["team-a"]})")
                              << QStringList { QStringLiteral("user:default/jdoe memberOf group:default/team-a"),
                                               QStringLiteral("group:default/team-a hasMember user:default/jdoe") }
                              << QStringList {};
        QTest::newRow("system and domain")
            << entity("backstage.io/v1alpha1 System", R"({"name": "s"})", R"({"owner": "o", "domain": "d"})")
            << QStringList { QStringLiteral("system:default/s ownedBy group:default/o"),
                             QStringLiteral("group:default/o ownerOf system:default/s"),
                             QStringLiteral("system:default/s partOf domain:default/d"),
                             QStringLiteral("domain:default/d hasPart system:default/s") }
            << QStringList {};
        QTest::newRow("subdomain") << entity("backstage.io/v1alpha1 Domain", R"({"name": "d"})",
                                             R"({"owner": "o", "subdomainOf": "top"})")
                                   << QStringList { QStringLiteral("domain:default/d ownedBy group:default/o"),
                                                    QStringLiteral("group:default/o ownerOf domain:default/d"),
                                                    QStringLiteral("domain:default/d partOf domain:default/top"),
                                                    QStringLiteral("domain:default/top hasPart domain:default/d") }
                                   << QStringList {};
        QTest::newRow("resource dependencies") << entity(
            "backstage.io/v1alpha1 Resource", R"({"name": "db"})",
            R"({"owner": "o", "dependsOn": ["resource:disk"], "dependencyOf": {"kind": "Component", "name": "App"}})")
                                               << QStringList { QStringLiteral(
                                                                    "resource:default/db ownedBy group:default/o"),
                                                                QStringLiteral(
                                                                    "group:default/o ownerOf resource:default/db"),
                                                                QStringLiteral("resource:default/db dependsOn "
                                                                               "resource:default/disk"),
                                                                QStringLiteral("resource:default/disk dependencyOf "
                                                                               "resource:default/db"),
                                                                QStringLiteral("resource:default/db dependencyOf "
                                                                               "component:default/app"),
                                                                QStringLiteral("component:default/app dependsOn "
                                                                               "resource:default/db") }
                                               << QStringList {};
        QTest::newRow("template owner") << entity("scaffolder.backstage.io/v1beta3 Template",
                                                  R"({"name": "t", "namespace": "tpl"})",
                                                  R"({"owner": "team-b", "type": "service", "steps": []})")
                                        << QStringList { QStringLiteral("template:tpl/t ownedBy group:tpl/team-b"),
                                                         QStringLiteral("group:tpl/team-b ownerOf template:tpl/t") }
                                        << QStringList {};
        QTest::newRow("nothing for a location or an unknown kind")
            << entity("backstage.io/v1alpha1 Location", R"({"name": "l"})", R"({"owner": "o"})") << QStringList {}
            << QStringList {};
        QTest::newRow("kinds are case-sensitive")
            << entity("backstage.io/v1alpha1 component", R"({"name": "c"})", R"({"owner": "o"})") << QStringList {}
            << QStringList {};
        QTest::newRow("empty values are skipped")
            << entity("backstage.io/v1alpha1 Component", R"({"name": "c"})", R"({"owner": "", "dependencyOf": 0})")
            << QStringList {} << QStringList {};

        // Reference errors carry parseEntityRef's message; the other references are still emitted.
        QTest::newRow("unparseable owner")
            << entity("backstage.io/v1alpha1 Component", R"({"name": "c"})", R"({"owner": "group:", "system": "s"})")
            << QStringList { QStringLiteral("component:default/c partOf system:default/s"),
                             QStringLiteral("system:default/s hasPart component:default/c") }
            << QStringList { QStringLiteral("spec/owner|spec.owner: Entity reference \"group:\" was not on the form "
                                            "[<kind>:][<namespace>/]<name>") };
        QTest::newRow("dependsOn needs a kind")
            << entity("backstage.io/v1alpha1 Component", R"({"name": "c"})", R"({"dependsOn": ["component:a", "b"]})")
            << QStringList { QStringLiteral("component:default/c dependsOn component:default/a"),
                             QStringLiteral("component:default/a dependencyOf component:default/c") }
            << QStringList { QStringLiteral("spec/dependsOn/1|spec.dependsOn.1: Entity reference \"b\" had missing or "
                                            "empty kind (e.g. did not start with \"component:\" or similar)") };
        QTest::newRow("empty item")
            << entity("backstage.io/v1alpha1 Group", R"({"name": "g"})", R"({"children": [""]})") << QStringList {}
            << QStringList { QStringLiteral("spec/children/0|spec.children.0: Entity reference must not be empty") };
        QTest::newRow("compound reference without a name")
            << entity("backstage.io/v1alpha1 Component", R"({"name": "c"})", R"({"dependencyOf": [{"kind": "x"}]})")
            << QStringList {}
            << QStringList { QStringLiteral(
                   "spec/dependencyOf/0|spec.dependencyOf.0: Entity reference {\"kind\":\"x\"} "
                   "had missing or empty name") };
        QTest::newRow("a boolean is not a reference")
            << entity("backstage.io/v1alpha1 Resource", R"({"name": "r"})", R"({"dependencyOf": true})")
            << QStringList {}
            << QStringList { QStringLiteral("spec/dependencyOf|spec.dependencyOf: Entity reference true had missing or "
                                            "empty kind (e.g. did not start with \"component:\" or similar)") };
    }

    void emitted()
    {
        QFETCH(QJsonObject, entity);
        QFETCH(QStringList, edges);
        QFETCH(QStringList, issues);
        const EmittedRelations result = emitBuiltinRelations(entity);
        QCOMPARE(describe(result.edges), edges);
        QCOMPARE(describe(result.issues), issues);
        for (const ValidationIssue& issue : result.issues)
            QCOMPARE_EQ(issue.severity, Problem::Severity::Error);
    }
};

QTEST_GUILESS_MAIN(TestBuiltinRelations)
#include "tst_builtinrelations.moc"

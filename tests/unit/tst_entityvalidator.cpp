// Messages, paths and stages of validateEntity(), and the field-format rules behind it.
// Whether each verdict matches Backstage is checked against the real thing in tests/conformance.

#include "catalog/entityvalidator.h"
#include "catalog/validationrules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Atrium;

namespace {

// A valid Component; each row patches it with a JSON merge (null deletes a member).
QJsonObject baseEntity()
{
    return QJsonDocument::fromJson(R"({)"
                                   R"( "apiVersion": "backstage.io/v1alpha1", "kind": "Component",)"
                                   R"( "metadata": {"name": "orders"},)"
                                   R"( "spec": {"type": "service", "lifecycle": "production", "owner": "team-a"}})")
        .object();
}

QJsonObject merged(QJsonObject target, const QJsonObject& patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull())
            target.remove(it.key());
        else if (it.value().isObject() && target.value(it.key()).isObject())
            target.insert(it.key(), merged(target.value(it.key()).toObject(), it.value().toObject()));
        else
            target.insert(it.key(), it.value());
    }
    return target;
}

QJsonObject patched(const char* patch)
{
    const QJsonDocument document = QJsonDocument::fromJson(patch);
    Q_ASSERT(document.isObject());
    return merged(baseEntity(), document.object());
}

// "path|message" for paths and messages, with a leading "@" when the issue is at the key
// and "warning:" for the (so far nonexistent) warnings.
QStringList describe(const ValidationIssues& issues)
{
    QStringList lines;
    for (const ValidationIssue& issue : issues) {
        lines << (issue.severity == Problem::Severity::Warning ? QStringLiteral("warning:") : QString())
                + (issue.atKey ? QStringLiteral("@") : QString()) + issue.path.join(QLatin1Char('/')) + QLatin1Char('|')
                + issue.message;
    }
    return lines;
}

} // namespace

class TestEntityValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");

        const QString name63 = QString(63, QLatin1Char('a'));
        const QString name64 = QString(64, QLatin1Char('a'));
        QTest::newRow("name single char") << "name"
                                          << "a" << true;
        QTest::newRow("name 63") << "name" << name63 << true;
        QTest::newRow("name 64") << "name" << name64 << false;
        QTest::newRow("name empty") << "name"
                                    << "" << false;
        QTest::newRow("name separators inside") << "name"
                                                << "a-b_c.d" << true;
        QTest::newRow("name repeated separators") << "name"
                                                  << "a--__..b" << true;
        QTest::newRow("name leading dash") << "name"
                                           << "-a" << false;
        QTest::newRow("name trailing dot") << "name"
                                           << "a." << false;
        QTest::newRow("name trailing underscore") << "name"
                                                  << "a_" << false;
        QTest::newRow("name space") << "name"
                                    << "a b" << false;
        QTest::newRow("name trailing newline") << "name"
                                               << "ab\n"
                                               << false;
        QTest::newRow("name non-ascii") << "name" << QStringLiteral("caf\u00e9") << false;
        QTest::newRow("namespace") << "namespace"
                                   << "my-team" << true;
        QTest::newRow("namespace double dash") << "namespace"
                                               << "a--b" << true;
        QTest::newRow("namespace upper case") << "namespace"
                                              << "Team" << false;
        QTest::newRow("namespace underscore") << "namespace"
                                              << "a_b" << false;
        QTest::newRow("namespace trailing dash") << "namespace"
                                                 << "a-" << false;
        QTest::newRow("namespace 64") << "namespace" << name64 << false;
        QTest::newRow("apiVersion") << "apiVersion"
                                    << "backstage.io/v1alpha1" << true;
        QTest::newRow("apiVersion without group") << "apiVersion"
                                                  << "v1" << true;
        QTest::newRow("apiVersion three parts") << "apiVersion"
                                                << "a/b/c" << false;
        QTest::newRow("apiVersion upper-case group") << "apiVersion"
                                                     << "Backstage.io/v1" << false;
        QTest::newRow("apiVersion dash in version") << "apiVersion"
                                                    << "a.io/v1-beta" << false;
        QTest::newRow("apiVersion empty version") << "apiVersion"
                                                  << "a.io/" << false;
        QTest::newRow("kind") << "kind"
                              << "Component" << true;
        QTest::newRow("kind starting with digit") << "kind"
                                                  << "1Kind" << false;
        QTest::newRow("kind with dash") << "kind"
                                        << "my-kind" << false;
        QTest::newRow("label key") << "labelKey"
                                   << "backstage.io/x_y" << true;
        QTest::newRow("label key without prefix") << "labelKey"
                                                  << "simple" << true;
        QTest::newRow("label key empty prefix") << "labelKey"
                                                << "/x" << false;
        QTest::newRow("label key empty name") << "labelKey"
                                              << "a.io/" << false;
        QTest::newRow("label key two slashes") << "labelKey"
                                               << "a/b/c" << false;
        QTest::newRow("label key prefix 253")
            << "labelKey"
            << QString(QString(61, QLatin1Char('a')) + QStringLiteral(".")).repeated(4) + QStringLiteral("b/x") << true;
        QTest::newRow("label key prefix 254")
            << "labelKey"
            << QString(QString(62, QLatin1Char('a')) + QStringLiteral(".")).repeated(4) + QStringLiteral("bb/x")
            << false;
        QTest::newRow("label value empty") << "labelValue"
                                           << "" << true;
        QTest::newRow("label value") << "labelValue"
                                     << "v1.2_3" << true;
        QTest::newRow("label value space") << "labelValue"
                                           << "a b" << false;
        QTest::newRow("tag") << "tag"
                             << "java" << true;
        QTest::newRow("tag with symbols") << "tag"
                                          << "c++:k8s#1" << true;
        QTest::newRow("tag dashes") << "tag"
                                    << "a-b-c" << true;
        QTest::newRow("tag double dash") << "tag"
                                         << "a--b" << false;
        QTest::newRow("tag leading dash") << "tag"
                                          << "-a" << false;
        QTest::newRow("tag upper case") << "tag"
                                        << "Java" << false;
        QTest::newRow("tag underscore") << "tag"
                                        << "a_b" << false;
        QTest::newRow("tag 64") << "tag" << name64 << false;
        QTest::newRow("url https") << "url"
                                   << "https://example.com/x?y#z" << true;
        QTest::newRow("url mailto") << "url"
                                    << "mailto:a@b.c" << true;
        QTest::newRow("url custom scheme") << "url"
                                           << "slack://x" << true;
        QTest::newRow("url relative") << "url"
                                      << "/x" << false;
        QTest::newRow("url no host") << "url"
                                     << "https://" << false;
        QTest::newRow("url space in host") << "url"
                                           << "https://a b.com" << false;
        QTest::newRow("url port too large") << "url"
                                            << "https://a.com:65536" << false;
        QTest::newRow("url ipv4 out of range") << "url"
                                               << "http://1.2.3.256" << false;
        QTest::newRow("url short ipv4") << "url"
                                        << "http://1.2.3" << true;
        QTest::newRow("url ipv6") << "url"
                                  << "http://[1:2::3]:80" << true;
        QTest::newRow("url bad ipv6") << "url"
                                      << "http://[1::2::3]" << false;
        QTest::newRow("url idn") << "url" << QStringLiteral("https://m\u00fcnchen.de") << true;
        QTest::newRow("url bad punycode") << "url"
                                          << "http://xn--a.com" << false;
        QTest::newRow("url surrounding spaces") << "url"
                                                << "  https://a.com  " << true;
        QTest::newRow("non-empty") << "nonEmpty"
                                   << " x " << true;
        QTest::newRow("non-empty blank") << "nonEmpty"
                                         << " \t\n"
                                         << false;
        QTest::newRow("non-empty nbsp and bom") << "nonEmpty" << QStringLiteral("\u00a0\ufeff\u3000") << false;
        QTest::newRow("non-empty next line is not js space") << "nonEmpty" << QStringLiteral("\u0085") << true;
    }

    void rules()
    {
        QFETCH(QString, rule);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        using namespace ValidationRules;
        const QHash<QString, bool (*)(QStringView)> rules = {
            { QStringLiteral("name"), isValidObjectName },
            { QStringLiteral("namespace"), isValidNamespace },
            { QStringLiteral("apiVersion"), isValidApiVersion },
            { QStringLiteral("kind"), isValidKind },
            { QStringLiteral("labelKey"), isValidLabelKey },
            { QStringLiteral("labelValue"), isValidLabelValue },
            { QStringLiteral("tag"), isValidTag },
            { QStringLiteral("url"), isValidUrl },
            { QStringLiteral("nonEmpty"), isNonEmptyString },
        };
        QVERIFY(rules.contains(rule));
        QCOMPARE(rules.value(rule)(value), valid);
    }

    void validEntities_data()
    {
        QTest::addColumn<QJsonObject>("entity");
        QTest::newRow("component") << baseEntity();
        QTest::newRow("v1beta1") << patched(R"({"apiVersion": "backstage.io/v1beta1"})");
        QTest::newRow("everything optional") << patched(
            R"({"metadata": {"namespace": "shop", "title": "Orders",)"
            R"( "description": "", "labels": {"a.io/b": ""}, "annotations": {"x": " any text "}, "tags": ["c++"],)"
            R"( "links": [{"url": "https://x.io", "title": "X", "icon": "web", "type": "docs"}], "extra": 1},)"
            R"( "spec": {"system": "s", "subcomponentOf": "c", "providesApis": [], "consumesApis": ["a"],)"
            R"( "dependsOn": ["resource:db"], "anything": {"goes": true}}})");
        QTest::newRow("location without fields") << merged(patched(R"({"kind": "Location", "spec": null})"),
                                                           QJsonObject { { QStringLiteral("spec"), QJsonObject() } });
        QTest::newRow("template")
            << QJsonDocument::fromJson(
                   R"({"apiVersion": "scaffolder.backstage.io/v1beta3",)"
                   R"( "kind": "Template", "metadata": {"name": "t"}, "spec": {"type": "service", "steps": [{"action": "x"}],)"
                   R"( "parameters": [{"when": true}], "output": {"a": "b", "links": [{"url": "x", "if": false}]}}})")
                   .object();
    }

    void validEntities()
    {
        QFETCH(QJsonObject, entity);
        const ValidationIssues issues = validateEntity(entity);
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues).join(QLatin1Char('\n'))));
    }

    void issues_data()
    {
        QTest::addColumn<QJsonObject>("entity");
        QTest::addColumn<QStringList>("expected");

        // Envelope: a failure here stops validation, so the bad spec is not reported.
        QTest::newRow("missing apiVersion and kind")
            << patched(R"({"apiVersion": null, "kind": null, "spec": 5})")
            << QStringList { QStringLiteral("|apiVersion is required but missing"),
                             QStringLiteral("|kind is required but missing") };
        QTest::newRow("missing metadata")
            << patched(R"({"metadata": null})") << QStringList { QStringLiteral("|metadata is required but missing") };
        QTest::newRow("metadata not a mapping")
            << patched(R"({"metadata": "x"})")
            << QStringList { QStringLiteral("metadata|metadata must be a mapping, but found a string") };
        QTest::newRow("missing name") << patched(R"({"metadata": {"name": null, "namespace": ""}})")
                                      << QStringList { QStringLiteral("metadata|metadata.name is required but missing"),
                                                       QStringLiteral(
                                                           "metadata/namespace|metadata.namespace must not be empty") };
        QTest::newRow("name not a string")
            << patched(R"({"metadata": {"name": 42}})")
            << QStringList { QStringLiteral("metadata/name|metadata.name must be a string, but found a number") };

        // Policies: everything wrong at this stage is reported, the kind's schema is not checked yet.
        QTest::newRow("bad name") << patched(R"({"metadata": {"name": "My Service"}, "spec": {"owner": null}})")
                                  << QStringList { QStringLiteral(
                                         "metadata/name|metadata.name \"My Service\" is not valid; expected a string "
                                         "that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 "
                                         "characters in total") };
        QTest::newRow("foreign root fields")
            << patched(R"({"relations": [], "status": {}})")
            << QStringList { QStringLiteral("@relations|Unknown field \"relations\" at the root of the entity; only "
                                            "apiVersion, kind, metadata and spec are allowed"),
                             QStringLiteral("@status|Unknown field \"status\" at the root of the entity; only "
                                            "apiVersion, kind, metadata and spec are allowed") };
        QTest::newRow("bad namespace")
            << patched(R"({"metadata": {"namespace": "My_NS"}})")
            << QStringList { QStringLiteral(
                   "metadata/namespace|metadata.namespace \"My_NS\" is not valid; expected a "
                   "string that is sequences of [a-z0-9] separated by [-], at most 63 characters "
                   "in total") };
        QTest::newRow("bad apiVersion format")
            << patched(R"({"apiVersion": "a/b/c"})")
            << QStringList { QStringLiteral("apiVersion|apiVersion \"a/b/c\" is not valid; expected an optional DNS "
                                            "subdomain prefix and a slash, then a version of at most 63 letters and "
                                            "digits, like backstage.io/v1alpha1") };
        QTest::newRow("bad label key and value")
            << patched(R"({"metadata": {"labels": {"bad key": "ok", "good": "bad value"}}})")
            << QStringList {
                   QStringLiteral(
                       "@metadata/labels/bad key|Label key \"bad key\" is not valid; expected an optional DNS "
                       "subdomain prefix and a slash (like backstage.io/), then a string that is sequences "
                       "of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total"),
                   QStringLiteral("metadata/labels/good|metadata.labels.good \"bad value\" is not valid; expected an "
                                  "empty string or a string that is sequences of [a-zA-Z0-9] separated by any of "
                                  "[-_.], at most 63 characters in total")
               };
        QTest::newRow("annotation value not a string")
            << patched(R"({"metadata": {"annotations": {"a.io/b": 5}}})")
            << QStringList { QStringLiteral("metadata/annotations/a.io/b|metadata.annotations.a.io/b must be a string, "
                                            "but found a number") };
        QTest::newRow("bad tags")
            << patched(R"({"metadata": {"tags": ["ok", "Bad", "", null]}})")
            << QStringList {
                   QStringLiteral("metadata/tags/1|metadata.tags.1 \"Bad\" is not valid; expected a string "
                                  "that is sequences of [a-z0-9:+#] separated by [-], at most 63 characters in "
                                  "total"),
                   QStringLiteral("metadata/tags/2|metadata.tags.2 must not be empty"),
                   QStringLiteral("metadata/tags/3|metadata.tags.3 must be a string, but found an empty value "
                                  "(null)")
               };
        QTest::newRow("bad links")
            << patched(R"({"metadata": {"links": [{"title": "x"}, {"url": "nope", "title": "  ", "type": ""}, "x"]}})")
            << QStringList { QStringLiteral("metadata/links/0|metadata.links.0.url is required but missing"),
                             QStringLiteral("metadata/links/1/url|metadata.links.1.url \"nope\" is not valid; expected "
                                            "an absolute URL, like https://example.com/page"),
                             QStringLiteral("metadata/links/1/title|metadata.links.1.title must not be blank"),
                             QStringLiteral("metadata/links/1/type|metadata.links.1.type must not be empty"),
                             QStringLiteral(
                                 "metadata/links/2|metadata.links.2 must be a mapping, but found a string") };
        QTest::newRow("spec not a mapping")
            << patched(R"({"spec": [1]})")
            << QStringList { QStringLiteral("spec|spec must be a mapping, but found a list") };

        // Kinds.
        QTest::newRow("unknown kind")
            << patched(R"({"kind": "Service", "metadata": {"namespace": "shop", "name": "Orders"}})")
            << QStringList { QStringLiteral(
                   "kind|No processor recognized the entity service:shop/orders as valid: "
                   "kind \"Service\" with apiVersion \"backstage.io/v1alpha1\" is not supported") };
        QTest::newRow("kind in wrong case")
            << patched(R"({"kind": "component"})")
            << QStringList { QStringLiteral(
                   "kind|No processor recognized the entity component:default/orders as valid: "
                   "kind \"component\" with apiVersion \"backstage.io/v1alpha1\" is not "
                   "supported (kinds are case-sensitive: did you mean Component?)") };
        QTest::newRow("unsupported apiVersion")
            << patched(R"({"apiVersion": "backstage.io/v1", "spec": null})")
            << QStringList { QStringLiteral(
                   "apiVersion|No processor recognized the entity component:default/orders as "
                   "valid: apiVersion \"backstage.io/v1\" is not supported for kind Component; "
                   "expected backstage.io/v1alpha1 or backstage.io/v1beta1") };
        QTest::newRow("template in catalog apiVersion")
            << patched(R"({"kind": "Template"})")
            << QStringList { QStringLiteral("apiVersion|No processor recognized the entity template:default/orders as "
                                            "valid: apiVersion \"backstage.io/v1alpha1\" is not supported for kind "
                                            "Template; expected scaffolder.backstage.io/v1beta3") };
        QTest::newRow("missing spec") << patched(R"({"spec": null})")
                                      << QStringList { QStringLiteral("|spec is required for Component but missing") };
        QTest::newRow("component fields")
            << patched(
                   R"({"spec": {"type": "", "lifecycle": null, "owner": 5, "providesApis": "a", "dependsOn": [""]}})")
            << QStringList { QStringLiteral("spec/type|spec.type must not be empty"),
                             QStringLiteral("spec|spec.lifecycle is required for Component but missing"),
                             QStringLiteral("spec/owner|spec.owner must be a string, but found a number"),
                             QStringLiteral("spec/providesApis|spec.providesApis must be a list, but found a string"),
                             QStringLiteral("spec/dependsOn/0|spec.dependsOn.0 must not be empty") };
        QTest::newRow("api needs a definition")
            << patched(R"({"kind": "API", "spec": {"type": "openapi"}})")
            << QStringList { QStringLiteral("spec|spec.definition is required for API but missing") };
        QTest::newRow("group")
            << patched(R"({"kind": "Group", "spec": {"type": "team", "lifecycle": null, "owner": null,)"
                       R"( "profile": {"email": ""}, "members": [1]}})")
            << QStringList { QStringLiteral("spec|spec.children is required for Group but missing"),
                             QStringLiteral("spec/profile/email|spec.profile.email must not be empty"),
                             QStringLiteral("spec/members/0|spec.members.0 must be a string, but found a number") };
        QTest::newRow("user memberOf") << patched(R"({"kind": "User", "spec": {"memberOf": "team-a"}})")
                                       << QStringList { QStringLiteral(
                                              "spec/memberOf|spec.memberOf must be a list, but found a string") };
        QTest::newRow("location presence")
            << patched(R"({"kind": "Location", "spec": {"presence": "maybe", "targets": [""]}})")
            << QStringList { QStringLiteral("spec/targets/0|spec.targets.0 must not be empty"),
                             QStringLiteral("spec/presence|spec.presence must be one of \"required\" or \"optional\", "
                                            "but found \"maybe\"") };
        QTest::newRow("template")
            << QJsonDocument::fromJson(
                   R"({"apiVersion": "scaffolder.backstage.io/v1beta3", "kind": "Template",)"
                   R"( "metadata": {"name": "t"}, "spec": {"steps": [{"id": 1}, "x"], "parameters": "p",)"
                   R"( "output": {"url": 5, "links": [{"if": 1}]}}})")
                   .object()
            << QStringList { QStringLiteral("spec|spec.type is required for Template but missing"),
                             QStringLiteral(
                                 "spec/steps/0|spec.steps.0.action is required for Template steps but missing"),
                             QStringLiteral("spec/steps/0/id|spec.steps.0.id must be a string, but found a number"),
                             QStringLiteral("spec/steps/1|spec.steps.1 must be a mapping, but found a string"),
                             QStringLiteral("spec/parameters|spec.parameters must be a mapping or a list of mappings, "
                                            "but found a string"),
                             QStringLiteral("spec/output/links/0/if|spec.output.links.0.if must be a string or a "
                                            "boolean, but found a number"),
                             QStringLiteral("spec/output/url|spec.output.url must be a string, but found a number") };
    }

    void issues()
    {
        QFETCH(QJsonObject, entity);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(validateEntity(entity)), expected);
    }

    void builtinKinds_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("builtin");
        for (const char* kind : { "Component", "API", "Resource", "System", "Domain", "Group", "User", "Location" }) {
            QTest::addRow("%s v1alpha1", kind) << "backstage.io/v1alpha1" << kind << true;
            QTest::addRow("%s v1beta1", kind) << "backstage.io/v1beta1" << kind << true;
            QTest::addRow("%s v1beta3", kind) << "scaffolder.backstage.io/v1beta3" << kind << false;
        }
        QTest::newRow("Template") << "scaffolder.backstage.io/v1beta3"
                                  << "Template" << true;
        QTest::newRow("Template v1beta2") << "scaffolder.backstage.io/v1beta2"
                                          << "Template" << false;
        QTest::newRow("Template catalog version") << "backstage.io/v1alpha1"
                                                  << "Template" << false;
        QTest::newRow("lower-case kind") << "backstage.io/v1alpha1"
                                         << "component" << false;
        QTest::newRow("Api") << "backstage.io/v1alpha1"
                             << "Api" << false;
        QTest::newRow("AiResource") << "backstage.io/v1alpha1"
                                    << "AiResource" << false;
    }

    void builtinKinds()
    {
        QFETCH(QString, apiVersion);
        QFETCH(QString, kind);
        QFETCH(bool, builtin);
        QCOMPARE(isBuiltinKind(apiVersion, kind), builtin);
    }

    void pathToString()
    {
        QCOMPARE(validationPathToString({}), QStringLiteral("<root>"));
        QCOMPARE(
            validationPathToString({ QStringLiteral("spec"), QStringLiteral("providesApis"), QStringLiteral("1") }),
            QStringLiteral("spec.providesApis.1"));
    }
};

QTEST_GUILESS_MAIN(TestEntityValidator)
#include "tst_entityvalidator.moc"

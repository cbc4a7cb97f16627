// Template entities read for running: form pages, steps, output, and the problems the kind's schema misses.

#include "catalog/catalogloader.h"
#include "templates/templatedefinition.h"

#include <QJsonArray>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {
CatalogSnapshot load(const QString& path)
{
    CatalogLoadOptions options;
    options.addRoot(path);
    return loadCatalog(options);
}
} // namespace

class TestTemplateDefinition : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parameterSchemaFromABackendKeepsTheOrder()
    {
        TemplateDefinition definition;
        definition.pages.append(TemplateParameterPage { QStringLiteral("old"), QString(), QJsonObject() });
        const QByteArray json = R"({"title":"Quick","steps":[{"title":"Service","schema":{"type":"object",
            "required":["zeta"],"properties":{"zeta":{"type":"string"},"alpha":{"type":"string"}}}},
            {"title":"Repo","description":"Where it goes","schema":{"type":"object","properties":{}}}]})";
        QString error;
        QVERIFY2(TemplateDefinitionReader::applyParameterSchema(definition, json, &error), qPrintable(error));
        QCOMPARE(definition.pages.size(), 2);
        QCOMPARE(definition.pages.at(0).title, QStringLiteral("Service"));
        QCOMPARE(definition.pages.at(1).description, QStringLiteral("Where it goes"));
        QCOMPARE(definition.pages.at(0).schema.value(TemplateParameterPage::propertyOrderKey()).toArray(),
                 (QJsonArray { QStringLiteral("zeta"), QStringLiteral("alpha") }));

        TemplateDefinition unchanged = definition;
        QVERIFY(!TemplateDefinitionReader::applyParameterSchema(unchanged, "[1,2]", &error));
        QCOMPARE(error, QStringLiteral("The parameter schema is not a JSON object"));
        QCOMPARE(unchanged.pages.size(), 2);
    }

    void demoTemplatesReadCleanly()
    {
        const CatalogSnapshot snapshot = load(QStringLiteral(ATRIUM_DEMO_DIR));
        const Entity kafka = snapshot.find(u"template:default/kafka-topic"_s);
        QVERIFY(kafka);
        const TemplateDefinition definition = TemplateDefinitionReader::read(kafka);
        QVERIFY2(definition.problems.isEmpty(), qPrintable(definition.problems.value(0).toCompilerStyle()));
        QCOMPARE(definition.ref, u"template:default/kafka-topic"_s);
        QCOMPARE(definition.title, u"Kafka topic"_s);
        QCOMPARE(definition.type, u"resource"_s);
        QCOMPARE(definition.owner, u"platform-team"_s);
        QCOMPARE(definition.tags, (QStringList { u"kafka"_s, u"terraform"_s }));
        QCOMPARE(definition.pages.size(), 1);
        QCOMPARE(definition.pages.first().title, u"Topic"_s);
        QVERIFY(definition.pages.first().schema.value(u"properties"_s).toObject().contains(u"partitions"_s));
        QCOMPARE(definition.steps.size(), 2);
        QCOMPARE(definition.steps.at(0).id, u"fetch"_s);
        QCOMPARE(definition.steps.at(0).action, u"fetch:template"_s);
        QCOMPARE(definition.steps.at(0).input.objectMembers().value(u"url").stringValue(), u"./skeleton"_s);
        QVERIFY(!definition.needsBackend());
    }

    void problemsAtTheirLines()
    {
        const QString file = QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/problems.yaml");
        const CatalogSnapshot snapshot = load(file);
        const TemplateDefinition definition
            = TemplateDefinitionReader::read(snapshot.find(u"template:default/with-problems"_s));
        QStringList problems;
        for (const Problem& problem : definition.problems)
            problems.append(QStringLiteral("%1:%2 %3").arg(problem.line).arg(problem.column).arg(problem.message));
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).startsWith(u"15:7 Parameter page 2 cannot be used as a form: "),
                 qPrintable(problems.at(0)));
        QCOMPARE(problems.at(1),
                 u"25:11 Step id fetch is also the id of step 1: later steps could read only one of their outputs"_s);
        QCOMPARE(definition.problems.first().file, file);
        QCOMPARE(definition.problems.first().entityRef, u"template:default/with-problems"_s);
        QCOMPARE(definition.pages.size(), 2);
        QVERIFY(definition.needsBackend()); // publish:github
        QVERIFY(!definition.steps.at(0).needsBackend);
        QVERIFY(definition.steps.at(1).needsBackend);
        QCOMPARE(definition.output.objectMembers().value(u"links").arrayItems().size(), 1);
    }

    void onePageAsAnObject()
    {
        const CatalogSnapshot snapshot = load(QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/problems.yaml"));
        const TemplateDefinition definition
            = TemplateDefinitionReader::read(snapshot.find(u"template:default/one-page"_s));
        QVERIFY(definition.problems.isEmpty());
        QCOMPARE(definition.title, u"one-page"_s); // no title: the name
        QCOMPARE(definition.pages.size(), 1);
        QCOMPARE(definition.pages.first().title, u"Only page"_s);
        QVERIFY(definition.steps.isEmpty());
    }

    void localActions_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("local");
        for (const char* action : { "fetch:template", "fetch:template:file", "fetch:plain", "fetch:plain:file",
                                    "fs:rename", "fs:delete", "catalog:write", "debug:log", "debug:wait" })
            QTest::newRow(action) << QString::fromLatin1(action) << true;
        for (const char* action :
             { "publish:github", "catalog:register", "github:actions:dispatch", "fetch:cookiecutter", "my:custom", "" })
            QTest::newRow(action) << QString::fromLatin1(action) << false;
    }
    void localActions()
    {
        QFETCH(QString, action);
        QFETCH(bool, local);
        QCOMPARE(TemplateDefinitionReader::runsLocally(action), local);
    }
};

QTEST_GUILESS_MAIN(TestTemplateDefinition)
#include "tst_templatedefinition.moc"

// Local runs of a template's steps: what each built-in action does to the in-memory workspace, where a run stops,
// and how failures are worded. (tst_scaffolderdryrun compares the same runs with a real Backstage backend.)

#include "catalog/yamlreader.h"
#include "scaffolder/globpattern.h"
#include "scaffolder/scaffoldrun.h"
#include "scaffolder/yamlstringify.h"
#include "templates/templateanswers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

/// A template folder written for one test: template.yaml plus skeleton files.
class TemplateFolder {
public:
    TemplateFolder() { QVERIFY(m_dir.isValid()); }

    void write(const QString& path, const QByteArray& content, bool executable = false)
    {
        const QString full = m_dir.filePath(path);
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        if (executable)
            file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    }

    TemplateDefinition definition(const QByteArray& yaml)
    {
        write(u"template.yaml"_s, yaml);
        const YamlReadResult read = readYamlDocuments(yaml, m_dir.filePath(u"template.yaml"_s));
        if (read.documents.empty())
            return {};
        return TemplateDefinitionReader::read(read.documents.front().value.toObject(),
                                              m_dir.filePath(u"template.yaml"_s), &read.documents.front());
    }

    ScaffoldResult run(const QByteArray& yaml, const QJsonObject& values = {}, const QJsonObject& secrets = {})
    {
        ScaffoldRequest request;
        request.values = values;
        request.secrets = secrets;
        request.templateDirectory = m_dir.path();
        return ScaffoldRun::dryRun(definition(yaml), request);
    }

    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

QByteArray templateWithSteps(const QByteArray& steps, const QByteArray& extra = {})
{
    return "apiVersion: scaffolder.backstage.io/v1beta3\n"
           "kind: Template\n"
           "metadata:\n"
           "  name: test\n"
           "spec:\n"
           "  owner: team-a\n"
           "  type: service\n"
           "  parameters:\n"
           "    properties:\n"
           "      name: {type: string}\n"
           "  steps:\n"
        + steps + extra;
}

QStringList paths(const ScaffoldResult& result)
{
    QStringList list;
    for (const ScaffoldFile& file : result.files)
        list.append(file.path);
    return list;
}

QByteArray content(const ScaffoldResult& result, const QString& path)
{
    for (const ScaffoldFile& file : result.files) {
        if (file.path == path)
            return file.content;
    }
    return "<missing>";
}

const QByteArray fetchSkeleton = "    - id: fetch\n"
                                 "      action: fetch:template\n"
                                 "      input:\n"
                                 "        url: ./skeleton\n"
                                 "        values:\n"
                                 "          name: ${{ parameters.name }}\n";

} // namespace

class TestScaffoldRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fetchTemplateRendersContentsAndNames()
    {
        TemplateFolder folder;
        folder.write(u"skeleton/README.md"_s, "# ${{ values.name }}\n{{ literal }}\n");
        folder.write(u"skeleton/${{ values.name }}/main.go"_s, "package ${{ values.name | replace('-', '') }}\n");
        folder.write(u"skeleton/${{ values.missing }}"_s, "skipped: its name renders empty\n");
        folder.write(u"skeleton/${{ values.other }}/inside.txt"_s, "skipped: its folder renders empty\n");
        folder.write(u"skeleton/run.sh"_s, "#!/bin/sh\necho ${{ values.name }}\n", true);
        folder.write(u"skeleton/logo.png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR${{ x }}", 24));
        const ScaffoldResult result
            = folder.run(templateWithSteps(fetchSkeleton), QJsonObject { { u"name"_s, u"order-service"_s } });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(paths(result),
                 (QStringList { u"README.md"_s, u"logo.png"_s, u"order-service/main.go"_s, u"run.sh"_s }));
        QCOMPARE(content(result, u"README.md"_s), "# order-service\n{{ literal }}\n");
        QCOMPARE(content(result, u"order-service/main.go"_s), "package orderservice\n");
        QCOMPARE(content(result, u"logo.png"_s), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR${{ x }}", 24));
        QVERIFY(result.files.at(3).executable);
        QVERIFY(!result.files.at(0).executable);
        QCOMPARE(result.steps.size(), 1);
        QCOMPARE(result.steps.first().status, ScaffoldStepResult::Status::Completed);
    }

    void copyWithoutTemplatingAndExtensions()
    {
        TemplateFolder folder;
        folder.write(u"skeleton/.github/workflows/ci.yaml"_s, "sha: ${{ github.sha }}\n");
        folder.write(u"skeleton/${{ values.name }}.txt"_s, "${{ values.name }}\n");
        ScaffoldResult result
            = folder.run(templateWithSteps(fetchSkeleton + "        copyWithoutTemplating: ['.github/workflows/*']\n"),
                         QJsonObject { { u"name"_s, u"x"_s } });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(content(result, u".github/workflows/ci.yaml"_s), "sha: ${{ github.sha }}\n");
        QCOMPARE(content(result, u"x.txt"_s), "x\n");

        TemplateFolder njk;
        njk.write(u"skeleton/main.tf.njk"_s, "name = \"${{ values.name }}\"\n");
        njk.write(u"skeleton/plain.md"_s, "${{ values.name }}\n");
        result = njk.run(templateWithSteps(fetchSkeleton + "        templateFileExtension: true\n"),
                         QJsonObject { { u"name"_s, u"x"_s } });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(paths(result), (QStringList { u"main.tf"_s, u"plain.md"_s }));
        QCOMPARE(content(result, u"main.tf"_s), "name = \"x\"\n");
        QCOMPARE(content(result, u"plain.md"_s), "${{ values.name }}\n");
    }

    void cookiecutterCompat()
    {
        TemplateFolder folder;
        folder.write(u"skeleton/{{ cookiecutter.name }}.json"_s, "{{ cookiecutter | jsonify }}\n");
        const ScaffoldResult result
            = folder.run(templateWithSteps(fetchSkeleton + "        cookiecutterCompat: true\n"),
                         QJsonObject { { u"name"_s, u"svc"_s } });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(paths(result), QStringList { u"svc.json"_s });
        QCOMPARE(content(result, u"svc.json"_s), "{\"name\":\"svc\"}\n"); // jsonify is nunjucks' dump
    }

    void stepsSeeEarlierStepsAndConditions()
    {
        TemplateFolder folder;
        folder.write(u"skeleton/a.txt"_s, "${{ values.name }}\n");
        folder.write(u"single.txt"_s, "${{ values.item }}\n");
        const QByteArray steps = fetchSkeleton
            + "    - id: never\n"
              "      if: ${{ parameters.name === 'nobody' }}\n"
              "      action: fetch:plain:file\n"
              "      input: {url: ./single.txt, targetPath: never.txt}\n"
              "    - id: each\n"
              "      each: ['one', 'two']\n"
              "      action: fetch:template:file\n"
              "      input:\n"
              "        url: ./single.txt\n"
              "        targetPath: items/${{ each.value }}.txt\n"
              "        values: {item: '${{ each.key }}=${{ each.value }}'}\n"
              "    - id: move\n"
              "      action: fs:rename\n"
              "      input: {files: [{from: a.txt, to: moved/a.txt}]}\n"
              "    - id: drop\n"
              "      action: fs:delete\n"
              "      input: {files: ['items/one.*']}\n"
              "    - id: write\n"
              "      action: catalog:write\n"
              "      input:\n"
              "        entity:\n"
              "          apiVersion: backstage.io/v1alpha1\n"
              "          kind: Component\n"
              "          metadata: {name: '${{ parameters.name }}'}\n"
              "          spec: {type: service, lifecycle: experimental, owner: team-a, tags: []}\n";
        const QByteArray output = "  output:\n"
                                  "    links:\n"
                                  "      - title: Repository\n"
                                  "        url: https://example.com/${{ parameters.name }}\n"
                                  "    text:\n"
                                  "      - title: Next\n"
                                  "        content: Run ${{ parameters.name }}\n";
        const ScaffoldResult result
            = folder.run(templateWithSteps(steps, output), QJsonObject { { u"name"_s, u"svc"_s } });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(paths(result), (QStringList { u"catalog-info.yaml"_s, u"items/two.txt"_s, u"moved/a.txt"_s }));
        QCOMPARE(content(result, u"items/two.txt"_s), "1=two\n");
        QCOMPARE(content(result, u"catalog-info.yaml"_s),
                 "apiVersion: backstage.io/v1alpha1\n"
                 "kind: Component\n"
                 "metadata:\n"
                 "  name: svc\n"
                 "  annotations:\n"
                 "    backstage.io/source-template: template:default/test\n"
                 "spec:\n"
                 "  type: service\n"
                 "  lifecycle: experimental\n"
                 "  owner: team-a\n"
                 "  tags: []\n");
        QCOMPARE(result.steps.at(1).status, ScaffoldStepResult::Status::Skipped);
        QCOMPARE(result.outputLinks.first().toObject().value(u"url"_s).toString(), u"https://example.com/svc"_s);
        QCOMPARE(result.outputText.first().toObject().value(u"content"_s).toString(), u"Run svc"_s);
    }

    void keysKeepTheirWrittenOrder()
    {
        // Backstage holds the template as JavaScript objects: dump, for-in and catalog:write follow the written
        // order (integer-like keys first), and the answers come in the form's order.
        TemplateFolder folder;
        folder.write(u"skeleton/out.txt"_s,
                     "${{ values.service | dump }}\n"
                     "{% for k, v in values.service.env %}${{ k }} {% endfor %}\n"
                     "${{ values.answers | dump }}\n");
        const QByteArray steps = "    - id: fetch\n"
                                 "      action: fetch:template\n"
                                 "      input:\n"
                                 "        url: ./skeleton\n"
                                 "        values:\n"
                                 "          answers: ${{ parameters }}\n"
                                 "          service:\n"
                                 "            name: ${{ parameters.name }}\n"
                                 "            image: x/${{ parameters.name }}\n"
                                 "            '10': ten\n"
                                 "            '2': two\n"
                                 "            env: {ZONE: eu, APP: '${{ parameters.name }}'}\n"
                                 "    - id: write\n"
                                 "      action: catalog:write\n"
                                 "      input:\n"
                                 "        entity:\n"
                                 "          metadata:\n"
                                 "            name: n\n"
                                 "            annotations: {z: '1', backstage.io/source-template: old, a: '2'}\n"
                                 "          kind: Component\n";
        const QByteArray yaml = "apiVersion: scaffolder.backstage.io/v1beta3\n"
                                "kind: Template\n"
                                "metadata: {name: ordered}\n"
                                "spec:\n"
                                "  parameters:\n"
                                "    properties: {zone: {type: string}, name: {type: string}}\n"
                                "  steps:\n"
            + steps;
        const ScaffoldResult result
            = folder.run(yaml, QJsonObject { { u"name"_s, u"svc"_s }, { u"zone"_s, u"eu"_s }, { u"extra"_s, 1 } });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(content(result, u"out.txt"_s),
                 "{\"2\":\"two\",\"10\":\"ten\",\"name\":\"svc\",\"image\":\"x/svc\",\"env\":{\"ZONE\":\"eu\","
                 "\"APP\":\"svc\"}}\n"
                 "ZONE APP \n"
                 "{\"zone\":\"eu\",\"name\":\"svc\",\"extra\":1}\n");
        QCOMPARE(content(result, u"catalog-info.yaml"_s),
                 "metadata:\n"
                 "  name: n\n"
                 "  annotations:\n"
                 "    z: \"1\"\n"
                 "    backstage.io/source-template: template:default/ordered\n"
                 "    a: \"2\"\n"
                 "kind: Component\n");
    }

    void catalogWriteNeedsMetadataForTheAnnotation()
    {
        // `entity.metadata.annotations` throws in Backstage when there is no metadata.
        TemplateFolder folder;
        const ScaffoldResult result = folder.run(templateWithSteps("    - id: write\n"
                                                                   "      action: catalog:write\n"
                                                                   "      input: {entity: {kind: Component}}\n"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"Cannot read properties of undefined (reading 'annotations')"_s),
                 qPrintable(result.error));
    }

    void stopsBeforeAStepThatNeedsABackend()
    {
        TemplateFolder folder;
        folder.write(u"skeleton/a.txt"_s, "a\n");
        const QByteArray steps = fetchSkeleton
            + "    - id: publish\n"
              "      action: publish:github\n"
              "      input: {repoUrl: 'github.com?owner=o&repo=r'}\n"
              "    - id: later\n"
              "      action: debug:log\n"
              "      input: {message: never}\n";
        const ScaffoldResult result = folder.run(templateWithSteps(steps));
        QVERIFY(result.stoppedForBackend);
        QVERIFY(result.error.contains(u"publish:github"_s));
        QCOMPARE(paths(result), QStringList { u"a.txt"_s });
        QCOMPARE(result.steps.at(0).status, ScaffoldStepResult::Status::Completed);
        QCOMPARE(result.steps.at(1).status, ScaffoldStepResult::Status::NeedsBackend);
        QCOMPARE(result.steps.at(2).status, ScaffoldStepResult::Status::NotRun);
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<QString>("expected");
        QTest::newRow("template error names the file and position")
            << fetchSkeleton
            << u"Template error at line 2, column 4: Unknown template tag \"nope\" (skeleton/bad.txt)"_s;
        QTest::newRow("url outside the template")
            << QByteArray("    - id: f\n      action: fetch:plain\n      input: {url: ../elsewhere}\n")
            << u"Relative path is not allowed to refer to a directory outside its parent: ../elsewhere"_s;
        QTest::newRow("target outside the workspace")
            << QByteArray("    - id: f\n      action: fetch:template\n      input: {url: ./skeleton, targetPath: "
                          "'../../etc'}\n")
            << u"Relative path is not allowed to refer to a directory outside its parent: ../../etc"_s;
        QTest::newRow("network url") << QByteArray(
            "    - id: f\n      action: fetch:plain\n      input: {url: 'https://github.com/o/r'}\n")
                                     << u"https://github.com/o/r is fetched from the network"_s;
        QTest::newRow("missing input") << QByteArray("    - id: f\n      action: fetch:template\n      input: {}\n")
                                       << u"input.url is required and must be a string"_s;
        QTest::newRow("rename onto an existing file")
            << QByteArray("    - id: f\n      action: fetch:plain\n      input: {url: ./skeleton}\n"
                          "    - id: r\n      action: fs:rename\n      input: {files: [{from: bad.txt, to: "
                          "good.txt}]}\n")
            << u"dest already exists."_s;
    }

    void failures()
    {
        QFETCH(QByteArray, steps);
        QFETCH(QString, expected);
        TemplateFolder folder;
        folder.write(u"skeleton/good.txt"_s, "fine\n");
        folder.write(u"skeleton/bad.txt"_s, "ok\n   {% nope %}\n");
        const ScaffoldResult result = folder.run(templateWithSteps(steps));
        QVERIFY(!result.ok());
        QVERIFY(!result.stoppedForBackend);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QCOMPARE(result.steps.last().status, ScaffoldStepResult::Status::Failed);
        QVERIFY(result.outputLinks.isEmpty());
    }

    void secretsNeverReachTheLog()
    {
        TemplateFolder folder;
        const ScaffoldResult result = folder.run(
            templateWithSteps("    - id: log\n      action: debug:log\n      input: {message: 'token ${{ secrets.token "
                              "}}'}\n"),
            {}, QJsonObject { { u"token"_s, u"s3cr3t"_s } });
        QVERIFY2(result.ok(), qPrintable(result.error));
        bool logged = false;
        for (const ScaffoldLogEntry& entry : result.log) {
            QVERIFY(!entry.message.contains(u"s3cr3t"_s));
            logged |= entry.message == u"token ***";
        }
        QVERIFY(logged);
    }

    void cancelledBeforeTheFirstStep()
    {
        TemplateFolder folder;
        folder.write(u"skeleton/a.txt"_s, "a\n");
        std::atomic_bool cancelled = true;
        ScaffoldRequest request;
        request.templateDirectory = folder.path();
        request.cancelled = &cancelled;
        const ScaffoldResult result = ScaffoldRun::dryRun(folder.definition(templateWithSteps(fetchSkeleton)), request);
        QVERIFY(result.cancelled);
        QVERIFY(result.files.isEmpty());
    }

    void globs_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star stays in a segment") << u"*.md"_s << u"docs/a.md"_s << false;
        QTest::newRow("star") << u"*.md"_s << u"a.md"_s << true;
        QTest::newRow("globstar") << u"**/*.md"_s << u"docs/deep/a.md"_s << true;
        QTest::newRow("globstar at the top") << u"**/*.md"_s << u"a.md"_s << true;
        QTest::newRow("dot files") << u".github/**"_s << u".github/workflows/ci.yaml"_s << true;
        QTest::newRow("braces") << u"*.{png,jpg}"_s << u"logo.jpg"_s << true;
        QTest::newRow("class") << u"file[0-9].txt"_s << u"file7.txt"_s << true;
        QTest::newRow("question mark") << u"?.txt"_s << u"ab.txt"_s << false;
        QTest::newRow("folder entry") << u"static"_s << u"static/"_s << true;
        QTest::newRow("leading ./") << u"./a/*"_s << u"a/b"_s << true;
    }

    void globs()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QCOMPARE(GlobPattern(pattern).matches(path), matches);
    }

    void yamlAsTheYamlPackageWritesIt_data()
    {
        // Recorded from the yaml package's stringify (tests/node pins the version Backstage uses).
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<QString>("yaml");
        QFile file(QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/yaml-stringify.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(!cases.isEmpty());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject testCase = cases.at(i).toObject();
            QTest::addRow("case %d", int(i)) << testCase.value(u"input"_s) << testCase.value(u"yaml"_s).toString();
        }
    }

    void yamlAsTheYamlPackageWritesIt()
    {
        QFETCH(QJsonValue, input);
        QFETCH(QString, yaml);
        QCOMPARE(YamlStringify::stringify(input), yaml);
    }

    void answersFromTheCommandLine()
    {
        TemplateFolder folder;
        const TemplateDefinition definition = folder.definition(
            "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata: {name: t}\nspec:\n"
            "  owner: a\n  type: service\n  parameters:\n"
            "    - required: [name]\n      properties:\n"
            "        name: {type: string, pattern: '^[a-z]+$'}\n"
            "        version: {type: string}\n"
            "        replicas: {type: integer, default: 2}\n"
            "    - properties:\n"
            "        database:\n          type: object\n          properties:\n"
            "            size: {type: string, default: small, enum: [small, large]}\n"
            "    - properties:\n"
            "        engine: {type: string, enum: [postgres, none], default: postgres}\n"
            "      dependencies:\n"
            "        engine:\n"
            "          oneOf:\n"
            "            - properties: {engine: {enum: [postgres]}, pgVersion: {type: string, default: '16'}}\n"
            "            - properties: {engine: {enum: [none]}}\n"
            "  steps: []\n");
        QJsonObject answers;
        QVERIFY(TemplateAnswers::set(definition, answers, u"version"_s, u"1.10"_s).isEmpty());
        QVERIFY(TemplateAnswers::set(definition, answers, u"replicas"_s, u"3"_s).isEmpty());
        QVERIFY(TemplateAnswers::set(definition, answers, u"name"_s, u"Bad Name"_s).isEmpty());
        QVERIFY(!TemplateAnswers::set(definition, answers, u"a..b"_s, u"x"_s).isEmpty());
        answers = TemplateAnswers::withDefaults(definition, answers);
        QCOMPARE(answers.value(u"version"_s), QJsonValue(u"1.10"_s)); // a string field keeps the text
        QCOMPARE(answers.value(u"replicas"_s), QJsonValue(3));
        QCOMPARE(answers.value(u"database"_s).toObject().value(u"size"_s), QJsonValue(u"small"_s));
        // The default engine selects a branch whose fields have defaults of their own.
        QCOMPARE(answers.value(u"pgVersion"_s), QJsonValue(u"16"_s));
        const FieldErrors errors = TemplateAnswers::validate(definition, answers);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().path, u"name"_s);
    }
};

QTEST_GUILESS_MAIN(TestScaffoldRun)
#include "tst_scaffoldrun.moc"

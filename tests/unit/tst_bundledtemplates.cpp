// The platform templates bundled with the demo workspace (resources/demo/templates/platform), run as a user would
// run them: with their defaults and with edge answers. Teams commit what these templates write without touching it,
// so every file must be valid and formatted the way its own tool would leave it: YAML parses, Terraform is as
// `terraform fmt` and hclfmt leave it, every Kustomize overlay builds, and GitHub's own ${{ }} survive templating.
// The answers are in tests/data/templates/bundled/cases.json.

#include "catalog/catalogloader.h"
#include "catalog/yamlreader.h"
#include "scaffolder/scaffoldrun.h"
#include "scaffolder/scaffoldwriter.h"
#include "templates/formlayout.h"
#include "templates/parametervalidation.h"
#include "templates/templatedefinition.h"
#include "workspace/workspaceconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

const QStringList platformTemplates { u"kubernetes-service"_s, u"terraform-aws-service"_s, u"helm-chart"_s,
                                      u"github-actions-cicd"_s, u"new-service"_s };

struct Case {
    QString templateName;
    QJsonObject answers;
    QStringList present;
    QStringList absent;
};

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result.append(item.toString());
    return result;
}

// The defaults of a schema's properties that are not answered yet, including those of a `dependencies` branch
// whose condition the answers meet: react-jsonschema-form fills in the fields it shows, and shows a dependent
// field once its condition holds.
void addDefaults(const QJsonObject& schema, QJsonObject& answers)
{
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject property = it.value().toObject();
        if (!answers.contains(it.key()) && property.contains(u"default"_s))
            answers.insert(it.key(), property.value(u"default"_s));
    }
    const QJsonObject dependencies = schema.value(u"dependencies"_s).toObject();
    for (auto it = dependencies.begin(); it != dependencies.end(); ++it) {
        for (const QJsonValue& branch : it.value().toObject().value(u"oneOf"_s).toArray()) {
            const QJsonValue condition = branch[u"properties"_s][it.key()][u"const"_s];
            if (!condition.isUndefined() && condition == answers.value(it.key()))
                addDefaults(branch.toObject(), answers);
        }
    }
}

QString find(const QString& program, const QString& fallback = {})
{
    const QString found = QStandardPaths::findExecutable(program);
    if (!found.isEmpty())
        return found;
    return !fallback.isEmpty() && QFileInfo(fallback).isExecutable() ? fallback : QString();
}

struct ProcessResult {
    int exitCode = -1;
    QString output; ///< stdout and stderr
};

ProcessResult runProgram(const QString& program, const QStringList& arguments, const QString& workingDirectory = {})
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start();
    if (!process.waitForFinished(120'000))
        return { -1, u"%1 did not finish in two minutes"_s.arg(program) };
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAll()) };
}

// A Helm chart's templates are Go templates, which become YAML only when Helm renders them.
bool isHelmTemplate(const QString& root, const QString& path)
{
    const qsizetype at = path.lastIndexOf(u"templates/"_s);
    if (at < 0 || (at > 0 && path.at(at - 1) != u'/'))
        return false;
    return QFileInfo::exists(root + u'/' + path.left(at) + u"Chart.yaml"_s);
}

} // namespace

class TestBundledTemplates : public QObject {
    Q_OBJECT

    struct Rendered {
        ScaffoldResult result;
        std::unique_ptr<QTemporaryDir> directory; ///< the files, written for the command-line tools
        QString writeError;
    };

    QHash<QString, TemplateDefinition> m_definitions;
    QList<std::pair<QString, Case>> m_cases;
    std::map<QString, Rendered> m_rendered;

    // Each case is rendered once and shared by the checks below, so that each check is a test function of its own
    // (and a missing tool skips only its check).
    const Rendered& rendered(const QString& row)
    {
        auto it = m_rendered.find(row);
        if (it != m_rendered.end())
            return it->second;
        Rendered& entry = m_rendered[row];
        const Case testCase = caseFor(row);
        const TemplateDefinition& definition = m_definitions[testCase.templateName];
        ScaffoldRequest request;
        request.values = answersFor(testCase);
        request.templateDirectory = QFileInfo(definition.file).absolutePath();
        entry.result = ScaffoldRun::dryRun(definition, request);
        entry.directory = std::make_unique<QTemporaryDir>();
        const ScaffoldWriteReport report = ScaffoldWriter::write(entry.result.files, entry.directory->path());
        entry.writeError = report.error;
        return entry;
    }

    Case caseFor(const QString& row) const
    {
        for (const auto& [name, testCase] : m_cases)
            if (name == row)
                return testCase;
        return {};
    }

    QJsonObject answersFor(const Case& testCase) const
    {
        QJsonObject answers = testCase.answers;
        for (const TemplateParameterPage& page : m_definitions.value(testCase.templateName).pages)
            addDefaults(page.schema, answers);
        return answers;
    }

    QStringList filesEndingWith(const QString& row, const QStringList& suffixes)
    {
        QStringList paths;
        for (const ScaffoldFile& file : rendered(row).result.files)
            for (const QString& suffix : suffixes)
                if (file.path.endsWith(suffix)) {
                    paths.append(file.path);
                    break;
                }
        return paths;
    }

    // The cases of @p templates (all when empty): a check gets only the templates that can write what it checks.
    void addRows(const QStringList& templates = {})
    {
        QTest::addColumn<QString>("row");
        for (const auto& [name, testCase] : std::as_const(m_cases))
            if (templates.isEmpty() || templates.contains(testCase.templateName))
                QTest::newRow(qPrintable(name)) << name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const WorkspaceConfig config = loadWorkspaceConfig(QStringLiteral(ATRIUM_DEMO_DIR));
        CatalogLoadOptions options;
        options.roots = config.catalogRoots();
        const CatalogSnapshot snapshot = loadCatalog(options);
        for (const QString& name : platformTemplates) {
            const Entity entity = snapshot.find(QString(u"template:default/"_s + name));
            if (entity)
                m_definitions.insert(name, TemplateDefinitionReader::read(entity));
        }

        const QJsonObject data = readJson(QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/bundled/cases.json"));
        for (const QJsonValue& value : data.value(u"cases"_s).toArray()) {
            const QJsonObject object = value.toObject();
            const Case testCase { object.value(u"template"_s).toString(), object.value(u"answers"_s).toObject(),
                                  toStringList(object.value(u"present"_s)), toStringList(object.value(u"absent"_s)) };
            m_cases.append({ testCase.templateName + u'/' + object.value(u"case"_s).toString(), testCase });
        }
        QVERIFY(!m_cases.isEmpty());
    }

    // The workspace finds all five through its `templates/platform/*.yaml` location, and they read without problems.
    void templatesAreInTheDemoWorkspace_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : platformTemplates)
            QTest::newRow(qPrintable(name)) << name;
    }
    void templatesAreInTheDemoWorkspace()
    {
        QFETCH(QString, name);
        QVERIFY2(m_definitions.contains(name), qPrintable(name));
        const TemplateDefinition& definition = m_definitions[name];
        QVERIFY2(definition.problems.isEmpty(), qPrintable(definition.problems.value(0).toCompilerStyle()));
        QVERIFY(!definition.pages.isEmpty());
        for (const TemplateParameterPage& page : definition.pages)
            QVERIFY2(ParameterValidator::schemaProblem(page.schema).isEmpty(), qPrintable(page.title));
        bool everyCaseCovered = false;
        for (const auto& [row, testCase] : std::as_const(m_cases))
            everyCaseCovered |= testCase.templateName == name;
        QVERIFY2(everyCaseCovered, "every bundled template has cases in cases.json");
    }

    // The answers (schema defaults plus the case's own) pass the form's validation, page by page, and the form has a
    // proper widget for every field it shows with them (no unknown ui:field, nothing left to raw JSON).
    void answersAreValid_data() { addRows(); }
    void answersAreValid()
    {
        QFETCH(QString, row);
        const Case testCase = caseFor(row);
        const QJsonObject answers = answersFor(testCase);
        for (const TemplateParameterPage& page : m_definitions.value(testCase.templateName).pages) {
            for (const FormField& field : FormLayout::flattened(FormLayout::fields(page.schema, answers))) {
                QVERIFY2(!field.unknownField, qPrintable(field.path + u": "_s + field.uiField));
                QVERIFY2(field.widget != FormField::Widget::Json, qPrintable(field.path));
            }
            const FieldErrors errors = ParameterValidator::validate(page.schema, answers);
            QVERIFY2(errors.isEmpty(),
                     qPrintable(page.title + u": "_s + errors.value(0).path + u": "_s + errors.value(0).message));
        }
    }

    // Every local step runs; "New service" stops, as intended, before publishing to GitHub.
    void rendersWithoutErrors_data() { addRows(); }
    void rendersWithoutErrors()
    {
        QFETCH(QString, row);
        const Rendered& entry = rendered(row);
        const ScaffoldResult& result = entry.result;
        QVERIFY2(result.ok() || result.stoppedForBackend, qPrintable(result.error));
        for (const ScaffoldStepResult& step : result.steps)
            QVERIFY2(step.status != ScaffoldStepResult::Status::Failed, qPrintable(step.id));
        for (const ScaffoldLogEntry& line : result.log)
            QVERIFY2(line.level != ScaffoldLogEntry::Level::Error, qPrintable(line.message));
        QVERIFY(!result.files.isEmpty());
        QVERIFY2(entry.writeError.isEmpty(), qPrintable(entry.writeError));

        const Case testCase = caseFor(row);
        QStringList paths;
        for (const ScaffoldFile& file : result.files)
            paths.append(file.path);
        for (const QString& path : testCase.present)
            QVERIFY2(paths.contains(path), qPrintable(path + u" is missing; written: "_s + paths.join(u", ")));
        for (const QString& path : testCase.absent)
            QVERIFY2(!paths.contains(path), qPrintable(path + u" should not be written"_s));
    }

    // Nothing of the scaffolder's syntax is left over. GitHub's own ${{ }} may remain in workflows only.
    void noTemplateSyntaxLeft_data() { addRows(); }
    void noTemplateSyntaxLeft()
    {
        QFETCH(QString, row);
        for (const ScaffoldFile& file : rendered(row).result.files) {
            const QString text = QString::fromUtf8(file.content);
            QVERIFY2(!text.contains(u"{%"_s) && !text.contains(u"%}"_s) && !text.contains(u"{#"_s),
                     qPrintable(file.path));
            QVERIFY2(!text.contains(u"${{ values"_s) && !text.contains(u"${{ '${{' }}"_s), qPrintable(file.path));
            if (!file.path.startsWith(u".github/"_s))
                QVERIFY2(!text.contains(u"${{"_s), qPrintable(file.path));
            QVERIFY2(!text.contains(u"undefined"_s), qPrintable(file.path + u" prints an undefined value"_s));
        }
    }

    // Every YAML file parses; a Helm chart's templates are not YAML until Helm renders them, but Chart.yaml and
    // values.yaml are.
    void yamlParses_data()
    {
        addRows({ u"kubernetes-service"_s, u"helm-chart"_s, u"github-actions-cicd"_s, u"new-service"_s });
    }
    void yamlParses()
    {
        QFETCH(QString, row);
        const Rendered& entry = rendered(row);
        int checked = 0;
        for (const ScaffoldFile& file : entry.result.files) {
            if (!file.path.endsWith(u".yaml"_s) && !file.path.endsWith(u".yml"_s))
                continue;
            if (isHelmTemplate(entry.directory->path(), file.path))
                continue;
            YamlLimits limits;
            limits.objectRootsOnly = false;
            const YamlReadResult parsed = readYamlDocuments(file.content, file.path, limits);
            QVERIFY2(parsed.problems.isEmpty(),
                     qPrintable(file.path + u": "_s + parsed.problems.value(0).toCompilerStyle()));
            QVERIFY2(!parsed.documents.empty(), qPrintable(file.path));
            for (const YamlDocument& document : parsed.documents)
                QVERIFY2(document.value.isObject(), qPrintable(file.path + u" is not a mapping"_s));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // package.json and package-lock.json (New service in Node.js) are JSON; a description goes in through `dump`.
    void jsonParses_data() { addRows({ u"new-service"_s }); }
    void jsonParses()
    {
        QFETCH(QString, row);
        int checked = 0;
        for (const ScaffoldFile& file : rendered(row).result.files) {
            if (!file.path.endsWith(u".json"_s))
                continue;
            QJsonParseError error;
            QJsonDocument::fromJson(file.content, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(file.path + u": "_s + error.errorString()));
            ++checked;
        }
        if (checked == 0)
            QSKIP("no JSON in this case");
    }

    // New service's starting code compiles as its CI will build it: gofmt and go vet for Go (offline: it has no
    // dependencies), the interpreters' syntax checks for Node.js and Python.
    void serviceCodeCompiles_data() { addRows({ u"new-service"_s }); }
    void serviceCodeCompiles()
    {
        QFETCH(QString, row);
        const QString directory = rendered(row).directory->path();
        if (QFileInfo::exists(directory + u"/go.mod"_s)) {
            const QString gofmt = find(u"gofmt"_s);
            const QString go = find(u"go"_s);
            if (gofmt.isEmpty() || go.isEmpty())
                QSKIP("go is not installed (scripts/setup installs it)");
            const ProcessResult formatted = runProgram(gofmt, { u"-l"_s, directory });
            QVERIFY2(formatted.exitCode == 0 && formatted.output.isEmpty(), qPrintable(formatted.output));
            QTemporaryDir cache;
            QProcess vet;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"GOCACHE"_s, cache.path());
            environment.insert(u"GOPROXY"_s, u"off"_s);
            environment.insert(u"GOFLAGS"_s, u"-mod=mod"_s);
            environment.insert(u"GOTOOLCHAIN"_s, u"local"_s);
            vet.setProcessEnvironment(environment);
            vet.setWorkingDirectory(directory);
            vet.setProcessChannelMode(QProcess::MergedChannels);
            vet.start(go, { u"vet"_s, u"./..."_s });
            QVERIFY(vet.waitForFinished(300'000));
            QVERIFY2(vet.exitCode() == 0, vet.readAll().constData());
            return;
        }
        if (QFileInfo::exists(directory + u"/server.js"_s)) {
            const QString node = find(u"node"_s);
            if (node.isEmpty())
                QSKIP("node is not installed");
            for (const QString& file : { u"server.js"_s, u"server.test.js"_s }) {
                const ProcessResult checked = runProgram(node, { u"--check"_s, directory + u'/' + file });
                QVERIFY2(checked.exitCode == 0, qPrintable(file + u": "_s + checked.output));
            }
            return;
        }
        QVERIFY(QFileInfo::exists(directory + u"/app.py"_s));
        const QString python = find(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        for (const QString& file : { u"app.py"_s, u"test_app.py"_s }) {
            const QString source = directory + u'/' + file;
            const ProcessResult checked = runProgram(
                python, { u"-c"_s, u"import ast, sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])"_s, source });
            QVERIFY2(checked.exitCode == 0, qPrintable(file + u": "_s + checked.output));
        }
    }

    // A catalog entry the template writes is one the catalog accepts as it is.
    void catalogEntryIsValid_data() { addRows({ u"new-service"_s }); }
    void catalogEntryIsValid()
    {
        QFETCH(QString, row);
        const Rendered& entry = rendered(row);
        const QString path = entry.directory->filePath(u"catalog-info.yaml"_s);
        if (!QFileInfo::exists(path))
            QFAIL("New service writes no catalog-info.yaml");
        CatalogLoadOptions options;
        options.addRoot(path);
        const CatalogSnapshot snapshot = loadCatalog(options);
        for (const Problem& problem : snapshot.problems)
            QVERIFY2(problem.severity != Problem::Severity::Error, qPrintable(problem.toCompilerStyle()));
        QCOMPARE(snapshot.entities.size(), 1);
    }

    // Terraform files are exactly as `terraform fmt` leaves them, whichever optional resources are on: the
    // alignment of `=` in a block depends on which attributes stand next to each other.
    void terraformIsCanonical_data() { addRows({ u"terraform-aws-service"_s, u"new-service"_s }); }
    void terraformIsCanonical()
    {
        QFETCH(QString, row);
        if (filesEndingWith(row, { u".tf"_s, u".tfvars"_s }).isEmpty())
            QSKIP("no Terraform in this case");
        const QString terraform = find(u"terraform"_s, u"/usr/local/bin/terraform"_s);
        if (terraform.isEmpty())
            QSKIP("terraform is not installed");
        const ProcessResult fmt = runProgram(
            terraform, { u"fmt"_s, u"-check"_s, u"-diff"_s, u"-recursive"_s, rendered(row).directory->path() });
        QVERIFY2(fmt.exitCode == 0, qPrintable(fmt.output));
    }

    // hclfmt (HCL's own formatter, built by scripts/setup) agrees: -check for the syntax, -require-no-change for the
    // canonical layout.
    void hclfmtIsCanonical_data() { addRows({ u"terraform-aws-service"_s, u"new-service"_s }); }
    void hclfmtIsCanonical()
    {
        QFETCH(QString, row);
        const QStringList files = filesEndingWith(row, { u".tf"_s, u".tfvars"_s });
        if (files.isEmpty())
            QSKIP("no Terraform in this case");
        const QString hclfmt = find(u"hclfmt"_s, QStringLiteral(ATRIUM_HCLFMT_PATH));
        if (hclfmt.isEmpty())
            QSKIP("hclfmt is not built (scripts/setup builds it)");
        for (const QString& file : files) {
            const QString path = rendered(row).directory->filePath(file);
            for (const QString& mode : { u"-check"_s, u"-require-no-change"_s }) {
                const ProcessResult result = runProgram(hclfmt, { mode, path });
                QVERIFY2(result.exitCode == 0, qPrintable(file + u" "_s + mode + u": "_s + result.output));
            }
        }
    }

    // Every Kustomize overlay builds, and each environment's objects say which environment they belong to.
    void kustomizeBuilds_data() { addRows({ u"kubernetes-service"_s, u"new-service"_s }); }
    void kustomizeBuilds()
    {
        QFETCH(QString, row);
        QStringList overlays;
        for (const QString& path : filesEndingWith(row, { u"/kustomization.yaml"_s }))
            if (path.contains(u"/overlays/"_s))
                overlays.append(QFileInfo(path).path());
        if (overlays.isEmpty())
            QSKIP("no Kustomize overlays in this case");
        QCOMPARE(overlays.size(), 3);
        const QString kubectl = find(u"kubectl"_s);
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        for (const QString& overlay : std::as_const(overlays)) {
            const QString environment = QFileInfo(overlay).fileName();
            const ProcessResult built
                = runProgram(kubectl, { u"kustomize"_s, rendered(row).directory->filePath(overlay) });
            QVERIFY2(built.exitCode == 0, qPrintable(overlay + u": "_s + built.output));
            QVERIFY2(built.output.contains(u"brightwater.example/environment: "_s + environment),
                     qPrintable(overlay + u": "_s + built.output));
            QVERIFY2(built.output.contains(u"kind: Deployment"_s), qPrintable(overlay));
        }
    }

    // A workflow keeps GitHub's expressions: the scaffolder must print ${{ github.sha }}, not evaluate it.
    void githubActionsExpressionsSurvive_data() { addRows({ u"github-actions-cicd"_s, u"new-service"_s }); }
    void githubActionsExpressionsSurvive()
    {
        QFETCH(QString, row);
        int checked = 0;
        for (const ScaffoldFile& file : rendered(row).result.files) {
            if (!file.path.startsWith(u".github/workflows/"_s))
                continue;
            const QString text = QString::fromUtf8(file.content);
            QVERIFY2(text.contains(u"${{ github.sha }}"_s), qPrintable(file.path));
            QVERIFY2(text.contains(u"${{ secrets.GITHUB_TOKEN }}"_s), qPrintable(file.path));
            QVERIFY2(text.contains(u"${{ vars.DEPLOY_ROLE_ARN }}"_s), qPrintable(file.path));
            QVERIFY2(!text.contains(u"${{ values"_s), qPrintable(file.path));
            for (const QString& environment : { u"dev"_s, u"staging"_s, u"prod"_s })
                QVERIFY2(text.contains(u"deploy-"_s + environment + u":\n"_s), qPrintable(environment));
            ++checked;
        }
        QCOMPARE(checked, 1);
    }

    void cleanupTestCase() { m_rendered.clear(); }
};

QTEST_GUILESS_MAIN(TestBundledTemplates)
#include "tst_bundledtemplates.moc"

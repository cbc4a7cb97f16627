// Runs every template of tests/data/templates/dryrun/<case>/ twice: through a real Backstage backend's scaffolder
// dry-run (tests/integration/backstage, started once for the whole test) and through ScaffoldRun::dryRun, and compares the
// workspaces byte for byte (paths, contents, executable bit, order) and the rendered spec.output.
//
// A case is a template folder: template.yaml, the files its steps fetch, values.json (the form's answers), and
// optionally secrets.json, executable.json (see comparable()) and known-difference.txt (see the test). Each side reads
// template.yaml its own way (Backstage with the yaml package, as its catalog does; Atrium with its YAML reader) and
// both get the same values. The platform templates bundled with the demo workspace are compared the same way, with
// the answers of tst_bundledtemplates.

#include "backstagepeer.h"
#include "catalog/yamlreader.h"
#include "scaffolder/scaffoldrun.h"
#include "templates/templateanswers.h"
#include "templates/templatedefinition.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Atrium;

namespace {

const QString casesDir = QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/dryrun");
// The case's answers, not part of the template.
const QStringList caseFiles { QStringLiteral("values.json"), QStringLiteral("secrets.json"),
                              QStringLiteral("executable.json"), QStringLiteral("known-difference.txt") };

QJsonObject readJsonObject(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(in.readAll()).object();
}

QStringList readStringList(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QStringList list;
    for (const QJsonValue& value : QJsonDocument::fromJson(in.readAll()).array())
        list.append(value.toString());
    return list;
}

struct Case {
    TemplateDefinition definition;
    QJsonObject values;
    QJsonObject secrets;
    QStringList executable; ///< executable.json: the workspace files a real (not dry) run makes executable
    QString error;
};

/// The template in @p file; the case's other files (values.json…) in @p directory, if any.
Case readCase(const QString& directory, const QString& file)
{
    Case result;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        result.error = u"cannot read "_qs + file;
        return result;
    }
    const YamlReadResult yaml = readYamlDocuments(in.readAll(), file);
    if (yaml.documents.size() != 1) {
        result.error = file + u": not one YAML document: "_qs + yaml.problems.value(0).toCompilerStyle();
        return result;
    }
    result.definition
        = TemplateDefinitionReader::read(yaml.documents.front().value.toObject(), file, &yaml.documents.front());
    if (directory.isEmpty())
        return result;
    result.values = readJsonObject(directory + QStringLiteral("/values.json"));
    result.secrets = readJsonObject(directory + QStringLiteral("/secrets.json"));
    result.executable = readStringList(directory + QStringLiteral("/executable.json"));
    return result;
}

/// Backstage's dry-run workspace made comparable with a local run. Only what the dry-run API cannot show is changed:
/// - the order: the scaffolder lists the workspace in globby's order, which is the order its disk's readdir() gives
///   (hash order on ext4), not something the template decides; a local run sorts by path, so sort theirs the same;
/// - the executable bit: the dry-run writes the uploaded template files without their mode (`directoryContents` in
///   the request carries only path and base64Content), so everything it answers is `executable: false`. A real run
///   writes rendered files with the template file's mode and copies the others with theirs; a case lists the files
///   a real run makes executable in executable.json, and the test first checks that the dry-run still drops them.
QList<BackstagePeer::File> comparable(QList<BackstagePeer::File> files, const QStringList& executable)
{
    std::sort(files.begin(), files.end(),
              [](const BackstagePeer::File& a, const BackstagePeer::File& b) { return a.path < b.path; });
    for (BackstagePeer::File& file : files)
        file.executable = executable.contains(file.path);
    return files;
}

/// A file for a failure message: text up to 40 lines, binary as its size.
QString describe(const QByteArray& content)
{
    const QString text = QString::fromUtf8(content);
    if (content.contains('\0') || text.toUtf8() != content)
        return QStringLiteral("%1 bytes (binary)").arg(content.size());
    const QStringList lines = text.split(u'\n');
    if (lines.size() <= 40)
        return text;
    return lines.mid(0, 40).join(u'\n') + QStringLiteral("\n[%1 more lines]").arg(lines.size() - 40);
}

/// The first line where @p ours and @p theirs part (binary files are split at their newline bytes too), with
/// Backstage's whole file for context.
QString contentDifference(const QByteArray& ours, const QByteArray& theirs)
{
    const QList<QByteArray> a = ours.split('\n');
    const QList<QByteArray> b = theirs.split('\n');
    for (qsizetype line = 0; line < std::max(a.size(), b.size()); ++line) {
        const QByteArray left = a.value(line), right = b.value(line);
        if (line < a.size() && line < b.size() && left == right)
            continue;
        const auto show = [](const QList<QByteArray>& lines, qsizetype at) {
            if (at >= lines.size())
                return u"(no such line)"_qs;
            return QString::fromUtf8(QJsonDocument(QJsonArray { QString::fromUtf8(lines.at(at)) })
                                         .toJson(QJsonDocument::Compact)
                                         .chopped(1)
                                         .mid(1));
        };
        return QStringLiteral("line %1 (of %2 / %3)\n  Backstage: %4\n  Atrium:    %5\n  Backstage's file:\n%6")
            .arg(line + 1)
            .arg(b.size())
            .arg(a.size())
            .arg(show(b, line), show(a, line), describe(theirs));
    }
    return QStringLiteral("%1 bytes against %2").arg(ours.size()).arg(theirs.size());
}

QString listing(const QList<QString>& paths)
{
    return u"    "_qs + paths.join(u"\n    "_qs);
}

} // namespace

class TestScaffolderDryRun : public QObject {
    Q_OBJECT

    BackstagePeer::Backend m_backend;

private Q_SLOTS:
    void initTestCase()
    {
        // scripts/test sets ATRIUM_WITH_NODE=1 and installs the backend; a plain ctest run on a machine without Node
        // skips instead of failing.
        if (qEnvironmentVariable("ATRIUM_WITH_NODE") != u"1")
            QSKIP("ATRIUM_WITH_NODE is not 1: the Backstage backend is not started (scripts/test sets it)");
        if (!QFileInfo(QStringLiteral(ATRIUM_NODE_EXECUTABLE)).isExecutable())
            QSKIP("Node.js was not found when CMake configured this test: no Backstage backend to compare with");
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_backend.stop(); }

    void sameWorkspaceAsBackstage_data()
    {
        QTest::addColumn<QString>("directory");
        const QStringList cases = QDir(casesDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 20, "the corpus must cover what fetch:template and the other actions do");
        for (const QString& name : cases)
            QTest::newRow(qPrintable(name)) << QString(casesDir + u'/' + name);
    }

    void sameWorkspaceAsBackstage()
    {
        QFETCH(QString, directory);
        const Case input = readCase(directory, directory + QStringLiteral("/template.yaml"));
        QVERIFY2(input.error.isEmpty(), qPrintable(input.error));
        QVERIFY2(input.definition.problems.isEmpty(), qPrintable(input.definition.problems.value(0).toCompilerStyle()));
        QString difference;
        compare(input, directory + QStringLiteral("/template.yaml"), directory,
                BackstagePeer::readDirectory(directory, caseFiles), &difference);
        if (QTest::currentTestFailed())
            return;
        // A difference that is understood and waits for a decision or a fix is written down in the case's
        // known-difference.txt; the test then expects it, and fails once it is gone, so the note cannot outlive it.
        QFile known(directory + QStringLiteral("/known-difference.txt"));
        if (known.open(QIODevice::ReadOnly)) {
            const QByteArray reason = known.readAll().trimmed();
            if (!difference.isEmpty())
                qInfo("known difference: %s", qPrintable(difference));
            QEXPECT_FAIL("", reason.constData(), Abort);
        }
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    /// The platform templates bundled with the demo workspace, with the answers of tst_bundledtemplates
    /// (tests/data/templates/bundled/cases.json) over their schema defaults.
    void bundledTemplatesAsBackstage_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QJsonObject>("answers");
        const QJsonObject cases = readJsonObject(QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/bundled/cases.json"));
        for (const QJsonValue& value : cases.value(u"cases").toArray()) {
            const QJsonObject testCase = value.toObject();
            const QString name = testCase.value(u"template").toString();
            QTest::addRow("%s: %s", qPrintable(name), qPrintable(testCase.value(u"case").toString()))
                << name << testCase.value(u"answers").toObject();
        }
    }

    void bundledTemplatesAsBackstage()
    {
        QFETCH(QString, templateName);
        QFETCH(QJsonObject, answers);
        const QString directory = QStringLiteral(ATRIUM_DEMO_DIR "/templates/platform");
        const QString file = directory + u'/' + templateName + QStringLiteral(".yaml");
        Case input = readCase({}, file);
        QVERIFY2(input.error.isEmpty(), qPrintable(input.error));
        input.values = TemplateAnswers::withDefaults(input.definition, answers);
        // The values must be valid, or Backstage refuses them before running anything (HTTP 400).
        const FieldErrors errors = TemplateAnswers::validate(input.definition, input.values);
        QVERIFY2(errors.isEmpty(),
                 qPrintable(errors.isEmpty() ? QString() : errors.first().path + u": "_qs + errors.first().message));
        QString difference;
        compare(input, file, directory, BackstagePeer::readDirectory(directory), &difference);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

private:
    /// Runs @p input's template (@p file) on both sides, Atrium's with @p directory as its folder and Backstage's
    /// with @p upload as the folder's files, and says in @p difference where they part.
    void compare(const Case& input, const QString& file, const QString& directory,
                 const QList<BackstagePeer::File>& upload, QString* difference)
    {
        // A local run stops before the first step that needs a backend (publish:github…); Backstage gets the steps
        // before it, the ones both can run.
        int localSteps = -1;
        for (qsizetype i = 0; i < input.definition.steps.size() && localSteps < 0; ++i)
            if (input.definition.steps.at(i).needsBackend)
                localSteps = int(i);
        QString error;
        const QByteArray templateJson = BackstagePeer::Backend::templateJson(file, &error, localSteps);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const BackstagePeer::DryRun backstage = m_backend.dryRun(templateJson, input.values, input.secrets, upload);
        QVERIFY2(backstage.error.isEmpty(), qPrintable(backstage.error + u'\n' + m_backend.logTail()));
        QVERIFY2(backstage.status != 400,
                 qPrintable(u"Backstage refuses the values: "_qs
                            + QString::fromUtf8(QJsonDocument(backstage.body).toJson(QJsonDocument::Compact))));
        for (const BackstagePeer::File& file : backstage.files)
            QVERIFY2(!file.executable,
                     qPrintable(file.path
                                + u": the dry-run keeps executable bits now; drop "
                                  u"executable.json and compare them directly"_qs));

        // The dry-run names every template template:default/dry-run (catalog:write's backstage.io/source-template
        // annotation shows it); the local run must see the same name to write the same bytes.
        TemplateDefinition definition = input.definition;
        definition.ref = QStringLiteral("template:default/dry-run");
        ScaffoldRequest request;
        request.values = input.values;
        request.secrets = input.secrets;
        request.templateDirectory = directory;
        ScaffoldResult ours = ScaffoldRun::dryRun(definition, request);
        if (localSteps >= 0) {
            // Stopping there is what a local run does; the output names what the later steps make, so it is not
            // compared.
            QVERIFY2(ours.stoppedForBackend, qPrintable(ours.error));
            ours.error.clear();
            ours.outputLinks = backstage.body.value(u"output").toObject().value(u"links").toArray();
            ours.outputText = backstage.body.value(u"output").toObject().value(u"text").toArray();
        }
        *difference = firstDifference(backstage, input.executable, ours);
    }

    /// Where Atrium's run and Backstage's dry-run part, in words; empty when they agree on everything: failing or
    /// not, the files (paths, order, bytes, executable bit) and the rendered output links and text.
    static QString firstDifference(const BackstagePeer::DryRun& backstage, const QStringList& executable,
                                   const ScaffoldResult& ours)
    {
        if (backstage.status != 200) {
            const QString theirError = backstage.body.value(u"error").toObject().value(u"message").toString();
            if (ours.ok()) {
                return QStringLiteral("Backstage's dry-run fails (HTTP %1: %2), Atrium's run succeeds")
                    .arg(backstage.status)
                    .arg(theirError);
            }
            qInfo("both fail; Backstage: %s\n  Atrium: %s", qPrintable(theirError), qPrintable(ours.error));
            // A template that does not render must say so in Backstage's words (nunjitsu's), at the same place.
            if (theirError.startsWith(u"Template error") && !ours.error.contains(theirError))
                return u"Both fail, but Atrium's error does not read as Backstage's: "_qs + theirError;
            return {};
        }
        if (!ours.ok()) {
            return u"Atrium's run failed: "_qs + ours.error + u"\nBackstage's log:\n"_qs
                + describe(backstage.logText().toUtf8());
        }

        const QList<BackstagePeer::File> theirs = comparable(backstage.files, executable);
        QList<QString> theirPaths, ourPaths;
        for (const BackstagePeer::File& file : theirs)
            theirPaths.append(file.path);
        for (const ScaffoldFile& file : ours.files)
            ourPaths.append(file.path);
        if (ourPaths != theirPaths) {
            return u"different files (or order)\n  Backstage:\n"_qs + listing(theirPaths) + u"\n  Atrium:\n"_qs
                + listing(ourPaths);
        }
        for (qsizetype i = 0; i < theirs.size(); ++i) {
            const ScaffoldFile& file = ours.files.at(i);
            if (file.content != theirs.at(i).content)
                return file.path + u": different contents at "_qs
                    + contentDifference(file.content, theirs.at(i).content);
            if (file.executable != theirs.at(i).executable)
                return file.path
                    + (theirs.at(i).executable ? u": executable in Backstage's real runs only"_qs
                                               : u": executable in Atrium's run only"_qs);
        }

        const QJsonObject output = backstage.body.value(u"output").toObject();
        const QJsonArray theirLinks = output.value(u"links").toArray();
        const QJsonArray theirText = output.value(u"text").toArray();
        if (ours.outputLinks != theirLinks || ours.outputText != theirText) {
            return u"different output\n  Backstage: "_qs
                + QString::fromUtf8(
                       QJsonDocument(QJsonObject { { u"links"_qs, theirLinks }, { u"text"_qs, theirText } })
                           .toJson(QJsonDocument::Compact))
                + u"\n  Atrium:    "_qs
                + QString::fromUtf8(
                       QJsonDocument(QJsonObject { { u"links"_qs, ours.outputLinks }, { u"text"_qs, ours.outputText } })
                           .toJson(QJsonDocument::Compact));
        }
        return {};
    }
};

QTEST_GUILESS_MAIN(TestScaffolderDryRun)
#include "tst_scaffolderdryrun.moc"

// Renders every case of tests/data/templates/conformance.json with Atrium's template engine and with the nunjucks npm
// package configured as Backstage's scaffolder configures it (tests/node/nunjucks-render.js), and compares the bytes.
// Errors must agree too: both sides fail, at the same line and column, and parse errors with the same words.

#include "templates/templatedvalue.h"
#include "templates/templaterenderer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Atrium;

namespace {

const QString corpusFile = QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/conformance.json");
const QString nodeDir = QStringLiteral(ATRIUM_NODE_DIR);

QString installHint()
{
    return QStringLiteral("Install the packages with: npm ci --prefix %1").arg(nodeDir);
}

/// nunjucks' message without its first line ("(unknown path) [Line 1, Column 2]"), which is compared on its own.
QString firstLine(const QString& message)
{
    return message.section(u'\n', 0, 0);
}

} // namespace

class TestTemplateConformance : public QObject {
    Q_OBJECT

    QJsonArray m_cases;
    QJsonArray m_expected;

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(corpusFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(corpusFile));
        m_cases = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY2(m_cases.size() >= 150, "the corpus must cover every feature");

        const QString node = QStringLiteral(ATRIUM_NODE_EXECUTABLE);
        QVERIFY2(!node.isEmpty() && QFileInfo(node).isExecutable(),
                 qPrintable(u"Node.js was not found when CMake configured this test (apt-get install nodejs). "
                            + installHint()));
        QVERIFY2(QFileInfo::exists(nodeDir + QStringLiteral("/node_modules/nunjucks/package.json")),
                 qPrintable(u"nunjucks is missing from tests/node/node_modules. " + installHint()));
        QProcess process;
        process.start(node, { nodeDir + QStringLiteral("/nunjucks-render.js"), corpusFile });
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QString::fromUtf8(process.readAllStandardError())));
        m_expected = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(m_expected.size(), m_cases.size());
    }

    void sameBytesAsNunjucks_data()
    {
        QTest::addColumn<QJsonObject>("templateCase");
        QTest::addColumn<QJsonObject>("expected");
        for (qsizetype i = 0; i < m_cases.size(); ++i) {
            const QJsonObject templateCase = m_cases.at(i).toObject();
            QTest::addRow("%s", qPrintable(templateCase.value(u"name").toString()))
                << templateCase << m_expected.at(i).toObject();
        }
    }

    void sameBytesAsNunjucks()
    {
        QFETCH(QJsonObject, templateCase);
        QFETCH(QJsonObject, expected);
        const QString source = templateCase.value(u"template").toString();
        const QJsonObject context = templateCase.value(u"context").toObject();

        if (templateCase.value(u"value").toBool()) {
            const TemplatedValueResult result = TemplatedValue::render(source, context);
            if (expected.value(u"undefined").toBool())
                QVERIFY2(result.value.isUndefined(), QJsonDocument(QJsonArray { result.value }).toJson().constData());
            else
                QCOMPARE(QJsonArray { result.value }, QJsonArray { expected.value(u"value") });
            return;
        }

        TemplateOptions options;
        options.cookiecutterCompat = templateCase.value(u"cookiecutter").toBool();
        const TemplateResult result = TemplateRenderer::render(source, TemplateValue::fromJson(context), options);
        if (expected.contains(u"output")) {
            QVERIFY2(!result.error, qPrintable(result.error ? result.error->nunjucksMessage() : QString()));
            QCOMPARE(result.output, expected.value(u"output").toString());
            return;
        }
        const QString expectedMessage = expected.value(u"error").toString();
        QVERIFY2(result.error,
                 qPrintable(u"nunjucks fails: " + expectedMessage + u"\nAtrium renders: " + result.output));
        const QString message = result.error->nunjucksMessage();
        QCOMPARE(firstLine(message), firstLine(expectedMessage));
        // Parse errors are nunjucks' own words; runtime errors carry JavaScript's, which differ in places.
        if (!expectedMessage.contains(u"Error: "))
            QCOMPARE(message, expectedMessage);
    }
};

QTEST_GUILESS_MAIN(TestTemplateConformance)
#include "tst_templateconformance.moc"

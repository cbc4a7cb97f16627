// Backstage's scaffolder-backend 4.x renders with nunjitsu, not nunjucks: the engine keeps nunjucks' messages (see
// tst_templateconformance), and TemplateError::backstageMessage() (what describe() shows) must read as nunjitsu's for
// the failures people meet most. Every case of tests/data/templates/nunjitsu-errors.json fails in both, with the same
// text and position (tests/integration/backstage/nunjitsu-errors.js runs nunjitsu 0.7.0 as the scaffolder configures it).

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

const QString corpusFile = QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/nunjitsu-errors.json");
const QString peerDir = QStringLiteral(ATRIUM_BACKSTAGE_DIR);

} // namespace

class TestNunjitsuWording : public QObject {
    Q_OBJECT

    QJsonObject m_corpus;
    QJsonArray m_expected;

private Q_SLOTS:
    void initTestCase()
    {
        QFile corpus(corpusFile);
        QVERIFY2(corpus.open(QIODevice::ReadOnly), qPrintable(corpusFile));
        m_corpus = QJsonDocument::fromJson(corpus.readAll()).object();
        QVERIFY(!m_corpus.value(u"cases").toArray().isEmpty());

        if (!QFileInfo(QStringLiteral(ATRIUM_NODE_EXECUTABLE)).isExecutable())
            QSKIP("Node.js was not found when CMake configured this test: nothing to compare with");
        if (!QFileInfo(peerDir + QStringLiteral("/node_modules/nunjitsu")).isDir())
            QSKIP("nunjitsu is not installed: npm ci --prefix tests/integration/backstage (scripts/test does)");
        QProcess process;
        process.setWorkingDirectory(peerDir);
        process.start(QStringLiteral(ATRIUM_NODE_EXECUTABLE),
                      { peerDir + QStringLiteral("/nunjitsu-errors.js"), corpusFile });
        QVERIFY2(process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
                     && process.exitCode() == 0,
                 process.readAllStandardError().constData());
        m_expected = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(m_expected.size(), m_corpus.value(u"cases").toArray().size());
    }

    void sameWordsAndPosition_data()
    {
        QTest::addColumn<QJsonObject>("templateCase");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonArray cases = m_corpus.value(u"cases").toArray();
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject templateCase = cases.at(i).toObject();
            const QString name = templateCase.value(u"template").toString().replace(u'\n', u"\\n"_qs);
            QTest::addRow("%d %s", int(i), qPrintable(name)) << templateCase << m_expected.at(i).toObject();
        }
    }

    void sameWordsAndPosition()
    {
        QFETCH(QJsonObject, templateCase);
        QFETCH(QJsonObject, expected);
        QVERIFY2(expected.contains(u"error"), "nunjitsu renders the case: it does not belong in this corpus");

        TemplateOptions options;
        options.cookiecutterCompat = templateCase.value(u"cookiecutter").toBool();
        const TemplateResult result
            = TemplateRenderer::render(templateCase.value(u"template").toString(),
                                       TemplateValue::fromJson(m_corpus.value(u"context").toObject()), options);
        QVERIFY2(result.error, qPrintable(u"Atrium renders it: "_qs + result.output));
        QCOMPARE(result.error->backstageMessage(), expected.value(u"error").toString());
    }
};

QTEST_GUILESS_MAIN(TestNunjitsuWording)
#include "tst_nunjitsuwording.moc"

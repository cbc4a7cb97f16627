// Compares Atrium's verdict on every document of tests/data/validation with the verdict of the real
// Backstage catalog model (tests/node/catalog-verdicts.js, run in Node), document by document.
// Atrium is fed the JSON that Node printed for each document, so this test does not depend on Atrium's YAML reader.

#include "backstageoracle.h"
#include "catalog/builtinrelations.h"
#include "catalog/entityvalidator.h"
#include "catalog/validationrules.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Atrium;

namespace {

const QString corpusDir = BackstageOracle::corpusDir();

QString describeIssues(const ValidationIssues& issues)
{
    QStringList lines;
    for (const ValidationIssue& issue : issues)
        lines << QStringLiteral("  [%1] %2").arg(validationPathToString(issue.path), issue.message);
    return lines.join(QLatin1Char('\n'));
}

QString describeEdges(const QList<RelationEdge>& edges)
{
    QStringList lines;
    for (const RelationEdge& edge : edges)
        lines << QStringLiteral("  %1 %2 %3").arg(edge.sourceRef, edge.type, edge.targetRef);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestValidationConformance : public QObject {
    Q_OBJECT

    QJsonArray m_verdicts;

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList files = BackstageOracle::corpusFiles();
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no corpus in %1").arg(corpusDir)));
        QString error;
        m_verdicts = BackstageOracle::verdicts(files, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Guards the corpus itself: it must exercise both verdicts, and the folders must mean what they say.
    void corpusMatchesFolders_data()
    {
        QTest::addColumn<QJsonObject>("verdict");
        for (const QJsonValue& value : std::as_const(m_verdicts)) {
            const QJsonObject verdict = value.toObject();
            const QString file = QDir(corpusDir).relativeFilePath(verdict.value(QLatin1String("file")).toString());
            if (file.startsWith(QLatin1String("valid/")) || file.startsWith(QLatin1String("invalid/"))) {
                QTest::addRow("%s#%d", qPrintable(file), verdict.value(QLatin1String("document")).toInt()) << verdict;
            }
        }
    }

    void corpusMatchesFolders()
    {
        QFETCH(QJsonObject, verdict);
        const QString file = QDir(corpusDir).relativeFilePath(verdict.value(QLatin1String("file")).toString());
        QVERIFY2(!verdict.contains(QLatin1String("yamlError")),
                 qPrintable(verdict.value(QLatin1String("yamlError")).toString()));
        QVERIFY2(!verdict.value(QLatin1String("notEntity")).toBool(), "not a mapping");
        QVERIFY(verdict.value(QLatin1String("jsonSafe")).toBool());
        const bool expectValid = file.startsWith(QLatin1String("valid/"));
        QVERIFY2(verdict.value(QLatin1String("valid")).toBool() == expectValid,
                 qPrintable(QStringLiteral("Backstage says %1: %2")
                                .arg(expectValid ? QStringLiteral("invalid") : QStringLiteral("valid"),
                                     verdict.value(QLatin1String("message")).toString())));
    }

    void corpusIsLarge()
    {
        int valid = 0;
        int invalid = 0;
        for (const QJsonValue& value : std::as_const(m_verdicts)) {
            if (value.toObject().contains(QLatin1String("valid")))
                ++(value.toObject().value(QLatin1String("valid")).toBool() ? valid : invalid);
        }
        QVERIFY2(valid >= 50, qPrintable(QString::number(valid)));
        QVERIFY2(invalid >= 200, qPrintable(QString::number(invalid)));
    }

    // Thousands of seeded random mutations of valid entities (tests/node/random-entities.js): the same documents
    // every run, far more combinations than the hand-written corpus.
    void randomEntities()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QByteArray documents = BackstageOracle::runNodeScript(
            QStringLiteral("random-entities.js"), { QStringLiteral("20251126"), QStringLiteral("3000") }, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile file(dir.filePath(QStringLiteral("random.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(documents) == documents.size());
        file.close();
        const QJsonArray verdicts = BackstageOracle::verdicts({ file.fileName() }, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        int compared = 0;
        int valid = 0;
        QStringList disagreements;
        for (const QJsonValue& value : verdicts) {
            const QJsonObject verdict = value.toObject();
            if (!verdict.contains(QLatin1String("valid")) || !verdict.value(QLatin1String("jsonSafe")).toBool())
                continue;
            ++compared;
            const bool theirs = verdict.value(QLatin1String("valid")).toBool();
            valid += theirs;
            const QJsonObject entity = verdict.value(QLatin1String("entity")).toObject();
            const ValidationIssues issues = validateEntityAndReferences(entity);
            if (issues.isEmpty() != theirs) {
                disagreements << QStringLiteral("#%1 Backstage %2 (%3), Atrium %4: %5")
                                     .arg(verdict.value(QLatin1String("document")).toInt())
                                     .arg(theirs ? QStringLiteral("valid") : QStringLiteral("invalid"),
                                          verdict.value(QLatin1String("message")).toString().left(160),
                                          issues.isEmpty() ? QStringLiteral("valid") : issues.first().message,
                                          QString::fromUtf8(QJsonDocument(entity).toJson(QJsonDocument::Compact)));
            }
        }
        QVERIFY2(compared >= 2900 && valid >= 200 && compared - valid >= 1000,
                 qPrintable(QStringLiteral("%1 documents, %2 valid").arg(compared).arg(valid)));
        QVERIFY2(
            disagreements.isEmpty(),
            qPrintable(QStringLiteral("%1 of %2 random documents differ:\n").arg(disagreements.size()).arg(compared)
                       + disagreements.join(QLatin1Char('\n'))));
    }

    // Seeded random URL-like strings against Node's own `new URL()` (tests/node/random-urls.js).
    void randomUrls()
    {
        QString error;
        const QByteArray printed = BackstageOracle::runNodeScript(
            QStringLiteral("random-urls.js"), { QStringLiteral("20251126"), QStringLiteral("20000") }, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray urls = QJsonDocument::fromJson(printed).array();
        QCOMPARE(urls.size(), 20000);
        QStringList disagreements;
        int valid = 0;
        for (const QJsonValue& value : urls) {
            const QString url = value.toObject().value(QLatin1String("url")).toString();
            const bool theirs = value.toObject().value(QLatin1String("valid")).toBool();
            valid += theirs;
            if (ValidationRules::isValidUrl(url) != theirs) {
                disagreements << QStringLiteral("%1 (Node: %2)")
                                     .arg(QString::fromUtf8(
                                              QJsonDocument(QJsonArray { url }).toJson(QJsonDocument::Compact)),
                                          theirs ? QStringLiteral("valid") : QStringLiteral("invalid"));
            }
        }
        QVERIFY(valid > 5000 && valid < 15000);
        QVERIFY2(disagreements.isEmpty(),
                 qPrintable(QStringLiteral("%1 URLs differ:\n").arg(disagreements.size())
                            + disagreements.join(QLatin1Char('\n'))));
    }

    void verdicts_data()
    {
        QTest::addColumn<QJsonObject>("verdict");
        for (const QJsonValue& value : std::as_const(m_verdicts)) {
            const QJsonObject verdict = value.toObject();
            // YAML errors and non-mappings are the reader's business; values JSON cannot carry (.inf, .nan)
            // would not reach us as Node saw them.
            if (!verdict.contains(QLatin1String("valid")) || !verdict.value(QLatin1String("jsonSafe")).toBool())
                continue;
            const QString file = QDir(corpusDir).relativeFilePath(verdict.value(QLatin1String("file")).toString());
            QTest::addRow("%s#%d", qPrintable(file), verdict.value(QLatin1String("document")).toInt()) << verdict;
        }
    }

    void verdicts()
    {
        QFETCH(QJsonObject, verdict);
        const QJsonObject entity = verdict.value(QLatin1String("entity")).toObject();
        const ValidationIssues issues = validateEntity(entity);
        const EmittedRelations relations = issues.isEmpty() ? emitBuiltinRelations(entity) : EmittedRelations {};
        const bool ours = issues.isEmpty() && relations.issues.isEmpty();
        const bool theirs = verdict.value(QLatin1String("valid")).toBool();
        const QString stage = verdict.value(QLatin1String("stage")).toString();
        const QString context
            = QStringLiteral("\nBackstage: %1%2\nAtrium:\n%3%4\nentity: %5")
                  .arg(theirs ? QStringLiteral("valid") : QStringLiteral("invalid at ") + stage,
                       theirs ? QString() : QStringLiteral(": ") + verdict.value(QLatin1String("message")).toString(),
                       ours ? QStringLiteral("  valid") : describeIssues(issues), describeIssues(relations.issues),
                       QString::fromUtf8(QJsonDocument(entity).toJson(QJsonDocument::Compact)));
        QVERIFY2(ours == theirs, qPrintable(QStringLiteral("verdicts differ") + context));
        QCOMPARE(validateEntityAndReferences(entity).isEmpty(), theirs);
        if (!theirs) {
            // Failing in the same step: a bad reference is found while emitting relations, not by the schemas.
            QVERIFY2((stage == QLatin1String("relations")) == (issues.isEmpty() && !relations.issues.isEmpty()),
                     qPrintable(QStringLiteral("failed in a different step") + context));
            return;
        }
        QList<RelationEdge> expected;
        for (const QJsonValue& value : verdict.value(QLatin1String("relations")).toArray()) {
            const QJsonObject edge = value.toObject();
            expected.append(RelationEdge { edge.value(QLatin1String("source")).toString(),
                                           edge.value(QLatin1String("type")).toString(),
                                           edge.value(QLatin1String("target")).toString() });
        }
        QVERIFY2(relations.edges == expected,
                 qPrintable(QStringLiteral("relations differ\nBackstage:\n%1\nAtrium:\n%2")
                                .arg(describeEdges(expected), describeEdges(relations.edges))));
    }
};

QTEST_GUILESS_MAIN(TestValidationConformance)
#include "tst_validationconformance.moc"

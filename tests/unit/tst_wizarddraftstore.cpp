// Wizard drafts: one per template, written whole or not at all, never with a secret, never fatal when damaged.

#include "scaffolder/wizarddraftstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

WizardDraft draftFor(const QString& ref, int page = 1)
{
    WizardDraft draft;
    draft.templateRef = ref;
    draft.answers = QJsonObject { { u"name"_s, u"ride-events"_s }, { u"partitions"_s, 12 } };
    draft.page = page;
    draft.targetDirectory = u"/home/jane/src/topics"_s;
    return draft;
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWizardDraftStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wizardDraftDefaultDirectoryIsAppData()
    {
        QCOMPARE(WizardDraftStore().directory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s);
    }

    void wizardDraftSaveAndLoad_data()
    {
        QTest::addColumn<QString>("templateRef");
        QTest::newRow("plain") << u"template:default/kafka-topic"_s;
        QTest::newRow("slashes and dots") << u"template:../../etc/passwd"_s;
        QTest::newRow("unicode and spaces") << u"template:équipe/sérvice neuf"_s;
        QTest::newRow("very long") << QString(u"template:default/"_s + QString(600, u'x'));
    }
    void wizardDraftSaveAndLoad()
    {
        QFETCH(QString, templateRef);
        QTemporaryDir dir;
        const WizardDraftStore store(dir.filePath(u"drafts"_s));
        QVERIFY(!store.load(templateRef)); // nothing yet, and no folder either
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QString error;
        QVERIFY2(store.save(draftFor(templateRef), {}, &error), qPrintable(error));
        const std::optional<WizardDraft> loaded = store.load(templateRef, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->templateRef, templateRef);
        QCOMPARE(loaded->answers, draftFor(templateRef).answers);
        QCOMPARE(loaded->page, 1);
        QCOMPARE(loaded->targetDirectory, u"/home/jane/src/topics"_s);
        QVERIFY(loaded->savedAt >= before && loaded->savedAt <= QDateTime::currentDateTimeUtc());
        // One file, inside the folder, with a safe name.
        const QStringList entries = QDir(store.directory()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(entries, QStringList { WizardDraftStore::fileName(templateRef) });
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}\\.json$"_s).match(entries.first()).hasMatch());
    }

    void wizardDraftSaveReplacesAndRemoveDeletes()
    {
        QTemporaryDir dir;
        const WizardDraftStore store(dir.path());
        QVERIFY(store.save(draftFor(u"template:default/a"_s, 1)));
        QVERIFY(store.save(draftFor(u"template:default/a"_s, 3)));
        QCOMPARE(store.load(u"template:default/a"_s)->page, 3);
        QCOMPARE(store.all().size(), 1);
        QVERIFY(store.remove(u"template:default/a"_s));
        QVERIFY(!store.load(u"template:default/a"_s));
        QVERIFY(store.remove(u"template:default/a"_s)); // nothing left is fine
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void wizardDraftAllIsNewestFirst()
    {
        QTemporaryDir dir;
        const WizardDraftStore store(dir.path());
        QVERIFY(store.save(draftFor(u"template:default/first"_s)));
        QTest::qWait(5);
        QVERIFY(store.save(draftFor(u"template:default/second"_s)));
        QTest::qWait(5);
        QVERIFY(store.save(draftFor(u"template:default/third"_s)));
        QTest::qWait(5);
        QVERIFY(store.save(draftFor(u"template:default/first"_s))); // touched again
        QStringList errors;
        QStringList refs;
        for (const WizardDraft& draft : store.all(&errors))
            refs.append(draft.templateRef);
        QCOMPARE(
            refs,
            (QStringList { u"template:default/first"_s, u"template:default/third"_s, u"template:default/second"_s }));
        QVERIFY(errors.isEmpty());
    }

    void wizardDraftSecretsAreNeverWritten_data()
    {
        QTest::addColumn<QStringList>("secretFields");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("top level and nested")
            << QStringList { u"token"_s, u"database.password"_s, u"dotted.key"_s }
            << QJsonObject { { u"name"_s, u"svc"_s }, { u"database"_s, QJsonObject { { u"user"_s, u"app"_s } } } };
        QTest::newRow("missing paths are fine")
            << QStringList { u"token"_s, u"database.password"_s, u"dotted.key"_s, u"nothing.here"_s, u"name.x"_s }
            << QJsonObject { { u"name"_s, u"svc"_s }, { u"database"_s, QJsonObject { { u"user"_s, u"app"_s } } } };
    }
    void wizardDraftSecretsAreNeverWritten()
    {
        QFETCH(QStringList, secretFields);
        QFETCH(QJsonObject, expected);
        QTemporaryDir dir;
        const WizardDraftStore store(dir.path());
        WizardDraft draft = draftFor(u"template:default/db"_s);
        draft.answers = QJsonObject {
            { u"name"_s, u"svc"_s },
            { u"token"_s, u"s3cr3t-token"_s },
            { u"database"_s, QJsonObject { { u"user"_s, u"app"_s }, { u"password"_s, u"hunter2"_s } } },
            { u"dotted.key"_s, u"s3cr3t-dotted"_s },
        };
        QVERIFY(store.save(draft, secretFields));
        const QByteArray onDisk = contentOf(QDir(dir.path()).filePath(WizardDraftStore::fileName(draft.templateRef)));
        QVERIFY(!onDisk.isEmpty());
        QVERIFY(!onDisk.contains("s3cr3t"));
        QVERIFY(!onDisk.contains("hunter2"));
        QCOMPARE(store.load(draft.templateRef)->answers, expected);
    }

    void wizardDraftInterruptedWriterLeavesTheOldDraft()
    {
        QTemporaryDir dir;
        const WizardDraftStore store(dir.path());
        const QString ref = u"template:default/kafka-topic"_s;
        QVERIFY(store.save(draftFor(ref, 2)));
        const QString path = QDir(dir.path()).filePath(WizardDraftStore::fileName(ref));
        {
            // A writer that dies before commit(): QSaveFile discards its temporary file, the draft is untouched.
            QSaveFile dying(path);
            QVERIFY(dying.open(QIODevice::WriteOnly));
            dying.write("{\"version\": 1, \"templateRef\": \"template:default/kafka-topic\", \"ans");
        }
        // A process killed outright leaves its temporary file behind, next to the draft.
        const QByteArray half = contentOf(path).left(40);
        for (const QString& leftover : { QString(path + u".XaB3kQ"_s), QString(path + u".tmp"_s),
                                         QDir(dir.path()).filePath(u"qt_temp.Xyz123"_s) }) {
            QFile file(leftover);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(half);
        }
        QString error;
        const std::optional<WizardDraft> loaded = store.load(ref, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->page, 2);
        QStringList errors;
        QCOMPARE(store.all(&errors).size(), 1);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void wizardDraftCorruptFileIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason"); // a part of the error
        QTest::newRow("half written") << QByteArray("{\"version\": 1, \"templateRef\": \"templ") << u"not valid JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("binary junk") << QByteArray("\0\xff\xfe garbage", 12) << u"not valid JSON"_s;
        QTest::newRow("an array") << QByteArray("[1, 2]") << u"format version"_s;
        QTest::newRow("a future format") << QByteArray("{\"version\": 99}") << u"format version"_s;
        QTest::newRow("no answers") << QByteArray(
            "{\"version\": 1, \"templateRef\": \"template:default/x\", \"savedAt\": "
            "\"2026-11-26T10:00:00.000Z\"}")
                                    << u"answers"_s;
    }
    void wizardDraftCorruptFileIsIgnored()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const WizardDraftStore store(dir.path());
        QVERIFY(store.save(draftFor(u"template:default/good"_s)));
        const QString ref = u"template:default/x"_s;
        QFile file(QDir(dir.path()).filePath(WizardDraftStore::fileName(ref)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        QString error;
        QVERIFY(!store.load(ref, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(error.contains(WizardDraftStore::fileName(ref)));
        QStringList errors;
        const QList<WizardDraft> drafts = store.all(&errors);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().templateRef, u"template:default/good"_s);
        QCOMPARE(errors.size(), 1);
        // Saving over a damaged draft repairs it.
        QVERIFY(store.save(draftFor(ref)));
        QVERIFY(store.load(ref));
    }

    void wizardDraftOfAnotherTemplateUnderTheName()
    {
        QTemporaryDir dir;
        const WizardDraftStore store(dir.path());
        QVERIFY(store.save(draftFor(u"template:default/a"_s)));
        QVERIFY(QFile::rename(QDir(dir.path()).filePath(WizardDraftStore::fileName(u"template:default/a"_s)),
                              QDir(dir.path()).filePath(WizardDraftStore::fileName(u"template:default/b"_s))));
        QString error;
        QVERIFY(!store.load(u"template:default/b"_s, &error));
        QVERIFY2(error.contains(u"belongs to template:default/a"_s), qPrintable(error));
    }

    void wizardDraftUnwritableFolderIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"drafts"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        const WizardDraftStore store(dir.filePath(u"drafts"_s));
        QString error;
        QVERIFY(!store.save(draftFor(u"template:default/a"_s), {}, &error));
        QVERIFY(!error.isEmpty());
        WizardDraft noRef = draftFor(QString());
        QVERIFY(!WizardDraftStore(dir.path()).save(noRef, {}, &error));
    }
};

QTEST_GUILESS_MAIN(TestWizardDraftStore)
#include "tst_wizarddraftstore.moc"

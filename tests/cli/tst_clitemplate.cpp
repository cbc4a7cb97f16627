#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `atrium-cli template render` run as a user would: the real binary on tests/data/cli/templates.
class TestCliTemplate : public QObject {
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QString fixtures() { return QStringLiteral(ATRIUM_TEST_DATA_DIR "/cli/templates"); }

    static Result run(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        process.setWorkingDirectory(fixtures());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ATRIUM_CLI_PATH), QStringList { QStringLiteral("template") } + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    static QJsonObject dryRunJson(const QStringList& arguments, const QByteArray& input = {})
    {
        const Result result
            = run(QStringList { QStringLiteral("render"), QStringLiteral("web-app/template.yaml"),
                                QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json") }
                      + arguments,
                  input);
        if (result.exitCode != 0)
            qWarning("exit %d: %s", result.exitCode, qPrintable(result.err));
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    static QString readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("<missing>");
    }

private Q_SLOTS:
    void dryRunJson()
    {
        const QJsonObject result = dryRunJson({ QStringLiteral("--set"), QStringLiteral("name=shop") });
        const QJsonArray files = result.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 3);
        // In path order; the binary file as base64, the script with its executable bit.
        QCOMPARE(files.at(0)[QLatin1String("path")].toString(), QStringLiteral("bin/start.sh"));
        QCOMPARE(files.at(0)[QLatin1String("executable")].toBool(), true);
        QCOMPARE(files.at(0)[QLatin1String("content")].toString(),
                 QStringLiteral("#!/bin/sh\nexec shop --port 8080\n"));
        QCOMPARE(files.at(1)[QLatin1String("path")].toString(), QStringLiteral("icon.png"));
        QVERIFY(!files.at(1).toObject().contains(QLatin1String("content")));
        QCOMPARE(QByteArray::fromBase64(files.at(1)[QLatin1String("contentBase64")].toString().toLatin1()),
                 QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe", 18));
        QCOMPARE(files.at(2)[QLatin1String("path")].toString(), QStringLiteral("shop.yaml"));
        QCOMPARE(files.at(2)[QLatin1String("content")].toString(),
                 QStringLiteral("name: shop\nport: 8081\nversion: \"1.0\"\n"));
        const QJsonObject output = result.value(QLatin1String("output")).toObject();
        QCOMPARE(output[QLatin1String("links")].toArray().at(0)[QLatin1String("url")].toString(),
                 QStringLiteral("http://localhost:8080"));
        QCOMPARE(output[QLatin1String("links")].toArray().at(0)[QLatin1String("title")].toString(),
                 QStringLiteral("Open shop"));
        QVERIFY(!result.value(QLatin1String("log")).toArray().isEmpty());
    }

    void valuesFromFilesAndStandardInput()
    {
        QTemporaryDir dir;
        const QString valuesFile = dir.filePath(QStringLiteral("values.yaml"));
        QFile file(valuesFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name: from-file\nport: 9000\n");
        file.close();
        QJsonObject result = dryRunJson({ QStringLiteral("--values"), valuesFile });
        QCOMPARE(result[QLatin1String("files")].toArray().at(1)[QLatin1String("path")].toString(),
                 QStringLiteral("from-file.yaml"));

        // JSON on standard input, and --set wins over the file; "2.0" stays a string because the field is one.
        result = dryRunJson(
            { QStringLiteral("--values"), QStringLiteral("-"), QStringLiteral("--set"), QStringLiteral("version=2.0") },
            "{\"name\": \"piped\", \"port\": 1234}");
        QCOMPARE(result[QLatin1String("files")].toArray().at(2)[QLatin1String("content")].toString(),
                 QStringLiteral("name: piped\nport: 1235\nversion: \"2.0\"\n"));
    }

    void invalidAnswersAreNamedPerField()
    {
        const Result result = run({ QStringLiteral("render"), QStringLiteral("web-app/template.yaml"),
                                    QStringLiteral("--dry-run"), QStringLiteral("--set"), QStringLiteral("name=Bad"),
                                    QStringLiteral("--set"), QStringLiteral("port=80") });
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QString());
        const QStringList errors = result.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).startsWith(QLatin1String("name: ")), qPrintable(result.err));
        QVERIFY2(errors.at(1).startsWith(QLatin1String("port: ")), qPrintable(result.err));

        const Result missing
            = run({ QStringLiteral("render"), QStringLiteral("web-app/template.yaml"), QStringLiteral("--dry-run") });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.startsWith(QLatin1String("name: ")), qPrintable(missing.err));
    }

    void templateErrorsInBackstagesWords()
    {
        const Result result
            = run({ QStringLiteral("render"), QStringLiteral("broken/template.yaml"), QStringLiteral("--dry-run") });
        QCOMPARE(result.exitCode, 1);
        // Backstage's renderer (nunjitsu) reports an unclosed block at the tag that opened it.
        QVERIFY2(result.err.contains(QLatin1String("Template error at line 2, column 1: Missing endfor tag")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("(skeleton/README.md)")), qPrintable(result.err));

        QTemporaryDir out;
        const Result write = run(
            { QStringLiteral("render"), QStringLiteral("broken/template.yaml"), QStringLiteral("--out"), out.path() });
        QCOMPARE(write.exitCode, 1);
        QVERIFY(QDir(out.path()).isEmpty());
    }

    void writesIntoAFolderWithAConflictPolicy()
    {
        QTemporaryDir out;
        const QStringList render { QStringLiteral("render"), QStringLiteral("web-app/template.yaml"),
                                   QStringLiteral("--set"),  QStringLiteral("name=shop"),
                                   QStringLiteral("--out"),  out.path() };
        Result result = run(render);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(readFile(out.filePath(QStringLiteral("shop.yaml"))),
                 QStringLiteral("name: shop\nport: 8081\nversion: \"1.0\"\n"));
        QVERIFY(QFileInfo(out.filePath(QStringLiteral("bin/start.sh"))).isExecutable());

        // The default policy writes nothing when a file exists, and says which.
        QFile edited(out.filePath(QStringLiteral("shop.yaml")));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write("mine\n");
        edited.close();
        QFile::remove(out.filePath(QStringLiteral("icon.png")));
        result = run(render);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("shop.yaml")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("icon.png"))));

        result = run(render + QStringList { QStringLiteral("--on-conflict"), QStringLiteral("skip") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(readFile(out.filePath(QStringLiteral("shop.yaml"))), QStringLiteral("mine\n"));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("icon.png"))));

        result = run(render + QStringList { QStringLiteral("--on-conflict"), QStringLiteral("overwrite") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(readFile(out.filePath(QStringLiteral("shop.yaml"))),
                 QStringLiteral("name: shop\nport: 8081\nversion: \"1.0\"\n"));
    }

    void templateByNameInAWorkspace()
    {
        const Result result
            = run({ QStringLiteral("render"), QStringLiteral("web-app"), QStringLiteral("--workspace"), fixtures(),
                    QStringLiteral("--set"), QStringLiteral("name=x"), QStringLiteral("--dry-run") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("x.yaml")), qPrintable(result.out));
        QCOMPARE(run({ QStringLiteral("render"), QStringLiteral("template:default/nope"), QStringLiteral("--workspace"),
                       fixtures(), QStringLiteral("--dry-run") })
                     .exitCode,
                 2);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no template") << QStringList { QStringLiteral("render"), QStringLiteral("--dry-run") };
        QTest::newRow("neither --out nor --dry-run")
            << QStringList { QStringLiteral("render"), QStringLiteral("web-app/template.yaml") };
        QTest::newRow("unknown policy") << QStringList { QStringLiteral("render"),
                                                         QStringLiteral("web-app/template.yaml"),
                                                         QStringLiteral("--dry-run"), QStringLiteral("--on-conflict"),
                                                         QStringLiteral("merge") };
        QTest::newRow("bad --set") << QStringList { QStringLiteral("render"), QStringLiteral("web-app/template.yaml"),
                                                    QStringLiteral("--dry-run"), QStringLiteral("--set"),
                                                    QStringLiteral("novalue") };
        QTest::newRow("missing values file")
            << QStringList { QStringLiteral("render"), QStringLiteral("web-app/template.yaml"),
                             QStringLiteral("--dry-run"), QStringLiteral("--values"), QStringLiteral("nope.yaml") };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.startsWith(QLatin1String("atrium-cli: ")));
    }
};

QTEST_GUILESS_MAIN(TestCliTemplate)
#include "tst_clitemplate.moc"

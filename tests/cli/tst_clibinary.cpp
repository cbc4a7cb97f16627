#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// The atrium-cli executable itself: help, version, command errors, and that it stays headless.
class TestCliBinary : public QObject {
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result run(const QStringList& arguments)
    {
        QProcess process;
        // Messages are compared in English, whatever the developer's locale is.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ATRIUM_CLI_PATH), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

private Q_SLOTS:
    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("top level") << QStringList { QStringLiteral("--help") }
                                   << QStringList { QStringLiteral("Usage: atrium-cli COMMAND"),
                                                    QStringLiteral("catalog lint"), QStringLiteral("catalog list") };
        QTest::newRow("catalog") << QStringList { QStringLiteral("catalog"), QStringLiteral("--help") }
                                 << QStringList { QStringLiteral("Usage: atrium-cli catalog SUBCOMMAND"),
                                                  QStringLiteral("lint"), QStringLiteral("list") };
        QTest::newRow("catalog lint")
            << QStringList { QStringLiteral("catalog"), QStringLiteral("lint"), QStringLiteral("--help") }
            << QStringList { QStringLiteral("Usage: atrium-cli catalog lint [options] PATH..."),
                             QStringLiteral("--format <FORMAT>"), QStringLiteral("--cache <DIR>"),
                             QStringLiteral("--version") };
        QTest::newRow("catalog list")
            << QStringList { QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("-h") }
            << QStringList { QStringLiteral("Usage: atrium-cli catalog list [options] PATH..."),
                             QStringLiteral("--format <FORMAT>"),
                             QStringLiteral("--query <TEXT>"),
                             QStringLiteral("--kind <K>"),
                             QStringLiteral("--owner <REF>"),
                             QStringLiteral("--cache <DIR>") };
    }
    void help()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        for (const QString& text : std::as_const(expected))
            QVERIFY2(result.out.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + result.out));
        // The help names the command, not the path the binary happens to be at.
        QVERIFY2(!result.out.contains(QStringLiteral(ATRIUM_CLI_PATH)), qPrintable(result.out));
    }

    void version_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("top level") << QStringList { QStringLiteral("--version") };
        QTest::newRow("catalog") << QStringList { QStringLiteral("catalog"), QStringLiteral("--version") };
        QTest::newRow("catalog lint") << QStringList { QStringLiteral("catalog"), QStringLiteral("lint"),
                                                       QStringLiteral("--version") };
        QTest::newRow("catalog list") << QStringList { QStringLiteral("catalog"), QStringLiteral("list"),
                                                       QStringLiteral("--version") };
    }
    void version()
    {
        QFETCH(QStringList, arguments);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("atrium-cli " ATRIUM_VERSION "\n"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList {} << "Usage: atrium-cli COMMAND";
        QTest::newRow("unknown command") << QStringList { QStringLiteral("catalgo") } << "unknown command \"catalgo\"";
        QTest::newRow("no subcommand") << QStringList { QStringLiteral("catalog") } << "Usage: atrium-cli catalog";
        QTest::newRow("unknown subcommand")
            << QStringList { QStringLiteral("catalog"), QStringLiteral("lnt") } << "unknown catalog subcommand \"lnt\"";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    // atrium-cli must run on servers and in CI without a display stack: it may not link QtGui or QtWidgets.
    void doesNotLinkGui()
    {
        const QString objdump = QStandardPaths::findExecutable(QStringLiteral("objdump"));
        QVERIFY2(!objdump.isEmpty(), "objdump (binutils) is needed to read the binary's DT_NEEDED entries");
        QProcess process;
        process.start(objdump, { QStringLiteral("-p"), QStringLiteral(ATRIUM_CLI_PATH) });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QStringList needed;
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            const QStringList fields = line.simplified().split(QLatin1Char(' '));
            if (fields.size() == 2 && fields.first() == QLatin1String("NEEDED"))
                needed.append(fields.last());
        }
        // Sanity check that the parsing worked at all, so the test can fail for the right reason.
        QVERIFY2(needed.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(needed.join(QLatin1Char(' '))));
        for (const QString& library : std::as_const(needed)) {
            QVERIFY2(!library.startsWith(QLatin1String("libQt6Gui")), qPrintable(library));
            QVERIFY2(!library.startsWith(QLatin1String("libQt6Widgets")), qPrintable(library));
            QVERIFY2(!library.startsWith(QLatin1String("libGL")), qPrintable(library));
        }
    }

    // Nor may a library it links pull them in.
    void doesNotLoadGuiIndirectly()
    {
        const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
        QVERIFY2(!ldd.isEmpty(), "ldd is needed to list the libraries the binary loads");
        QProcess process;
        process.start(ldd, { QStringLiteral(ATRIUM_CLI_PATH) });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(output.contains(QLatin1String("libQt6Core.so.6")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("libQt6Gui")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("libQt6Widgets")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestCliBinary)
#include "tst_clibinary.moc"

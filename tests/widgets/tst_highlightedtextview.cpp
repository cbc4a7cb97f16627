#include "highlighting/commandlinebackend.h"
#include "highlighting/commandlinehighlighter.h"
#include "highlighting/commandlinehighlightjob.h"
#include "highlighting/highlightedtextview.h"
#include "highlighting/syntaxdetection.h"
#include "highlighting/syntaxhighlightingbackend.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Atrium;
using namespace std::chrono_literals;

namespace {
constexpr int toolTimeoutMs = 15000;

const QString catalogInfo = QStringLiteral("apiVersion: backstage.io/v1alpha1\n"
                                           "kind: Component\n"
                                           "metadata:\n"
                                           "  name: payments # the one that takes money\n"
                                           "spec:\n"
                                           "  type: service\n");

/// The colour laid over `length` characters at `column` of `line`, or an invalid colour where there is none.
QColor foregroundAt(const QTextDocument* document, int line, int column, int length)
{
    const QTextBlock block = document->findBlockByNumber(line);
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (range.start == column && range.length == length && range.format.hasProperty(QTextFormat::ForegroundBrush))
            return range.format.foreground().color();
    }
    return {};
}

int formattedBlocks(const QTextDocument* document)
{
    int count = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        count += block.layout()->formats().isEmpty() ? 0 : 1;
    return count;
}

/// The pid the wrapper wrote to @p pidFile; 0 until it is there whole (the shell creates the file, then writes).
qint64 pidIn(const QString& pidFile)
{
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = file.readAll();
    return text.endsWith('\n') ? text.trimmed().toLongLong() : 0;
}

bool processExists(qint64 pid)
{
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}
} // namespace

/// The highlighted file view on each engine this machine has: the real command-line tool (kate-syntax-highlighter on
/// Debian 12, ksyntaxhighlighter6 elsewhere), plain text, and in-process KSyntaxHighlighting where this build has it.
class TestHighlightedTextView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The application-wide backend of this process is the plain one; every other test names its engine.
        qputenv("ATRIUM_HIGHLIGHTER", "none");
        m_program = CommandLineHighlighter::findProgram();
        QVERIFY2(!m_program.isEmpty(),
                 "neither ksyntaxhighlighter6 nor kate-syntax-highlighter is on PATH; "
                 "scripts/setup installs libkf5syntaxhighlighting-tools");
        QVERIFY(m_scripts.isValid());
    }

    // The command line we build, run by hand: the tool accepts it and colours a YAML key.
    void toolWritesColouredSpans()
    {
        QProcess tool;
        tool.start(
            m_program,
            CommandLineHighlighter::arguments(m_program, QStringLiteral("YAML"), QStringLiteral("Breeze Light")));
        tool.write(catalogInfo.toUtf8());
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished(toolTimeoutMs));
        QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
        QCOMPARE(tool.exitCode(), 0);
        const QString html = QString::fromUtf8(tool.readAllStandardOutput());
        static const QRegularExpression keySpan(
            QStringLiteral("<span style=\"color:#[0-9a-f]{6};[^\"]*\">apiVersion</span>"));
        QVERIFY2(keySpan.match(html).hasMatch(), qPrintable(html));
    }

    void toolKnowsEveryDetectedDefinitionAndTheme()
    {
        const QStringList definitions = runTool({ QStringLiteral("--list") });
        for (const QString& name : SyntaxDetection::knownDefinitions())
            QVERIFY2(definitions.contains(name), qPrintable(name + QStringLiteral(" is not a definition of the tool")));
        const QStringList themes = runTool({ QStringLiteral("--list-themes") });
        QVERIFY(themes.contains(QStringLiteral("Breeze Light")));
        QVERIFY(themes.contains(QStringLiteral("Breeze Dark")));
    }

    void jobColoursYaml()
    {
        CommandLineHighlighter highlighter(m_program);
        const QByteArray key = CommandLineHighlighter::cacheKey(catalogInfo, u"YAML", u"Breeze Light");
        QObject owner;
        CommandLineHighlightJob* job
            = highlighter.createJob(key, catalogInfo, QStringLiteral("YAML"), QStringLiteral("Breeze Light"), &owner);
        QSignalSpy done(job, &CommandLineHighlightJob::done);
        QSignalSpy failed(job, &CommandLineHighlightJob::failed);
        job->start();
        QTRY_COMPARE_WITH_TIMEOUT(done.count() + failed.count(), 1, toolTimeoutMs);
        QCOMPARE(done.count(), 1);
        const auto result = done.first().first().value<HighlightedText>();
        QCOMPARE(result.lines.size(), 6);
        const HighlightedText::Run key0 = result.lines.at(0).first();
        QCOMPARE(key0.start, 0);
        QCOMPARE(key0.length, int(qstrlen("apiVersion")));
        QVERIFY(result.styles.at(key0.style).foreground.isValid());
        QVERIFY(result.styles.at(key0.style).bold);
        QCOMPARE(highlighter.processesStarted(), 1);
        QVERIFY(highlighter.cached(key));
    }

    void unknownDefinitionFails()
    {
        CommandLineHighlighter highlighter(m_program);
        QObject owner;
        CommandLineHighlightJob* job = highlighter.createJob({}, catalogInfo, QStringLiteral("No Such Syntax"),
                                                             QStringLiteral("Breeze Light"), &owner);
        QSignalSpy failed(job, &CommandLineHighlightJob::failed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("exited with code 1: Unknown syntax")));
        job->start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, toolTimeoutMs);
    }

    void viewShowsTextAtOnceThenColours()
    {
        CommandLineBackend backend(m_program);
        HighlightedTextView view(backend);
        QSignalSpy finished(&view, &HighlightedTextView::highlightingFinished);
        view.setText(catalogInfo, QStringLiteral("services/payments/catalog-info.yaml"));
        QCOMPARE(view.toPlainText(), catalogInfo);
        QCOMPARE(view.definition(), QStringLiteral("YAML"));
        QVERIFY(view.isReadOnly());
        // What the platform calls its fixed-width font (offscreen has no real fonts to check the pitch of).
        QCOMPARE(view.font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, toolTimeoutMs);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(view.isHighlighted());
        QCOMPARE(view.toPlainText(), catalogInfo); // colours only: the text is untouched
        QVERIFY(foregroundAt(view.document(), 0, 0, 10).isValid()); // apiVersion
        QVERIFY(foregroundAt(view.document(), 3, 2, 4).isValid()); // name
        QCOMPARE(foregroundAt(view.document(), 0, 0, 10), foregroundAt(view.document(), 1, 0, 4)); // kind
    }

    void sameTextAgainComesFromTheCache()
    {
        CommandLineBackend backend(m_program);
        HighlightedTextView first(backend);
        QSignalSpy firstFinished(&first, &HighlightedTextView::highlightingFinished);
        first.setText(catalogInfo, QStringLiteral("catalog-info.yaml"));
        QTRY_COMPARE_WITH_TIMEOUT(firstFinished.count(), 1, toolTimeoutMs);
        QCOMPARE(backend.highlighter().processesStarted(), 1);

        // Another file, then the first again in a second view: colours at once, and no second process.
        first.setText(QStringLiteral("{\"a\": 1}\n"), QStringLiteral("other.json"));
        QTRY_COMPARE_WITH_TIMEOUT(firstFinished.count(), 2, toolTimeoutMs);
        QCOMPARE(backend.highlighter().processesStarted(), 2);

        HighlightedTextView second(backend);
        QSignalSpy secondFinished(&second, &HighlightedTextView::highlightingFinished);
        second.setText(catalogInfo, QStringLiteral("elsewhere/catalog-info.yaml"));
        QCOMPARE(secondFinished.count(), 1); // before setText returned
        QVERIFY(second.isHighlighted());
        QVERIFY(foregroundAt(second.document(), 0, 0, 10).isValid());
        first.setText(catalogInfo, QStringLiteral("catalog-info.yaml"));
        QCOMPARE(firstFinished.count(), 3);
        QCOMPARE(backend.highlighter().processesStarted(), 2);
    }

    // The user moves on while the tool still works on the previous file: its colours must never arrive.
    void staleResultIsNeverApplied()
    {
        const QString pidFile = m_scripts.filePath(QStringLiteral("slow.pid"));
        CommandLineBackend backend(slowWrapper(pidFile));
        HighlightedTextView view(backend);
        QSignalSpy finished(&view, &HighlightedTextView::highlightingFinished);

        view.setText(QStringLiteral("# SLOW\n") + catalogInfo, QStringLiteral("catalog-info.yaml"));
        QTRY_VERIFY_WITH_TIMEOUT(pidIn(pidFile) > 0, toolTimeoutMs);
        const qint64 slowPid = pidIn(pidFile);

        const QString json = QStringLiteral("{\n  \"kind\": \"Component\"\n}\n");
        view.setText(json, QStringLiteral("component.json"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, toolTimeoutMs);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(view.toPlainText(), json);
        QVERIFY(foregroundAt(view.document(), 1, 2, 6).isValid()); // "kind" with its quotes, coloured as JSON

        // The slow run was killed when the view moved on, not left to finish and be ignored.
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(slowPid), 5000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(view.toPlainText(), json);
        QCOMPARE(backend.highlighter().processesStarted(), 2);
    }

    void destroyingAJobKillsItsProcess()
    {
        const QString pidFile = m_scripts.filePath(QStringLiteral("destroyed.pid"));
        CommandLineHighlighter highlighter(slowWrapper(pidFile));
        auto* job = highlighter.createJob({}, QStringLiteral("SLOW\n"), QStringLiteral("YAML"),
                                          QStringLiteral("Breeze Light"), nullptr);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(pidIn(pidFile) > 0, toolTimeoutMs);
        const qint64 pid = pidIn(pidFile);
        QVERIFY(processExists(pid));
        delete job;
        QVERIFY(!processExists(pid));
    }

    void missingProgramIsNoEngine()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not an executable")));
        QCOMPARE(
            SyntaxHighlightingBackend::create(m_scripts.filePath(QStringLiteral("no/such/kate-syntax-highlighter")))
                ->kind(),
            SyntaxHighlightingBackend::Kind::Plain);
    }

    void brokenToolMeansPlainText_data()
    {
        QTest::addColumn<QByteArray>("script"); // empty: the program is not there at all
        QTest::addColumn<QString>("warning");
        QTest::addColumn<int>("timeoutMs");

        // A program that vanished after the backend was chosen.
        QTest::newRow("missing") << QByteArray() << "could not be started" << toolTimeoutMs;
        QTest::newRow("exit code") << QByteArray("echo 'out of cheese' >&2\nexit 3\n")
                                   << "exited with code 3: out of cheese" << toolTimeoutMs;
        QTest::newRow("crash") << QByteArray("kill -SEGV $$\n") << "crashed" << toolTimeoutMs;
        // HTML for another text (as a stale or broken tool might write) is refused, not laid over this one.
        QTest::newRow("other text") << QByteArray("cat > /dev/null\n"
                                                  "printf '<html><body><pre>\\n<span style=\"color:#ff0000;\">other"
                                                  "</span>\\n</pre></body></html>\\n'\n")
                                    << "not the text it was given" << toolTimeoutMs;
        QTest::newRow("hangs") << QByteArray("exec sleep 60\n") << "did not answer within 300 ms" << 300;
    }

    void brokenToolMeansPlainText()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, warning);
        QFETCH(int, timeoutMs);
        const QString folder = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        CommandLineBackend backend(script.isEmpty() ? m_scripts.filePath(folder + QStringLiteral("/nothing-here"))
                                                    : writeScript(folder, script));
        backend.highlighter().setTimeout(std::chrono::milliseconds(timeoutMs));
        HighlightedTextView view(backend);
        QSignalSpy finished(&view, &HighlightedTextView::highlightingFinished);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(warning));
        view.setText(catalogInfo, QStringLiteral("catalog-info.yaml"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, toolTimeoutMs);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!view.isHighlighted());
        QCOMPARE(view.toPlainText(), catalogInfo);
        QCOMPARE(formattedBlocks(view.document()), 0);
    }

    // ATRIUM_HIGHLIGHTER=none (set in initTestCase) gives plain text to every view that uses the application's backend.
    void plainWhenAskedFor()
    {
        QCOMPARE(SyntaxHighlightingBackend::instance().kind(), SyntaxHighlightingBackend::Kind::Plain);
        QCOMPARE(SyntaxHighlightingBackend::create(QStringLiteral("none"))->kind(),
                 SyntaxHighlightingBackend::Kind::Plain);
        HighlightedTextView view;
        QSignalSpy finished(&view, &HighlightedTextView::highlightingFinished);
        view.setText(catalogInfo, QStringLiteral("catalog-info.yaml"));
        QCOMPARE(view.toPlainText(), catalogInfo);
        QCOMPARE(view.definition(), QStringLiteral("YAML"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(formattedBlocks(view.document()), 0);
    }

    void automaticChoiceFindsAnEngine()
    {
#ifdef ATRIUM_HAVE_KSYNTAXHIGHLIGHTING
        const auto expected = SyntaxHighlightingBackend::Kind::InProcess;
#else
        const auto expected = SyntaxHighlightingBackend::Kind::CommandLine;
#endif
        QCOMPARE(SyntaxHighlightingBackend::create(QString())->kind(), expected);
        QCOMPARE(SyntaxHighlightingBackend::create(QFileInfo(m_program).fileName())->kind(),
                 SyntaxHighlightingBackend::Kind::CommandLine);
    }

    void unknownFileTypeStaysPlainWithoutAProcess()
    {
        CommandLineBackend backend(m_program);
        HighlightedTextView view(backend);
        QSignalSpy finished(&view, &HighlightedTextView::highlightingFinished);
        view.setText(QStringLiteral("just words\n"), QStringLiteral("notes.txt"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(backend.highlighter().processesStarted(), 0);
    }

    void bigFileStaysPlainWithoutAProcess()
    {
        CommandLineBackend backend(m_program);
        HighlightedTextView view(backend);
        QSignalSpy finished(&view, &HighlightedTextView::highlightingFinished);
        const QString line = QStringLiteral("key: value\n");
        const QString big = line.repeated(HighlightedTextView::maximumHighlightedLength / line.size() + 1);
        view.setText(big, QStringLiteral("huge.yaml"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(backend.highlighter().processesStarted(), 0);
        QCOMPARE(view.document()->blockCount(), big.count(u'\n') + 1);
    }

    void windowsLineEndingsAreColoured()
    {
        CommandLineBackend backend(m_program);
        HighlightedTextView view(backend);
        QSignalSpy finished(&view, &HighlightedTextView::highlightingFinished);
        QString crlf = catalogInfo;
        crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        view.setText(crlf, QStringLiteral("catalog-info.yaml"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, toolTimeoutMs);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(view.toPlainText(), catalogInfo);
        QVERIFY(foregroundAt(view.document(), 5, 2, 4).isValid()); // type
    }

    void darkPaletteGetsTheDarkTheme()
    {
        CommandLineBackend backend(m_program);
        HighlightedTextView view(backend);
        view.setPalette(lightPalette());
        QSignalSpy finished(&view, &HighlightedTextView::highlightingFinished);
        view.setText(catalogInfo, QStringLiteral("catalog-info.yaml"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, toolTimeoutMs);
        const QColor onLight = foregroundAt(view.document(), 0, 0, 10);

        view.setPalette(darkPalette());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, toolTimeoutMs);
        QCOMPARE(finished.last().first().toBool(), true);
        const QColor onDark = foregroundAt(view.document(), 0, 0, 10);
        QVERIFY(onDark.isValid());
        QVERIFY2(onDark != onLight, qPrintable(onDark.name()));
        QCOMPARE(onDark, expectedKeyColour(QStringLiteral("Breeze Dark")));
        QCOMPARE(backend.highlighter().processesStarted(), 2);

        // Back to light: the light colours are still cached. Another dark palette is no change of theme.
        view.setPalette(lightPalette());
        QCOMPARE(finished.count(), 3);
        QCOMPARE(foregroundAt(view.document(), 0, 0, 10), onLight);
        QPalette otherLight = lightPalette();
        otherLight.setColor(QPalette::Base, QColor(0xfa, 0xfa, 0xf0));
        view.setPalette(otherLight);
        QCOMPARE(finished.count(), 3);
        QCOMPARE(backend.highlighter().processesStarted(), 2);
    }

    void applicationPaletteChangeRecolours()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(lightPalette());
        CommandLineBackend backend(m_program);
        HighlightedTextView view(backend);
        QSignalSpy finished(&view, &HighlightedTextView::highlightingFinished);
        view.setText(catalogInfo, QStringLiteral("catalog-info.yaml"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, toolTimeoutMs);
        const QColor onLight = foregroundAt(view.document(), 0, 0, 10);

        QApplication::setPalette(darkPalette());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, toolTimeoutMs);
        QCOMPARE(foregroundAt(view.document(), 0, 0, 10), expectedKeyColour(QStringLiteral("Breeze Dark")));

        QApplication::setPalette(lightPalette());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, toolTimeoutMs);
        QCOMPARE(foregroundAt(view.document(), 0, 0, 10), onLight);
        QCOMPARE(backend.highlighter().processesStarted(), 2);
        QApplication::setPalette(original);
    }

    void scrollPositionIsKeptWhenColoursArrive()
    {
        CommandLineBackend backend(m_program);
        HighlightedTextView view(backend);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString manyLines;
        for (int i = 0; i < 3000; ++i)
            manyLines += QStringLiteral("key%1: \"value %1\" # note\n").arg(i);
        QSignalSpy finished(&view, &HighlightedTextView::highlightingFinished);
        view.setText(manyLines, QStringLiteral("many.yaml"));
        QVERIFY(view.verticalScrollBar()->maximum() > 2000);
        view.verticalScrollBar()->setValue(1500);
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum() / 2);
        const int horizontal = view.horizontalScrollBar()->value();
        QCOMPARE(finished.count(), 0); // the colours are still on their way
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, toolTimeoutMs);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(view.verticalScrollBar()->value(), 1500);
        QCOMPARE(view.horizontalScrollBar()->value(), horizontal);
        QCOMPARE(view.cursorForPosition(QPoint(0, 0)).blockNumber(), 1500);
        QVERIFY(foregroundAt(view.document(), 1500, 0, 7).isValid()); // key1500
    }

    void inProcess()
    {
#ifdef ATRIUM_HAVE_KSYNTAXHIGHLIGHTING
        const auto backend = SyntaxHighlightingBackend::create(QStringLiteral("inprocess"));
        QCOMPARE(backend->kind(), SyntaxHighlightingBackend::Kind::InProcess);
        HighlightedTextView view(*backend);
        QSignalSpy finished(&view, &HighlightedTextView::highlightingFinished);
        view.setText(catalogInfo, QStringLiteral("catalog-info.yaml"));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(formattedBlocks(view.document()) > 0);
        const int before = formattedBlocks(view.document());
        view.setPalette(darkPalette());
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(formattedBlocks(view.document()), before);
#else
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no KSyntaxHighlighting")));
        QCOMPARE(SyntaxHighlightingBackend::create(QStringLiteral("inprocess"))->kind(),
                 SyntaxHighlightingBackend::Kind::Plain);
        QSKIP("built without KF6SyntaxHighlighting: only the fallback to plain text is checked");
#endif
    }

private:
    QStringList runTool(const QStringList& arguments) const
    {
        QProcess tool;
        tool.start(m_program, arguments);
        if (!tool.waitForFinished(toolTimeoutMs))
            return {};
        return QString::fromUtf8(tool.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

    /// The key colour the tool itself gives in `theme`, straight from its HTML.
    QColor expectedKeyColour(const QString& theme) const
    {
        QProcess tool;
        tool.start(m_program, CommandLineHighlighter::arguments(m_program, QStringLiteral("YAML"), theme));
        tool.write("apiVersion: x\n");
        tool.closeWriteChannel();
        if (!tool.waitForFinished(toolTimeoutMs))
            return {};
        static const QRegularExpression keySpan(
            QStringLiteral("<span style=\"color:(#[0-9a-f]{6});[^\"]*\">apiVersion<"));
        return QColor::fromString(keySpan.match(QString::fromUtf8(tool.readAllStandardOutput())).captured(1));
    }

    /// A script in a folder of its own, named like the real tool so that it gets the same arguments.
    QString writeScript(const QString& folder, const QByteArray& body)
    {
        const QString directory = m_scripts.filePath(folder);
        QDir().mkpath(directory);
        const QString path = directory + u'/' + QFileInfo(m_program).fileName();
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly))
            return {};
        script.write("#!/bin/sh\n" + body);
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    /// The real tool behind a wrapper that writes its pid to `pidFile` and, for text containing SLOW, first waits.
    QString slowWrapper(const QString& pidFile)
    {
        const QByteArray body = "echo $$ > '" + pidFile.toUtf8() + "'\n"
            + "input=$(mktemp)\n"
              "cat > \"$input\"\n"
              "if grep -q SLOW \"$input\"; then sleep 10; fi\n"
              "'"
            + m_program.toUtf8()
            + "' \"$@\" < \"$input\"\n"
              "status=$?\n"
              "rm -f \"$input\"\n"
              "exit $status\n";
        return writeScript(QFileInfo(pidFile).baseName(), body);
    }

    static QPalette lightPalette()
    {
        QPalette palette;
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Text, Qt::black);
        return palette;
    }

    static QPalette darkPalette()
    {
        QPalette palette;
        palette.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
        palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        return palette;
    }

    QString m_program;
    QTemporaryDir m_scripts;
};

QTEST_MAIN(TestHighlightedTextView)
#include "tst_highlightedtextview.moc"

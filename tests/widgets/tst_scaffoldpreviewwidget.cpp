// The template wizard's Preview page: a real dry run's files against a target folder, their changes, the log, the
// banner when the run stopped early, and the output.

#include "catalog/yamlreader.h"
#include "create/wizard/difftextview.h"
#include "create/wizard/previewcolours.h"
#include "create/wizard/scaffoldlogview.h"
#include "create/wizard/scaffoldpreviewwidget.h"
#include "highlighting/highlightedtextview.h"
#include "scaffolder/scaffoldfilemodel.h"
#include "screenshot.h"
#include "settings/thememanager.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Atrium;
using namespace Qt::StringLiterals;

using Status = ScaffoldFileComparison::Status;

namespace {

const QString fixture = QStringLiteral(ATRIUM_TEST_DATA_DIR "/wizard-preview");

ScaffoldResult runFixture()
{
    const QString file = fixture + u"/template.yaml"_s;
    QFile yaml(file);
    if (!yaml.open(QIODevice::ReadOnly))
        return {};
    const YamlReadResult read = readYamlDocuments(yaml.readAll(), file);
    if (read.documents.empty())
        return {};
    const TemplateDefinition definition
        = TemplateDefinitionReader::read(read.documents.front().value.toObject(), file, &read.documents.front());
    ScaffoldRequest request;
    request.values = QJsonObject { { u"name"_s, u"ride-events"_s } };
    request.templateDirectory = fixture;
    return ScaffoldRun::dryRun(definition, request);
}

QByteArray generated(const ScaffoldResult& result, const QString& path)
{
    for (const ScaffoldFile& file : result.files) {
        if (file.path == path)
            return file.content;
    }
    return {};
}

void put(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

int statusOf(const QAbstractItemModel* model, const QString& path)
{
    const auto* files = qobject_cast<const ScaffoldFileModel*>(model);
    return files ? files->indexForPath(path).data(ScaffoldFileModel::StatusRole).toInt() : -1;
}

QWidget* shownFileView(ScaffoldPreviewWidget& widget)
{
    auto* stack = widget.findChild<QStackedWidget*>();
    return stack ? stack->currentWidget() : nullptr;
}

} // namespace

class TestScaffoldPreviewWidget : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wizardPreviewComparesWithTheTargetFolder()
    {
        const ScaffoldResult result = runFixture();
        QVERIFY(result.stoppedForBackend);
        QCOMPARE(result.files.size(), 4);

        ScaffoldPreviewWidget widget;
        QAbstractItemModelTester tester(widget.fileModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        widget.resize(1100, 680);
        widget.setResult(result);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));

        // The target folder: README.md as generated, config/app.yaml edited, scripts/run.sh missing, and a folder
        // where catalog-info.yaml would go.
        QTemporaryDir target;
        put(target.filePath(u"README.md"_s), generated(result, u"README.md"_s));
        put(target.filePath(u"config/app.yaml"_s), "name: ride-events\nport: 80\nreplicas: 2\nlogLevel: info\n");
        QVERIFY(QDir(target.path()).mkpath(u"catalog-info.yaml"_s));

        QSignalSpy finished(&widget, &ScaffoldPreviewWidget::comparisonFinished);
        QSignalSpy targetChanged(&widget, &ScaffoldPreviewWidget::targetDirectoryChanged);
        widget.setTargetDirectory(target.path());
        QCOMPARE(targetChanged.size(), 1);
        QCOMPARE(widget.targetDirectory(), target.path());
        QCOMPARE(widget.findChild<QLineEdit*>(u"targetDirectory"_s)->text(), target.path());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

        const QAbstractItemModel* model = widget.fileModel();
        QCOMPARE(statusOf(model, u"README.md"_s), int(Status::Unchanged));
        QCOMPARE(statusOf(model, u"config/app.yaml"_s), int(Status::Changed));
        QCOMPARE(statusOf(model, u"scripts/run.sh"_s), int(Status::New));
        QCOMPARE(statusOf(model, u"catalog-info.yaml"_s), int(Status::Blocked));
        QCOMPARE(widget.findChild<QLabel*>(u"summary"_s)->text(), u"1 new · 1 changed · 1 unchanged · 1 blocked"_s);

        // A changed file opens on its changes.
        widget.selectFile(u"config/app.yaml"_s);
        QCOMPARE(widget.selectedFile(), u"config/app.yaml"_s);
        auto* changes = widget.findChild<DiffTextView*>(u"changes"_s);
        QCOMPARE(shownFileView(widget), changes);
        const QString diff = changes->toPlainText();
        QVERIFY2(diff.contains(u"@@ -1,4 +1,4 @@\n name: ride-events\n-port: 80\n+port: 8080\n replicas: 2\n"_s),
                 qPrintable(diff));
        WidgetTest::saveScreenshot(widget, u"wizard-preview-changes"_s);

        // "Content" shows the generated file instead, and stays chosen for the next changed file.
        auto* contentButton = widget.findChild<QToolButton*>(u"showContent"_s);
        QVERIFY(contentButton->isVisible());
        contentButton->click();
        auto* content = widget.findChild<HighlightedTextView*>(u"content"_s);
        QCOMPARE(shownFileView(widget), content);
        QCOMPARE(content->toPlainText().toUtf8(), generated(result, u"config/app.yaml"_s));

        // An unchanged file has no changes to show; a blocked one says why.
        widget.selectFile(u"README.md"_s);
        QVERIFY(!contentButton->isVisible());
        QCOMPARE(shownFileView(widget), content);
        QVERIFY(content->toPlainText().startsWith(u"# ride-events"_s));
        widget.selectFile(u"catalog-info.yaml"_s);
        QVERIFY(widget.findChild<QLabel*>(u"fileDetails"_s)->text().contains(u"a folder of that name exists"_s));
        widget.selectFile(u"scripts/run.sh"_s);
        QVERIFY(widget.findChild<QLabel*>(u"fileDetails"_s)->text().contains(u"executable"_s));

        // The run stopped for a backend: the banner names the step; the log has the words without colour codes.
        auto* banner = widget.findChild<QFrame*>(u"banner"_s);
        QVERIFY(banner->isVisible());
        const QString bannerText = banner->findChild<QLabel*>()->text();
        QVERIFY2(bannerText.contains(u"“Publish to GitHub” (publish:github) needs a Backstage backend"_s),
                 qPrintable(bannerText));
        QVERIFY(bannerText.contains(u"the files up to it are shown"_s));
        QVERIFY2(bannerText.endsWith(u"A backend would run: Publish to GitHub (publish:github)."_s),
                 qPrintable(bannerText));
        const QString log = widget.findChild<ScaffoldLogView*>(u"log"_s)->toPlainText();
        QVERIFY2(log.contains(u"rendered ride-events"_s), qPrintable(log));
        QVERIFY(!log.contains(QChar(0x1b)));

        // A file changing on disk is found when the folder is compared again.
        put(target.filePath(u"scripts/run.sh"_s), generated(result, u"scripts/run.sh"_s));
        widget.setTargetDirectory(target.path());
        QCOMPARE(targetChanged.size(), 1); // the same folder
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(statusOf(model, u"scripts/run.sh"_s), int(Status::Changed)); // not executable on disk
        QCOMPARE(widget.selectedFile(), u"scripts/run.sh"_s);
        QCOMPARE(shownFileView(widget), content);
        widget.findChild<QToolButton*>(u"showChanges"_s)->click();
        auto* message = widget.findChild<QLabel*>(u"message"_s);
        QCOMPARE(shownFileView(widget), message);
        QCOMPARE(message->text(), u"Only the executable bit changes: the file will become executable."_s);
    }

    void wizardPreviewOfAFailedRun()
    {
        ScaffoldResult result;
        result.files = { { u"assets/logo.png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), false },
                         { u"docs/index.md"_s, "# Docs\n", false } };
        result.log = { { u"fetch"_s, ScaffoldLogEntry::Level::Info, u"Fetching template content"_s },
                       { u"render"_s, ScaffoldLogEntry::Level::Error,
                         u"\x1b[31mTemplate render error\x1b[39m: unexpected token"_s } };
        result.error = u"Template render error in docs/index.md: (unknown path) [Line 3, Column 5]"_s;
        result.outputLinks = QJsonArray {
            QJsonObject { { u"title"_s, u"Open <the> repo"_s }, { u"url"_s, u"https://example.com/repo"_s } },
            QJsonObject { { u"title"_s, u"In the catalog"_s }, { u"entityRef"_s, u"component:default/docs"_s } }
        };
        result.outputText = QJsonArray { QJsonObject { { u"title"_s, u"Next steps"_s },
                                                       { u"content"_s, u"Open a pull request.\nThen wait."_s } } };

        ScaffoldPreviewWidget widget;
        QAbstractItemModelTester tester(widget.fileModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&widget, &ScaffoldPreviewWidget::comparisonFinished);
        widget.resize(1000, 620);
        widget.setResult(result);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

        // Without a target folder every file is new.
        QCOMPARE(statusOf(widget.fileModel(), u"docs/index.md"_s), int(Status::New));
        QVERIFY(widget.findChild<QLabel*>(u"summary"_s)->text().contains(u"choose a target folder"_s));

        auto* banner = widget.findChild<QFrame*>(u"banner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->findChild<QLabel*>()->text().contains(u"The template failed: Template render error"_s));
        // The error style, not the notice one.
        QVERIFY(banner->styleSheet().contains(PreviewColours::errorBanner(widget.palette()).background.name()));
        // A failed run opens its log.
        auto* log = widget.findChild<ScaffoldLogView*>(u"log"_s);
        QVERIFY(log->isVisible());
        QVERIFY(log->toPlainText().contains(u"render  error    Template render error: unexpected token"_s));

        widget.selectFile(u"assets/logo.png"_s);
        QCOMPARE(widget.selectedFile(), u"assets/logo.png"_s);
        auto* message = widget.findChild<QLabel*>(u"message"_s);
        QCOMPARE(shownFileView(widget), message);
        QVERIFY2(message->text().startsWith(u"Binary file (16 bytes)"_s), qPrintable(message->text()));

        // A folder is not a file.
        widget.selectFile(u"assets"_s);
        QCOMPARE(widget.selectedFile(), QString());

        auto* output = widget.findChild<QFrame*>(u"output"_s);
        QVERIFY(output->isVisible());
        const QString outputHtml = output->findChild<QLabel*>()->text();
        QVERIFY(outputHtml.contains(u"<a href=\"https://example.com/repo\">Open &lt;the&gt; repo</a>"_s));
        QVERIFY(outputHtml.contains(u"In the catalog: component:default/docs"_s));
        QVERIFY(outputHtml.contains(u"Open a pull request.<br>Then wait."_s));
        widget.selectFile(u"docs/index.md"_s);
        WidgetTest::saveScreenshot(widget, u"wizard-preview-failed"_s);
    }

    void wizardPreviewFollowsTheDarkTheme()
    {
        const ScaffoldResult result = runFixture();
        ScaffoldPreviewWidget widget;
        widget.setPalette(ThemeManager::instance()->palette(ThemeManager::Theme::Dark));
        widget.resize(1100, 620);
        widget.setResult(result);
        QTemporaryDir target;
        put(target.filePath(u"config/app.yaml"_s), "name: ride-events\nport: 80\nreplicas: 2\nlogLevel: debug\n");
        put(target.filePath(u"README.md"_s), generated(result, u"README.md"_s));
        QSignalSpy finished(&widget, &ScaffoldPreviewWidget::comparisonFinished);
        widget.setTargetDirectory(target.path());
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        widget.selectFile(u"config/app.yaml"_s);
        auto* banner = widget.findChild<QFrame*>(u"banner"_s);
        QVERIFY(banner->styleSheet().contains(PreviewColours::noticeBanner(widget.palette()).background.name()));
        WidgetTest::saveScreenshot(widget, u"wizard-preview-dark"_s);
    }

    void wizardPreviewKeepsOnlyTheNewestComparison()
    {
        ScaffoldPreviewWidget widget;
        ScaffoldResult result;
        result.files = { { u"a.txt"_s, "a\n", false } };
        QTemporaryDir first;
        QTemporaryDir second;
        put(second.filePath(u"a.txt"_s), "a\n");
        QSignalSpy finished(&widget, &ScaffoldPreviewWidget::comparisonFinished);
        widget.setResult(result);
        widget.setTargetDirectory(first.path());
        widget.setTargetDirectory(second.path());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QTest::qWait(50);
        QCOMPARE(statusOf(widget.fileModel(), u"a.txt"_s), int(Status::Unchanged));
        QCOMPARE(widget.targetDirectory(), second.path());
    }
};

QTEST_MAIN(TestScaffoldPreviewWidget)
#include "tst_scaffoldpreviewwidget.moc"

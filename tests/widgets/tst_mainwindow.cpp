#include "catalog/catalogpage.h"
#include "catalog/entityfilterproxymodel.h"
#include "catalog/entitynamedelegate.h"
#include "catalog/entitytablemodel.h"
#include "catalog/facetmodel.h"
#include "catalog/facetsection.h"
#include "create/createpage.h"
#include "create/wizard/templatewizard.h"
#include "create/wizard/wizardstate.h"
#include "entity/entitypage.h"
#include "graph/relationgraphview.h"
#include "graph/relationgraphwidget.h"
#include "highlighting/highlightedtextview.h"
#include "mainwindow.h"
#include "mainwindowhost.h"
#include "palette/commandpalette.h"
#include "scaffolder/wizarddraftstore.h"
#include "screenshot.h"
#include "settings/languagemanager.h"
#include "settings/settingsdialog.h"
#include "settings/thememanager.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Atrium;

/// The real main window on the real demo workspace: loads, shows every entity, filters as the user types.
class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtriumTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void opensDemoAndSearches()
    {
        MainWindow window;
        window.workspace()->setCacheDirectory(QString());
        new QAbstractItemModelTester(window.catalogPage()->proxyModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, &window);
        window.show();
        window.openWorkspace(QStringLiteral(ATRIUM_DEMO_DIR));

        QTableView* table = window.catalogPage()->table();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 50, 20000);
        const int all = table->model()->rowCount();
        QCOMPARE(window.workspace()->snapshot()->entities.size(), all);
        QVERIFY2(!hasErrors(window.workspace()->snapshot()->problems), "the demo workspace must load without errors");

        // Typing filters after the debounce; every remaining row matches each word somewhere.
        QTest::keyClicks(window.catalogPage()->searchField(), QStringLiteral("pay prod"));
        QTRY_VERIFY(table->model()->rowCount() < all);
        QVERIFY(table->model()->rowCount() > 0);

        window.catalogPage()->searchField()->clear();
        QTRY_COMPARE(table->model()->rowCount(), all);

        // Picking a facet value (Kind: API) narrows the table to it; the demo has seven APIs.
        FacetSection* kinds = nullptr;
        for (FacetSection* section : window.catalogPage()->facetSections()) {
            if (section->model()->facet() == CatalogIndex::Kind)
                kinds = section;
        }
        QVERIFY(kinds);
        QAbstractItemModel* kindModel = kinds->view()->model();
        QModelIndex api;
        for (int row = 0; row < kindModel->rowCount(); ++row) {
            if (kindModel->index(row, 0).data().toString() == QLatin1String("API"))
                api = kindModel->index(row, 0);
        }
        QVERIFY(api.isValid());
        QVERIFY(kindModel->setData(api, Qt::Checked, Qt::CheckStateRole));
        QTRY_COMPARE(table->model()->rowCount(), 7);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, EntityTableModel::Kind).data().toString(), QStringLiteral("API"));
        QVERIFY(kindModel->setData(api, Qt::Unchecked, Qt::CheckStateRole));
        QTRY_COMPARE(table->model()->rowCount(), all);

        WidgetTest::saveScreenshot(window, QStringLiteral("mainwindow-catalog"));
    }

    void activatingARowReportsItsRef()
    {
        MainWindow window;
        window.workspace()->setCacheDirectory(QString());
        window.show();
        window.openWorkspace(QStringLiteral(ATRIUM_DEMO_DIR));
        QTableView* table = window.catalogPage()->table();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);

        QSignalSpy activated(window.catalogPage(), &CatalogPage::entityActivated);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        const QString ref = activated.first().first().toString();
        QVERIFY2(window.workspace()->snapshot()->find(ref), qPrintable(ref));
    }

    // Choosing a template in the Create gallery opens its wizard (once: a second choice raises the same window);
    // a draft left behind is offered back.
    void wizardOpensFromTheCreateGallery()
    {
        MainWindow window;
        window.workspace()->setCacheDirectory(QString());
        window.show();
        window.openWorkspace(QStringLiteral(ATRIUM_DEMO_DIR));
        QTRY_VERIFY_WITH_TIMEOUT(window.createPage()->gallery()->model()->rowCount() > 0, 20000);
        window.draftStore()->remove(QStringLiteral("template:default/kafka-topic"));

        window.showSection(MainWindow::CreateSection);
        QListView* gallery = window.createPage()->gallery();
        QModelIndex kafka;
        for (int row = 0; row < gallery->model()->rowCount(); ++row) {
            if (gallery->model()->index(row, 0).data().toString().contains(QLatin1String("Kafka")))
                kafka = gallery->model()->index(row, 0);
        }
        QVERIFY(kafka.isValid());
        gallery->setFocus();
        gallery->setCurrentIndex(kafka);
        QTest::keyClick(gallery, Qt::Key_Return);
        TemplateWizard* wizard = window.findChild<TemplateWizard*>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->state()->definition().ref, QStringLiteral("template:default/kafka-topic"));
        QCOMPARE(window.startTemplate(QStringLiteral("template:default/kafka-topic")), wizard);
        QCOMPARE(window.findChildren<TemplateWizard*>().size(), 1);

        // A draft is there next time, and resuming it brings the answers back.
        WizardDraft draft;
        draft.templateRef = QStringLiteral("template:default/kafka-topic");
        draft.answers = QJsonObject { { QStringLiteral("name"), QStringLiteral("from-a-draft") } };
        QVERIFY(window.draftStore()->save(draft));
        wizard->close();
        QTRY_VERIFY(window.findChildren<TemplateWizard*>().isEmpty());
        wizard = window.startTemplate(QStringLiteral("template:default/kafka-topic"), MainWindow::DraftChoice::Resume);
        QVERIFY(wizard);
        QCOMPARE(wizard->state()->answers().value(QStringLiteral("name")).toString(), QStringLiteral("from-a-draft"));
        wizard->close();
        window.draftStore()->remove(QStringLiteral("template:default/kafka-topic"));
    }

    // Open an entity from the table, follow a relation, go back twice (keyboard and mouse), forward once.
    void entityPageFollowsRelationsAndKeepsHistory()
    {
        MainWindow window;
        window.workspace()->setCacheDirectory(QString());
        window.show();
        window.openWorkspace(QStringLiteral(ATRIUM_DEMO_DIR));
        QTableView* table = window.catalogPage()->table();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 50, 20000);

        QTest::keyClicks(window.catalogPage()->searchField(), QStringLiteral("payments gateway"));
        QTRY_VERIFY(table->model()->rowCount() < 10);
        QModelIndex gateway;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(EntityTableModel::EntityRefRole) == QStringLiteral("component:default/payments-gateway"))
                gateway = index;
        }
        QVERIFY(gateway.isValid());
        table->setFocus();
        table->setCurrentIndex(gateway);
        QTest::keyClick(table, Qt::Key_Return);
        EntityPage* page = window.entityPage();
        QCOMPARE(window.pages()->currentWidget(), page);
        QCOMPARE(page->currentRef(), QStringLiteral("component:default/payments-gateway"));
        QVERIFY(!page->tabs()->isTabVisible(EntityPage::Api)); // a Component has no API tab

        // The YAML tab shows the entity's own document, not the whole file.
        auto* source = qobject_cast<HighlightedTextView*>(page->tabs()->widget(EntityPage::Yaml));
        QVERIFY(source);
        QVERIFY(source->toPlainText().contains(QLatin1String("name: payments-gateway")));
        QCOMPARE(source->toPlainText().count(QLatin1String("kind:")), 1);
        WidgetTest::saveScreenshot(window, QStringLiteral("entity-overview"));

        // Relations are grouped by type; "Provides API" leads to the Payments API.
        QTreeWidget* relations = page->relationsTree();
        QTreeWidgetItem* target = nullptr;
        for (int group = 0; group < relations->topLevelItemCount(); ++group) {
            QTreeWidgetItem* item = relations->topLevelItem(group);
            for (int child = 0; child < item->childCount(); ++child) {
                if (item->child(child)->text(2) == QLatin1String("api:default/payments-api"))
                    target = item->child(child);
            }
        }
        QVERIFY(target);
        QCOMPARE(target->parent()->text(0), QStringLiteral("Provides API"));
        page->tabs()->setCurrentIndex(EntityPage::Relations);
        WidgetTest::saveScreenshot(window, QStringLiteral("entity-relations"));
        Q_EMIT relations->itemActivated(target, 0);
        QCOMPARE(page->currentRef(), QStringLiteral("api:default/payments-api"));
        QVERIFY(page->tabs()->isTabVisible(EntityPage::Api));
        auto* api = page->tabs()->widget(EntityPage::Api)->findChild<HighlightedTextView*>();
        QVERIFY(api && api->toPlainText().contains(QLatin1String("openapi")));
        page->tabs()->setCurrentIndex(EntityPage::Graph);
        QTRY_VERIFY_WITH_TIMEOUT(window.relationGraph()->view()->scene()->items().size() > 2, 10000);
        WidgetTest::saveScreenshot(window, QStringLiteral("entity-graph"));

        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(page->currentRef(), QStringLiteral("component:default/payments-gateway"));
        QMouseEvent back(QEvent::MouseButtonPress, QPointF(5, 5), page->mapToGlobal(QPointF(5, 5)), Qt::BackButton,
                         Qt::BackButton, Qt::NoModifier);
        QApplication::sendEvent(page, &back);
        QCOMPARE(window.pages()->currentWidget(), window.catalogPage());
        QVERIFY(!window.history().canGoBack());
        window.goForward();
        QCOMPARE(window.pages()->currentWidget(), page);
        QCOMPARE(page->currentRef(), QStringLiteral("component:default/payments-gateway"));
        QVERIFY(!window.openEntity(QStringLiteral("component:default/no-such-thing")));
        QCOMPARE(page->currentRef(), QStringLiteral("component:default/payments-gateway"));
    }

    // Ctrl+K finds an entity by a fuzzy query and Enter opens it; a section and a menu command are found too.
    void commandPaletteGoesToEntitiesAndSections()
    {
        MainWindow window;
        window.workspace()->setCacheDirectory(QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openWorkspace(QStringLiteral(ATRIUM_DEMO_DIR));
        QTRY_VERIFY_WITH_TIMEOUT(window.catalogPage()->table()->model()->rowCount() > 50, 20000);

        CommandPalette* palette = window.commandPalette();
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->searchField(), QStringLiteral("payments api"));
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(window.pages()->currentWidget(), window.entityPage());
        QCOMPARE(window.entityPage()->currentRef(), QStringLiteral("api:default/payments-api"));

        palette->popup();
        QTest::keyClicks(palette->searchField(), QStringLiteral("environments"));
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(window.pages()->currentIndex(), int(MainWindow::EnvironmentsSection));
        window.goBack();
        QCOMPARE(window.entityPage()->currentRef(), QStringLiteral("api:default/payments-api"));
    }

    // The README's screenshots, in the light and the dark theme: the catalog, an entity, its graph, the palette.
    void screenshots_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(UiPreferences::Theme::Light);
        QTest::newRow("dark") << int(UiPreferences::Theme::Dark);
    }
    void screenshots()
    {
        QFETCH(int, theme);
        if (qEnvironmentVariableIsEmpty("ATRIUM_SCREENSHOT_DIR"))
            QSKIP("set ATRIUM_SCREENSHOT_DIR to save the README's screenshots");
        ThemeManager::instance()->apply(UiPreferences::Theme(theme));
        const QString suffix = QString::fromLatin1(QTest::currentDataTag());
        MainWindow window;
        window.workspace()->setCacheDirectory(QString());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openWorkspace(QStringLiteral(ATRIUM_DEMO_DIR));
        QTRY_VERIFY_WITH_TIMEOUT(window.catalogPage()->table()->model()->rowCount() > 50, 20000);
        WidgetTest::saveScreenshot(window, QStringLiteral("catalog-") + suffix);
        QVERIFY(window.openEntity(QStringLiteral("component:default/payments-gateway")));
        WidgetTest::saveScreenshot(window, QStringLiteral("entity-") + suffix);
        window.entityPage()->tabs()->setCurrentIndex(EntityPage::Graph);
        QTRY_VERIFY_WITH_TIMEOUT(window.relationGraph()->view()->scene()->items().size() > 2, 10000);
        WidgetTest::saveScreenshot(window, QStringLiteral("graph-") + suffix);
        window.showSection(MainWindow::CatalogSection);
        window.commandPalette()->popup();
        QTest::keyClicks(window.commandPalette()->searchField(), QStringLiteral("pay"));
        QTest::qWait(100);
        WidgetTest::saveScreenshot(window, QStringLiteral("palette-") + suffix);
        ThemeManager::instance()->apply(UiPreferences::Theme::System);
    }

    // Editing a file on disk reloads the catalog: the new entity shows up, and the selected row and the scroll
    // position stay on the same entities.
    void liveReloadKeepsSelectionAndScroll()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        copyTree(QStringLiteral(ATRIUM_DEMO_DIR), dir.path());
        MainWindow window;
        window.workspace()->setCacheDirectory(QString());
        window.workspace()->setReloadDelay(50);
        window.resize(1000, 500); // fewer rows than entities: the table scrolls
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openWorkspace(dir.path());
        QTableView* table = window.catalogPage()->table();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 50, 20000);
        const int before = table->model()->rowCount();

        table->scrollTo(table->model()->index(30, 0), QAbstractItemView::PositionAtTop);
        const QString topRef = table->indexAt(QPoint(0, 0)).data(EntityTableModel::EntityRefRole).toString();
        // The table really scrolled: a row in the middle is at the top, not the first one.
        QCOMPARE(topRef, table->model()->index(30, 0).data(EntityTableModel::EntityRefRole).toString());
        const QModelIndex selected = table->model()->index(35, EntityTableModel::Owner);
        table->selectionModel()->setCurrentIndex(selected,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString selectedRef = selected.data(EntityTableModel::EntityRefRole).toString();
        QVERIFY(!topRef.isEmpty() && !selectedRef.isEmpty());

        // A new component whose name sorts first, so every row moves down by one.
        QFile file(dir.filePath(QStringLiteral("catalog/systems/payments.yaml")));
        QVERIFY2(file.exists(), qPrintable(file.fileName()));
        QVERIFY(file.open(QIODevice::Append));
        file.write("---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: aaa-new-service\n"
                   "spec:\n  type: service\n  lifecycle: experimental\n  owner: payments-team\n");
        file.close();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before + 1, 20000);
        QCOMPARE(table->indexAt(QPoint(0, 0)).data(EntityTableModel::EntityRefRole).toString(), topRef);
        QCOMPARE(table->currentIndex().data(EntityTableModel::EntityRefRole).toString(), selectedRef);
        QCOMPARE(table->currentIndex().column(), int(EntityTableModel::Owner));
        QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    }

    // Choosing another language in Settings replaces the window with one in that language, on the same workspace.
    void languageChangeRebuildsTheWindow()
    {
        MainWindowHost host;
        host.start(QStringLiteral(ATRIUM_DEMO_DIR));
        MainWindow* first = host.window();
        QTRY_VERIFY_WITH_TIMEOUT(first->catalogPage()->table()->model()->rowCount() > 50, 20000);
        QCOMPARE(first->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QAction* settings = nullptr;
        for (QAction* action : first->menuBar()->actions().first()->menu()->actions()) {
            if (action->menuRole() == QAction::PreferencesRole)
                settings = action;
        }
        QVERIFY(settings);
        QSignalSpy replaced(&host, &MainWindowHost::windowReplaced);
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->languageBox()->setCurrentIndex(
                dialog->languageBox()->findData(int(UiPreferences::Language::German)));
            QVERIFY(dialog->restartNote()->isVisibleTo(dialog));
            dialog->accept();
        });
        settings->trigger();
        QTRY_COMPARE(replaced.size(), 1);
        MainWindow* second = host.window();
        QVERIFY(second != nullptr);
        QCOMPARE(second->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QTRY_VERIFY_WITH_TIMEOUT(second->catalogPage()->table()->model()->rowCount() > 50, 20000);
        QCOMPARE(second->workspace()->path(), QFileInfo(QStringLiteral(ATRIUM_DEMO_DIR)).absoluteFilePath());

        UiPreferences::setLanguage(UiPreferences::Language::System);
        LanguageManager::instance()->apply(UiPreferences::Language::English);
    }

    void brokenEntitiesAreKeptAndFlagged()
    {
        MainWindow window;
        window.workspace()->setCacheDirectory(QString());
        window.show();
        window.openWorkspace(QStringLiteral(ATRIUM_TEST_DATA_DIR "/cli/broken"));
        QTableView* table = window.catalogPage()->table();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);

        // The unsupported Widget is an error, yet it is listed, and its name cell carries the warning sign.
        QModelIndex gizmo;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, EntityTableModel::Name);
            if (index.data().toString() == QLatin1String("gizmo"))
                gizmo = index;
        }
        QVERIFY(gizmo.isValid());
        QVERIFY(gizmo.data(EntityTableModel::HasProblemsRole).toBool());
        QVERIFY(qobject_cast<EntityNameDelegate*>(table->itemDelegateForColumn(EntityTableModel::Name)));
        struct Probe : EntityNameDelegate {
            using EntityNameDelegate::initStyleOption;
        } probe;
        QStyleOptionViewItem flagged;
        probe.initStyleOption(&flagged, gizmo);
        QVERIFY(flagged.features & QStyleOptionViewItem::HasDecoration);
        QVERIFY(!flagged.icon.isNull());
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, EntityTableModel::Name);
            if (index.data().toString() != QLatin1String("team-b"))
                continue;
            QStyleOptionViewItem healthy;
            probe.initStyleOption(&healthy, index);
            QVERIFY(healthy.icon.isNull());
        }
        WidgetTest::saveScreenshot(window, QStringLiteral("mainwindow-broken"));
    }

    void workspaceFileProblemsAreShown()
    {
        MainWindow window;
        window.workspace()->setCacheDirectory(QString());
        window.show();
        window.openWorkspace(QStringLiteral(ATRIUM_TEST_DATA_DIR "/workspaces/bad"));
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->snapshot() != nullptr, 20000);
        QAbstractItemModel* model = nullptr;
        for (QTableView* view : window.findChildren<QTableView*>()) {
            if (view->accessibleName() == QLatin1String("Problems"))
                model = view->model();
        }
        QVERIFY(model);
        QTRY_VERIFY(model->rowCount() > 0);
        bool versionProblemShown = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString().contains(QLatin1String("format version 2")))
                    versionProblemShown = true;
            }
        }
        QVERIFY2(versionProblemShown, "a bad atrium.yaml must show up in the problems panel");
    }

private:
    static void copyTree(const QString& from, const QString& to)
    {
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = to + source.mid(from.size());
            QDir().mkpath(QFileInfo(target).absolutePath());
            QVERIFY(QFile::copy(source, target));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

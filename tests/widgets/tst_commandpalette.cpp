#include "../bench/syntheticcatalog.h"
#include "../unit/indexfixture.h"
#include "catalog/entitytablemodel.h"
#include "palette/commandpalette.h"
#include "palette/palettemodel.h"
#include "palette/palettesearch.h"
#include "screenshot.h"
#include "settings/thememanager.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Atrium;

namespace {

QJsonObject entity(const char* kind, const char* name, const char* title = nullptr)
{
    QJsonObject metadata { { QLatin1String("name"), QLatin1String(name) },
                           { QLatin1String("description"), QStringLiteral("Part of the shop") } };
    if (title)
        metadata.insert(QLatin1String("title"), QLatin1String(title));
    return { { QLatin1String("kind"), QLatin1String(kind) },
             { QLatin1String("metadata"), metadata },
             { QLatin1String("spec"),
               QJsonObject { { QLatin1String("owner"), QStringLiteral("team-payments") },
                             { QLatin1String("type"), QStringLiteral("service") },
                             { QLatin1String("lifecycle"), QStringLiteral("production") } } } };
}

CatalogIndexPtr catalog()
{
    const QJsonArray entities {
        entity("Component", "payment-gateway", "Payment Gateway"),
        entity("Component", "postgres-writer"),
        entity("Component", "checkout-service"),
        entity("Component", "shop-checkout"),
        entity("API", "payments-api"),
        entity("Resource", "payments-db"),
        entity("System", "payments"),
        entity("Template", "create-payment-service", "Create a Payment Service"),
        entity("Template", "create-website"),
        entity("Group", "team-payments", "Payments Team"),
    };
    return CatalogIndex::create(IndexFixture::snapshotFrom(QJsonObject { { QLatin1String("entities"), entities } }));
}

QList<PaletteItem> commands()
{
    using Category = PaletteItem::Category;
    return {
        { Category::Page, QStringLiteral("page.catalog"), QStringLiteral("Catalog"), {}, {}, {} },
        { Category::Page, QStringLiteral("page.problems"), QStringLiteral("Problems"), {}, {}, {} },
        { Category::Command,
          QStringLiteral("workspace.open"),
          QStringLiteral("Open Workspace…"),
          {},
          QStringLiteral("Ctrl+O"),
          {} },
        { Category::Command,
          QStringLiteral("catalog.reload"),
          QStringLiteral("Reload Catalog"),
          QStringLiteral("Read every catalog file again"),
          QStringLiteral("Ctrl+R"),
          {} },
    };
}

QString idAt(const QListView* view, int row)
{
    return view->model()->index(row, 0).data(PaletteModel::IdRole).toString();
}

} // namespace

/// The palette over a window: typed into, moved through with the keys, activated with Enter and a click.
class TestCommandPalette : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_window = std::make_unique<QMainWindow>();
        m_window->resize(1000, 640);
        auto* model = new EntityTableModel(m_window.get());
        m_catalog = catalog();
        model->setIndex(m_catalog);
        auto* table = new QTableView(m_window.get());
        table->setModel(model);
        table->horizontalHeader()->setStretchLastSection(true);
        m_window->setCentralWidget(table);
        m_palette = new CommandPalette(m_window.get());
        new QAbstractItemModelTester(m_palette->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_palette);
        m_palette->setCatalog(m_catalog);
        m_palette->setCommands(commands());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setFocus();
    }
    void cleanup() { m_window.reset(); }

    void typeMoveAndEnter_data()
    {
        QTest::addColumn<int>("asyncThreshold");
        QTest::newRow("on the GUI thread") << 1000000;
        QTest::newRow("on the thread pool") << 0;
    }
    void typeMoveAndEnter()
    {
        QFETCH(int, asyncThreshold);
        m_palette->setAsyncThreshold(asyncThreshold);
        m_palette->setCatalog(m_catalog);
        QTRY_VERIFY(!m_palette->isBusy());
        QSignalSpy activated(m_palette, &CommandPalette::activated);

        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(m_palette->isVisible());
        QVERIFY(m_palette->searchField()->hasFocus());
        QTRY_COMPARE(m_palette->model()->rowCount(), commands().size());

        QListView* view = m_palette->resultView();
        QTest::keyClicks(m_palette->searchField(), QStringLiteral("pgw"));
        QTRY_COMPARE(idAt(view, 0), QStringLiteral("component:default/payment-gateway"));
        QTRY_VERIFY(!m_palette->isBusy());
        QCOMPARE(view->currentIndex().row(), 0);
        const QString second = idAt(view, 1);
        QVERIFY(!second.isEmpty());

        QTest::keyClick(m_palette->searchField(), Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(m_palette->searchField(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<PaletteItem>().id, second);
        QVERIFY(!m_palette->isVisible());
        QCOMPARE(m_palette->recentItems().first().id, second);

        // Opened again, the empty query starts with what was just gone to.
        m_palette->popup();
        QVERIFY(m_palette->searchField()->text().isEmpty());
        QTRY_COMPARE(idAt(view, 0), second);
        QTest::keyClick(m_palette->searchField(), Qt::Key_Escape);
        QVERIFY(!m_palette->isVisible());
        QCOMPARE(activated.size(), 1);
    }

    void templatesAndCommands()
    {
        m_palette->popup();
        QTest::keyClicks(m_palette->searchField(), QStringLiteral("create pay"));
        QTRY_COMPARE(idAt(m_palette->resultView(), 0), QStringLiteral("template:default/create-payment-service"));
        QCOMPARE(m_palette->model()->index(0).data(PaletteModel::CategoryRole).toInt(),
                 int(PaletteItem::Category::Template));
        m_palette->searchField()->setText(QStringLiteral("zzzz"));
        QTRY_COMPARE(m_palette->model()->rowCount(), 0);
        QVERIFY(!m_palette->resultView()->isVisible());
    }

    void clickActivates()
    {
        QSignalSpy activated(m_palette, &CommandPalette::activated);
        m_palette->popup();
        QTest::keyClicks(m_palette->searchField(), QStringLiteral("reload"));
        QTRY_COMPARE(idAt(m_palette->resultView(), 0), QStringLiteral("catalog.reload"));
        QListView* view = m_palette->resultView();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<PaletteItem>().id, QStringLiteral("catalog.reload"));
        QVERIFY(!m_palette->isVisible());
    }

    // A big catalog: prepared and searched on the thread pool, the search itself split into ranges there too.
    // Typing on while searches run must end with the results of the final text.
    void bigCatalogOnThePool()
    {
        const CatalogIndexPtr big = CatalogIndex::create(SyntheticCatalog::makeSnapshot(20000, 5));
        m_palette->setCatalog(big);
        m_palette->popup();
        QTest::keyClicks(m_palette->searchField(), QStringLiteral("pgw"));
        QTest::keyClicks(m_palette->searchField(), QStringLiteral(" api"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_palette->isBusy() && m_palette->model()->rowCount() == PaletteSearch::DefaultLimit,
                                 20000);
        const PaletteResults expected
            = PaletteSearch(u"pgw api").run(*PaletteSource::create(big, commands()), PaletteSearch::DefaultLimit);
        QTRY_COMPARE(m_palette->model()->results().first().item.id, expected.first().item.id);
        QCOMPARE(m_palette->model()->results().last().score, expected.last().score);
    }

    void pagesThroughResults()
    {
        m_palette->popup();
        QListView* view = m_palette->resultView();
        QTRY_COMPARE(m_palette->model()->rowCount(), commands().size());
        QTest::keyClick(m_palette->searchField(), Qt::Key_PageDown);
        QCOMPARE(view->currentIndex().row(), commands().size() - 1);
        QTest::keyClick(m_palette->searchField(), Qt::Key_PageUp);
        QCOMPARE(view->currentIndex().row(), 0);
        QTest::keyClick(m_palette->searchField(), Qt::Key_Tab);
        QCOMPARE(view->currentIndex().row(), 1);
        QVERIFY(m_palette->isVisible());
        QVERIFY(m_palette->searchField()->hasFocus());
        QTest::keyClick(m_palette->searchField(), Qt::Key_Up);
        QCOMPARE(view->currentIndex().row(), 0);
    }

    void clickOutsideCloses()
    {
        QSignalSpy activated(m_palette, &CommandPalette::activated);
        m_palette->popup();
        QVERIFY(m_palette->isVisible());
        QWidget* table = m_window->centralWidget();
        QTest::mouseClick(static_cast<QTableView*>(table)->viewport(), Qt::LeftButton, {}, QPoint(5, 400));
        QVERIFY(!m_palette->isVisible());
        QCOMPARE(activated.size(), 0);
    }

    void commandsFromActions()
    {
        QAction reload(QStringLiteral("&Reload Workspace"));
        reload.setObjectName(QStringLiteral("workspace.reload"));
        reload.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
        reload.setStatusTip(QStringLiteral("Read every catalog file again"));
        const PaletteItem item = CommandPalette::commandFor(&reload);
        QCOMPARE(item.category, PaletteItem::Category::Command);
        QCOMPARE(item.id, QStringLiteral("workspace.reload"));
        QCOMPARE(item.title, QStringLiteral("Reload Workspace"));
        QCOMPARE(item.subtitle, QStringLiteral("Read every catalog file again"));
        QCOMPARE(item.shortcut, QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));

        m_palette->setCommands({ item });
        m_palette->popup();
        QTest::keyClicks(m_palette->searchField(), QStringLiteral("rw"));
        QTRY_COMPARE(idAt(m_palette->resultView(), 0), QStringLiteral("workspace.reload"));
    }

    void staysInsideTheWindow()
    {
        m_palette->popup();
        const QRect inside = m_window->rect();
        QVERIFY(inside.contains(m_palette->geometry()));
        m_window->resize(480, 300);
        QTRY_VERIFY(m_window->rect().contains(m_palette->geometry()));
        QVERIFY(m_palette->width() <= 480);
    }

    // Pictures for a person to look at (ATRIUM_SCREENSHOT_DIR): typed into, empty, and with the dark theme.
    void screenshot()
    {
        if (qEnvironmentVariableIsEmpty("ATRIUM_SCREENSHOT_DIR"))
            QSKIP("set ATRIUM_SCREENSHOT_DIR to save pictures of the palette");
        m_palette->popup();
        QTest::keyClicks(m_palette->searchField(), QStringLiteral("pay"));
        QTRY_VERIFY(m_palette->model()->rowCount() > 3);
        WidgetTest::saveScreenshot(*m_window, QStringLiteral("command-palette"));
        m_palette->popup();
        QTRY_VERIFY(m_palette->model()->rowCount() > 0);
        WidgetTest::saveScreenshot(*m_window, QStringLiteral("command-palette-empty"));

        // Colours come from the palette: the delegate and the labels must follow a dark one.
        m_window->setPalette(ThemeManager::instance()->palette(ThemeManager::Theme::Dark));
        m_palette->popup();
        QTest::keyClicks(m_palette->searchField(), QStringLiteral("cr"));
        QTRY_VERIFY(m_palette->model()->rowCount() > 1);
        WidgetTest::saveScreenshot(*m_window, QStringLiteral("command-palette-dark"));
    }

private:
    std::unique_ptr<QMainWindow> m_window;
    CatalogIndexPtr m_catalog;
    CommandPalette* m_palette = nullptr;
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"

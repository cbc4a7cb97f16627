#include "../unit/indexfixture.h"
#include "catalog/catalogpage.h"
#include "catalog/entityfilterproxymodel.h"
#include "catalog/entitynamedelegate.h"
#include "catalog/entitytablemodel.h"
#include "catalog/facetmodel.h"
#include "catalog/facetsection.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Atrium;

namespace {
const auto checkoutRef = QLatin1String("component:default/checkout-ui");
const auto legacyRef = QLatin1String("component:default/legacy-billing");
const auto ledgerRef = QLatin1String("component:default/payments-ledger");

QStringList shownRefs(const QAbstractItemModel* model)
{
    QStringList refs;
    for (int row = 0; row < model->rowCount(); ++row)
        refs.append(model->index(row, 0).data(EntityTableModel::EntityRefRole).toString());
    refs.sort();
    return refs;
}

QModelIndex rowOf(const QAbstractItemModel* model, QLatin1String ref, int column = EntityTableModel::Name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(EntityTableModel::EntityRefRole).toString() == ref)
            return index;
    }
    return {};
}

QAction* menuEntry(QMenu* menu, const QString& text)
{
    // The entries are built when the menu is about to show, as a right click on the header does.
    menu->popup(QPoint(0, 0));
    const QList<QAction*> entries = menu->actions();
    menu->hide();
    for (QAction* action : entries) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}
} // namespace

/// CatalogPage on the hand-written catalog of tests/data/index: columns, stars, filters, export, keyboard.
class TestCatalogPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtriumTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_catalogpage"));
        m_index = CatalogIndex::create(IndexFixture::loadSnapshot());
        QVERIFY(m_index);
    }

    void init() { QSettings().clear(); }

    void showsAllSevenFacets()
    {
        CatalogPage page;
        page.setIndex(m_index);
        const QList<FacetSection*> sections = page.facetSections();
        QCOMPARE(sections.size(), int(CatalogIndex::FACET_COUNT));
        for (int facet = 0; facet < CatalogIndex::FACET_COUNT; ++facet) {
            QCOMPARE(sections.at(facet)->model()->facet(), CatalogIndex::Facet(facet));
            QVERIFY(sections.at(facet)->model()->rowCount() > 0);
        }
    }

    void facetSelectionFiltersTheTable()
    {
        CatalogPage page;
        attachTesters(page);
        page.setIndex(m_index);
        FacetModel* kinds = page.facetSections().at(CatalogIndex::Kind)->model();
        QModelIndex api;
        for (int row = 0; row < kinds->rowCount(); ++row) {
            if (kinds->index(row, FacetModel::Value).data().toString() == QLatin1String("API"))
                api = kinds->index(row, FacetModel::Value);
        }
        QVERIFY(api.isValid());
        QVERIFY(kinds->setData(api, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(shownRefs(page.table()->model()), QStringList { QStringLiteral("api:default/payment-api") });
    }

    void foldedFacetsAreRestored()
    {
        {
            CatalogPage page;
            QVERIFY(page.facetSections().at(CatalogIndex::Kind)->isExpanded());
            page.facetSections().at(CatalogIndex::Kind)->setExpanded(false);
            page.facetSections().at(CatalogIndex::Namespace)->setExpanded(true);
        }
        CatalogPage restored;
        QVERIFY(!restored.facetSections().at(CatalogIndex::Kind)->isExpanded());
        QVERIFY(restored.facetSections().at(CatalogIndex::Namespace)->isExpanded());
    }

    void columnLayoutSurvivesANewPage_data()
    {
        QTest::addColumn<int>("hidden");
        QTest::addColumn<int>("moved");
        QTest::addColumn<int>("toVisual");
        QTest::newRow("kind hidden, owner first") << int(EntityTableModel::Kind) << int(EntityTableModel::Owner) << 0;
        QTest::newRow("description hidden, tags second")
            << int(EntityTableModel::Description) << int(EntityTableModel::Tags) << 1;
        QTest::newRow("name hidden, lifecycle last") << int(EntityTableModel::Name) << int(EntityTableModel::Lifecycle)
                                                     << int(EntityTableModel::COLUMN_COUNT) - 1;
    }

    void columnLayoutSurvivesANewPage()
    {
        QFETCH(int, hidden);
        QFETCH(int, moved);
        QFETCH(int, toVisual);
        QList<int> order;
        {
            CatalogPage page;
            page.setIndex(m_index);
            QHeaderView* header = page.table()->horizontalHeader();
            QAction* entry
                = menuEntry(page.columnsMenu(), page.table()->model()->headerData(hidden, Qt::Horizontal).toString());
            QVERIFY(entry);
            QVERIFY(entry->isChecked());
            entry->trigger();
            QVERIFY(header->isSectionHidden(hidden));
            header->moveSection(header->visualIndex(moved), toVisual);
            QCOMPARE(header->visualIndex(moved), toVisual);
            for (int visual = 0; visual < header->count(); ++visual)
                order.append(header->logicalIndex(visual));
        } // the page saves its state when it goes

        CatalogPage restored;
        restored.setIndex(m_index); // a catalog arriving later must not undo the layout
        QHeaderView* header = restored.table()->horizontalHeader();
        QList<int> restoredOrder;
        for (int visual = 0; visual < header->count(); ++visual)
            restoredOrder.append(header->logicalIndex(visual));
        QCOMPARE(restoredOrder, order);
        for (int column = 0; column < EntityTableModel::COLUMN_COUNT; ++column)
            QCOMPARE(header->isSectionHidden(column), column == hidden);
        QAction* entry = menuEntry(restored.columnsMenu(),
                                   restored.table()->model()->headerData(hidden, Qt::Horizontal).toString());
        QVERIFY(entry);
        QVERIFY(!entry->isChecked());
    }

    void theLastVisibleColumnCannotBeHidden()
    {
        CatalogPage page;
        QHeaderView* header = page.table()->horizontalHeader();
        for (int column = 1; column < EntityTableModel::COLUMN_COUNT; ++column)
            header->hideSection(column);
        QAction* name = menuEntry(page.columnsMenu(), page.table()->model()->headerData(0, Qt::Horizontal).toString());
        QVERIFY(name);
        QVERIFY(name->isChecked());
        QVERIFY(!name->isEnabled());
    }

    void starredFilterShowsOnlyStarred()
    {
        CatalogPage page;
        attachTesters(page);
        page.show();
        // Shortcuts only reach the active window.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.setIndex(m_index);
        QTableView* table = page.table();
        const int all = table->model()->rowCount();
        QCOMPARE(all, m_index->entityCount());

        // Ctrl+D on the current row, as the user stars it.
        table->setFocus();
        table->setCurrentIndex(rowOf(table->model(), ledgerRef));
        QVERIFY(page.toggleStarAction()->isEnabled());
        QVERIFY(!page.toggleStarAction()->isChecked());
        QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(page.isStarred(ledgerRef));
        QVERIFY(page.toggleStarAction()->isChecked());

        page.starredOnlyAction()->trigger();
        QCOMPARE(shownRefs(table->model()), QStringList { ledgerRef });

        // Stars are kept for the next session at once, the filter when the window saves its state.
        page.saveState();
        {
            CatalogPage next;
            next.setIndex(m_index);
            QVERIFY(next.isStarred(ledgerRef));
            QVERIFY(next.starredOnlyAction()->isChecked());
            QCOMPARE(shownRefs(next.table()->model()), QStringList { ledgerRef });
        }

        // Any form of the ref the index understands unstars it.
        page.setStarred(QStringLiteral("Component:Payments-Ledger"), false);
        QVERIFY(!page.isStarred(ledgerRef));
        QCOMPARE(table->model()->rowCount(), 0);
        page.starredOnlyAction()->trigger();
        QCOMPARE(table->model()->rowCount(), all);
        QVERIFY(QSettings().value(QStringLiteral("catalog/starred")).toStringList().isEmpty());
    }

    void clickingTheStarTogglesIt()
    {
        CatalogPage page;
        page.resize(1000, 600);
        page.show();
        page.setIndex(m_index);
        QTableView* table = page.table();
        const QModelIndex checkout = rowOf(table->model(), checkoutRef);
        QVERIFY(checkout.isValid());
        table->scrollTo(checkout);
        const QRect star = EntityNameDelegate::starRect(table->visualRect(checkout));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, star.center());
        QVERIFY(page.isStarred(checkoutRef));
        QVERIFY(rowOf(table->model(), checkoutRef).data(EntityTableModel::StarredRole).toBool());
        // Elsewhere in the cell is a plain click.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(checkout).topLeft() + QPoint(4, 4));
        QVERIFY(page.isStarred(checkoutRef));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, star.center());
        QVERIFY(!page.isStarred(checkoutRef));
    }

    void problemsFilterShowsOnlyEntitiesWithProblems()
    {
        CatalogPage page;
        attachTesters(page);
        page.setIndex(m_index);
        page.problemsOnlyAction()->trigger();
        QCOMPARE(shownRefs(page.table()->model()), (QStringList { checkoutRef, legacyRef }));
        // Combined with a search, both apply.
        page.searchField()->setText(QStringLiteral("invoicing"));
        QTRY_COMPARE(shownRefs(page.table()->model()), QStringList { legacyRef });
        page.problemsOnlyAction()->trigger();
        QCOMPARE(shownRefs(page.table()->model()), QStringList { legacyRef });
        page.searchField()->clear();
        QTRY_COMPARE(page.table()->model()->rowCount(), m_index->entityCount());
    }

    void exportWritesTheCurrentView()
    {
        CatalogPage page;
        page.setIndex(m_index);
        QHeaderView* header = page.table()->horizontalHeader();
        for (const int column : { EntityTableModel::Type, EntityTableModel::Owner, EntityTableModel::System,
                                  EntityTableModel::Lifecycle, EntityTableModel::Tags, EntityTableModel::Source })
            header->hideSection(column);
        header->moveSection(header->visualIndex(EntityTableModel::Description), 0);
        page.problemsOnlyAction()->trigger();
        page.table()->sortByColumn(EntityTableModel::Name, Qt::DescendingOrder);

        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("view.csv"));
        QString error;
        QVERIFY2(page.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("Description,Name,Kind\r\n"
                            "Old invoicing,legacy-billing,Component\r\n"
                            "Web shop checkout pages,Checkout,Component\r\n"));
    }

    void exportReportsUnwritablePaths()
    {
        CatalogPage page;
        page.setIndex(m_index);
        QTemporaryDir directory;
        QString error;
        QVERIFY(!page.exportCsv(directory.filePath(QStringLiteral("missing/folder/view.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

    void typingInTheTableSearches_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("expected");
        QTest::newRow("letters") << QStringLiteral("pay") << int(Qt::NoModifier) << QStringLiteral("pay");
        QTest::newRow("digits") << QStringLiteral("10") << int(Qt::NoModifier) << QStringLiteral("10");
        QTest::newRow("capitals") << QStringLiteral("Shop") << int(Qt::ShiftModifier) << QStringLiteral("Shop");
        QTest::newRow("a leading space stays in the table") << QStringLiteral(" ") << int(Qt::NoModifier) << QString();
        QTest::newRow("shortcuts stay in the table") << QStringLiteral("a") << int(Qt::ControlModifier) << QString();
    }

    void typingInTheTableSearches()
    {
        QFETCH(QString, typed);
        QFETCH(int, modifiers);
        QFETCH(QString, expected);
        CatalogPage page;
        page.show();
        page.setIndex(m_index);
        QTableView* table = page.table();
        table->setFocus();
        QTest::keyClicks(table, typed, Qt::KeyboardModifiers(modifiers));
        QCOMPARE(page.searchField()->text(), expected);
        QCOMPARE(page.focusWidget() == page.searchField(), !expected.isEmpty());
        if (!expected.isEmpty())
            QTRY_VERIFY(table->model()->rowCount() < m_index->entityCount());
    }

    void arrowsMoveAndEnterOpens()
    {
        CatalogPage page;
        page.show();
        page.setIndex(m_index);
        QTableView* table = page.table();
        // Down leaves the search box for the first result.
        page.searchField()->setFocus();
        QTest::keyClick(page.searchField(), Qt::Key_Down);
        QCOMPARE(page.focusWidget(), table);
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);

        QSignalSpy activated(&page, &CatalogPage::entityActivated);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(),
                 table->model()->index(1, 0).data(EntityTableModel::EntityRefRole).toString());
    }

    void actionsAreOfferedToTheWindow()
    {
        CatalogPage page;
        const QList<QAction*> actions = page.actions();
        for (QAction* action :
             { page.starredOnlyAction(), page.problemsOnlyAction(), page.toggleStarAction(), page.exportAction() })
            QVERIFY(actions.contains(action));
        QCOMPARE(page.toggleStarAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    }

private:
    static void attachTesters(CatalogPage& page)
    {
        new QAbstractItemModelTester(page.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        for (FacetSection* section : page.facetSections())
            new QAbstractItemModelTester(section->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                         &page);
    }

    CatalogIndexPtr m_index;
};

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"

#pragma once

#include "catalog/catalogindex.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;

namespace Atrium {

class EntityTableModel;
class EntityFilterProxyModel;
class FacetModel;
class FacetSection;

/// The catalog table with its search box, facet panel, starred and problem filters, and CSV export.
/// Wires the models in models/catalog to views; the searching and counting happen in CatalogIndex.
///
/// Its actions (see actions()) work from the page itself (toolbar, context menu, shortcuts while the page has
/// focus); the main window may also put them into its menus.
class CatalogPage : public QWidget {
    Q_OBJECT
public:
    explicit CatalogPage(QWidget* parent = nullptr);
    ~CatalogPage() override;

    void setIndex(const CatalogIndexPtr& index);
    /// The same, with the ranks of sortColumn() computed beforehand (EntityTableModel::computeSortRanks on a
    /// worker): a 100,000-entity catalog then appears sorted without stopping the GUI thread.
    void setIndex(const CatalogIndexPtr& index, int rankedColumn, std::vector<int> ranks);
    /// The column the table is sorted by.
    int sortColumn() const;
    QLineEdit* searchField() const { return m_search; }
    QTableView* table() const { return m_table; }
    EntityFilterProxyModel* proxyModel() const { return m_proxy; }
    EntityTableModel* tableModel() const { return m_model; }
    QList<FacetSection*> facetSections() const { return m_facetSections; }

    /// Checkable: only starred entities.
    QAction* starredOnlyAction() const { return m_starredOnly; }
    /// Checkable: only entities with problems.
    QAction* problemsOnlyAction() const { return m_problemsOnly; }
    /// Checkable, Ctrl+D: stars or unstars the current entity.
    QAction* toggleStarAction() const { return m_toggleStar; }
    /// Asks for a file and writes the current view there as CSV.
    QAction* exportAction() const { return m_export; }
    /// One checkable entry per column (also the table header's context menu).
    QMenu* columnsMenu() const { return m_columnsMenu; }

    /// Stars are kept in QSettings (`catalog/starred`) by canonical ref, for every workspace.
    void setStarred(const QString& ref, bool starred);
    bool isStarred(const QString& ref) const;

    /// The rows as filtered and sorted, the visible columns in the order the user arranged them.
    QByteArray currentViewAsCsv() const;
    /// Writes currentViewAsCsv() to @p path atomically; on failure returns false and sets @p error.
    bool exportCsv(const QString& path, QString* error = nullptr) const;

    /// Columns (order, widths, hidden), filter toggles, panel layout and folded facets, in QSettings.
    void saveState() const;
    void restoreState();

Q_SIGNALS:
    void entityActivated(const QString& ref);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    QWidget* createFacetPanel();
    void rebuildColumnsMenu();
    void exportWithDialog();
    QString starKey(const QString& ref) const;
    void updateStarAction();
    void updateSummary();
    /// The table's index of the entity with @p ref in @p column; invalid when it is filtered out or gone.
    QModelIndex rowOf(const QString& ref, int column) const;

    EntityTableModel* m_model = nullptr;
    EntityFilterProxyModel* m_proxy = nullptr;
    QList<FacetSection*> m_facetSections;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_searchDebounce = nullptr;
    QAction* m_starredOnly = nullptr;
    QAction* m_problemsOnly = nullptr;
    QAction* m_toggleStar = nullptr;
    QAction* m_export = nullptr;
    QMenu* m_columnsMenu = nullptr;
    // Set once the columns have widths, from the saved state or fitted to the first catalog: later loads keep them.
    bool m_columnsSized = false;
};

} // namespace Atrium

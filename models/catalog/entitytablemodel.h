#pragma once

#include "catalogindex.h"

#include <QAbstractTableModel>
#include <QSet>

#include <array>
#include <vector>

namespace Atrium {

/// Every entity of a snapshot, one row each: in snapshot order (row == index into CatalogSnapshot::entities), or in
/// the natural order of a column once sortRows() was called. Filtering belongs to EntityFilterProxyModel, which
/// sorts by asking this model to reorder its rows: from precomputed ranks that is a single pass over the rows,
/// where QSortFilterProxyModel's own sort would compare 100,000 rows ~1.7 million times on the GUI thread.
class EntityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Source: the file an entity comes from, or the backend whose catalog gave it.
    enum Columns { Name, Kind, Type, Owner, System, Lifecycle, Tags, Description, Source, COLUMN_COUNT };
    enum Roles {
        EntityRefRole = Qt::UserRole, ///< QString, canonical `kind:namespace/name`
        EntityIndexRole, ///< int, index into the snapshot's entities (equal to the row until sortRows())
        HasProblemsRole, ///< bool
        ProblemCountRole, ///< int
        StarredRole, ///< bool
        /// int: the row's rank in natural, case-insensitive order of this column, so a sort over 100,000 rows
        /// compares integers instead of strings.
        SortRole,
    };
    Q_ENUM(Columns)

    explicit EntityTableModel(QObject* parent = nullptr);
    ~EntityTableModel() override;

    /// Natural-order ranks of every row for @p column, what sortRank() returns. Pure and thread-safe: compute the
    /// sorted column's ranks on the worker that builds the index, so showing 100,000 entities sorted does not
    /// stop the GUI thread for the ~70 ms it takes.
    using SortRanks = std::vector<int>;
    static SortRanks computeSortRanks(const CatalogIndex& index, int column);
    /// Text of @p column for entity @p row of @p index, as shown.
    static QString displayText(const CatalogIndex& index, int row, int column);

    /// Shows @p index's snapshot. Build the index off the GUI thread (CatalogIndex::create) for big catalogs, and
    /// pass the ranks of the column the view sorts by (computeSortRanks on the same index), when known.
    void setIndex(CatalogIndexPtr index, int rankedColumn = -1, SortRanks ranks = {});
    /// Convenience for small catalogs and tests: builds the index on the calling thread.
    void setSnapshot(CatalogSnapshotPtr snapshot);
    const CatalogIndexPtr& catalogIndex() const { return m_index; }

    /// Refs (any case, short forms allowed) of starred entities; rows whose state changes get dataChanged.
    /// Refs of entities not in the catalog are kept, so stars survive a reload that temporarily lacks them.
    void setStarredRefs(const QSet<QString>& refs);
    /// Canonical refs for entities in the catalog, lower-cased as given for the others.
    const QSet<QString>& starredRefs() const { return m_starredRefs; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Text of @p column for entity @p row, as shown.
    QString displayText(int row, int column) const;
    /// SortRole without the QVariant: position of @p row in the natural order of @p column. The first call for a
    /// column not ranked by setIndex() ranks every row (about 70 ms for 100,000 entities); later calls are lookups.
    int sortRank(int row, int column) const;

    /// Presents the rows in the natural order of @p column (-1: snapshot order), keeping persistent indexes on their
    /// entities. Kept across setIndex(): a reload shows the new catalog in the same order.
    void sortRows(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// The entity (index into the snapshot) shown in @p row, and back.
    int entityIndex(int row) const { return m_order.empty() ? row : m_order[size_t(row)]; }
    int rowOf(int entityIndex) const { return m_rowOf.empty() ? entityIndex : m_rowOf[size_t(entityIndex)]; }

private:
    std::vector<bool> starredRows(const QSet<QString>& refs) const;
    const SortRanks& ranks(int column) const;
    void buildOrder();

    CatalogIndexPtr m_index;
    QSet<QString> m_starredRefs;
    std::vector<bool> m_starred; // per entity
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order; // row -> entity; empty for snapshot order
    std::vector<int> m_rowOf; // entity -> row
    // Natural-order ranks per column, computed the first time a column is sorted.
    mutable std::array<std::vector<int>, COLUMN_COUNT> m_ranks;
};

} // namespace Atrium

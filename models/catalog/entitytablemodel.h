#pragma once

#include "catalogindex.h"

#include <QAbstractTableModel>
#include <QSet>

#include <array>
#include <vector>

namespace Atrium {

/// Every entity of a snapshot, one row each in snapshot order (row == index into CatalogSnapshot::entities).
/// Filtering and sorting belong to EntityFilterProxyModel.
class EntityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { Name, Kind, Type, Owner, System, Lifecycle, Tags, Description, COLUMN_COUNT };
    enum Roles {
        EntityRefRole = Qt::UserRole, ///< QString, canonical `kind:namespace/name`
        EntityIndexRole, ///< int, index into the snapshot's entities
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

    /// Shows @p index's snapshot. Build the index off the GUI thread (CatalogIndex::create) for big catalogs.
    void setIndex(CatalogIndexPtr index);
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
    /// column ranks every row (about 100 ms for 100,000 entities); later calls are lookups.
    int sortRank(int row, int column) const;

private:
    std::vector<bool> starredRows(const QSet<QString>& refs) const;

    CatalogIndexPtr m_index;
    QSet<QString> m_starredRefs;
    std::vector<bool> m_starred; // per row
    // Natural-order ranks per column, computed the first time a column is sorted.
    mutable std::array<std::vector<int>, COLUMN_COUNT> m_ranks;
};

} // namespace Atrium

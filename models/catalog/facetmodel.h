#pragma once

#include "catalogindex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <vector>

namespace Atrium {

class EntityFilterProxyModel;

/// The values of one facet (Kind, Owner, Tag...) with their counts under the current query, checkable.
///
/// Rows are the values that have entities under the current query plus every checked value (so it can be unchecked
/// even when nothing matches it), sorted by count, descending, then naturally by name. A new result with the same
/// index updates the rows in place (removes, inserts, dataChanged, then a layout change for the new order) so views
/// keep their scroll position and selection; a new index resets the model. Checked values are kept by key across
/// indexes, so a reload keeps the user's filters.
class FacetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { Value, Count, COLUMN_COUNT };
    enum Roles {
        KeyRole = Qt::UserRole, ///< QString, the normalised value (CatalogIndex::facetKey)
        CountRole, ///< int
    };
    Q_ENUM(Columns)

    explicit FacetModel(CatalogIndex::Facet facet, QObject* parent = nullptr);
    ~FacetModel() override;

    CatalogIndex::Facet facet() const { return m_facet; }

    /// Shows the counts of @p result (CatalogIndex::query or EntityFilterProxyModel::result()).
    void setResult(const CatalogQueryResult& result);
    /// Counts without any query, or, once connected to a proxy that already has a result for @p index, that result.
    void setIndex(const CatalogIndexPtr& index);
    /// Follows @p proxy's results and pushes this facet's checked values into its query.
    void connectToProxy(EntityFilterProxyModel* proxy);

    /// Checked values as keys, sorted.
    QStringList selectedKeys() const;
    /// Keys or display forms; unknown values are kept (and shown with count 0).
    void setSelectedKeys(const QStringList& keys);
    void clearSelection();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The checked values changed through setData or setSelectedKeys.
    void selectionChanged();

private:
    struct Row {
        QString key;
        QString display;
        int count = 0;
    };
    std::vector<Row> rowsFor(const CatalogQueryResult& result) const;
    void updateRows(std::vector<Row> rows);
    static bool rowLess(const Row& a, const Row& b);
    void sortRows();
    QString normalisedKey(const QString& keyOrDisplay) const;
    void emitCheckChanged(const QString& key);

    CatalogIndex::Facet m_facet;
    CatalogIndexPtr m_index;
    QPointer<EntityFilterProxyModel> m_proxy;
    CatalogQueryResult m_result;
    std::vector<Row> m_rows;
    QSet<QString> m_selected;
    QHash<QString, QString> m_selectedDisplay; // key -> display, for checked values the index does not know
};

} // namespace Atrium

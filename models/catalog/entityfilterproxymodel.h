#pragma once

#include "catalogindex.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace Atrium {

class EntityTableModel;

/// Filters an EntityTableModel with a CatalogQuery and sorts it naturally.
///
/// filterAcceptsRow only reads a bit of the precomputed CatalogQueryResult, so filtering 100,000 rows never touches
/// entity strings. The query is re-run on the new index when the source model is reset (a reload keeps the user's
/// search and facet selections). Starred refs come from the source model, the one place they are kept.
class EntityFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EntityFilterProxyModel(QObject* parent = nullptr);
    ~EntityFilterProxyModel() override;

    /// Must be an EntityTableModel (other models are shown unfiltered).
    void setSourceModel(QAbstractItemModel* sourceModel) override;
    /// Sorts by having the EntityTableModel present its rows in that order (see there); this proxy then keeps the
    /// source order. Other source models are sorted by the base class.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Runs @p query on the source's index on this thread (a few ms for 100,000 entities) and refilters.
    void setQuery(const CatalogQuery& query);
    const CatalogQuery& query() const { return m_query; }
    void setQueryText(const QString& text);
    void setFacetSelection(CatalogIndex::Facet facet, const QStringList& values);
    void setStarredOnly(bool starredOnly);
    void setProblemsOnly(bool problemsOnly);

    /// For a query run elsewhere (CatalogIndex::query on a worker): applied only when it belongs to the source's
    /// current index, so a late result of an old catalog is dropped. Returns whether it was applied.
    bool setResult(const CatalogQueryResult& result, const CatalogQuery& query);
    const CatalogQueryResult& result() const { return m_result; }

Q_SIGNALS:
    /// The accepted set and the facet counts changed (new query, new index, starred set while filtering on it).
    void resultChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void runQuery();
    void applyQuery();
    void refilter();

    QPointer<EntityTableModel> m_source;
    CatalogQuery m_query;
    CatalogQueryResult m_result;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Atrium

#include "entityfilterproxymodel.h"

#include "entitytablemodel.h"

namespace Atrium {

EntityFilterProxyModel::EntityFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EntityTableModel::SortRole);
}

EntityFilterProxyModel::~EntityFilterProxyModel() = default;

void EntityFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_source = qobject_cast<EntityTableModel*>(sourceModel);
    if (m_source) {
        // Connected before QSortFilterProxyModel connects its own reset handler, so the new result exists by the time
        // the base class refilters.
        m_sourceConnections.append(connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            runQuery();
            Q_EMIT resultChanged();
        }));
        m_sourceConnections.append(connect(m_source, &QAbstractItemModel::dataChanged, this,
                                           [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                                               if (m_query.starredOnly && roles.contains(EntityTableModel::StarredRole))
                                                   applyQuery();
                                           }));
    }
    runQuery();
    QSortFilterProxyModel::setSourceModel(sourceModel);
    Q_EMIT resultChanged();
}

void EntityFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (!m_source) {
        QSortFilterProxyModel::sort(column, order);
        return;
    }
    if (QSortFilterProxyModel::sortColumn() != -1)
        QSortFilterProxyModel::sort(-1, order); // the source's order is the order
    m_source->sortRows(column, order);
}

void EntityFilterProxyModel::runQuery()
{
    if (!m_source || !m_source->catalogIndex()) {
        m_result = {};
        return;
    }
    CatalogQuery query = m_query;
    query.starredRefs = m_source->starredRefs();
    m_result = m_source->catalogIndex()->query(query);
}

void EntityFilterProxyModel::refilter()
{
    // invalidate(), not invalidateFilter(): the latter works out which rows appeared and disappeared and inserts
    // them range by range, which for a keystroke that turns 8,000 matches into 100,000 takes most of a second.
    // A rebuild is one pass over the rows (the order comes from the source, see sort()), and persistent indexes
    // (selection, current row) are kept through it.
    if (m_source)
        invalidate();
    else
        invalidateFilter();
}

void EntityFilterProxyModel::applyQuery()
{
    runQuery();
    refilter();
    Q_EMIT resultChanged();
}

void EntityFilterProxyModel::setQuery(const CatalogQuery& query)
{
    m_query = query;
    applyQuery();
}

void EntityFilterProxyModel::setQueryText(const QString& text)
{
    m_query.text = text;
    applyQuery();
}

void EntityFilterProxyModel::setFacetSelection(CatalogIndex::Facet facet, const QStringList& values)
{
    m_query.selected[facet] = values;
    applyQuery();
}

void EntityFilterProxyModel::setStarredOnly(bool starredOnly)
{
    m_query.starredOnly = starredOnly;
    applyQuery();
}

void EntityFilterProxyModel::setProblemsOnly(bool problemsOnly)
{
    m_query.problemsOnly = problemsOnly;
    applyQuery();
}

bool EntityFilterProxyModel::setResult(const CatalogQueryResult& result, const CatalogQuery& query)
{
    if (!m_source || !result.isValid() || result.index() != m_source->catalogIndex())
        return false;
    m_query = query;
    m_result = result;
    refilter();
    Q_EMIT resultChanged();
    return true;
}

bool EntityFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return !m_result.isValid() || m_result.accepts(m_source ? m_source->entityIndex(sourceRow) : sourceRow);
}

bool EntityFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Straight to the ranks: a sort of 100,000 rows makes millions of comparisons, each data() call costs a QVariant.
    if (m_source && sortRole() == EntityTableModel::SortRole && left.model() == m_source)
        return m_source->sortRank(left.row(), left.column()) < m_source->sortRank(right.row(), right.column());
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // EntityTableModel answers with precomputed natural-order ranks; other models get natural string comparison.
    if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int)
        return l.toInt() < r.toInt();
    return naturalCompare(l.toString(), r.toString()) < 0;
}

} // namespace Atrium

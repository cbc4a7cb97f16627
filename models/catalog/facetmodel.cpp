#include "facetmodel.h"

#include "entityfilterproxymodel.h"

#include <algorithm>
#include <numeric>

namespace Atrium {

FacetModel::FacetModel(CatalogIndex::Facet facet, QObject* parent)
    : QAbstractTableModel(parent)
    , m_facet(facet)
{
}

FacetModel::~FacetModel() = default;

void FacetModel::connectToProxy(EntityFilterProxyModel* proxy)
{
    m_proxy = proxy;
    connect(proxy, &EntityFilterProxyModel::resultChanged, this, [this, proxy] { setResult(proxy->result()); });
    connect(this, &FacetModel::selectionChanged, proxy,
            [this, proxy] { proxy->setFacetSelection(m_facet, selectedKeys()); });
    if (!m_selected.isEmpty() || !proxy->query().selected[m_facet].isEmpty())
        proxy->setFacetSelection(m_facet, selectedKeys());
    else
        setResult(proxy->result());
}

void FacetModel::setIndex(const CatalogIndexPtr& index)
{
    // Following a proxy, its result for this index carries the user's search: counts without it would be wrong.
    if (m_proxy && index && m_proxy->result().index() == index) {
        setResult(m_proxy->result());
        return;
    }
    setResult(index ? index->query(CatalogQuery {}) : CatalogQueryResult {});
}

QString FacetModel::normalisedKey(const QString& keyOrDisplay) const
{
    if (m_index) {
        const int id = m_index->facetValueId(m_facet, keyOrDisplay);
        if (id >= 0)
            return m_index->facetKey(m_facet, id);
    }
    return keyOrDisplay.toLower();
}

std::vector<FacetModel::Row> FacetModel::rowsFor(const CatalogQueryResult& result) const
{
    std::vector<Row> rows;
    QSet<QString> pendingSelected = m_selected;
    if (const CatalogIndexPtr& index = result.index()) {
        const QList<int>& counts = result.facetCounts(m_facet);
        for (int id = 0; id < counts.size(); ++id) {
            const QString key = index->facetKey(m_facet, id);
            const bool selected = pendingSelected.remove(key);
            if (counts.at(id) > 0 || selected)
                rows.push_back({ key, index->facetDisplay(m_facet, id), counts.at(id) });
        }
    }
    for (const QString& key : std::as_const(pendingSelected))
        rows.push_back({ key, m_selectedDisplay.value(key, key), 0 });
    return rows;
}

void FacetModel::setResult(const CatalogQueryResult& result)
{
    if (result.index() != m_index) {
        beginResetModel();
        m_index = result.index();
        m_result = result;
        // Keys stay valid across indexes; their display forms may change with the new catalog.
        for (const QString& key : std::as_const(m_selected)) {
            const int id = m_index ? m_index->facetValueId(m_facet, key) : -1;
            if (id >= 0)
                m_selectedDisplay.insert(key, m_index->facetDisplay(m_facet, id));
        }
        m_rows = rowsFor(result);
        std::stable_sort(m_rows.begin(), m_rows.end(), rowLess);
        endResetModel();
        return;
    }
    m_result = result;
    updateRows(rowsFor(result));
}

void FacetModel::updateRows(std::vector<Row> rows)
{
    QHash<QString, int> wanted; // key -> position in rows
    for (int i = 0; i < int(rows.size()); ++i)
        wanted.insert(rows[size_t(i)].key, i);

    // Remove rows that went away, bottom-up in contiguous runs.
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        if (wanted.contains(m_rows[size_t(row)].key)) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !wanted.contains(m_rows[size_t(row)].key))
            --row;
        const int first = row + 1;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
    }

    // Update counts of the rows that stay.
    std::vector<bool> present(rows.size(), false);
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const int position = wanted.value(m_rows[size_t(i)].key);
        present[size_t(position)] = true;
        const Row& fresh = rows[size_t(position)];
        if (m_rows[size_t(i)].count != fresh.count || m_rows[size_t(i)].display != fresh.display) {
            m_rows[size_t(i)].count = fresh.count;
            m_rows[size_t(i)].display = fresh.display;
            if (firstChanged < 0)
                firstChanged = i;
            lastChanged = i;
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, COLUMN_COUNT - 1));

    // Append new values, then move everything into order.
    std::vector<Row> added;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!present[i])
            added.push_back(std::move(rows[i]));
    }
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
        endInsertRows();
    }
    sortRows();
}

bool FacetModel::rowLess(const Row& a, const Row& b)
{
    if (a.count != b.count)
        return a.count > b.count;
    const int byName = naturalCompare(a.display, b.display);
    return byName != 0 ? byName < 0 : a.key < b.key;
}

void FacetModel::sortRows()
{
    const auto less = &FacetModel::rowLess;
    if (std::is_sorted(m_rows.cbegin(), m_rows.cend(), less))
        return;
    std::vector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return less(m_rows[size_t(a)], m_rows[size_t(b)]); });

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newPosition(order.size());
    std::vector<Row> sorted;
    sorted.reserve(m_rows.size());
    for (size_t i = 0; i < order.size(); ++i) {
        newPosition[size_t(order[i])] = int(i);
        sorted.push_back(std::move(m_rows[size_t(order[i])]));
    }
    m_rows = std::move(sorted);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& old : from)
        to.append(index(newPosition[size_t(old.row())], old.column()));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QStringList FacetModel::selectedKeys() const
{
    QStringList keys(m_selected.cbegin(), m_selected.cend());
    keys.sort();
    return keys;
}

void FacetModel::emitCheckChanged(const QString& key)
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows[size_t(row)].key == key) {
            const QModelIndex changed = index(row, Value);
            Q_EMIT dataChanged(changed, changed, { Qt::CheckStateRole });
            return;
        }
    }
}

void FacetModel::setSelectedKeys(const QStringList& keys)
{
    QSet<QString> selected;
    for (const QString& key : keys) {
        const QString normalised = normalisedKey(key);
        selected.insert(normalised);
        if (!m_selectedDisplay.contains(normalised)) {
            const int id = m_index ? m_index->facetValueId(m_facet, normalised) : -1;
            m_selectedDisplay.insert(normalised, id >= 0 ? m_index->facetDisplay(m_facet, id) : key);
        }
    }
    if (selected == m_selected)
        return;
    const QSet<QString> previous = std::exchange(m_selected, selected);
    for (const QString& key : previous | selected)
        if (previous.contains(key) != selected.contains(key))
            emitCheckChanged(key);
    // Unchecked values with no entities disappear, newly checked unknown ones appear.
    updateRows(rowsFor(m_result));
    Q_EMIT selectionChanged();
}

void FacetModel::clearSelection()
{
    setSelectedKeys({});
}

int FacetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FacetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : COLUMN_COUNT;
}

QVariant FacetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Value ? QVariant(row.display) : QVariant(row.count);
    case Qt::ToolTipRole:
        return row.key;
    case Qt::CheckStateRole:
        if (index.column() == Value)
            return m_selected.contains(row.key) ? Qt::Checked : Qt::Unchecked;
        return {};
    case KeyRole:
        return row.key;
    case CountRole:
        return row.count;
    }
    return {};
}

bool FacetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Value || !index.isValid()
        || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const QString key = m_rows[size_t(index.row())].key;
    // Views send a Qt::CheckState, scripts and tests often a plain int: toInt() reads both.
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_selected.contains(key))
        return true;
    if (checked) {
        m_selected.insert(key);
        m_selectedDisplay.insert(key, m_rows[size_t(index.row())].display);
    } else {
        m_selected.remove(key);
    }
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT selectionChanged();
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Value)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant FacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Value:
        return CatalogIndex::facetName(m_facet);
    case Count:
        return tr("Count");
    }
    return {};
}

} // namespace Atrium

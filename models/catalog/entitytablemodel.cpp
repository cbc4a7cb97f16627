#include "entitytablemodel.h"

#include <QtConcurrent>
#include <QThreadPool>

#include <algorithm>
#include <numeric>

namespace Atrium {

EntityTableModel::EntityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

EntityTableModel::~EntityTableModel() = default;

void EntityTableModel::setIndex(CatalogIndexPtr index, int rankedColumn, SortRanks ranks)
{
    beginResetModel();
    m_index = std::move(index);
    m_ranks = {};
    if (rankedColumn >= 0 && rankedColumn < COLUMN_COUNT && m_index && ranks.size() == size_t(m_index->entityCount()))
        m_ranks[rankedColumn] = std::move(ranks);
    buildOrder();
    m_starred = starredRows(m_starredRefs);
    endResetModel();
}

void EntityTableModel::setSnapshot(CatalogSnapshotPtr snapshot)
{
    setIndex(snapshot ? CatalogIndex::create(std::move(snapshot)) : CatalogIndexPtr());
}

std::vector<bool> EntityTableModel::starredRows(const QSet<QString>& refs) const
{
    std::vector<bool> starred(m_index ? size_t(m_index->entityCount()) : 0, false);
    for (const QString& ref : refs) {
        const int row = m_index ? m_index->indexOf(ref) : -1;
        if (row >= 0)
            starred[size_t(row)] = true;
    }
    return starred;
}

void EntityTableModel::setStarredRefs(const QSet<QString>& refs)
{
    // Kept as given (canonical when the entity is known): a star outlives a reload in which its entity is missing.
    const QSet<QString> given = refs; // refs may be starredRefs() itself
    m_starredRefs.clear();
    for (const QString& ref : given) {
        const Entity entity = m_index ? m_index->find(ref) : Entity();
        m_starredRefs.insert(entity ? entity.ref().toString() : ref.toLower());
    }
    const std::vector<bool> starred = starredRows(m_starredRefs);
    // One dataChanged per run of changed rows keeps the signal count small when many stars change at once.
    std::vector<int> changedRows;
    for (size_t entity = 0; entity < starred.size(); ++entity) {
        if (starred[entity] != m_starred[entity])
            changedRows.push_back(rowOf(int(entity)));
    }
    m_starred = starred;
    std::sort(changedRows.begin(), changedRows.end());
    for (size_t i = 0; i < changedRows.size();) {
        size_t last = i;
        while (last + 1 < changedRows.size() && changedRows[last + 1] == changedRows[last] + 1)
            ++last;
        Q_EMIT dataChanged(index(changedRows[i], 0), index(changedRows[last], COLUMN_COUNT - 1), { StarredRole });
        i = last + 1;
    }
}

int EntityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_index ? 0 : m_index->entityCount();
}

int EntityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : COLUMN_COUNT;
}

QString EntityTableModel::displayText(int row, int column) const
{
    return displayText(*m_index, entityIndex(row), column);
}

QString EntityTableModel::displayText(const CatalogIndex& index, int row, int column)
{
    const Entity entity = index.snapshot()->entities.at(row);
    switch (column) {
    case Name:
        return entity.displayName().toString();
    case Kind:
        return entity.kind().toString();
    case Type:
        return entity.specType().toString();
    case Owner:
        return index.entityFacetDisplay(CatalogIndex::Owner, row);
    case System:
        return index.entityFacetDisplay(CatalogIndex::System, row);
    case Lifecycle:
        return entity.lifecycle().toString();
    case Tags:
        return index.entityFacetDisplay(CatalogIndex::Tag, row);
    case Description:
        return entity.description().toString();
    case Source:
        return entity.file().isEmpty() ? entity.origin().toString()
                                       : entity.file().mid(entity.file().lastIndexOf(u'/') + 1).toString();
    }
    return {};
}

EntityTableModel::SortRanks EntityTableModel::computeSortRanks(const CatalogIndex& index, int column)
{
    const int rows = index.entityCount();
    SortRanks ranks(size_t(rows), 0);
    if (rows == 0 || column < 0 || column >= COLUMN_COUNT)
        return ranks;
    std::vector<QString> keys(static_cast<size_t>(rows));
    // Building 100,000 sort keys dominates; the snapshot is immutable, so ranges run in parallel.
    QList<QPair<int, int>> ranges;
    for (int first = 0; first < rows; first += 16384)
        ranges.append({ first, std::min(rows, first + 16384) });
    // A pool of its own: this runs on a global-pool worker too, and Qt 6.4 can deadlock when a global-pool task
    // blocks on more global-pool work.
    QThreadPool pool;
    QtConcurrent::blockingMap(&pool, ranges, [&index, column, &keys](const QPair<int, int>& range) {
        for (int r = range.first; r < range.second; ++r)
            keys[size_t(r)] = naturalSortKey(displayText(index, r, column));
    });
    std::vector<int> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    // Stable, so rows that compare equal keep snapshot order.
    std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    for (int position = 0; position < rows; ++position)
        ranks[size_t(order[size_t(position)])] = position;
    return ranks;
}

const EntityTableModel::SortRanks& EntityTableModel::ranks(int column) const
{
    SortRanks& ranks = m_ranks[size_t(column)];
    if (ranks.empty() && m_index && m_index->entityCount() > 0)
        ranks = computeSortRanks(*m_index, column);
    return ranks;
}

int EntityTableModel::sortRank(int row, int column) const
{
    return ranks(column)[size_t(entityIndex(row))];
}

void EntityTableModel::buildOrder()
{
    m_order.clear();
    m_rowOf.clear();
    if (!m_index || m_sortColumn < 0 || m_sortColumn >= COLUMN_COUNT)
        return;
    const SortRanks& ranking = ranks(m_sortColumn);
    const size_t rows = ranking.size();
    m_order.resize(rows);
    m_rowOf.resize(rows);
    // Ranks are distinct positions 0..n-1, so placing each entity at its rank is the whole sort.
    for (size_t entity = 0; entity < rows; ++entity) {
        const size_t row
            = m_sortOrder == Qt::AscendingOrder ? size_t(ranking[entity]) : rows - 1 - size_t(ranking[entity]);
        m_order[row] = int(entity);
        m_rowOf[entity] = int(row);
    }
}

void EntityTableModel::sortRows(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= COLUMN_COUNT || (column == m_sortColumn && order == m_sortOrder))
        return;
    if (!m_index) {
        m_sortColumn = column;
        m_sortOrder = order;
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> entities;
    entities.reserve(size_t(before.size()));
    for (const QModelIndex& index : before)
        entities.push_back(entityIndex(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    buildOrder();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(entities[size_t(i)]), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_index)
        return {};
    const int row = index.row();
    const int entityIndex = this->entityIndex(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*m_index, entityIndex, index.column());
    case Qt::ToolTipRole: {
        const Entity entity = m_index->snapshot()->entities.at(entityIndex);
        if (index.column() == Description)
            return entity.description().toString();
        if (index.column() == Source)
            return entity.file().isEmpty() ? tr("From the catalog of the backend %1").arg(entity.origin().toString())
                                           : entity.file().toString();
        return entity.ref().toString();
    }
    case EntityRefRole:
        return m_index->snapshot()->entities.at(entityIndex).ref().toString();
    case EntityIndexRole:
        return entityIndex;
    case HasProblemsRole:
        return m_index->hasProblems(entityIndex);
    case ProblemCountRole:
        return m_index->problemCount(entityIndex);
    case StarredRole:
        return bool(m_starred[size_t(entityIndex)]);
    case SortRole:
        return sortRank(row, index.column());
    }
    return {};
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Type:
        return tr("Type");
    case Owner:
        return tr("Owner");
    case System:
        return tr("System");
    case Lifecycle:
        return tr("Lifecycle");
    case Tags:
        return tr("Tags");
    case Description:
        return tr("Description");
    case Source:
        return tr("Source");
    }
    return {};
}

QHash<int, QByteArray> EntityTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntityRefRole, QByteArrayLiteral("entityRef"));
    names.insert(EntityIndexRole, QByteArrayLiteral("entityIndex"));
    names.insert(HasProblemsRole, QByteArrayLiteral("hasProblems"));
    names.insert(ProblemCountRole, QByteArrayLiteral("problemCount"));
    names.insert(StarredRole, QByteArrayLiteral("starred"));
    names.insert(SortRole, QByteArrayLiteral("sortKey"));
    return names;
}

} // namespace Atrium

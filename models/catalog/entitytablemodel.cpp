#include "entitytablemodel.h"

#include <QtConcurrent>

#include <algorithm>
#include <numeric>

namespace Atrium {

EntityTableModel::EntityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

EntityTableModel::~EntityTableModel() = default;

void EntityTableModel::setIndex(CatalogIndexPtr index)
{
    beginResetModel();
    m_index = std::move(index);
    m_ranks = {};
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
    const int rows = int(starred.size());
    int row = 0;
    while (row < rows) {
        if (starred[size_t(row)] == m_starred[size_t(row)]) {
            ++row;
            continue;
        }
        const int first = row;
        while (row < rows && starred[size_t(row)] != m_starred[size_t(row)]) {
            m_starred[size_t(row)] = starred[size_t(row)];
            ++row;
        }
        Q_EMIT dataChanged(index(first, 0), index(row - 1, COLUMN_COUNT - 1), { StarredRole });
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
    const Entity entity = m_index->snapshot()->entities.at(row);
    switch (column) {
    case Name:
        return entity.displayName().toString();
    case Kind:
        return entity.kind().toString();
    case Type:
        return entity.specType().toString();
    case Owner:
        return m_index->entityFacetDisplay(CatalogIndex::Owner, row);
    case System:
        return m_index->entityFacetDisplay(CatalogIndex::System, row);
    case Lifecycle:
        return entity.lifecycle().toString();
    case Tags:
        return m_index->entityFacetDisplay(CatalogIndex::Tag, row);
    case Description:
        return entity.description().toString();
    }
    return {};
}

int EntityTableModel::sortRank(int row, int column) const
{
    std::vector<int>& ranks = m_ranks[column];
    if (ranks.empty() && m_index && m_index->entityCount() > 0) {
        const int rows = m_index->entityCount();
        std::vector<QString> keys(static_cast<size_t>(rows));
        // Building 100,000 sort keys dominates; the snapshot is immutable, so ranges run in parallel.
        QList<QPair<int, int>> ranges;
        for (int first = 0; first < rows; first += 16384)
            ranges.append({ first, std::min(rows, first + 16384) });
        QtConcurrent::blockingMap(ranges, [this, column, &keys](const QPair<int, int>& range) {
            for (int r = range.first; r < range.second; ++r)
                keys[size_t(r)] = naturalSortKey(displayText(r, column));
        });
        std::vector<int> order(static_cast<size_t>(rows));
        std::iota(order.begin(), order.end(), 0);
        // Stable, so rows that compare equal keep snapshot order.
        std::stable_sort(order.begin(), order.end(),
                         [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
        ranks.resize(size_t(rows));
        for (int position = 0; position < rows; ++position)
            ranks[size_t(order[size_t(position)])] = position;
    }
    return ranks[size_t(row)];
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_index)
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole: {
        const Entity entity = m_index->snapshot()->entities.at(row);
        if (index.column() == Description)
            return entity.description().toString();
        return entity.ref().toString();
    }
    case EntityRefRole:
        return m_index->snapshot()->entities.at(row).ref().toString();
    case EntityIndexRole:
        return row;
    case HasProblemsRole:
        return m_index->hasProblems(row);
    case ProblemCountRole:
        return m_index->problemCount(row);
    case StarredRole:
        return bool(m_starred[size_t(row)]);
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

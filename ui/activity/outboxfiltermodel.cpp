#include "outboxfiltermodel.h"

#include "backends/outboxentry.h"
#include "outboxmodel.h"

namespace Atrium {

OutboxFilterModel::OutboxFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OutboxModel::SortRole);
}

OutboxFilterModel::~OutboxFilterModel() = default;

void OutboxFilterModel::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    invalidateFilter();
}

void OutboxFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool OutboxFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using State = OutboxEntry::State;
    const auto state = State(index.data(OutboxModel::StateRole).toInt());
    switch (m_stateFilter) {
    case StateFilter::All:
        break;
    case StateFilter::Active:
        if (!index.data(OutboxModel::ActiveRole).toBool())
            return false;
        break;
    case StateFilter::NeedsAttention:
        if (state != State::Failed && state != State::Unknown)
            return false;
        break;
    case StateFilter::Finished:
        if (state != State::Completed && state != State::Sent)
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(OutboxModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const QString& word) { return text.contains(word); });
}

} // namespace Atrium

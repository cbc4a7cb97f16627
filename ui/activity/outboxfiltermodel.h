#pragma once

#include <QSortFilterProxyModel>

namespace Atrium {

/// The Activity list's filter: a group of states and the words of the search field, each of which must occur in
/// the entry's title, target, URL, error, state or kind. Sorts by OutboxModel::SortRole; unsorted it keeps the
/// model's order, newest first.
class OutboxFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class StateFilter { All, Active, NeedsAttention, Finished };

    explicit OutboxFilterModel(QObject* parent = nullptr);
    ~OutboxFilterModel() override;

    StateFilter stateFilter() const { return m_stateFilter; }
    void setStateFilter(StateFilter filter);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    StateFilter m_stateFilter = StateFilter::All;
    QStringList m_words;
};

} // namespace Atrium

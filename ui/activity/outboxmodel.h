#pragma once

#include "backends/outboxentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace Atrium {

class Outbox;

/// The outbox as a table, newest submission first, following the outbox live: a new entry is inserted, a change
/// repaints its row only, a removed entry goes. Rows hold copies of the entries (implicitly shared), so painting
/// never looks anything up in the outbox.
class OutboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns {
        StateColumn,
        TitleColumn,
        KindColumn,
        TargetColumn,
        AttemptsColumn,
        UpdatedColumn,
        ErrorColumn,
        COLUMN_COUNT
    };
    enum Roles {
        EntryIdRole = Qt::UserRole, ///< QUuid
        StateRole, ///< int(OutboxEntry::State)
        KindRole, ///< int(OutboxEntry::Kind)
        SortRole, ///< numbers and times for the numeric and time columns, the text otherwise
        ActiveRole, ///< bool: queued, sending or running
        SearchTextRole, ///< title, target, URL, error and state in one lower-case string, for the search field
    };

    /// @p outbox is not owned and must outlive the model.
    explicit OutboxModel(Outbox* outbox, QObject* parent = nullptr);
    ~OutboxModel() override;

    Outbox* outbox() const { return m_outbox; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The entry's row; -1 when it is not in the model.
    int rowOf(const QUuid& id) const;
    const OutboxEntry& entryAt(int row) const { return m_entries.at(row); }
    /// Entries that are queued, sending or running.
    int activeCount() const { return m_activeCount; }

    static QString kindLabel(OutboxEntry::Kind kind);
    /// A time as the table shows it: the time of day for today, the date and time otherwise, in the user's locale.
    static QString timeLabel(const QDateTime& time, const QDateTime& now);

Q_SIGNALS:
    void activeCountChanged(int count);

private:
    void onEntryAdded(const QUuid& id);
    void onEntryChanged(const QUuid& id);
    void onEntryRemoved(const QUuid& id);
    void updateActiveCount();

    Outbox* m_outbox;
    QList<OutboxEntry> m_entries;
    int m_activeCount = 0;
};

} // namespace Atrium

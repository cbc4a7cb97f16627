#include "outboxmodel.h"

#include "activityrules.h"
#include "backends/outbox.h"
#include "statusicons.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

// The order of Outbox::entries(): newest first, the id breaking ties.
bool isNewer(const OutboxEntry& a, const OutboxEntry& b)
{
    return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id < b.id;
}

QString firstLine(const QString& text)
{
    const qsizetype end = text.indexOf(u'\n');
    return end < 0 ? text : text.left(end) + u'…';
}

} // namespace

OutboxModel::OutboxModel(Outbox* outbox, QObject* parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
    , m_entries(outbox->entries())
{
    connect(outbox, &Outbox::entryAdded, this, &OutboxModel::onEntryAdded);
    connect(outbox, &Outbox::entryChanged, this, &OutboxModel::onEntryChanged);
    connect(outbox, &Outbox::entryRemoved, this, &OutboxModel::onEntryRemoved);
    m_activeCount = int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                                      [](const OutboxEntry& entry) { return ActivityRules::isActive(entry.state); }));
}

OutboxModel::~OutboxModel() = default;

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : COLUMN_COUNT;
}

QString OutboxModel::kindLabel(OutboxEntry::Kind kind)
{
    switch (kind) {
    case OutboxEntry::Kind::ScaffolderTask:
        return tr("Scaffolder task");
    case OutboxEntry::Kind::HttpRequest:
        return tr("HTTP request");
    }
    return {};
}

QString OutboxModel::timeLabel(const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry& entry = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StateColumn:
            return OutboxEntry::stateLabel(entry.state);
        case TitleColumn:
            return entry.title.isEmpty() ? entry.url.toDisplayString() : entry.title;
        case KindColumn:
            return kindLabel(entry.kind);
        case TargetColumn:
            return entry.targetName;
        case AttemptsColumn:
            return entry.attempts;
        case UpdatedColumn:
            return timeLabel(entry.updatedAt, QDateTime::currentDateTime());
        case ErrorColumn:
            return firstLine(entry.lastError);
        }
        return {};
    case Qt::DecorationRole:
        if (column == StateColumn)
            return StatusIcons::stateIcon(entry.state, QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case StateColumn:
        case ErrorColumn:
            return entry.lastError.isEmpty() ? OutboxEntry::stateLabel(entry.state) : entry.lastError;
        case TitleColumn:
        case TargetColumn:
            return QString(QString::fromLatin1(entry.method) + u' ' + entry.url.toDisplayString());
        case UpdatedColumn:
            return QLocale().toString(entry.updatedAt.toLocalTime(), QLocale::LongFormat);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == AttemptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntryIdRole:
        return entry.id;
    case StateRole:
        return int(entry.state);
    case KindRole:
        return int(entry.kind);
    case ActiveRole:
        return ActivityRules::isActive(entry.state);
    case SortRole:
        switch (column) {
        case StateColumn:
            return int(entry.state);
        case AttemptsColumn:
            return entry.attempts;
        case UpdatedColumn:
            return entry.updatedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchTextRole:
        return QString(entry.title + u'\n' + entry.targetName + u'\n' + entry.url.toDisplayString() + u'\n'
                       + entry.lastError + u'\n' + OutboxEntry::stateLabel(entry.state) + u'\n' + kindLabel(entry.kind))
            .toLower();
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case TitleColumn:
        return tr("Request");
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Target");
    case AttemptsColumn:
        return tr("Attempts");
    case UpdatedColumn:
        return tr("Updated");
    case ErrorColumn:
        return tr("Last error");
    }
    return {};
}

int OutboxModel::rowOf(const QUuid& id) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&id](const OutboxEntry& entry) { return entry.id == id; });
    return it == m_entries.cend() ? -1 : int(it - m_entries.cbegin());
}

void OutboxModel::onEntryAdded(const QUuid& id)
{
    const std::optional<OutboxEntry> entry = m_outbox->entry(id);
    if (!entry || rowOf(id) >= 0)
        return;
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), *entry, isNewer);
    const int row = int(it - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, *entry);
    endInsertRows();
    updateActiveCount();
}

void OutboxModel::onEntryChanged(const QUuid& id)
{
    const int row = rowOf(id);
    const std::optional<OutboxEntry> entry = m_outbox->entry(id);
    if (row < 0 || !entry)
        return;
    // createdAt never changes, so the row keeps its place.
    m_entries[row] = *entry;
    Q_EMIT dataChanged(index(row, 0), index(row, COLUMN_COUNT - 1));
    updateActiveCount();
}

void OutboxModel::onEntryRemoved(const QUuid& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    updateActiveCount();
}

void OutboxModel::updateActiveCount()
{
    const int count = int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                                        [](const OutboxEntry& entry) { return ActivityRules::isActive(entry.state); }));
    if (count == m_activeCount)
        return;
    m_activeCount = count;
    Q_EMIT activeCountChanged(count);
}

} // namespace Atrium

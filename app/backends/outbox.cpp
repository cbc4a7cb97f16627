#include "outbox.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Atrium {

QString Outbox::defaultDirectory()
{
    // Not AppDataLocation: that differs between `atrium` and `atrium-cli`, and both must see the same outbox.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Atrium/outbox");
}

Outbox::Outbox(QString directory, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(directory))
{
    load();
}

Outbox::~Outbox() = default;

QString Outbox::fileName(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces) + QStringLiteral(".json");
}

OutboxEntry Outbox::recoveredAfterRestart(OutboxEntry entry, const QDateTime& now)
{
    if (entry.state != OutboxEntry::State::Sending)
        return entry;
    if (entry.isSafeToResend()) {
        entry.state = OutboxEntry::State::Queued;
        entry.nextAttemptAt = now;
        entry.appendLog(tr("Atrium stopped while sending; queued again, as sending it twice does no harm"), now);
    } else {
        entry.state = OutboxEntry::State::Unknown;
        entry.lastError = tr("Atrium stopped while sending this request, so the backend may or may not have received "
                             "it. Check the backend, then retry or remove it.");
        entry.appendLog(entry.lastError, now);
    }
    entry.updatedAt = now;
    return entry;
}

OutboxEntry Outbox::startingAttempt(OutboxEntry entry, const QDateTime& now)
{
    entry.state = OutboxEntry::State::Sending;
    ++entry.attempts;
    entry.appendLog(tr("Sending, attempt %1").arg(entry.attempts), now);
    return entry;
}

OutboxEntry Outbox::afterAttempt(OutboxEntry entry, const RetryDecision& decision, const QDateTime& now)
{
    switch (decision.action) {
    case RetryDecision::Action::Done:
        entry.state = OutboxEntry::State::Sent;
        entry.lastError.clear();
        entry.nextAttemptAt = {};
        entry.appendLog(tr("Sent"), now);
        return entry;
    case RetryDecision::Action::Retry:
        entry.state = OutboxEntry::State::Queued;
        entry.nextAttemptAt = now.addMSecs(decision.delay.count());
        entry.lastError = decision.reason;
        entry.appendLog(
            tr("%1; trying again at %2").arg(decision.reason, entry.nextAttemptAt.toString(Qt::ISODateWithMs)), now);
        return entry;
    case RetryDecision::Action::Fail:
        entry.state = OutboxEntry::State::Failed;
        break;
    case RetryDecision::Action::MarkUnknown:
        entry.state = OutboxEntry::State::Unknown;
        break;
    }
    entry.nextAttemptAt = {};
    entry.lastError = decision.reason;
    entry.appendLog(decision.reason, now);
    return entry;
}

QList<OutboxEntry> Outbox::dueEntries(const QDateTime& now) const
{
    QList<OutboxEntry> due;
    for (const OutboxEntry& entry : m_entries)
        if (entry.state == OutboxEntry::State::Queued && (!entry.nextAttemptAt.isValid() || entry.nextAttemptAt <= now))
            due.append(entry);
    std::sort(due.begin(), due.end(), [](const OutboxEntry& a, const OutboxEntry& b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return due;
}

QDateTime Outbox::nextAttemptAt() const
{
    QDateTime earliest;
    for (const OutboxEntry& entry : m_entries) {
        if (entry.state != OutboxEntry::State::Queued)
            continue;
        // Queued without a time means "now", which is as early as it gets.
        const QDateTime at = entry.nextAttemptAt.isValid() ? entry.nextAttemptAt : entry.createdAt;
        if (!earliest.isValid() || at < earliest)
            earliest = at;
    }
    return earliest;
}

void Outbox::load()
{
    const QDir directory(m_directory);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Only "*.json": QSaveFile's temporary files (`<name>.json.XXXXXX`) are what a killed writer leaves behind.
    const QStringList names = directory.entryList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QString& name : names) {
        const QString path = directory.filePath(name);
        const auto reject = [this, &path](const QString& why) {
            m_loadErrors.append(tr("The outbox file %1 is ignored: %2").arg(QDir::toNativeSeparators(path), why));
        };
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            reject(file.errorString());
            continue;
        }
        QString error;
        std::optional<OutboxEntry> entry = OutboxEntry::fromFileContents(file.readAll(), &error);
        if (!entry) {
            reject(error);
            continue;
        }
        if (name != fileName(entry->id)) {
            // A copied file would otherwise become a second entry with the same id.
            reject(tr("it holds the entry %1").arg(entry->id.toString(QUuid::WithoutBraces)));
            continue;
        }
        const OutboxEntry recovered = recoveredAfterRestart(*entry, now);
        if (recovered != *entry && !write(recovered, &error))
            m_loadErrors.append(error);
        m_entries.insert(recovered.id, recovered);
    }
}

bool Outbox::write(const OutboxEntry& entry, QString* error) const
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QDir().mkpath(m_directory))
        return fail(tr("The outbox folder %1 cannot be created").arg(QDir::toNativeSeparators(m_directory)));
    QSaveFile file(QDir(m_directory).filePath(fileName(entry.id)));
    const auto writeError = [&file, &fail] {
        return fail(tr("The outbox entry cannot be written to %1: %2")
                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return writeError();
    file.write(entry.toFileContents());
    // commit() flushes and fsyncs before renaming, so after a power cut the rename never points at empty data.
    if (!file.commit())
        return writeError();
    return true;
}

QList<OutboxEntry> Outbox::entries() const
{
    QList<OutboxEntry> list = m_entries.values();
    std::sort(list.begin(), list.end(), [](const OutboxEntry& a, const OutboxEntry& b) {
        // The id breaks ties so that entries created in the same millisecond keep one order.
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id < b.id;
    });
    return list;
}

std::optional<OutboxEntry> Outbox::entry(const QUuid& id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? std::nullopt : std::optional(*it);
}

QUuid Outbox::add(OutboxEntry entry, QString* error)
{
    if (entry.id.isNull())
        entry.id = QUuid::createUuid();
    if (m_entries.contains(entry.id)) {
        if (error)
            *error = tr("The outbox already holds an entry %1").arg(entry.id.toString(QUuid::WithoutBraces));
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!entry.createdAt.isValid())
        entry.createdAt = now;
    entry.updatedAt = now;
    if (!write(entry, error))
        return {};
    m_entries.insert(entry.id, entry);
    Q_EMIT entryAdded(entry.id);
    return entry.id;
}

bool Outbox::update(OutboxEntry entry, QString* error)
{
    if (!m_entries.contains(entry.id)) {
        if (error)
            *error = tr("The outbox holds no entry %1").arg(entry.id.toString(QUuid::WithoutBraces));
        return false;
    }
    entry.updatedAt = QDateTime::currentDateTimeUtc();
    if (!write(entry, error))
        return false;
    m_entries.insert(entry.id, entry);
    Q_EMIT entryChanged(entry.id);
    return true;
}

bool Outbox::retry(const QUuid& id, QString* error)
{
    std::optional<OutboxEntry> current = entry(id);
    if (!current) {
        if (error)
            *error = tr("The outbox holds no entry %1").arg(id.toString(QUuid::WithoutBraces));
        return false;
    }
    if (current->state != OutboxEntry::State::Unknown && current->state != OutboxEntry::State::Failed) {
        if (error)
            *error = tr("Only a failed request or one with an unknown outcome can be retried; this one is %1")
                         .arg(OutboxEntry::stateLabel(current->state).toLower());
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    current->state = OutboxEntry::State::Queued;
    current->attempts = 0;
    current->nextAttemptAt = now;
    current->appendLog(tr("Queued again by hand"), now);
    return update(std::move(*current), error);
}

bool Outbox::remove(const QUuid& id, QString* error)
{
    if (!m_entries.contains(id)) {
        if (error)
            *error = tr("The outbox holds no entry %1").arg(id.toString(QUuid::WithoutBraces));
        return false;
    }
    QFile file(QDir(m_directory).filePath(fileName(id)));
    if (file.exists() && !file.remove()) {
        if (error)
            *error = tr("The outbox entry %1 cannot be deleted: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    m_entries.remove(id);
    Q_EMIT entryRemoved(id);
    return true;
}

} // namespace Atrium

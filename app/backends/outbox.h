#pragma once

#include "backends/outboxentry.h"
#include "backends/retrypolicy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Atrium {

/// The persistent outbox: every submission is written here before it is sent, and every change of its state is
/// written before the next step, so that a crash or `kill -9` loses nothing.
///
/// One JSON file per entry, `<uuid>.json`, written with QSaveFile: a file is either the old entry or the new one, never
/// half of each. QSaveFile's temporary files of a writer that died do not end in ".json" and are never read. A file
/// that cannot be read is reported in loadErrors() and left alone, never fatal.
///
/// On start, an entry that was being sent when the app stopped cannot be known to have arrived: one that is safe to
/// resend (idempotency key, idempotent method) goes back to the queue, any other becomes unknown and waits for the
/// user's retry().
class Outbox : public QObject {
    Q_OBJECT
public:
    /// QStandardPaths::GenericDataLocation + "/Atrium/outbox" (~/.local/share/Atrium/outbox), shared by both
    /// executables.
    static QString defaultDirectory();

    /// Loads every entry in @p directory (created on the first write).
    explicit Outbox(QString directory = defaultDirectory(), QObject* parent = nullptr);
    ~Outbox() override;

    QString directory() const { return m_directory; }
    /// The files that could not be read on start, each with its path and why.
    QStringList loadErrors() const { return m_loadErrors; }

    /// Every entry, newest (by creation) first.
    QList<OutboxEntry> entries() const;
    std::optional<OutboxEntry> entry(const QUuid& id) const;
    bool contains(const QUuid& id) const { return m_entries.contains(id); }
    qsizetype size() const { return m_entries.size(); }

    /// Writes a new entry; a null id gets a fresh one, an invalid createdAt now. Returns its id, or a null QUuid
    /// with @p error set when it could not be written (then it is not in the outbox either).
    QUuid add(OutboxEntry entry, QString* error = nullptr);
    /// Writes @p entry over the one with its id, with updatedAt set to now. False with @p error set when there is
    /// no such entry or it could not be written; the entry is then unchanged, on disk and here.
    bool update(OutboxEntry entry, QString* error = nullptr);
    /// Queues an unknown or failed entry again, at once and with a fresh count of attempts: the user's decision to
    /// send something that may already have arrived.
    bool retry(const QUuid& id, QString* error = nullptr);
    /// Forgets the entry and deletes its file.
    bool remove(const QUuid& id, QString* error = nullptr);

    /// The queued entries whose time has come at @p now, oldest first: the order in which they were submitted.
    QList<OutboxEntry> dueEntries(const QDateTime& now) const;
    /// The earliest nextAttemptAt of a queued entry; invalid when none waits. For the sender's timer.
    QDateTime nextAttemptAt() const;

    /// @p entry as an attempt starts: sending, one more attempt. Write it (update()) before the request goes out.
    static OutboxEntry startingAttempt(OutboxEntry entry, const QDateTime& now);
    /// @p entry after the attempt, as @p decision says: sent, queued again at now + delay, failed or unknown.
    static OutboxEntry afterAttempt(OutboxEntry entry, const RetryDecision& decision, const QDateTime& now);
    /// What an entry read on start becomes: `sending` means the app stopped mid-send.
    static OutboxEntry recoveredAfterRestart(OutboxEntry entry, const QDateTime& now);
    /// The file name of @p id inside the folder.
    static QString fileName(const QUuid& id);

Q_SIGNALS:
    void entryAdded(const QUuid& id);
    void entryChanged(const QUuid& id);
    void entryRemoved(const QUuid& id);

private:
    void load();
    bool write(const OutboxEntry& entry, QString* error) const;

    QString m_directory;
    QHash<QUuid, OutboxEntry> m_entries;
    QStringList m_loadErrors;
};

} // namespace Atrium

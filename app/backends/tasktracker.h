#pragma once

#include "backends/taskfollower.h"
#include "workspace/backendsconfig.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace Atrium {

class Outbox;
struct OutboxEntry;

/// Follows the scaffolder tasks of an Outbox once their backend accepted them (state sent or running, with the task
/// id in remoteId) until they end, writing what happens into their entries: running, each step's status and log,
/// the last event read (so an app restarted mid-task resumes after it), and at the end completed with the output,
/// or failed with the reason. Cancels tasks on request.
///
/// Writes are batched: a chatty step logs hundreds of lines a second, and each write of an entry is a synced file.
class TaskTracker : public QObject {
    Q_OBJECT
public:
    explicit TaskTracker(Outbox* outbox, QObject* parent = nullptr);
    ~TaskTracker() override;

    /// The backends entries name (by targetName). Entries of a backend that is not here wait, with a lastError.
    void setBackends(const BackendsConfig& backends);
    /// Starts following what is due, now and whenever an entry becomes due.
    void start();

    /// Asks the backend to cancel the task of entry @p id; the task's end arrives through its events. A queued
    /// entry that was never sent is simply failed.
    bool cancel(const QUuid& id, QString* error);

    bool isFollowing(const QUuid& id) const { return m_followers.contains(id); }
    /// How long the events of one entry are gathered before its file is written.
    void setWriteDelay(int ms) { m_writeTimer.setInterval(ms); }
    /// Passed on to each TaskFollower (tests shorten it).
    void setGiveUpAfter(int ms) { m_giveUpAfterMs = ms; }
    /// How long after a follower gave up the task is followed again.
    void setResumeDelay(int ms) { m_resumeDelayMs = ms; }

Q_SIGNALS:
    /// Something went wrong that the entry's lastError also says (a write failed, a backend is unknown).
    void problem(const QUuid& id, const QString& message);
    /// A task ended and its entry says so.
    void taskFinished(const QUuid& id);

private:
    void consider(const QUuid& id);
    void follow(const OutboxEntry& entry, const BackstageBackend& backend, const QByteArray& token);
    void onEvent(const QUuid& id, const TaskEvent& event);
    void onFinished(const QUuid& id, const QString& status, const QJsonObject& output);
    void onGaveUp(const QUuid& id, const QString& message);
    /// Applies the pending changes of every entry (one write each).
    void flush();
    bool modify(const QUuid& id, const std::function<void(OutboxEntry&)>& change);

    Outbox* m_outbox;
    BackendsConfig m_backends;
    bool m_started = false;
    QHash<QUuid, QPointer<TaskFollower>> m_followers;
    QSet<QUuid> m_resolving; ///< waiting for a token from the keychain
    QHash<QUuid, QList<TaskEvent>> m_pendingEvents;
    QTimer m_writeTimer;
    int m_giveUpAfterMs = 120000;
    int m_resumeDelayMs = 60000;
};

} // namespace Atrium

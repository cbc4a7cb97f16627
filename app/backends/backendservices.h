#pragma once

#include "workspace/backendsconfig.h"

#include <QObject>
#include <QUuid>

namespace Atrium {

class Outbox;
class OutboxSender;
class TaskTracker;
struct OutboxEntry;

/// What talks to backends on behalf of the whole process: the sender of the outbox and the tracker of the scaffolder
/// tasks it started. One per process, like the Outbox: two senders would send the same entry twice.
class BackendServices : public QObject {
    Q_OBJECT
public:
    explicit BackendServices(Outbox* outbox, QObject* parent = nullptr);
    ~BackendServices() override;

    Outbox* outbox() const { return m_outbox; }
    OutboxSender* sender() const { return m_sender; }
    TaskTracker* tracker() const { return m_tracker; }

    /// The backends entries are sent to and followed on: the open workspace's.
    void setBackends(const BackendsConfig& backends);
    const BackendsConfig& backends() const { return m_backends; }

    /// Writes @p entry to the outbox, with @p secrets kept in memory for the sender, and lets it go out. Returns its
    /// id, or a null one with @p error set (nothing was queued then).
    QUuid submit(OutboxEntry entry, const QJsonObject& secrets, QString* error);
    /// Cancels a scaffolder task (or a request not sent yet).
    bool cancel(const QUuid& id, QString* error);
    /// Queues a failed or unknown entry again and sends it now.
    bool retry(const QUuid& id, QString* error);

    /// Starts sending and following; until then entries only accumulate (tests).
    void start();

private:
    Outbox* m_outbox;
    OutboxSender* m_sender;
    TaskTracker* m_tracker;
    BackendsConfig m_backends;
};

} // namespace Atrium

#include "backends/tasktracker.h"

#include "backends/backstageclient.h"
#include "backends/outbox.h"
#include "backends/secretresolver.h"
#include "common/ansiescapes.h"

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

bool isFollowable(const OutboxEntry& entry)
{
    return entry.kind == OutboxEntry::Kind::ScaffolderTask && !entry.remoteId.isEmpty()
        && (entry.state == OutboxEntry::State::Sent || entry.state == OutboxEntry::State::Running);
}

BackstageConnection connectionFor(const BackstageBackend& backend, const QByteArray& token)
{
    BackstageConnection connection;
    connection.baseUrl = backend.url;
    connection.token = token;
    connection.network.caFile = backend.caFile;
    connection.network.transferTimeoutMs = backend.timeoutSeconds * 1000;
    return connection;
}

} // namespace

TaskTracker::TaskTracker(Outbox* outbox, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
{
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(250);
    connect(&m_writeTimer, &QTimer::timeout, this, &TaskTracker::flush);
}

TaskTracker::~TaskTracker()
{
    // What arrived is written: the next start resumes after the last event on disk.
    flush();
}

void TaskTracker::setBackends(const BackendsConfig& backends)
{
    m_backends = backends;
    if (!m_started)
        return;
    for (const OutboxEntry& entry : m_outbox->entries())
        consider(entry.id);
}

void TaskTracker::start()
{
    if (m_started)
        return;
    m_started = true;
    connect(m_outbox, &Outbox::entryAdded, this, &TaskTracker::consider);
    connect(m_outbox, &Outbox::entryChanged, this, &TaskTracker::consider);
    connect(m_outbox, &Outbox::entryRemoved, this, [this](const QUuid& id) {
        if (TaskFollower* follower = m_followers.take(id))
            follower->deleteLater();
        m_pendingEvents.remove(id);
    });
    for (const OutboxEntry& entry : m_outbox->entries())
        consider(entry.id);
}

void TaskTracker::consider(const QUuid& id)
{
    if (m_followers.contains(id) || m_resolving.contains(id))
        return;
    const std::optional<OutboxEntry> entry = m_outbox->entry(id);
    if (!entry || !isFollowable(*entry))
        return;
    const BackstageBackend* backend = m_backends.backstageNamed(entry->targetName);
    if (!backend) {
        const QString error
            = tr("The Backstage backend %1 is not in this workspace's atrium.yaml: the task cannot be followed")
                  .arg(entry->targetName);
        if (entry->lastError != error)
            modify(id, [&error](OutboxEntry& changed) { changed.lastError = error; });
        return;
    }
    if (!backend->token.isSet()) {
        follow(*entry, *backend, {});
        return;
    }
    m_resolving.insert(id);
    SecretResolver::resolve(backend->token, this, [this, id, backend = *backend](const SecretResult& token) {
        m_resolving.remove(id);
        const std::optional<OutboxEntry> entry = m_outbox->entry(id);
        if (!entry || !isFollowable(*entry))
            return;
        if (!token.ok()) {
            modify(id, [&token](OutboxEntry& changed) { changed.lastError = token.error; });
            Q_EMIT problem(id, token.error);
            return;
        }
        follow(*entry, backend, token.value);
    });
}

void TaskTracker::follow(const OutboxEntry& entry, const BackstageBackend& backend, const QByteArray& token)
{
    const QUuid id = entry.id;
    auto* follower
        = new TaskFollower(connectionFor(backend, token), entry.remoteId, entry.lastEventId.toLongLong(), this);
    follower->setGiveUpAfter(m_giveUpAfterMs);
    m_followers.insert(id, follower);
    connect(follower, &TaskFollower::eventReceived, this, [this, id](const TaskEvent& event) { onEvent(id, event); });
    connect(follower, &TaskFollower::finished, this,
            [this, id](const QString& status, const QJsonObject& output) { onFinished(id, status, output); });
    connect(follower, &TaskFollower::gaveUp, this, [this, id](const QString& message) { onGaveUp(id, message); });
    connect(follower, &TaskFollower::problem, this, [this, id](const QString& message) {
        modify(id, [&message](OutboxEntry& changed) { changed.lastError = message; });
    });
    follower->start();
}

void TaskTracker::onEvent(const QUuid& id, const TaskEvent& event)
{
    m_pendingEvents[id].append(event);
    if (!m_writeTimer.isActive())
        m_writeTimer.start();
}

void TaskTracker::flush()
{
    m_writeTimer.stop();
    const QHash<QUuid, QList<TaskEvent>> pending = std::exchange(m_pendingEvents, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        modify(it.key(), [&events = it.value()](OutboxEntry& entry) {
            if (entry.state == OutboxEntry::State::Sent)
                entry.appendLog(tr("The backend is running the task."));
            entry.state = OutboxEntry::State::Running;
            entry.lastError.clear();
            for (const TaskEvent& event : events) {
                entry.lastEventId = QString::number(event.id);
                if (event.type == u"completion"_s)
                    continue; // the end is written by onFinished, with the output
                if (event.stepId.isEmpty()) {
                    if (!event.message.isEmpty())
                        entry.appendLog(withoutAnsiEscapes(event.message));
                    continue;
                }
                OutboxTaskStep& step = entry.step(event.stepId);
                if (!event.status.isEmpty())
                    step.status = event.status;
                // Backstage announces each step as "Beginning step NAME": the only place its name travels.
                static const QString beginning = u"Beginning step "_s;
                const QString plain = withoutAnsiEscapes(event.message);
                if (step.name.isEmpty() && plain.startsWith(beginning))
                    step.name = plain.mid(beginning.size()).trimmed();
                if (!event.message.isEmpty())
                    step.log.append(event.message);
            }
        });
    }
}

void TaskTracker::onFinished(const QUuid& id, const QString& status, const QJsonObject& output)
{
    // The completion event may still wait in the batch: its error is the reason of a failure.
    QString reason;
    for (const TaskEvent& event : m_pendingEvents.value(id)) {
        if (event.type == u"completion"_s)
            reason = event.body.value(u"error"_s).toObject().value(u"message"_s).toString();
    }
    flush();
    if (TaskFollower* follower = m_followers.take(id))
        follower->deleteLater();
    modify(id, [&](OutboxEntry& entry) {
        entry.output = output;
        if (status == u"completed"_s) {
            entry.state = OutboxEntry::State::Completed;
            entry.lastError.clear();
            entry.appendLog(tr("The task completed."));
        } else {
            entry.state = OutboxEntry::State::Failed;
            entry.lastError = status == u"cancelled"_s ? tr("The task was cancelled.")
                : reason.isEmpty()                     ? tr("The task failed on the backend; its steps' logs say why.")
                                                       : tr("The task failed: %1").arg(reason);
            entry.appendLog(entry.lastError);
        }
    });
    Q_EMIT taskFinished(id);
}

void TaskTracker::onGaveUp(const QUuid& id, const QString& message)
{
    flush();
    if (TaskFollower* follower = m_followers.take(id))
        follower->deleteLater();
    const QString error
        = tr("%1 — following the task again in %n second(s)", nullptr, m_resumeDelayMs / 1000).arg(message);
    modify(id, [&error](OutboxEntry& entry) {
        entry.lastError = error;
        entry.appendLog(error);
    });
    Q_EMIT problem(id, error);
    QTimer::singleShot(m_resumeDelayMs, this, [this, id] { consider(id); });
}

bool TaskTracker::cancel(const QUuid& id, QString* error)
{
    const std::optional<OutboxEntry> entry = m_outbox->entry(id);
    if (!entry || entry->kind != OutboxEntry::Kind::ScaffolderTask) {
        *error = tr("There is no scaffolder task to cancel.");
        return false;
    }
    switch (entry->state) {
    case OutboxEntry::State::Queued:
    case OutboxEntry::State::Unknown:
        // Never sent (or not known to be): it is enough not to send it.
        return modify(id, [](OutboxEntry& changed) {
            changed.state = OutboxEntry::State::Failed;
            changed.lastError = tr("Cancelled before it was sent.");
            changed.appendLog(changed.lastError);
        });
    case OutboxEntry::State::Sending:
        *error = tr("The task is being sent right now; cancel it again in a moment.");
        return false;
    case OutboxEntry::State::Sent:
    case OutboxEntry::State::Running:
        break;
    case OutboxEntry::State::Completed:
    case OutboxEntry::State::Failed:
        *error = tr("The task has ended already.");
        return false;
    }
    const BackstageBackend* backend = m_backends.backstageNamed(entry->targetName);
    if (!backend) {
        *error = tr("The Backstage backend %1 is not in this workspace's atrium.yaml.").arg(entry->targetName);
        return false;
    }
    const auto send = [this, id, taskId = entry->remoteId, backend = *backend](const QByteArray& token) {
        auto* client = new BackstageClient(connectionFor(backend, token), this);
        client->cancelTask(taskId, [this, id, client](const BackstageReply<QString>& reply) {
            client->deleteLater();
            modify(id, [&reply](OutboxEntry& changed) {
                if (reply.ok()) {
                    changed.appendLog(tr("Asked the backend to cancel the task."));
                } else {
                    changed.lastError = tr("The backend did not cancel the task: %1").arg(reply.error);
                    changed.appendLog(changed.lastError);
                }
            });
            if (!reply.ok())
                Q_EMIT problem(id, reply.error);
        });
    };
    if (!backend->token.isSet()) {
        send({});
        return true;
    }
    SecretResolver::resolve(backend->token, this, [this, id, send](const SecretResult& token) {
        if (!token.ok()) {
            modify(id, [&token](OutboxEntry& changed) { changed.lastError = token.error; });
            Q_EMIT problem(id, token.error);
            return;
        }
        send(token.value);
    });
    return true;
}

bool TaskTracker::modify(const QUuid& id, const std::function<void(OutboxEntry&)>& change)
{
    std::optional<OutboxEntry> entry = m_outbox->entry(id);
    if (!entry)
        return false;
    change(*entry);
    QString error;
    if (!m_outbox->update(*entry, &error)) {
        Q_EMIT problem(id, error);
        return false;
    }
    return true;
}

} // namespace Atrium

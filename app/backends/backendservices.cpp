#include "backends/backendservices.h"

#include "backends/outbox.h"
#include "backends/outboxsender.h"
#include "backends/tasktracker.h"

namespace Atrium {

BackendServices::BackendServices(Outbox* outbox, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_sender(new OutboxSender(outbox, OutboxSender::resolverFor({}), this))
    , m_tracker(new TaskTracker(outbox, this))
{
}

BackendServices::~BackendServices() = default;

void BackendServices::setBackends(const BackendsConfig& backends)
{
    m_backends = backends;
    m_sender->setResolver(OutboxSender::resolverFor(backends));
    m_tracker->setBackends(backends);
}

QUuid BackendServices::submit(OutboxEntry entry, const QJsonObject& secrets, QString* error)
{
    // The id is chosen first so that the secrets are in memory before the sender can see the entry.
    if (entry.id.isNull())
        entry.id = QUuid::createUuid();
    if (!secrets.isEmpty())
        m_sender->setSecrets(entry.id, secrets);
    return m_outbox->add(std::move(entry), error);
}

bool BackendServices::cancel(const QUuid& id, QString* error)
{
    return m_tracker->cancel(id, error);
}

bool BackendServices::retry(const QUuid& id, QString* error)
{
    if (!m_outbox->retry(id, error))
        return false;
    m_sender->sendNow(id);
    return true;
}

void BackendServices::start()
{
    m_sender->start();
    m_tracker->start();
}

} // namespace Atrium

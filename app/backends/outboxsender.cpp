#include "backends/outboxsender.h"

#include "backends/outbox.h"
#include "backends/secretresolver.h"
#include "workspace/backendsconfig.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

/// Kept from a response: enough for the Activity page, bounded so that an odd answer cannot bloat the outbox.
constexpr qsizetype kMaxResponseBody = qsizetype(64) * 1024;

NetworkOptions networkFor(int timeoutSeconds, const QString& caFile)
{
    NetworkOptions options;
    options.transferTimeoutMs = timeoutSeconds * 1000;
    options.connectTimeoutMs = qMin(options.connectTimeoutMs, options.transferTimeoutMs);
    options.caFile = caFile;
    return options;
}

/// A request body that can be read once and never rewound. Qt's HTTP/1 channel silently sends a request again when
/// the connection closes before any answer (meant for keep-alive races); for a POST without an idempotency key that
/// would be the duplicate the outbox promises never to make. Without a way back to the start of the body Qt gives
/// up with ContentReSendError instead, which HttpOutcome reports as broken after sending: the entry becomes unknown.
class OneShotBody : public QIODevice {
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_position >= m_data.size())
            return -1;
        const qint64 count = qMin(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

QString displayUrl(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

} // namespace

OutboxSender::TargetResolver OutboxSender::resolverFor(const BackendsConfig& config)
{
    return [config](const QString& targetName, QString* error) -> std::optional<SendTarget> {
        SendTarget target;
        if (const HttpEndpoint* endpoint = config.endpointNamed(targetName)) {
            target.network = networkFor(endpoint->timeoutSeconds, endpoint->caFile);
            target.headers = endpoint->headers;
            target.idempotencyKeyHeader = endpoint->idempotencyKeyHeader;
            target.token = endpoint->token;
            target.tokenHeader = endpoint->tokenHeader;
            target.tokenField = endpoint->tokenField;
            return target;
        }
        if (const BackstageBackend* backend = config.backstageNamed(targetName)) {
            target.network = networkFor(backend->timeoutSeconds, backend->caFile);
            target.token = backend->token;
            return target;
        }
        if (error)
            *error = tr("The workspace has no backend or endpoint named %1 (any more); add it to atrium.yaml's "
                        "backends, or remove this request")
                         .arg(targetName);
        return std::nullopt;
    };
}

OutboxSender::OutboxSender(Outbox* outbox, TargetResolver resolver, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_resolver(std::move(resolver))
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::dispatch);
    connect(m_outbox, &Outbox::entryAdded, this, &OutboxSender::wake);
    connect(m_outbox, &Outbox::entryChanged, this, &OutboxSender::wake);
    connect(m_outbox, &Outbox::entryRemoved, this, [this](const QUuid& id) { m_secrets.remove(id); });
}

OutboxSender::~OutboxSender()
{
    m_running = false;
    m_timer.stop();
    // The app is closing: no result is written, so these stay `sending` and Outbox::recoveredAfterRestart decides.
    const QList<Attempt> attempts = m_inFlight.values();
    m_inFlight.clear();
    for (const Attempt& attempt : attempts) {
        if (attempt.reply) {
            attempt.reply->disconnect(this);
            attempt.reply->setProperty("atriumCancelled", true);
            attempt.reply->abort();
        }
    }
}

void OutboxSender::setSecrets(const QUuid& id, const QJsonObject& secrets)
{
    m_secrets.insert(id, secrets);
    m_heldUntil.remove(id);
    wake();
}

void OutboxSender::start()
{
    m_running = true;
    wake();
}

void OutboxSender::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_inFlight.isEmpty())
        Q_EMIT idle();
}

bool OutboxSender::sendNow(const QUuid& id, QString* error)
{
    std::optional<OutboxEntry> entry = m_outbox->entry(id);
    if (!entry || entry->state != OutboxEntry::State::Queued) {
        if (error)
            *error = tr("Only a queued request can be sent now");
        return false;
    }
    m_heldUntil.remove(id);
    if (m_inFlight.contains(id))
        return true;
    entry->nextAttemptAt = QDateTime::currentDateTimeUtc();
    return m_outbox->update(*entry, error);
}

void OutboxSender::setResolver(TargetResolver resolver)
{
    m_resolver = std::move(resolver);
    m_heldUntil.clear();
    // Entries that waited for a target were parked at a later time; they may be sendable now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (OutboxEntry entry : m_outbox->entries()) {
        if (entry.state == OutboxEntry::State::Queued && entry.attempts == 0 && !entry.lastError.isEmpty()
            && !m_inFlight.contains(entry.id)) {
            entry.nextAttemptAt = now;
            m_outbox->update(entry);
        }
    }
    wake();
}

void OutboxSender::wake()
{
    // Coalesces bursts of outbox signals (including the writes of our own attempts) into one pass of dispatch(),
    // which never runs inside an Outbox call.
    if (m_running)
        m_timer.start(0);
}

void OutboxSender::dispatch()
{
    if (!m_running)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<OutboxEntry> due = m_outbox->dueEntries(now);
    for (const OutboxEntry& entry : due) {
        if (m_inFlight.size() >= m_maxInFlight)
            break;
        if (m_inFlight.contains(entry.id) || !inScope(entry.id))
            continue;
        const auto held = m_heldUntil.constFind(entry.id);
        if (held != m_heldUntil.cend() && *held > now)
            continue;
        begin(entry);
    }
    armTimer();
}

void OutboxSender::armTimer()
{
    if (!m_running || m_inFlight.size() >= m_maxInFlight)
        return; // a finishing attempt wakes us
    // Outbox::nextAttemptAt() would count entries waiting for their token (queued, in flight) and held ones.
    QDateTime next;
    const QList<OutboxEntry> entries = m_outbox->entries();
    for (const OutboxEntry& entry : entries) {
        if (entry.state != OutboxEntry::State::Queued || m_inFlight.contains(entry.id) || !inScope(entry.id))
            continue;
        QDateTime at = entry.nextAttemptAt.isValid() ? entry.nextAttemptAt : entry.createdAt;
        const auto held = m_heldUntil.constFind(entry.id);
        if (held != m_heldUntil.cend() && *held > at)
            at = *held;
        if (!next.isValid() || at < next)
            next = at;
    }
    if (!next.isValid())
        return;
    const qint64 wait
        = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(next), 0, std::numeric_limits<int>::max() / 2);
    // Never a zero wait here: an entry due now that dispatch() skipped is in flight or held, and must not spin.
    m_timer.start(int(qMax<qint64>(wait, 10)));
}

void OutboxSender::holdUnresolved(const QUuid& id, const QString& error)
{
    m_inFlight.remove(id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_heldUntil.insert(id, now.addMSecs(m_unresolvedDelayMs));
    std::optional<OutboxEntry> entry = m_outbox->entry(id);
    if (entry && entry->state == OutboxEntry::State::Queued) {
        // Queued, not failed: fixing atrium.yaml or setting the variable is enough to let it go out.
        const bool changed = entry->lastError != error;
        entry->lastError = error;
        entry->nextAttemptAt = now.addMSecs(m_unresolvedDelayMs);
        if (changed)
            entry->appendLog(tr("Not sent: %1").arg(error), now);
        m_outbox->update(*entry);
    }
    Q_EMIT problem(id, error);
    endAttempt(id);
}

void OutboxSender::begin(const OutboxEntry& entry)
{
    const QUuid id = entry.id;
    QString error;
    std::optional<SendTarget> target = m_resolver ? m_resolver(entry.targetName, &error) : std::nullopt;
    if (!target) {
        holdUnresolved(id, error.isEmpty() ? tr("No backend or endpoint named %1").arg(entry.targetName) : error);
        return;
    }
    if (entry.kind == OutboxEntry::Kind::ScaffolderTask && !entry.secretNames.isEmpty() && !m_secrets.contains(id)) {
        holdUnresolved(id,
                       tr("The secret fields %1 are kept in memory only and were lost when Atrium restarted; enter "
                          "them again to send this task")
                           .arg(entry.secretNames.join(u", "_s)));
        return;
    }
    m_inFlight.insert(id, Attempt { id, nullptr, *target, {} });
    if (!target->token.isSet()) {
        if (entry.kind == OutboxEntry::Kind::HttpRequest && entry.secretNames.contains(u"token"_s)) {
            holdUnresolved(id, tr("%1 needs a token, but its configuration names none").arg(entry.targetName));
            return;
        }
        send(id, {});
        return;
    }
    SecretResolver::resolve(target->token, this, [this, id, name = entry.targetName](const SecretResult& result) {
        if (!m_inFlight.contains(id))
            return; // the sender stopped meanwhile
        if (!result.ok()) {
            holdUnresolved(id, tr("The token of %1: %2").arg(name, result.error));
            return;
        }
        send(id, result.value);
    });
}

QByteArray OutboxSender::bodyFor(const OutboxEntry& entry, const SendTarget& target, const QByteArray& token,
                                 QString* error) const
{
    const bool tokenInBody = !token.isEmpty() && !target.tokenField.isEmpty();
    const auto secrets = m_secrets.constFind(entry.id);
    const bool withSecrets = entry.kind == OutboxEntry::Kind::ScaffolderTask && secrets != m_secrets.cend();
    if (!tokenInBody && !withSecrets)
        return entry.payload;
    QJsonParseError parseError;
    QJsonObject body = QJsonDocument::fromJson(entry.payload, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The stored body is not a JSON object (%1), so its secrets cannot be added")
                     .arg(parseError.errorString());
        return {};
    }
    if (tokenInBody)
        body.insert(target.tokenField, QString::fromUtf8(token));
    if (withSecrets)
        body.insert(u"secrets"_s, *secrets);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void OutboxSender::send(const QUuid& id, const QByteArray& token)
{
    const auto attemptIt = m_inFlight.find(id);
    std::optional<OutboxEntry> current = m_outbox->entry(id);
    if (attemptIt == m_inFlight.end() || !current || current->state != OutboxEntry::State::Queued || !m_running) {
        m_inFlight.remove(id);
        endAttempt(id);
        return;
    }
    const SendTarget target = attemptIt->target;
    QString error;
    const QByteArray body = bodyFor(*current, target, token, &error);
    if (!error.isEmpty()) {
        m_inFlight.remove(id);
        OutboxEntry failed = *current;
        failed.state = OutboxEntry::State::Failed;
        failed.lastError = error;
        failed.appendLog(error);
        m_outbox->update(failed);
        Q_EMIT problem(id, error);
        endAttempt(id);
        return;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const OutboxEntry starting = Outbox::startingAttempt(*current, now);
    // The never-lose rule: the attempt is on disk before a byte goes out, or it does not go out.
    if (!m_outbox->update(starting, &error)) {
        m_inFlight.remove(id);
        m_heldUntil.insert(id, now.addMSecs(m_unresolvedDelayMs));
        Q_EMIT problem(id, error);
        endAttempt(id);
        return;
    }

    const bool bearer
        = target.tokenField.isEmpty() && target.tokenHeader.compare("Authorization", Qt::CaseInsensitive) == 0;
    QNetworkRequest request = target.network.request(starting.url, bearer ? token : QByteArray());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : target.headers)
        request.setRawHeader(name, value);
    if (!token.isEmpty() && !bearer && target.tokenField.isEmpty())
        request.setRawHeader(target.tokenHeader, token);
    if (!target.idempotencyKeyHeader.isEmpty() && !starting.idempotencyKey.isEmpty())
        request.setRawHeader(target.idempotencyKeyHeader, starting.idempotencyKey.toLatin1());

    // Every body goes out once per attempt (see OneShotBody): a second sending is the outbox's decision, counted and
    // logged, and for a POST without a key never made behind the user's back.
    // GET, POST, PUT and DELETE go through their own calls: Qt 6.4 never emits requestSent for sendCustomRequest(),
    // and without it the connect timeout could not tell a slow answer from no connection (and would resend).
    const QByteArray method = starting.method.toUpper();
    QNetworkReply* reply = nullptr;
    bool watchable = true;
    if (body.isEmpty() && method == "GET") {
        reply = m_network->get(request);
    } else if (body.isEmpty() && method == "DELETE") {
        reply = m_network->deleteResource(request);
    } else if (body.isEmpty()) {
        reply = m_network->sendCustomRequest(request, starting.method);
        watchable = false;
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // HTTP/1.1 is the path whose resend behaviour tst_outboxsender pins down; a few requests gain nothing from h2.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto* device = new OneShotBody(body, nullptr);
        if (method == "POST") {
            reply = m_network->post(request, device);
        } else if (method == "PUT") {
            reply = m_network->put(request, device);
        } else {
            reply = m_network->sendCustomRequest(request, starting.method, device);
            watchable = false;
        }
        device->setParent(reply);
    }
    // Without requestSent only the transfer timeout bounds the wait, and a failure counts as "may have arrived".
    if (watchable)
        target.network.watch(reply);
    attemptIt->reply = reply;
    attemptIt->startedAt = now;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void OutboxSender::finish(QNetworkReply* reply)
{
    reply->deleteLater();
    QUuid id;
    QDateTime startedAt;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (it->reply == reply) {
            id = it.key();
            startedAt = it->startedAt;
            break;
        }
    }
    if (id.isNull())
        return;
    m_inFlight.remove(id);
    const HttpOutcome outcome = HttpOutcome::fromReply(reply);
    std::optional<OutboxEntry> entry = m_outbox->entry(id);
    if (!entry || outcome.kind == HttpOutcome::Kind::Cancelled) {
        endAttempt(id);
        return;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString where = QString::fromLatin1(entry->method) + u' ' + displayUrl(entry->url);
    const qint64 ms = startedAt.msecsTo(now);
    if (outcome.kind == HttpOutcome::Kind::Response)
        entry->appendLog(tr("%1: HTTP %2 after %3 ms").arg(where).arg(outcome.status).arg(ms), now);
    else
        entry->appendLog(tr("%1: %2 after %3 ms").arg(where, outcome.message).arg(ms), now);

    // Offline is not a reason to give up on a submission: unreachable attempts count up to the last one before the
    // limit, so the backoff stops growing there and the entry stays queued.
    int counted = entry->attempts;
    if (outcome.kind == HttpOutcome::Kind::NotSent && !m_giveUpWhenUnreachable)
        counted = qMin(counted, m_limits.maxAttempts - 1);
    const RetryDecision decision
        = RetryPolicy::decide(outcome.attemptOutcome(), counted, entry->isSafeToResend(), m_limits, now, m_random);
    OutboxEntry after = Outbox::afterAttempt(*entry, decision, now);
    if (outcome.kind == HttpOutcome::Kind::Response && after.kind == OutboxEntry::Kind::HttpRequest) {
        after.responseStatus = outcome.status;
        after.responseBody = outcome.body.left(kMaxResponseBody);
    }
    if (outcome.ok() && after.kind == OutboxEntry::Kind::ScaffolderTask) {
        // Backstage answers 201 {id}; the task follower takes it from here by that id.
        after.remoteId = outcome.json().value_or(QJsonDocument()).object().value(u"id"_s).toString();
        if (after.remoteId.isEmpty())
            after.appendLog(tr("The backend accepted the task but named no task id; it cannot be followed"), now);
        else
            after.appendLog(tr("Task %1").arg(after.remoteId), now);
    }
    QString error;
    if (!m_outbox->update(after, &error))
        Q_EMIT problem(id, error); // stays `sending` on disk: recovered as such on the next start
    if (after.state == OutboxEntry::State::Sent && after.kind == OutboxEntry::Kind::ScaffolderTask)
        m_secrets.remove(id);
    Q_EMIT attemptFinished(id, outcome);
    if (outcome.ok())
        releaseWaiting(after.targetName);
    endAttempt(id);
}

void OutboxSender::releaseWaiting(const QString& targetName)
{
    // The backend answers again: what waited out a backoff for it goes now ("goes out when the backend is back").
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<OutboxEntry> entries = m_outbox->entries();
    for (OutboxEntry entry : entries) {
        if (entry.state != OutboxEntry::State::Queued || entry.targetName != targetName || m_inFlight.contains(entry.id)
            || !inScope(entry.id) || !entry.nextAttemptAt.isValid() || entry.nextAttemptAt <= now
            || entry.attempts == 0)
            continue;
        entry.nextAttemptAt = now;
        entry.appendLog(tr("%1 answers again; sending now").arg(targetName), now);
        m_outbox->update(entry);
    }
}

void OutboxSender::endAttempt(const QUuid& id)
{
    Q_UNUSED(id)
    if (m_running)
        wake();
    else if (m_inFlight.isEmpty())
        Q_EMIT idle();
}

} // namespace Atrium

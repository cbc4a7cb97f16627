#include "backends/taskfollower.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

/// Backstage's /events answers at once when there are events after `after`, else holds the request for up to 30 s
/// (a long poll): a poll may stay quiet that long without anything being wrong.
constexpr int longPollMs = 35000;

void abortQuietly(QNetworkReply* reply)
{
    if (!reply)
        return;
    reply->disconnect();
    reply->setProperty("atriumCancelled", true);
    reply->abort();
    reply->deleteLater();
}

} // namespace

std::optional<TaskEvent> TaskEvent::fromJson(const QJsonObject& object)
{
    const QJsonValue id = object.value(u"id"_s);
    if (!id.isDouble())
        return std::nullopt;
    TaskEvent event;
    event.id = qint64(id.toDouble());
    event.type = object.value(u"type"_s).toString();
    event.createdAt = object.value(u"createdAt"_s).toString();
    event.body = object.value(u"body"_s).toObject();
    event.message = event.body.value(u"message"_s).toString();
    event.stepId = event.body.value(u"stepId"_s).toVariant().toString();
    event.status = event.body.value(u"status"_s).toString();
    return event;
}

TaskFollower::TaskFollower(BackstageConnection connection, QString taskId, qint64 lastEventId, QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_taskId(std::move(taskId))
    , m_lastEventId(lastEventId)
    , m_resumedAfter(lastEventId)
    , m_network(new QNetworkAccessManager(this))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { m_polling ? poll() : openStream(); });
}

TaskFollower::~TaskFollower()
{
    stop();
}

void TaskFollower::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
}

void TaskFollower::start()
{
    m_following = true;
    m_failingSince.invalidate();
    m_failuresInARow = 0;
    m_polling ? poll() : openStream();
}

void TaskFollower::stop()
{
    m_following = false;
    m_retryTimer.stop();
    dropReply();
}

void TaskFollower::dropReply()
{
    abortQuietly(m_reply);
    m_reply = nullptr;
}

QNetworkReply* TaskFollower::get(const QString& path, int transferTimeoutMs, const QByteArray& accept)
{
    QUrlQuery query;
    if (m_lastEventId > 0)
        query.addQueryItem(u"after"_s, QString::number(m_lastEventId));
    const QUrl url = m_connection.apiUrl(
        u"scaffolder/v2/tasks/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_taskId)) + u'/' + path, query);
    QNetworkRequest request = m_connection.network.request(url, m_connection.token);
    request.setTransferTimeout(transferTimeoutMs);
    request.setRawHeader("Accept", accept);
    QNetworkReply* reply = m_network->get(request);
    m_connection.network.watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onRequestFinished(reply); });
    return reply;
}

void TaskFollower::openStream()
{
    dropReply();
    m_stream.reset();
    m_streamOpened = false;
    m_reply = get(u"eventstream"_s, m_connection.network.transferTimeoutMs, "text/event-stream");
    connect(m_reply, &QNetworkReply::readyRead, this, &TaskFollower::onStreamData);
}

void TaskFollower::poll()
{
    dropReply();
    m_reply = get(u"events"_s, std::max(m_connection.network.transferTimeoutMs, longPollMs), "application/json");
}

void TaskFollower::onStreamData()
{
    QNetworkReply* reply = m_reply;
    if (!reply || !m_following)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return; // an error body: onRequestFinished() reports it
    if (!m_streamOpened) {
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (!type.startsWith(u"text/event-stream"_s)) {
            // A proxy or an older backend that buffers or does not stream: poll instead, at once.
            dropReply();
            m_polling = true;
            const QPointer<TaskFollower> self(this);
            Q_EMIT problem(tr("%1: not an event stream (Content-Type \"%2\"); polling for events instead")
                               .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo), type));
            if (self && m_following)
                poll();
            return;
        }
        m_streamOpened = true;
    }
    const QPointer<TaskFollower> self(this);
    for (const ServerEvent& frame : m_stream.feed(reply->readAll())) {
        const std::optional<TaskEvent> event
            = TaskEvent::fromJson(QJsonDocument::fromJson(frame.data.toUtf8()).object());
        if (!event)
            continue; // not a task event (a keep-alive or something newer): nothing to report
        handleEvent(*event);
        if (!self || !m_following)
            return;
    }
}

void TaskFollower::onRequestFinished(QNetworkReply* reply)
{
    if (reply != m_reply || !m_following) {
        reply->deleteLater();
        return;
    }
    const QPointer<TaskFollower> self(this);
    if (!m_polling)
        onStreamData(); // what came with the end; its signals may end us
    if (!self || reply != m_reply || !m_following)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const HttpOutcome outcome = HttpOutcome::fromReply(reply);
    if (outcome.kind == HttpOutcome::Kind::Response && !outcome.ok()) {
        // The task is gone (a backend with a fresh database), or we may not see it: asking again will not help.
        if (outcome.status == 400 || outcome.status == 401 || outcome.status == 403 || outcome.status == 404) {
            giveUp(outcome.message);
            return;
        }
        retryLater(outcome.message);
        return;
    }
    const QString where = outcome.url.toDisplayString(QUrl::RemoveUserInfo);
    if (outcome.kind == HttpOutcome::Kind::BrokenAfterSending && !m_polling && m_streamOpened
        && (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)) {
        // The stream answered, then sent nothing for the transfer timeout: "no answer" would mislead.
        retryLater(
            tr("%1: the event stream sent nothing for %2 s").arg(where).arg(reply->request().transferTimeout() / 1000));
        return;
    }
    if (!outcome.ok()) {
        retryLater(outcome.message);
        return;
    }
    if (!m_polling) {
        retryLater(tr("%1: the event stream ended before the task did").arg(where));
        return;
    }
    QString error;
    const std::optional<QJsonDocument> document = outcome.json(&error);
    if (!document || !document->isArray()) {
        retryLater(document ? tr("%1: expected a JSON array of events").arg(where) : error);
        return;
    }
    for (const QJsonValue value : document->array()) {
        if (const std::optional<TaskEvent> event = TaskEvent::fromJson(value.toObject())) {
            handleEvent(*event);
            if (!self || !m_following)
                return;
        }
    }
    m_failuresInARow = 0;
    m_failingSince.invalidate();
    m_retryTimer.start(m_pollIntervalMs);
}

void TaskFollower::handleEvent(const TaskEvent& event)
{
    // Backstage sends the completion event again with every `after=`, and a reconnect may overlap what we have: an
    // event seen is not reported again, but a completion seen (we resume after it) still ends the task.
    const bool seen = event.id <= m_lastEventId;
    if (seen && event.type != u"completion"_s)
        return;
    if (!seen) {
        m_lastEventId = event.id;
        m_failuresInARow = 0;
        m_failingSince.invalidate();
        if (event.type == u"cancelled"_s)
            m_sawCancelled = true;
        const QPointer<TaskFollower> self(this);
        Q_EMIT eventReceived(event);
        if (!self || !m_following)
            return;
    }
    if (event.type != u"completion"_s)
        return;
    // Backstage 1.x ends a cancelled run with a completion whose message says "failed" and an error: the cancelled
    // event before it is what tells the two apart.
    QString status = event.body.value(u"status"_s).toString();
    if (status != u"completed"_s && status != u"failed"_s && status != u"cancelled"_s)
        status = event.body.contains(u"error"_s) ? u"failed"_s : u"completed"_s;
    if (status == u"failed"_s && m_sawCancelled)
        status = u"cancelled"_s;
    if (status == u"failed"_s && m_resumedAfter > 0) {
        finishAfterLookingForCancel(event.body.value(u"output"_s).toObject());
        return;
    }
    finish(status, event.body.value(u"output"_s).toObject());
}

void TaskFollower::retryLater(const QString& message)
{
    const QPointer<TaskFollower> self(this);
    Q_EMIT problem(message);
    if (!self || !m_following)
        return;
    if (!m_failingSince.isValid())
        m_failingSince.start();
    const qint64 remaining = m_giveUpAfterMs - m_failingSince.elapsed();
    if (remaining <= 0) {
        giveUp(tr("gave up following task %1 after %2 s without an answer; the last problem: %3")
                   .arg(m_taskId)
                   .arg(m_giveUpAfterMs / 1000.0, 0, 'f', m_giveUpAfterMs % 1000 ? 1 : 0)
                   .arg(message));
        return;
    }
    ++m_failuresInARow;
    if (!m_polling && m_failuresInARow >= m_failuresBeforePolling)
        m_polling = true;
    qint64 delay = m_pollIntervalMs;
    if (!m_polling)
        delay = std::min<qint64>(qint64(m_firstDelayMs) << std::min(m_failuresInARow - 1, 16), m_maxDelayMs);
    // The last attempt comes right at the deadline, so that giving up is never late.
    m_retryTimer.start(int(std::min(delay, remaining)));
}

void TaskFollower::finish(const QString& status, const QJsonObject& output)
{
    stop();
    Q_EMIT finished(status, output);
}

void TaskFollower::finishAfterLookingForCancel(const QJsonObject& output)
{
    // Resumed after an earlier run's last event, we may have missed the cancelled event, and then a cancel and a
    // failure end alike: the whole list of events (no `after`) tells.
    dropReply();
    m_retryTimer.stop();
    const QUrl url = m_connection.apiUrl(
        u"scaffolder/v2/tasks/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_taskId)) + u"/events"_s, {});
    QNetworkReply* reply = m_network->get(m_connection.network.request(url, m_connection.token));
    m_connection.network.watch(reply);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, output] {
        reply->deleteLater();
        if (reply != m_reply || !m_following)
            return;
        m_reply = nullptr;
        const HttpOutcome outcome = HttpOutcome::fromReply(reply);
        bool cancelled = false;
        // Without an answer the completion's word stands.
        if (outcome.ok()) {
            for (const QJsonValue event : QJsonDocument::fromJson(outcome.body).array())
                cancelled = cancelled || event[u"type"_s].toString() == u"cancelled"_s;
        }
        finish(cancelled ? u"cancelled"_s : u"failed"_s, output);
    });
}

void TaskFollower::giveUp(const QString& message)
{
    stop();
    Q_EMIT gaveUp(message);
}

} // namespace Atrium

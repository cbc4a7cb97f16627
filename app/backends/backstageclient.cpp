#include "backends/backstageclient.h"

#include "catalog/entityref.h"
#include "common/jsontext.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

/// The outcome's JSON object, or an error naming the URL: the HTTP error, or what is wrong with the body.
std::optional<QJsonObject> jsonObject(const HttpOutcome& outcome, QString* error)
{
    if (!outcome.ok()) {
        *error = outcome.message;
        return std::nullopt;
    }
    const std::optional<QJsonDocument> document = outcome.json(error);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        *error = BackstageClient::tr("%1: expected a JSON object, got %2")
                     .arg(outcome.url.toDisplayString(QUrl::RemoveUserInfo),
                          document->isArray() ? BackstageClient::tr("an array") : BackstageClient::tr("a value"));
        return std::nullopt;
    }
    return document->object();
}

template <typename T> BackstageReply<T> failure(const HttpOutcome& outcome, const QString& error)
{
    BackstageReply<T> reply;
    reply.outcome = outcome;
    reply.error = error;
    return reply;
}

} // namespace

QUrl BackstageConnection::apiUrl(const QString& path, const QUrlQuery& query) const
{
    QUrl url = baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u"/api/"_s + path);
    url.setQuery(query);
    return url;
}

BackstageClient::BackstageClient(BackstageConnection connection, QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_network(new QNetworkAccessManager(this))
{
}

BackstageClient::~BackstageClient()
{
    // Callbacks may capture objects that die with us: none runs once we are gone.
    cancelAll();
}

QString BackstageClient::templatePath(const QString& templateRef, QString* error)
{
    QString parseError;
    const std::optional<EntityRef> ref
        = EntityRef::parse(templateRef, u"template", EntityRef::defaultNamespace(), &parseError);
    if (!ref) {
        *error = tr("%1 is not a template reference: %2").arg(templateRef, parseError);
        return {};
    }
    const auto encoded = [](const QString& part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    return encoded(ref->ns) + u'/' + encoded(ref->kind.toLower()) + u'/' + encoded(ref->name);
}

QNetworkReply* BackstageClient::send(const QByteArray& verb, const QUrl& url, const QByteArray& body)
{
    QNetworkRequest request = m_connection.network.request(url, m_connection.token);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    // get() and post(), not sendCustomRequest(): Qt 6.4 emits requestSent() for those only, and without it the
    // connect timeout (NetworkOptions::watch) would abort a request the backend is slow to answer.
    QNetworkReply* reply = verb == "GET" ? m_network->get(request)
        : verb == "POST"                 ? m_network->post(request, body)
                                         : m_network->sendCustomRequest(request, verb, body);
    m_connection.network.watch(reply);
    return reply;
}

void BackstageClient::attach(RequestId id, QNetworkReply* reply, const Handler& handler)
{
    m_inFlight.insert(id, reply);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply, handler] {
        reply->deleteLater();
        if (m_inFlight.value(id) != reply)
            return; // cancelled
        m_inFlight.remove(id);
        handler(HttpOutcome::fromReply(reply));
    });
}

void BackstageClient::cancel(RequestId id)
{
    const QPointer<QNetworkReply> reply = m_inFlight.take(id);
    if (reply && reply->isRunning()) {
        reply->setProperty("atriumCancelled", true);
        reply->abort();
    }
}

void BackstageClient::cancelAll()
{
    const QList<RequestId> ids = m_inFlight.keys();
    for (const RequestId id : ids)
        cancel(id);
}

BackstageClient::RequestId BackstageClient::listEntities(const QString& filter, const Progress& progress,
                                                         const EntitiesDone& done)
{
    const RequestId id = nextId();
    fetchPage(id, filter, {}, {}, progress, done);
    return id;
}

void BackstageClient::fetchPage(RequestId id, const QString& filter, const QString& cursor, BackstageEntities received,
                                const Progress& progress, const EntitiesDone& done)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    // The cursor carries the filter of the first page; Backstage refuses both at once.
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    else if (!filter.isEmpty())
        query.addQueryItem(u"filter"_s, QString::fromLatin1(QUrl::toPercentEncoding(filter, "=,")));
    const QUrl url = m_connection.apiUrl(u"catalog/entities/by-query"_s, query);
    attach(id, send("GET", url), [=, this](const HttpOutcome& outcome) mutable {
        QString error;
        const std::optional<QJsonObject> page = jsonObject(outcome, &error);
        if (!page) {
            done(failure<BackstageEntities>(outcome, error));
            return;
        }
        const QJsonValue items = page->value(u"items"_s);
        if (!items.isArray()) {
            done(failure<BackstageEntities>(
                outcome, tr("%1: the answer has no `items` array").arg(url.toDisplayString(QUrl::RemoveUserInfo))));
            return;
        }
        for (const QJsonValue item : items.toArray())
            received.objects.append(item.toObject());
        received.texts += jsonArrayElementTexts(outcome.body, "items");
        const QJsonValue total = page->value(u"totalItems"_s);
        if (progress)
            progress(received.objects.size(), total.isDouble() ? qsizetype(total.toDouble()) : -1);
        const QString next = page->value(u"pageInfo"_s).toObject().value(u"nextCursor"_s).toString();
        // An empty page with a cursor would loop for ever on a misbehaving backend.
        if (!next.isEmpty() && next != cursor && !items.toArray().isEmpty()) {
            fetchPage(id, filter, next, std::move(received), progress, done);
            return;
        }
        BackstageReply<BackstageEntities> reply;
        reply.value = std::move(received);
        reply.outcome = outcome;
        done(reply);
    });
}

BackstageClient::RequestId BackstageClient::requestObject(const QByteArray& verb, const QUrl& url,
                                                          const QByteArray& body, const ObjectDone& done)
{
    const RequestId id = nextId();
    attach(id, send(verb, url, body), [done](const HttpOutcome& outcome) {
        QString error;
        const std::optional<QJsonObject> object = jsonObject(outcome, &error);
        if (!object) {
            done(failure<QJsonObject>(outcome, error));
            return;
        }
        BackstageReply<QJsonObject> reply;
        reply.value = *object;
        reply.outcome = outcome;
        done(reply);
    });
    return id;
}

BackstageClient::RequestId BackstageClient::parameterSchema(const QString& templateRef, const ObjectDone& done)
{
    QString error;
    const QString path = templatePath(templateRef, &error);
    if (path.isEmpty()) {
        // Still asynchronous, and cancellable like any call: a caller may rely on the callback coming after the call
        // returns. In flight without a reply until then.
        const RequestId id = nextId();
        m_inFlight.insert(id, nullptr);
        QMetaObject::invokeMethod(
            this,
            [this, id, done, error] {
                if (!m_inFlight.contains(id))
                    return; // cancelled
                m_inFlight.remove(id);
                done(failure<QJsonObject>({}, error));
            },
            Qt::QueuedConnection);
        return id;
    }
    return requestObject("GET", m_connection.apiUrl(u"scaffolder/v2/templates/"_s + path + u"/parameter-schema"_s, {}),
                         {}, done);
}

BackstageClient::RequestId BackstageClient::dryRun(const QJsonObject& templateJson, const QJsonObject& values,
                                                   const QJsonObject& secrets, const QList<BackstageFile>& files,
                                                   const ObjectDone& done)
{
    QJsonArray contents;
    for (const BackstageFile& file : files)
        contents.append(QJsonObject { { u"path"_s, file.path },
                                      { u"base64Content"_s, QString::fromLatin1(file.content.toBase64()) },
                                      { u"executable"_s, file.executable } });
    const QJsonObject body { { u"template"_s, templateJson },
                             { u"values"_s, values },
                             { u"secrets"_s, secrets },
                             { u"directoryContents"_s, contents } };
    return requestObject("POST", m_connection.apiUrl(u"scaffolder/v2/dry-run"_s, {}),
                         QJsonDocument(body).toJson(QJsonDocument::Compact), done);
}

BackstageClient::RequestId BackstageClient::createTask(const QString& templateRef, const QJsonObject& values,
                                                       const QJsonObject& secrets, const StringDone& done)
{
    QString error;
    QString ref = templateRef;
    if (const std::optional<EntityRef> parsed
        = EntityRef::parse(templateRef, u"template", EntityRef::defaultNamespace(), &error))
        ref = parsed->toString();
    const QJsonObject body { { u"templateRef"_s, ref }, { u"values"_s, values }, { u"secrets"_s, secrets } };
    return requestObject(
        "POST", m_connection.apiUrl(u"scaffolder/v2/tasks"_s, {}), QJsonDocument(body).toJson(QJsonDocument::Compact),
        [done](const BackstageReply<QJsonObject>& reply) {
            BackstageReply<QString> result;
            result.outcome = reply.outcome;
            result.error = reply.error;
            result.value = reply.value.value(u"id"_s).toString();
            if (reply.ok() && result.value.isEmpty())
                result.error
                    = tr("%1: the answer has no task id").arg(reply.outcome.url.toDisplayString(QUrl::RemoveUserInfo));
            done(result);
        });
}

BackstageClient::RequestId BackstageClient::task(const QString& taskId, const ObjectDone& done)
{
    return requestObject(
        "GET",
        m_connection.apiUrl(u"scaffolder/v2/tasks/"_s + QString::fromLatin1(QUrl::toPercentEncoding(taskId)), {}), {},
        done);
}

BackstageClient::RequestId BackstageClient::cancelTask(const QString& taskId, const StringDone& done)
{
    const RequestId id = nextId();
    const QUrl url = m_connection.apiUrl(
        u"scaffolder/v2/tasks/"_s + QString::fromLatin1(QUrl::toPercentEncoding(taskId)) + u"/cancel"_s, {});
    attach(id, send("POST", url, "{}"), [done, taskId](const HttpOutcome& outcome) {
        BackstageReply<QString> reply;
        reply.outcome = outcome;
        reply.value = taskId;
        if (!outcome.ok())
            reply.error = outcome.message;
        done(reply);
    });
    return id;
}

} // namespace Atrium

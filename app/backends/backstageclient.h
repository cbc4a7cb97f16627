#pragma once

#include "backends/httpoutcome.h"
#include "backends/networkoptions.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QUrlQuery;

namespace Atrium {

/// Where a Backstage backend is and how to talk to it.
struct BackstageConnection {
    QUrl baseUrl; ///< the backend's root, e.g. http://localhost:7007 (the API is under /api)
    QByteArray token; ///< sent as `Authorization: Bearer`; empty for a backend that allows guests
    NetworkOptions network;

    /// baseUrl + /api/ + @p path (which has no leading slash), with @p query.
    QUrl apiUrl(const QString& path, const QUrlQuery& query) const;
};

/// What one call came to: the value when ok(), else a readable error that names the URL.
template <typename T> struct BackstageReply {
    T value {};
    QString error;
    HttpOutcome outcome; ///< of the last request the call made (status, Retry-After, body)
    bool ok() const { return error.isEmpty(); }
};

/// Entities of a catalog listing, each parsed and as the text the backend sent (same order, same count), for
/// callers that pass them on unchanged: a QJsonObject sorts its keys.
struct BackstageEntities {
    QList<QJsonObject> objects;
    QList<QByteArray> texts;
};

/// One file of a dry-run, as the scaffolder's REST API carries it (`directoryContents`).
struct BackstageFile {
    QString path; ///< relative, with `/`
    QByteArray content;
    bool executable = false;
};

/// Asynchronous calls to a Backstage backend's catalog and scaffolder REST APIs. Nothing blocks: each call returns an
/// id at once, and its callback runs later on the client's thread, exactly once — unless the call is cancelled
/// (cancel()) or the client destroyed first, when it never runs.
class BackstageClient : public QObject {
    Q_OBJECT
public:
    using RequestId = quint64;
    using EntitiesDone = std::function<void(const BackstageReply<BackstageEntities>&)>;
    using Progress = std::function<void(qsizetype received, qsizetype total)>; ///< total -1 when unknown
    using ObjectDone = std::function<void(const BackstageReply<QJsonObject>&)>;
    using StringDone = std::function<void(const BackstageReply<QString>&)>;

    explicit BackstageClient(BackstageConnection connection, QObject* parent = nullptr);
    ~BackstageClient() override;

    const BackstageConnection& connection() const { return m_connection; }
    /// Entities asked for per page by listEntities(); 500 unless a test wants more pages.
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    /// Every entity matching @p filter (Backstage's syntax, e.g. `kind=template`; "" for all), in Backstage's order,
    /// page by page through `GET /api/catalog/entities/by-query` (cursor pagination). @p progress may be empty.
    RequestId listEntities(const QString& filter, const Progress& progress, const EntitiesDone& done);

    /// `GET /api/scaffolder/v2/templates/{namespace}/{kind}/{name}/parameter-schema` of @p templateRef
    /// (`[template:][namespace/]name`): `{title, description, steps: [{title, schema}]}`.
    RequestId parameterSchema(const QString& templateRef, const ObjectDone& done);

    /// `POST /api/scaffolder/v2/dry-run`: runs @p templateJson (the template entity as JSON) over @p files (its folder)
    /// without side effects; answers `{log, directoryContents, output, steps}`.
    RequestId dryRun(const QJsonObject& templateJson, const QJsonObject& values, const QJsonObject& secrets,
                     const QList<BackstageFile>& files, const ObjectDone& done);

    /// `POST /api/scaffolder/v2/tasks`: starts a run of @p templateRef; the value is the new task's id.
    RequestId createTask(const QString& templateRef, const QJsonObject& values, const QJsonObject& secrets,
                         const StringDone& done);
    /// `GET /api/scaffolder/v2/tasks/{id}`: `{id, spec, status, createdAt, lastHeartbeatAt}`.
    RequestId task(const QString& taskId, const ObjectDone& done);
    /// `POST /api/scaffolder/v2/tasks/{id}/cancel`. The task ends later: follow it to see it end (TaskFollower).
    RequestId cancelTask(const QString& taskId, const StringDone& done);

    /// Aborts call @p id: its callback never runs. Does nothing for a call that is done.
    void cancel(RequestId id);
    /// Aborts every call in flight.
    void cancelAll();

    /// @p templateRef (`[template:][namespace/]name`) as the path `namespace/kind/name`; "" and @p error set when it is
    /// not a valid reference.
    static QString templatePath(const QString& templateRef, QString* error);

private:
    using Handler = std::function<void(const HttpOutcome&)>;
    QNetworkReply* send(const QByteArray& verb, const QUrl& url, const QByteArray& body = {});
    /// Runs @p handler with @p reply's outcome when it finishes, unless call @p id is cancelled first.
    void attach(RequestId id, QNetworkReply* reply, const Handler& handler);
    RequestId nextId() { return ++m_lastId; }
    void fetchPage(RequestId id, const QString& filter, const QString& cursor, BackstageEntities received,
                   const Progress& progress, const EntitiesDone& done);
    RequestId requestObject(const QByteArray& verb, const QUrl& url, const QByteArray& body, const ObjectDone& done);

    BackstageConnection m_connection;
    QNetworkAccessManager* m_network;
    QHash<RequestId, QPointer<QNetworkReply>> m_inFlight;
    RequestId m_lastId = 0;
    int m_pageSize = 500;
};

} // namespace Atrium

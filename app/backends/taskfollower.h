#pragma once

#include "backends/backstageclient.h"
#include "common/servereventstream.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Atrium {

/// One event of a scaffolder task, as `/v2/tasks/{id}/eventstream` and `/v2/tasks/{id}/events` carry it:
/// `{id, taskId, type, createdAt, body: {message, stepId?, status?, output?, error?}}`.
struct TaskEvent {
    qint64 id = 0;
    QString type; ///< log, cancelled, completion, recovered
    QString createdAt; ///< ISO 8601, as Backstage wrote it
    QString message; ///< may hold ANSI colour codes: Backstage's actions log for a terminal
    QString stepId;
    QString status; ///< a step's: processing, completed, failed, skipped, cancelled
    QJsonObject body;

    /// @p object as Backstage sends it; nothing when it has no numeric id.
    static std::optional<TaskEvent> fromJson(const QJsonObject& object);
};

/// Follows a scaffolder task until it ends: its event stream, reconnecting with `?after=` the last event seen when
/// the stream breaks, and polling `/events?after=` when the stream keeps failing or is not a stream. No event is
/// reported twice. Gives up (gaveUp()) when no request has succeeded for giveUpAfterMs: nothing waits for ever.
class TaskFollower : public QObject {
    Q_OBJECT
public:
    /// Follows task @p taskId from the event after @p lastEventId (0: from the start; an app restarting passes the
    /// last one it stored). Call start().
    TaskFollower(BackstageConnection connection, QString taskId, qint64 lastEventId = 0, QObject* parent = nullptr);
    ~TaskFollower() override;

    void start();
    /// Stops following; no signal comes after it.
    void stop();

    /// How long the stream may keep failing before gaveUp(); 2 minutes by default.
    void setGiveUpAfter(int ms) { m_giveUpAfterMs = ms; }
    /// Between polls once polling; 1 s by default.
    void setPollInterval(int ms) { m_pollIntervalMs = ms; }
    /// The wait before the first reconnection, doubled each failure up to @p maxMs (0.5 s and 8 s by default).
    void setReconnectDelays(int firstMs, int maxMs);
    /// Stream failures in a row after which it polls instead; 3 by default.
    void setStreamFailuresBeforePolling(int failures) { m_failuresBeforePolling = failures; }

    QString taskId() const { return m_taskId; }
    qint64 lastEventId() const { return m_lastEventId; }
    bool isPolling() const { return m_polling; }
    bool isFollowing() const { return m_following; }

Q_SIGNALS:
    void eventReceived(const Atrium::TaskEvent& event);
    /// The task ended: @p status is completed, failed or cancelled; @p output is the template's output (links,
    /// text, ...) from the completion event. Last signal.
    void finished(const QString& status, const QJsonObject& output);
    /// The stream broke or a request failed; following goes on (reconnecting or polling).
    void problem(const QString& message);
    /// Following stopped for good without the task's end: @p message says why. Last signal.
    void gaveUp(const QString& message);

private:
    void openStream();
    void poll();
    void onStreamData();
    void onRequestFinished(QNetworkReply* reply);
    void handleEvent(const TaskEvent& event);
    void retryLater(const QString& message);
    void finish(const QString& status, const QJsonObject& output);
    void finishAfterLookingForCancel(const QJsonObject& output);
    void giveUp(const QString& message);
    QNetworkReply* get(const QString& path, int transferTimeoutMs, const QByteArray& accept);
    void dropReply();

    BackstageConnection m_connection;
    QString m_taskId;
    qint64 m_lastEventId = 0;
    qint64 m_resumedAfter = 0; ///< the last event id given to the constructor
    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    ServerEventStream m_stream;
    QTimer m_retryTimer;
    QElapsedTimer m_failingSince; ///< invalid while requests succeed
    bool m_following = false;
    bool m_polling = false;
    bool m_streamOpened = false; ///< the current stream answered 200 text/event-stream
    bool m_sawCancelled = false;
    int m_failuresInARow = 0;
    int m_giveUpAfterMs = 120000;
    int m_pollIntervalMs = 1000;
    int m_firstDelayMs = 500;
    int m_maxDelayMs = 8000;
    int m_failuresBeforePolling = 3;
};

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::TaskEvent)

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace Atrium {

/// One submission in the outbox: a scaffolder task or a request to an http endpoint, with everything needed to send
/// it again after a restart, and what happened to it so far.
///
/// Secrets never reach an entry: the payload holds the body without them, and `secretNames` only says which secrets
/// (kept in memory by the sender) must be added when it is sent. After a restart those are asked for again.
/// One step of a scaffolder task as the backend reports it, with its own log.
struct OutboxTaskStep {
    QString id;
    QString name;
    QString status; ///< as Backstage says it: open, processing, completed, failed, cancelled, skipped
    QStringList log; ///< the step's messages, ANSI colours kept (the view renders them)

    friend bool operator==(const OutboxTaskStep&, const OutboxTaskStep&) = default;
};

struct OutboxEntry {
    Q_DECLARE_TR_FUNCTIONS(Atrium::OutboxEntry)
public:
    enum class Kind { ScaffolderTask, HttpRequest };
    /// queued → sending → sent (→ running → completed for tasks the backend runs), or failed, or unknown when it
    /// cannot be known whether the backend received it.
    enum class State { Queued, Sending, Sent, Running, Completed, Failed, Unknown };

    QUuid id;
    Kind kind = Kind::HttpRequest;
    QString targetName; ///< the backend or endpoint as named in atrium.yaml
    QUrl url;
    QByteArray method = QByteArrayLiteral("POST");
    QByteArray payload; ///< the JSON body, UTF-8, without secrets
    QStringList secretNames; ///< the secrets the body needs, by name only
    QString idempotencyKey; ///< empty when the endpoint accepts none
    State state = State::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt; ///< UTC; invalid means "as soon as possible"
    QString lastError; ///< readable, for the Activity page
    QStringList log; ///< one line per event, each starting with its UTC time
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    QString remoteId; ///< what the backend calls it, e.g. the scaffolder task id
    QString title; ///< for people: the template's title or the endpoint's name with what was asked
    /// Scaffolder tasks: the steps as the event stream reported them, the id of the last event read (to resume the
    /// stream or the polling after a restart) and, once completed, the task's output (links, text).
    QList<OutboxTaskStep> steps;
    QString lastEventId;
    QJsonObject output;
    /// HTTP requests: the status and body of the last response (bodies longer than 64 KB are cut).
    int responseStatus = 0;
    QByteArray responseBody;

    friend bool operator==(const OutboxEntry&, const OutboxEntry&) = default;

    /// Whether sending it twice does no harm: it has an idempotency key, or its method is idempotent by HTTP's
    /// definition. A POST without a key is not: the backend could create two tasks.
    bool isSafeToResend() const;
    /// Appends @p line to the log, prefixed with @p at (now when invalid).
    void appendLog(const QString& line, const QDateTime& at = {});
    /// The step with @p stepId, added at the end when new.
    OutboxTaskStep& step(const QString& stepId);

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    static QString stateName(State state);
    static std::optional<State> stateFromName(QStringView name);
    /// The state as the Activity page shows it.
    static QString stateLabel(State state);

    static constexpr int formatVersion = 1;
    QJsonObject toJson() const;
    QByteArray toFileContents() const;
    /// The entry in @p json; nothing when it is not an outbox entry of a known version (then @p error says why).
    static std::optional<OutboxEntry> fromJson(const QJsonObject& json, QString* error = nullptr);
    static std::optional<OutboxEntry> fromFileContents(const QByteArray& contents, QString* error = nullptr);
};

} // namespace Atrium

#pragma once

#include "backends/httpoutcome.h"
#include "backends/networkoptions.h"
#include "backends/retrypolicy.h"
#include "common/secretreference.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Atrium {

class Outbox;
struct BackendsConfig;
struct OutboxEntry;

/// How to reach the target an entry names: what a backend or endpoint of atrium.yaml says, without the workspace.
struct SendTarget {
    NetworkOptions network;
    QList<QPair<QByteArray, QByteArray>> headers; ///< set after Content-Type and Accept, so they may replace them
    QByteArray idempotencyKeyHeader; ///< "" = the entry's key (if any) is not sent
    SecretReference token; ///< unset = no token
    /// The header the token goes into; "Authorization" gets "Bearer ". Ignored when tokenField is set.
    QByteArray tokenHeader = QByteArrayLiteral("Authorization");
    QString tokenField; ///< the top-level field of the JSON body that gets the token (GitLab's trigger token)
};

/// Sends the due entries of an Outbox, one attempt at a time each, and writes every step before the next.
///
/// An attempt is written as `sending` before the request goes out (if that write fails, nothing is sent); its outcome
/// is classified by HttpOutcome and decided by RetryPolicy, and the result is written before the next attempt. One
/// timer waits for the earliest nextAttemptAt; the outbox's signals wake it (a new entry, the user's retry). At most
/// maxInFlight() requests run at once, and an entry is never sent twice at the same time. When a target answers,
/// the other entries waiting for it go out at once instead of waiting out their backoff.
///
/// Secrets never reach the outbox: tokens are resolved (environment, keychain) for each attempt, a scaffolder task's
/// secret fields are kept in memory for this session only (setSecrets()). An entry whose target or secrets are
/// missing stays queued with lastError saying what is missing.
///
/// Destroying the sender (the app closes) aborts what is in flight without writing: those entries stay `sending` on
/// disk and Outbox recovers them on the next start.
class OutboxSender : public QObject {
    Q_OBJECT
public:
    /// The target named @p targetName, or nothing with @p error saying why (unknown name, bad configuration).
    using TargetResolver = std::function<std::optional<SendTarget>(const QString& targetName, QString* error)>;

    /// The targets of a workspace's `backends:`: http endpoints by their settings, Backstage backends with their
    /// token as `Authorization: Bearer`.
    static TargetResolver resolverFor(const BackendsConfig& config);

    OutboxSender(Outbox* outbox, TargetResolver resolver, QObject* parent = nullptr);
    ~OutboxSender() override;

    void setRetryLimits(const RetryLimits& limits) { m_limits = limits; }
    RetryLimits retryLimits() const { return m_limits; }
    /// For tests: the jitter's random source (uniform in [0, 1)).
    void setRandomSource(RandomSource random) { m_random = std::move(random); }
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    int maxInFlight() const { return m_maxInFlight; }
    /// Whether an entry that never reached its backend (refused, DNS, offline) fails after maxAttempts like any other.
    /// Off in the app: such an entry stays queued, tried at least every baseDelay·2^(maxAttempts−2) (at most
    /// maxDelay), and goes out when the backend answers again. On in the CLI, which must end.
    void setGiveUpWhenUnreachable(bool giveUp) { m_giveUpWhenUnreachable = giveUp; }
    /// How long an entry whose target or token cannot be resolved waits before it is tried again.
    void setUnresolvedDelayMs(int ms) { m_unresolvedDelayMs = ms; }

    /// Sends only these entries (the CLI's own request; the rest of the queue is the app's business). Empty = all.
    void setScope(const QSet<QUuid>& ids)
    {
        m_scope = ids;
        wake();
    }

    /// The secret fields of a scaffolder task, for this session only; sent as the task's `secrets`. Give them before
    /// Outbox::add() (choose the entry's id first) or right after it, before control returns to the event loop;
    /// later, the entry waits with a lastError until they come.
    void setSecrets(const QUuid& id, const QJsonObject& secrets);

    /// Starts sending: what is due goes out now, the rest when its time comes.
    void start();
    /// Starts no new attempt; those in flight finish and are written. idle() follows when none is left.
    void stop();
    bool isRunning() const { return m_running; }
    /// Sends @p id now if it is queued, however long its backoff still had to run (the user's "send now").
    bool sendNow(const QUuid& id, QString* error = nullptr);
    /// Re-reads the targets (e.g. after atrium.yaml changed) and tries what waited for one.
    void setResolver(TargetResolver resolver);

    bool isSending(const QUuid& id) const { return m_inFlight.contains(id); }
    int inFlightCount() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    /// An attempt finished and its result was written.
    void attemptFinished(const QUuid& id, const Atrium::HttpOutcome& outcome);
    /// An entry could not be sent or its result not written (target, token, disk); @p error says why.
    void problem(const QUuid& id, const QString& error);
    /// Nothing is in flight and, when stopped, nothing will start.
    void idle();

private:
    struct Attempt {
        QUuid id;
        QPointer<QNetworkReply> reply;
        SendTarget target;
        QDateTime startedAt;
    };

    void wake();
    void dispatch();
    void armTimer();
    void begin(const OutboxEntry& entry);
    void send(const QUuid& id, const QByteArray& token);
    void finish(QNetworkReply* reply);
    void holdUnresolved(const QUuid& id, const QString& error);
    void releaseWaiting(const QString& targetName);
    void endAttempt(const QUuid& id);
    bool inScope(const QUuid& id) const { return m_scope.isEmpty() || m_scope.contains(id); }
    QByteArray bodyFor(const OutboxEntry& entry, const SendTarget& target, const QByteArray& token,
                       QString* error) const;

    Outbox* m_outbox;
    TargetResolver m_resolver;
    QNetworkAccessManager* m_network;
    QTimer m_timer;
    RetryLimits m_limits;
    RandomSource m_random;
    int m_maxInFlight = 4;
    int m_unresolvedDelayMs = 60000;
    bool m_running = false;
    bool m_giveUpWhenUnreachable = false;
    QHash<QUuid, Attempt> m_inFlight;
    /// Entries not to try before then, in memory only: a write that failed must not turn into a busy loop.
    QHash<QUuid, QDateTime> m_heldUntil;
    QHash<QUuid, QJsonObject> m_secrets;
    QSet<QUuid> m_scope;
};

} // namespace Atrium

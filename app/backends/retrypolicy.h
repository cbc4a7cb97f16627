#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace Atrium {

/// What one attempt to send an outbox entry came to, as the network side classifies it.
struct AttemptOutcome {
    enum class Kind {
        /// The request never reached the backend: refused, no route, DNS, TLS handshake, timed out on connect.
        NotSent,
        /// The connection broke or timed out after the request went out: the backend may have acted on it.
        BrokenAfterSending,
        /// The backend answered with a status code.
        Response,
    };
    Kind kind = Kind::Response;
    int httpStatus = 0;
    QByteArray retryAfter; ///< the Retry-After header as received, if any
    QString error; ///< readable: the network error or the backend's message
};

/// The limits of retrying; the defaults suit a backend that is down for minutes.
struct RetryLimits {
    int maxAttempts = 8;
    std::chrono::milliseconds baseDelay { 1000 };
    std::chrono::milliseconds maxDelay { std::chrono::minutes(5) };
    /// A Retry-After asking for more than this is cut short, so that a wrong header cannot park a request for days.
    std::chrono::milliseconds maxRetryAfter { std::chrono::hours(1) };
};

struct RetryDecision {
    enum class Action {
        Done, ///< the backend accepted it
        Retry, ///< send again after `delay`
        Fail, ///< give up; `reason` says why
        MarkUnknown, ///< it may have arrived; only the user may send it again
    };
    Action action = Action::Done;
    std::chrono::milliseconds delay { 0 };
    QString reason;

    friend bool operator==(const RetryDecision&, const RetryDecision&) = default;
};

/// A number in [0, 1); tests pass a fixed one.
using RandomSource = std::function<double()>;

/// Decides what follows an attempt. @p attemptsMade counts the attempt just made. Retries wait a random time up to
/// baseDelay·2^(attempts−1), at most maxDelay ("full jitter": clients that failed together do not return together),
/// or what Retry-After asks for, at most maxRetryAfter.
class RetryPolicy {
    Q_DECLARE_TR_FUNCTIONS(Atrium::RetryPolicy)
public:
    static RetryDecision decide(const AttemptOutcome& outcome, int attemptsMade, bool safeToResend,
                                const RetryLimits& limits, const QDateTime& now, const RandomSource& random);

    /// The wait a Retry-After header asks for, in delta-seconds or as an HTTP date relative to @p now; nothing when
    /// it is neither. A date in the past is no wait.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now);

    /// The default random source, uniform in [0, 1).
    static double systemRandom();
};

} // namespace Atrium

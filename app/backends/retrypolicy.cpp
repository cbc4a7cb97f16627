#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Atrium {

namespace {

using std::chrono::milliseconds;

bool isRetryableStatus(int status)
{
    // 408 and 429 say "not now", and 5xx "not here"; every other 4xx would fail the same way again.
    return status == 408 || status == 429 || status >= 500;
}

milliseconds backoff(int attemptsMade, const RetryLimits& limits, const RandomSource& random)
{
    const int exponent = std::clamp(attemptsMade - 1, 0, 30);
    const double ceiling
        = std::min(double(limits.maxDelay.count()), double(limits.baseDelay.count()) * std::ldexp(1.0, exponent));
    const double fraction = std::clamp(random ? random() : RetryPolicy::systemRandom(), 0.0, 1.0);
    return milliseconds(qint64(std::floor(ceiling * fraction)));
}

} // namespace

double RetryPolicy::systemRandom()
{
    return QRandomGenerator::global()->generateDouble();
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(milliseconds(std::min(seconds, qlonglong(1) << 40) * 1000));
    // RFC 9110 section 5.6.7: IMF-fixdate, which is what servers send; always in English and GMT.
    const QString dateText = QString::fromLatin1(text);
    QDateTime date = QLocale::c().toDateTime(dateText, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeSpec(Qt::UTC);
    return milliseconds(std::max<qint64>(0, now.msecsTo(date)));
}

RetryDecision RetryPolicy::decide(const AttemptOutcome& outcome, int attemptsMade, bool safeToResend,
                                  const RetryLimits& limits, const QDateTime& now, const RandomSource& random)
{
    const auto retryOrGiveUp = [&](const QString& why, std::optional<milliseconds> requested) {
        if (attemptsMade >= limits.maxAttempts)
            return RetryDecision { RetryDecision::Action::Fail, milliseconds(0),
                                   tr("Gave up after %n attempt(s): %1", nullptr, attemptsMade).arg(why) };
        const milliseconds delay
            = requested ? std::min(*requested, limits.maxRetryAfter) : backoff(attemptsMade, limits, random);
        return RetryDecision { RetryDecision::Action::Retry, delay, why };
    };

    switch (outcome.kind) {
    case AttemptOutcome::Kind::NotSent:
        return retryOrGiveUp(outcome.error.isEmpty() ? tr("The backend could not be reached") : outcome.error,
                             std::nullopt);
    case AttemptOutcome::Kind::BrokenAfterSending:
        if (!safeToResend)
            return RetryDecision {
                RetryDecision::Action::MarkUnknown, milliseconds(0),
                tr("The connection broke after the request was sent (%1), so the backend may have received it. It "
                   "is not sent again unless you retry it.")
                    .arg(outcome.error.isEmpty() ? tr("no answer") : outcome.error)
            };
        return retryOrGiveUp(outcome.error.isEmpty() ? tr("The connection broke after the request was sent")
                                                     : outcome.error,
                             std::nullopt);
    case AttemptOutcome::Kind::Response:
        break;
    }

    const int status = outcome.httpStatus;
    if (status >= 200 && status < 300)
        return RetryDecision {};
    const QString why = outcome.error.isEmpty() ? tr("The backend answered with HTTP status %1").arg(status)
                                                : tr("HTTP status %1: %2").arg(status).arg(outcome.error);
    if (isRetryableStatus(status))
        return retryOrGiveUp(why, parseRetryAfter(outcome.retryAfter, now));
    return RetryDecision { RetryDecision::Action::Fail, milliseconds(0), why };
}

} // namespace Atrium

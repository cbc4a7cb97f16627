// The retry policy: what follows each kind of attempt, the backoff's bounds, Retry-After, and the never-resend rule.

#include "backends/retrypolicy.h"

#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;
using Action = RetryDecision::Action;
using Kind = AttemptOutcome::Kind;

Q_DECLARE_METATYPE(Atrium::AttemptOutcome::Kind)
Q_DECLARE_METATYPE(Atrium::RetryDecision::Action)

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(14, 0), Qt::UTC);

RetryLimits limits()
{
    RetryLimits limits;
    limits.maxAttempts = 5;
    limits.baseDelay = milliseconds(1000);
    limits.maxDelay = milliseconds(60'000);
    limits.maxRetryAfter = milliseconds(600'000);
    return limits;
}

} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void retryPolicyDecides_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("safe");
        QTest::addColumn<double>("random");
        QTest::addColumn<Action>("action");
        QTest::addColumn<qint64>("delayMs");

        // random 0.5 of a ceiling of 1 s · 2^(attempts − 1)
        QTest::newRow("200") << Kind::Response << 200 << QByteArray() << 1 << false << 0.5 << Action::Done << 0LL;
        QTest::newRow("201") << Kind::Response << 201 << QByteArray() << 1 << false << 0.5 << Action::Done << 0LL;
        QTest::newRow("refused, 1st") << Kind::NotSent << 0 << QByteArray() << 1 << false << 0.5 << Action::Retry
                                      << 500LL;
        QTest::newRow("refused, 3rd") << Kind::NotSent << 0 << QByteArray() << 3 << false << 0.5 << Action::Retry
                                      << 2000LL;
        QTest::newRow("refused, jitter 0")
            << Kind::NotSent << 0 << QByteArray() << 3 << false << 0.0 << Action::Retry << 0LL;
        QTest::newRow("refused, jitter ~1")
            << Kind::NotSent << 0 << QByteArray() << 3 << false << 0.999 << Action::Retry << 3996LL;
        QTest::newRow("refused, last") << Kind::NotSent << 0 << QByteArray() << 5 << false << 0.5 << Action::Fail
                                       << 0LL;
        QTest::newRow("500") << Kind::Response << 500 << QByteArray() << 2 << false << 0.5 << Action::Retry << 1000LL;
        QTest::newRow("503") << Kind::Response << 503 << QByteArray() << 1 << false << 0.5 << Action::Retry << 500LL;
        QTest::newRow("503, last") << Kind::Response << 503 << QByteArray() << 5 << true << 0.5 << Action::Fail << 0LL;
        QTest::newRow("408") << Kind::Response << 408 << QByteArray() << 1 << false << 0.5 << Action::Retry << 500LL;
        QTest::newRow("429") << Kind::Response << 429 << QByteArray() << 1 << false << 0.5 << Action::Retry << 500LL;
        QTest::newRow("429, Retry-After 7")
            << Kind::Response << 429 << "7"_ba << 1 << false << 0.5 << Action::Retry << 7000LL;
        QTest::newRow("503, Retry-After 0")
            << Kind::Response << 503 << "0"_ba << 4 << false << 0.5 << Action::Retry << 0LL;
        QTest::newRow("429, Retry-After date") << Kind::Response << 429 << "Thu, 26 Nov 2026 14:01:30 GMT"_ba << 1
                                               << false << 0.5 << Action::Retry << 90'000LL;
        QTest::newRow("429, Retry-After past date")
            << Kind::Response << 429 << "Thu, 26 Nov 2026 13:00:00 GMT"_ba << 1 << false << 0.5 << Action::Retry << 0LL;
        QTest::newRow("429, Retry-After capped")
            << Kind::Response << 429 << "86400"_ba << 1 << false << 0.5 << Action::Retry << 600'000LL;
        QTest::newRow("429, Retry-After garbage")
            << Kind::Response << 429 << "soon"_ba << 1 << false << 0.5 << Action::Retry << 500LL;
        QTest::newRow("jitter 1, 4th") << Kind::Response << 502 << QByteArray() << 4 << false << 1.0 << Action::Retry
                                       << 8000LL;
        QTest::newRow("400") << Kind::Response << 400 << QByteArray() << 1 << false << 0.5 << Action::Fail << 0LL;
        QTest::newRow("401") << Kind::Response << 401 << QByteArray() << 1 << true << 0.5 << Action::Fail << 0LL;
        QTest::newRow("404") << Kind::Response << 404 << QByteArray() << 1 << false << 0.5 << Action::Fail << 0LL;
        QTest::newRow("409") << Kind::Response << 409 << QByteArray() << 1 << false << 0.5 << Action::Fail << 0LL;
        QTest::newRow("422") << Kind::Response << 422 << QByteArray() << 1 << false << 0.5 << Action::Fail << 0LL;
        QTest::newRow("broken, no key") << Kind::BrokenAfterSending << 0 << QByteArray() << 1 << false << 0.5
                                        << Action::MarkUnknown << 0LL;
        QTest::newRow("broken, no key, last")
            << Kind::BrokenAfterSending << 0 << QByteArray() << 5 << false << 0.5 << Action::MarkUnknown << 0LL;
        QTest::newRow("broken, key") << Kind::BrokenAfterSending << 0 << QByteArray() << 2 << true << 0.5
                                     << Action::Retry << 1000LL;
        QTest::newRow("broken, key, last")
            << Kind::BrokenAfterSending << 0 << QByteArray() << 5 << true << 0.5 << Action::Fail << 0LL;
    }
    void retryPolicyDecides()
    {
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, attempts);
        QFETCH(bool, safe);
        QFETCH(double, random);
        QFETCH(Action, action);
        QFETCH(qint64, delayMs);

        const AttemptOutcome outcome { kind, status, retryAfter, u"Connection refused"_s };
        const RetryDecision decision
            = RetryPolicy::decide(outcome, attempts, safe, limits(), now, [random] { return random; });
        QCOMPARE(decision.action, action);
        QCOMPARE(decision.delay.count(), delayMs);
        if (action != Action::Done)
            QVERIFY(!decision.reason.isEmpty());
    }

    void retryPolicyBackoffStaysWithinMaxDelay()
    {
        RetryLimits limits = ::limits();
        for (int attempts = 1; attempts < 40; ++attempts) {
            limits.maxAttempts = 100;
            const RetryDecision decision = RetryPolicy::decide({ Kind::NotSent, 0, {}, {} }, attempts, false, limits,
                                                               now, [] { return 0.9999; });
            QCOMPARE(decision.action, Action::Retry);
            QVERIFY(decision.delay <= limits.maxDelay);
            QVERIFY(decision.delay.count() >= 0);
        }
        // The system's random source stays within the ceiling too.
        for (int i = 0; i < 200; ++i) {
            const RetryDecision decision
                = RetryPolicy::decide({ Kind::NotSent, 0, {}, {} }, 3, false, limits, now, RetryPolicy::systemRandom);
            QVERIFY(decision.delay >= milliseconds(0) && decision.delay < milliseconds(4000));
        }
    }

    void retryPolicyReasonsAreReadable()
    {
        const RetryDecision gaveUp
            = RetryPolicy::decide({ Kind::Response, 503, {}, {} }, 5, false, limits(), now, [] { return 0.5; });
        QCOMPARE(gaveUp.reason, u"Gave up after 5 attempt(s): The backend answered with HTTP status 503"_s);
        const RetryDecision unknown = RetryPolicy::decide({ Kind::BrokenAfterSending, 0, {}, u"Remote host closed"_s },
                                                          1, false, limits(), now, [] { return 0.5; });
        QVERIFY2(unknown.reason.contains(u"may have received it"_s), qPrintable(unknown.reason));
        QVERIFY(unknown.reason.contains(u"Remote host closed"_s));
        const RetryDecision rejected = RetryPolicy::decide({ Kind::Response, 422, {}, u"name is required"_s }, 1, false,
                                                           limits(), now, [] { return 0.5; });
        QCOMPARE(rejected.reason, u"HTTP status 422: name is required"_s);
    }

    void retryPolicyParsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // −1: not a Retry-After
        QTest::newRow("seconds") << "120"_ba << 120'000LL;
        QTest::newRow("spaces") << "  3 "_ba << 3000LL;
        QTest::newRow("zero") << "0"_ba << 0LL;
        QTest::newRow("negative") << "-5"_ba << -1LL;
        QTest::newRow("fraction") << "1.5"_ba << -1LL;
        QTest::newRow("empty") << ""_ba << -1LL;
        QTest::newRow("date") << "Thu, 26 Nov 2026 14:10:00 GMT"_ba << 600'000LL;
        QTest::newRow("date in the past") << "Wed, 25 Nov 2026 14:10:00 GMT"_ba << 0LL;
        QTest::newRow("not a date") << "Thursday at noon"_ba << -1LL;
        QTest::newRow("huge") << "99999999999999999999999"_ba << -1LL;
    }
    void retryPolicyParsesRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const std::optional<milliseconds> parsed = RetryPolicy::parseRetryAfter(value, now);
        QCOMPARE(parsed ? parsed->count() : -1LL, expectedMs);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

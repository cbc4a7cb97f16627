// The status-endpoint source's JSON (docs/environments.md, "The status-endpoint schema"): what a team's own deploy
// tooling reports, and what Atrium says when it reports it wrongly.

#include "environments/statusendpoint.h"

#include <QFile>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {
QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(ATRIUM_TEST_DATA_DIR "/environments/status-endpoint/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing fixture %s", qPrintable(name));
    return file.readAll();
}

// One line per service: entity, health, version, ready/desired, so that a table row reads like the dashboard.
QStringList summary(const StatusEndpointFacts& facts)
{
    QStringList lines;
    for (const StatusEndpointService& service : facts.services) {
        QString line = service.entity + u' ' + healthWord(service.health);
        if (!service.version.isEmpty())
            line += u' ' + service.version;
        if (service.readyReplicas || service.desiredReplicas)
            line += u' ' + QString::number(service.readyReplicas.value_or(-1)) + u'/'
                + QString::number(service.desiredReplicas.value_or(-1));
        lines.append(line);
    }
    return lines;
}

QStringList messages(const StatusEndpointFacts& facts)
{
    QStringList lines;
    for (const StatusEndpointProblem& problem : facts.problems)
        lines.append(problem.message);
    return lines;
}
} // namespace

class TestStatusEndpoint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QStringList>("problems");

        QTest::newRow("healthy") << u"healthy.json"_s << true << u"prod"_s
                                 << QStringList { u"component:default/payments healthy 1.4.2 3/3"_s,
                                                  u"component:default/checkout healthy 2.0.0 2/2"_s }
                                 << QStringList {};
        QTest::newRow("progressing") << u"progressing.json"_s << true << u"staging"_s
                                     << QStringList { u"component:default/payments progressing 1.5.0-rc.1 1/3"_s }
                                     << QStringList {};
        QTest::newRow("degraded") << u"degraded.json"_s << true << u"prod"_s
                                  << QStringList { u"component:payments/ledger degraded 3.1.0"_s,
                                                   u"resource:default/orders-db suspended 0/0"_s,
                                                   u"component:default/search missing"_s }
                                  << QStringList {};
        QTest::newRow("crash-looping") << u"crash-looping.json"_s << true << u"prod"_s
                                       << QStringList { u"component:default/notifications degraded 0.9.7 0/2"_s }
                                       << QStringList {};
        QTest::newRow("not json") << u"broken-not-json.json"_s << false << QString() << QStringList {}
                                  << QStringList { u"Not JSON: unterminated object at byte 99"_s };
        QTest::newRow("other format") << u"broken-format.json"_s << false << QString() << QStringList {}
                                      << QStringList { u"format: expected \"atrium-status\", found \"argocd\""_s };
        QTest::newRow("version 2") << u"broken-version.json"_s << false << QString() << QStringList {}
                                   << QStringList { u"version: 2 is not supported; expected 1"_s };
        QTest::newRow("bad entries skipped, the rest kept")
            << u"broken-entries.json"_s << true << u"prod"_s
            << QStringList { u"component:default/payments healthy 1.4.2"_s }
            << QStringList {
                   u"generatedAt: expected an ISO 8601 time with an offset (2026-01-31T12:00:00Z), found \"yesterday\""_s,
                   u"services[1]: an \"entity\" (component:default/payments) or a \"name\" (payments) is missing"_s,
                   u"services[2].health: \"sick\" is not a health word (healthy, progressing, degraded, suspended, missing, unknown)"_s,
                   u"services[3].replicas.ready: expected a whole number of 0 or more, found -1"_s,
                   u"services[4].deployedAt: expected an ISO 8601 time with an offset (2026-01-31T12:00:00Z), found \"2026-11-26 09:00\""_s,
                   u"services[5].entity: component:default/payments is reported twice; the first entry is kept"_s,
                   u"services[6]: expected an object, found \"orders\""_s,
                   u"services[7].name: \"team/cart\" is not a component name; write a kind or namespace in \"entity\""_s,
                   u"services[8].version: expected a string, found 7"_s,
               };
    }
    void parse()
    {
        QFETCH(QString, file);
        QFETCH(bool, readable);
        QFETCH(QString, environment);
        QFETCH(QStringList, services);
        QFETCH(QStringList, problems);
        const StatusEndpointFacts facts = StatusEndpoint::parse(fixture(file));
        QCOMPARE(messages(facts), problems);
        QCOMPARE(facts.readable, readable);
        QCOMPARE(facts.environment, environment);
        QCOMPARE(summary(facts), services);
    }

    void keepsTimesMessagesAndLinks()
    {
        const StatusEndpointFacts facts = StatusEndpoint::parse(fixture(u"progressing.json"_s));
        QCOMPARE(facts.generatedAt, QDateTime::fromString(u"2026-11-26T08:15:00.250Z"_s, Qt::ISODateWithMs));
        QCOMPARE(facts.services.size(), 1);
        const StatusEndpointService& payments = facts.services.first();
        QCOMPARE(payments.deployedAt, QDateTime::fromString(u"2026-11-26T08:14:02Z"_s, Qt::ISODate));
        QCOMPARE(payments.message, u"Rolling out 1.5.0-rc.1: 1 of 3 new pods ready"_s);

        const StatusEndpointFacts prod = StatusEndpoint::parse(fixture(u"healthy.json"_s));
        QCOMPARE(prod.services.first().url, u"https://deploys.example.com/payments/1.4.2"_s);
        QVERIFY(!prod.services.last().deployedAt.isValid()); // not given
    }

    void problemsNameTheirPath()
    {
        const StatusEndpointFacts facts = StatusEndpoint::parse(fixture(u"broken-entries.json"_s));
        QCOMPARE(facts.problems.size(), 9);
        QCOMPARE(facts.problems.first().severity,
                 StatusEndpointProblem::Severity::Warning); // generatedAt drops nothing
        QCOMPARE(facts.problems.at(2).path, u"services[2].health"_s);
        QCOMPARE(facts.problems.at(2).severity, StatusEndpointProblem::Severity::Error);
        QCOMPARE(facts.problems.at(6).path, u"services[6]"_s);
    }

    void rejectsWholeDocuments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray() << u"Not JSON: illegal value at byte 0"_s;
        QTest::newRow("array") << QByteArray("[]")
                               << u"Expected a JSON object with \"format\": \"atrium-status\", found an array"_s;
        QTest::newRow("no format") << QByteArray(R"({"version": 1, "services": []})")
                                   << u"format: missing; expected \"atrium-status\""_s;
        QTest::newRow("version as text") << QByteArray(R"({"format": "atrium-status", "version": "1"})")
                                         << u"version: \"1\" is not supported; expected 1"_s;
        QTest::newRow("no services") << QByteArray(R"({"format": "atrium-status", "version": 1})")
                                     << u"services: missing; expected a list of services"_s;
    }
    void rejectsWholeDocuments()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        const StatusEndpointFacts facts = StatusEndpoint::parse(body);
        QCOMPARE(messages(facts), QStringList { problem });
        QVERIFY(facts.services.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatusEndpoint)
#include "tst_statusendpoint.moc"

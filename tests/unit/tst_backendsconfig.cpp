// `backends:` of atrium.yaml (docs/backends.md): Backstage backends and http endpoints with their presets, and every
// mistake reported at its line.

#include "workspace/backendsconfig.h"
#include "workspace/workspaceconfig.h"

#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

BackendsConfig read(const QByteArray& yaml)
{
    const WorkspaceConfig workspace = parseWorkspaceConfig(u"/ws/atrium.yaml"_s, yaml);
    return BackendsConfigReader::read(workspace.backends, workspace.configFile, workspace.rootDirectory,
                                      [&workspace](const QStringList& path) { return workspace.positionOf(path); });
}

QString problemsText(const BackendsConfig& config)
{
    QStringList lines;
    for (const Problem& problem : config.problems)
        lines.append(u"%1:%2 %3"_s.arg(problem.line).arg(problem.column).arg(problem.message));
    return lines.join(u'\n');
}

} // namespace

class TestBackendsConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void backstageBackend()
    {
        const BackendsConfig config = read("backends:\n"
                                           "  - name: local\n"
                                           "    url: http://localhost:7007\n"
                                           "  - name: corp\n"
                                           "    type: backstage\n"
                                           "    url: https://backstage.example.com\n"
                                           "    token: {env: BACKSTAGE_TOKEN}\n"
                                           "    caFile: certs/ca.pem\n"
                                           "    refreshMinutes: 0\n"
                                           "    templates: false\n");
        QCOMPARE(problemsText(config), QString());
        QCOMPARE(config.backstage.size(), 2);
        QCOMPARE(config.backstage.at(0).url, QUrl(u"http://localhost:7007"_s));
        QCOMPARE(config.backstage.at(0).refreshMinutes, 15);
        QVERIFY(!config.backstage.at(0).token.isSet());
        const BackstageBackend* corp = config.backstageNamed(u"corp"_s);
        QVERIFY(corp);
        QCOMPARE(corp->token.environmentVariable, u"BACKSTAGE_TOKEN"_s);
        QCOMPARE(corp->caFile, u"/ws/certs/ca.pem"_s);
        QCOMPARE(corp->refreshMinutes, 0);
        QVERIFY(corp->catalog);
        QVERIFY(!corp->templates);
        QCOMPARE(corp->position.line, 4);
    }

    void githubPreset()
    {
        const BackendsConfig config = read("backends:\n"
                                           "  - name: infra\n"
                                           "    type: http\n"
                                           "    preset: github-repository-dispatch\n"
                                           "    repository: acme/infrastructure\n"
                                           "    eventType: provision\n"
                                           "    token: {keychain: github}\n");
        QCOMPARE(problemsText(config), QString());
        const HttpEndpoint* infra = config.endpointNamed(u"infra"_s);
        QVERIFY(infra);
        QCOMPARE(infra->url, QUrl(u"https://api.github.com/repos/acme/infrastructure/dispatches"_s));
        QCOMPARE(infra->method, QByteArray("POST"));
        QCOMPARE(infra->token.keychainKey, u"github"_s);
        QCOMPARE(infra->tokenHeader, QByteArray("Authorization"));
        QVERIFY(infra->body.startsWith(u"{\"event_type\": \"provision\""_s));
        QCOMPARE(infra->headers.first(), (QPair<QByteArray, QByteArray>("Accept", "application/vnd.github+json")));
    }

    void gitlabPreset()
    {
        const BackendsConfig config = read("backends:\n"
                                           "  - name: deploy\n"
                                           "    type: http\n"
                                           "    preset: gitlab-pipeline-trigger\n"
                                           "    gitlabUrl: https://gitlab.example.com\n"
                                           "    project: platform/infra\n"
                                           "    ref: release\n"
                                           "    token: {env: TRIGGER_TOKEN}\n");
        QCOMPARE(problemsText(config), QString());
        const HttpEndpoint& deploy = config.endpoints.at(0);
        QCOMPARE(deploy.url.toString(QUrl::FullyEncoded),
                 u"https://gitlab.example.com/api/v4/projects/platform%2Finfra/trigger/pipeline"_s);
        QCOMPARE(deploy.tokenField, u"token"_s);
        QVERIFY(deploy.body.startsWith(u"{\"ref\": \"release\""_s));
    }

    void genericEndpoint()
    {
        const BackendsConfig config = read("backends:\n"
                                           "  - name: hook\n"
                                           "    type: http\n"
                                           "    url: https://hooks.example.com/provision\n"
                                           "    method: put\n"
                                           "    headers: {X-Team: platform}\n"
                                           "    idempotencyKeyHeader: Idempotency-Key\n"
                                           "    timeoutSeconds: 5\n"
                                           "    body: '{\"name\": {{ parameters.name | dump }}}'\n");
        QCOMPARE(problemsText(config), QString());
        const HttpEndpoint& hook = config.endpoints.at(0);
        QCOMPARE(hook.method, QByteArray("PUT"));
        QCOMPARE(hook.headers.size(), 1);
        QCOMPARE(hook.idempotencyKeyHeader, QByteArray("Idempotency-Key"));
        QCOMPARE(hook.timeoutSeconds, 5);
        QCOMPARE(hook.body, u"{\"name\": {{ parameters.name | dump }}}"_s);
        QCOMPARE(hook.title, u"hook"_s);
    }

    void mistakes_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no name") << QByteArray("backends:\n  - url: http://x\n") << u"2:5 A backend needs a name"_s;
        QTest::newRow("twice") << QByteArray("backends:\n  - {name: a, url: 'http://x'}\n"
                                             "  - {name: a, url: 'http://y'}\n")
                               << u"3:12 Backend a is declared twice"_s;
        QTest::newRow("plain token")
            << QByteArray("backends:\n  - name: a\n    url: http://x\n    token: abc123\n")
            << u"4:12 Tokens are never written in atrium.yaml: use {env: VARIABLE} or {keychain: NAME}"_s;
        QTest::newRow("authorization header")
            << QByteArray("backends:\n  - name: a\n    type: http\n    url: http://x\n"
                          "    headers:\n      Authorization: Bearer abc\n")
            << u"6:22 Tokens are never written in atrium.yaml: set token: {env: VARIABLE} instead of an "
               u"Authorization header"_s;
        QTest::newRow("bad url") << QByteArray("backends:\n  - name: a\n    url: ftp://x\n")
                                 << u"3:10 ftp://x is not an http or https URL"_s;
        QTest::newRow("no url") << QByteArray("backends:\n  - name: a\n")
                                << u"2:5 url is missing: the backend's http or https URL"_s;
        QTest::newRow("unknown type") << QByteArray("backends:\n  - name: a\n    type: grpc\n")
                                      << u"3:11 Unknown backend type grpc; expected backstage or http"_s;
        QTest::newRow("unknown preset")
            << QByteArray("backends:\n  - name: a\n    type: http\n    preset: jenkins\n    url: http://x\n")
            << u"4:13 Unknown preset jenkins; expected github-repository-dispatch or gitlab-pipeline-trigger"_s;
        QTest::newRow("github without repository")
            << QByteArray("backends:\n  - name: a\n    type: http\n    preset: github-repository-dispatch\n")
            << u"2:5 The github-repository-dispatch preset needs repository: OWNER/NAME"_s;
        QTest::newRow("bad method") << QByteArray("backends:\n  - name: a\n    type: http\n    url: http://x\n"
                                                  "    method: TRACE\n")
                                    << u"5:13 method must be POST, PUT, PATCH, DELETE or GET, found TRACE"_s;
        QTest::newRow("negative refresh")
            << QByteArray("backends:\n  - name: a\n    url: http://x\n    refreshMinutes: -1\n")
            << u"4:21 refreshMinutes must be a whole number, 0 or more"_s;
        QTest::newRow("unknown key") << QByteArray("backends:\n  - name: a\n    url: http://x\n    tokn: {}\n")
                                     << u"4:11 Unknown key tokn in a backend; it is ignored"_s;
    }

    void mistakes()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, problem);
        const BackendsConfig config = read(yaml);
        QCOMPARE(problemsText(config).section(u'\n', 0, 0), problem);
        QCOMPARE(config.problems.first().file, u"/ws/atrium.yaml"_s);
    }
};

QTEST_GUILESS_MAIN(TestBackendsConfig)
#include "tst_backendsconfig.moc"

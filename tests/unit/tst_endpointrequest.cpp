// EndpointRequest: the body an http endpoint sends for the wizard's answers (its presets' and written ones), the
// entry that carries it, and errors that name the endpoint and the line.

#include "backends/endpointrequest.h"
#include "workspace/backendsconfig.h"
#include "workspace/workspaceconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
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

HttpEndpoint endpoint(const QByteArray& yaml)
{
    const BackendsConfig config = read("backends:\n" + yaml);
    if (!config.problems.isEmpty())
        qWarning("%s", qPrintable(config.problems.first().message));
    return config.endpoints.value(0);
}

SubmissionInput shopInput()
{
    SubmissionInput input;
    input.parameters = QJsonObject { { u"name"_s, u"shop"_s }, { u"replicas"_s, 2 } };
    input.templateRef = u"template:default/web-app"_s;
    input.templateTitle = u"Web application"_s;
    input.templateName = u"web-app"_s;
    input.files = { { u"README.md"_s, "# shop\n" }, { u"icon.png"_s, QByteArray("\x89PNG\r\n\x1a\n\xff", 9) } };
    return input;
}

QJsonValue json(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", text.constData());
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

} // namespace

class TestEndpointRequest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void body_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("github-repository-dispatch")
            << QByteArray("  - name: gh\n    type: http\n    preset: github-repository-dispatch\n"
                          "    repository: acme/infra\n    eventType: provision\n")
            << QByteArray("{\"event_type\": \"provision\", \"client_payload\": {\"template\": "
                          "\"template:default/web-app\", \"parameters\": {\"name\": \"shop\", \"replicas\": 2}}}");
        QTest::newRow("gitlab-pipeline-trigger")
            << QByteArray("  - name: gl\n    type: http\n    preset: gitlab-pipeline-trigger\n    project: 42\n"
                          "    ref: release\n")
            << QByteArray("{\"ref\": \"release\", \"variables\": {\"ATRIUM_TEMPLATE\": \"template:default/web-app\", "
                          "\"ATRIUM_PARAMETERS\": \"{\\\"name\\\":\\\"shop\\\",\\\"replicas\\\":2}\"}}");
        QTest::newRow("default body: template, parameters and files, binary in base64")
            << QByteArray("  - name: hook\n    type: http\n    url: https://hooks.example.com/x\n")
            << QByteArray(
                   "{\"template\": \"template:default/web-app\", \"parameters\": {\"name\": \"shop\", \"replicas\": "
                   "2}, \"files\": [{\"path\": \"README.md\", \"content\": \"# shop\\n\", \"binary\": false}, "
                   "{\"path\": \"icon.png\", \"content\": \"iVBORw0KGgr/\", \"binary\": true}]}");
        QTest::newRow("written body with a loop and the endpoint's title")
            << QByteArray("  - name: hook\n    type: http\n    title: Provisioner\n    url: https://h.example.com/x\n"
                          "    body: |\n"
                          "      {\"by\": {{ endpoint.title | dump }}, \"app\": \"{{ parameters.name | upper }}\",\n"
                          "       \"paths\": [{% for f in files %}{{ f.path | dump }}{% if not loop.last %},"
                          "{% endif %}{% endfor %}]}\n")
            << QByteArray("{\"by\": \"Provisioner\", \"app\": \"SHOP\", \"paths\": [\"README.md\", \"icon.png\"]}");
    }

    void body()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, expected);
        QString error;
        const std::optional<QByteArray> body = EndpointRequest::renderBody(endpoint(yaml), shopInput(), &error);
        QVERIFY2(body, qPrintable(error));
        QCOMPARE(json(*body), json(expected));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("unknown filter") << QByteArray("'{\"a\": {{ parameters.name | uper }}}'")
                                        << QStringList { u"The body of endpoint hook (atrium.yaml, line 2)"_s,
                                                         u"uper"_s, u"line 1"_s };
        QTest::newRow("unterminated tag")
            << QByteArray("'{\"a\": 1}\n\n  {% if x %}'") << QStringList { u"endpoint hook"_s, u"line 2"_s };
        QTest::newRow("not JSON once rendered, with the line of the rendered text")
            << QByteArray("|\n      {\n        \"a\": 1,\n        \"b\": {{ parameters.name }}\n      }\n")
            << QStringList { u"endpoint hook (atrium.yaml, line 2)"_s, u"not valid JSON once rendered"_s,
                             u"line 3, column"_s, u"\"b\": shop"_s };
        QTest::newRow("empty") << QByteArray("'{% if false %}{}{% endif %}'") << QStringList { u"not valid JSON"_s };
    }

    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        const HttpEndpoint hook = endpoint("  - name: hook\n    type: http\n    url: https://h.example.com/x\n"
                                           "    body: "
                                           + body + "\n");
        QCOMPARE(hook.position.line, 2);
        QString error;
        QVERIFY(!EndpointRequest::forEndpoint(hook, shopInput(), &error));
        for (const QString& part : expected)
            QVERIFY2(error.contains(part), qPrintable(error));
    }

    void tokenFieldNeedsAnObject()
    {
        const HttpEndpoint hook = endpoint("  - name: hook\n    type: http\n    url: https://h.example.com/x\n"
                                           "    token: {env: HOOK_TOKEN}\n    tokenField: secret\n"
                                           "    body: '[1, 2]'\n");
        QString error;
        QVERIFY(!EndpointRequest::renderBody(hook, shopInput(), &error));
        QVERIFY2(error.contains(u"JSON object"_s) && error.contains(u"secret"_s), qPrintable(error));
    }

    void httpEntry()
    {
        const HttpEndpoint hook = endpoint("  - name: hook\n    type: http\n    title: Provisioner\n"
                                           "    url: https://h.example.com/x\n    method: put\n"
                                           "    token: {env: HOOK_TOKEN}\n    idempotencyKeyHeader: Idempotency-Key\n");
        QString error;
        const std::optional<OutboxEntry> entry = EndpointRequest::forEndpoint(hook, shopInput(), &error);
        QVERIFY2(entry, qPrintable(error));
        QCOMPARE(entry->kind, OutboxEntry::Kind::HttpRequest);
        QCOMPARE(entry->state, OutboxEntry::State::Queued);
        QCOMPARE(entry->targetName, u"hook"_s);
        QCOMPARE(entry->url, QUrl(u"https://h.example.com/x"_s));
        QCOMPARE(entry->method, QByteArray("PUT"));
        QCOMPARE(entry->title, u"Provisioner: Web application"_s);
        QCOMPARE(entry->secretNames, QStringList { u"token"_s });
        QVERIFY(!QUuid::fromString(entry->idempotencyKey).isNull());
        QVERIFY(json(entry->payload).isObject());

        const HttpEndpoint plain = endpoint("  - name: plain\n    type: http\n    url: https://h.example.com/y\n");
        const std::optional<OutboxEntry> second = EndpointRequest::forEndpoint(plain, shopInput(), &error);
        QVERIFY(second);
        QVERIFY(second->idempotencyKey.isEmpty());
        QVERIFY(second->secretNames.isEmpty());
        QCOMPARE(second->method, QByteArray("POST"));
    }

    void scaffolderTask()
    {
        const BackendsConfig config = read("backends:\n  - name: corp\n    url: https://b.example.com/backstage/\n");
        QCOMPARE(config.backstage.size(), 1);
        const OutboxEntry entry = EndpointRequest::forScaffolderTask(
            config.backstage.first(), u"template:default/web-app"_s, QJsonObject { { u"name"_s, u"shop"_s } },
            { u"githubToken"_s }, u"Web application"_s);
        QCOMPARE(entry.kind, OutboxEntry::Kind::ScaffolderTask);
        QCOMPARE(entry.url, QUrl(u"https://b.example.com/backstage/api/scaffolder/v2/tasks"_s));
        QCOMPARE(entry.method, QByteArray("POST"));
        QCOMPARE(entry.targetName, u"corp"_s);
        QCOMPARE(entry.secretNames, QStringList { u"githubToken"_s });
        QCOMPARE(json(entry.payload),
                 json("{\"templateRef\": \"template:default/web-app\", \"values\": {\"name\": \"shop\"}}"));
        QVERIFY(!entry.isSafeToResend());
    }
};

QTEST_GUILESS_MAIN(TestEndpointRequest)
#include "tst_endpointrequest.moc"

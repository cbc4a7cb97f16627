// `atrium-cli backstage entities|run` run as a user would: the real binary against a real Backstage backend
// (tests/integration/backstage, started once for the whole test with its fixtures).

#include "backstagepeer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliBackstage : public QObject {
    Q_OBJECT

    BackstagePeer::Backend m_backend;

    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    /// Runs `atrium-cli backstage ARGUMENTS --url <the backend>` with the token in ATRIUM_TEST_TOKEN (unless
    /// @p token is given: "" leaves the variable unset).
    Result run(const QStringList& arguments, const std::optional<QString>& token = std::nullopt,
               const std::function<void(QProcess&)>& whileRunning = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        environment.remove(u"LANGUAGE"_s);
        environment.remove(u"ATRIUM_TEST_TOKEN"_s);
        const QString value = token.value_or(BackstagePeer::Backend::token());
        if (!value.isEmpty())
            environment.insert(u"ATRIUM_TEST_TOKEN"_s, value);
        process.setProcessEnvironment(environment);
        process.start(
            QStringLiteral(ATRIUM_CLI_PATH),
            QStringList { u"backstage"_s } + arguments
                + QStringList { u"--url"_s, m_backend.baseUrl().toString(), u"--token-env"_s, u"ATRIUM_TEST_TOKEN"_s });
        process.closeWriteChannel();
        if (whileRunning)
            whileRunning(process);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            process.waitForFinished(5000);
            return {};
        }
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(QStringLiteral(ATRIUM_NODE_EXECUTABLE)).isExecutable())
            QSKIP("Node.js was not found when CMake configured this test (apt-get install nodejs npm, re-run cmake): "
                  "no Backstage backend to run atrium-cli backstage against");
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
        QVERIFY2(m_backend.waitForCatalog(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_backend.stop(); }

    void entitiesJson()
    {
        const Result result = run({ u"entities"_s, u"--format"_s, u"json"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray entities = QJsonDocument::fromJson(result.out.toUtf8()).array();
        // Byte for byte as Backstage writes them (its keys unsorted: metadata first), one a line.
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), entities.size() + 2);
        QVERIFY2(lines.at(1).startsWith(u"{\"metadata\":{"_s), qPrintable(lines.at(1).left(80)));
        QStringList listed;
        for (const QJsonValue& entity : entities) {
            // As Backstage sends them: with the catalog's own fields.
            QVERIFY(entity[u"metadata"_s][u"uid"_s].isString());
            if (entity[u"kind"_s].toString() != u"Location"_s)
                listed.append(entity[u"kind"_s].toString().toLower() + u':'
                              + entity[u"metadata"_s][u"name"_s].toString());
        }
        listed.sort();
        QCOMPARE(listed, BackstagePeer::fixtureEntities());
    }

    void entitiesTable()
    {
        const Result result = run({ u"entities"_s, u"--kind"_s, u"Template"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.takeFirst().startsWith(u"KIND"_s));
        lines.sort();
        QVERIFY2(lines.at(0).contains(u"quick-service"_s) && lines.at(0).contains(u"group:platform"_s)
                     && lines.at(0).contains(u"Quick service"_s),
                 qPrintable(lines.at(0)));
        QVERIFY(lines.at(1).contains(u"slow-service"_s));
    }

    void tokenVariableUnset()
    {
        const Result result = run({ u"entities"_s }, u""_s);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err,
                 u"atrium-cli: the environment variable ATRIUM_TEST_TOKEN named by --token-env is not set\n"_s);
        QVERIFY(result.out.isEmpty());
    }

    void wrongToken()
    {
        const Result result = run({ u"entities"_s }, u"wrong"_s);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(u"atrium-cli: "_s + m_backend.baseUrl().toString()), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"HTTP 401: Illegal token (AuthenticationError)"_s), qPrintable(result.err));
    }

    void runText()
    {
        const Result result
            = run({ u"run"_s, u"quick-service"_s, u"--set"_s, u"name=cli"_s, u"--set"_s, u"replicas=2"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
        // Not a terminal: no colour codes.
        QVERIFY(!result.out.contains(u'\x1b'));
        const QStringList lines = result.out.split(u'\n');
        QCOMPARE(lines.first(), u"==> Starting up task with 2 steps"_s);
        QVERIFY(lines.contains(u"==> Beginning step Render the skeleton"_s));
        QVERIFY(lines.contains(u"    [fetch] info: Writing file README.md to template output path with mode 33188."_s));
        QVERIFY(lines.contains(u"    [log] info: Hello cli with 2 replicas"_s));
        QVERIFY(lines.contains(u"==> Finished step Say hello"_s));
        QVERIFY(lines.contains(u"Link: Repository https://git.example.com/cli"_s));
        QVERIFY(lines.contains(u"Created cli"_s));
        QVERIFY2(result.err.endsWith(u" completed\n"_s), qPrintable(result.err));
    }

    void runJsonFromValuesFile()
    {
        QTemporaryDir dir;
        QFile values(dir.filePath(u"values.yaml"_s));
        QVERIFY(values.open(QIODevice::WriteOnly));
        values.write("name: from-file\npublic: true\n");
        values.close();
        const Result result = run({ u"run"_s, u"template:default/quick-service"_s, u"--values"_s, values.fileName(),
                                    u"--format"_s, u"json"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(object.keys(), QStringList({ u"id"_s, u"output"_s, u"status"_s }));
        QVERIFY(!object[u"id"_s].toString().isEmpty());
        QCOMPARE(object[u"status"_s].toString(), u"completed"_s);
        // replicas came from the form's default, as Backstage's wizard fills it in.
        QCOMPARE(object[u"output"_s][u"text"_s][0][u"content"_s].toString(), u"Created from-file"_s);
        QCOMPARE(object[u"output"_s][u"links"_s][0][u"url"_s].toString(), u"https://git.example.com/from-file"_s);

        const auto [status, body]
            = m_backend.request("GET", u"/api/scaffolder/v2/tasks/"_s + object[u"id"_s].toString());
        QCOMPARE(status, 200);
        const QJsonObject parameters = QJsonDocument::fromJson(body).object()[u"spec"_s][u"parameters"_s].toObject();
        QCOMPARE(parameters[u"replicas"_s].toInt(), 1);
        QCOMPARE(parameters[u"public"_s].toBool(), true);
    }

    void runCancelledExitsWithOne()
    {
        QString taskId;
        const Result result = run({ u"run"_s, u"slow-service"_s }, std::nullopt, [&](QProcess& process) {
            // The CLI names the task on stderr first; cancel it from outside once the first step runs.
            QByteArray err;
            const QDeadlineTimer deadline(60000);
            while (!deadline.hasExpired() && !err.contains('\n')) {
                process.waitForReadyRead(500);
                err += process.readAllStandardError();
            }
            taskId = QString::fromUtf8(err.mid(5, err.indexOf(' ', 5) - 5));
            QByteArray out;
            while (!deadline.hasExpired() && !out.contains("Beginning step First wait")) {
                process.waitForReadyRead(500);
                out += process.peek(1 << 20);
            }
            m_backend.request("POST", u"/api/scaffolder/v2/tasks/"_s + taskId + u"/cancel"_s, "{}");
        });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(u"Step first has been cancelled."_s), qPrintable(result.out));
        QVERIFY2(result.err.endsWith(u" cancelled\n"_s), qPrintable(result.err));
    }

    void unknownTemplate()
    {
        const Result result = run({ u"run"_s, u"no-such-template"_s, u"--set"_s, u"name=x"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.err.contains(u"HTTP 404: Template template:default/no-such-template not found (NotFoundError)"_s),
            qPrintable(result.err));
    }

    void answersCheckedAgainstTheForm()
    {
        Result result = run({ u"run"_s, u"quick-service"_s, u"--set"_s, u"name=x"_s, u"--set"_s, u"replicas=many"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(u"replicas: "_s), qPrintable(result.err));
        result = run({ u"run"_s, u"quick-service"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(u"name: "_s), qPrintable(result.err));
        result = run({ u"run"_s, u"quick-service"_s, u"--set"_s, u"name"_s });
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err, u"atrium-cli: --set needs KEY=VALUE, not \"name\"\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliBackstage)
#include "tst_clibackstage.moc"

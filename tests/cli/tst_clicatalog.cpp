#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

// `atrium-cli catalog lint|list` run as a user would: the real binary on the fixtures in tests/data/cli,
// from that folder so that relative paths come back relative.
class TestCliCatalog : public QObject {
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QString fixtures() { return QStringLiteral(ATRIUM_TEST_DATA_DIR "/cli"); }

    static Result run(const QStringList& arguments, const QString& workingDirectory = fixtures())
    {
        QProcess process;
        process.setWorkingDirectory(workingDirectory);
        // Messages are compared in English, whatever the developer's locale is.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ATRIUM_CLI_PATH), arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    static QStringList lines(const QString& text)
    {
        QStringList result = text.split(QLatin1Char('\n'));
        if (!result.isEmpty() && result.last().isEmpty())
            result.removeLast();
        return result;
    }

    static QJsonDocument parseJson(const QString& text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text));
        return document;
    }

    static QStringList entityNames(const QJsonArray& entities)
    {
        QStringList names;
        for (const QJsonValue& entity : entities)
            names.append(entity[QLatin1String("metadata")][QLatin1String("name")].toString());
        names.sort();
        return names;
    }

private Q_SLOTS:
    void lintExitCode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("valid file") << QStringList { QStringLiteral("valid/catalog-info.yaml") } << 0;
        QTest::newRow("YAML error") << QStringList { QStringLiteral("broken/yaml-error.yaml") } << 1;
        QTest::newRow("invalid name") << QStringList { QStringLiteral("broken/invalid-name.yaml") } << 1;
        QTest::newRow("missing owner is a warning") << QStringList { QStringLiteral("broken/missing-owner.yaml") } << 0;
        QTest::newRow("duplicate") << QStringList { QStringLiteral("broken/duplicate.yaml") } << 1;
        QTest::newRow("unsupported kind") << QStringList { QStringLiteral("broken/unsupported-kind.yaml") } << 1;
        QTest::newRow("broken folder") << QStringList { QStringLiteral("broken") } << 1;
        QTest::newRow("app-config.yaml") << QStringList { QStringLiteral("appconfig/app-config.yaml") } << 0;
        QTest::newRow("atrium.yaml") << QStringList { QStringLiteral("workspace/atrium.yaml") } << 0;
        QTest::newRow("folder") << QStringList { QStringLiteral("folder") } << 0;
        QTest::newRow("two paths") << QStringList { QStringLiteral("valid"), QStringLiteral("folder") } << 0;
        QTest::newRow("json, errors") << QStringList { QStringLiteral("--format"), QStringLiteral("json"),
                                                       QStringLiteral("broken/duplicate.yaml") }
                                      << 1;
        QTest::newRow("missing path") << QStringList { QStringLiteral("no/such/file.yaml") } << 2;
        QTest::newRow("one of two paths missing")
            << QStringList { QStringLiteral("valid"), QStringLiteral("no-such-folder") } << 2;
        QTest::newRow("no path") << QStringList {} << 2;
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate"), QStringLiteral("valid") } << 2;
        QTest::newRow("unknown format") << QStringList { QStringLiteral("--format=xml"), QStringLiteral("valid") } << 2;
        QTest::newRow("format without value") << QStringList { QStringLiteral("--format") } << 2;
    }
    void lintExitCode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Result result = run(QStringList { QStringLiteral("catalog"), QStringLiteral("lint") } + arguments);
        QVERIFY2(result.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
                                .arg(QString::number(result.exitCode), result.out, result.err)));
        if (exitCode == 2)
            QCOMPARE(result.out, QString());
    }

    void lintText_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("expectedLines");
        QTest::addColumn<QString>("summary");
        QTest::newRow("valid") << "valid/catalog-info.yaml" << QStringList {} << "7 entities, 0 errors, 0 warnings";
        QTest::newRow("folder, .yaml and .yml at any depth")
            << "folder" << QStringList {} << "3 entities, 0 errors, 0 warnings";
        QTest::newRow("atrium.yaml") << "workspace/atrium.yaml" << QStringList {} << "4 entities, 0 errors, 0 warnings";
        QTest::newRow("workspace file by its keys")
            << "workspace/portal.yaml" << QStringList {} << "2 entities, 0 errors, 0 warnings";
        QTest::newRow("folder with atrium.yaml") << "workspace" << QStringList {} << "4 entities, 0 errors, 0 warnings";
        QTest::newRow("app-config.yaml") << "appconfig/app-config.yaml"
                                         << QStringList { QStringLiteral(
                                                "appconfig/app-config.yaml:11:7: warning: Location "
                                                "https://example.com/org/repo/blob/main/catalog-info.yaml is remote "
                                                "(type url); remote locations are not followed offline") }
                                         << "2 entities, 0 errors, 1 warning";
        QTest::newRow("yaml error") << "broken/yaml-error.yaml"
                                    << QStringList { QStringLiteral(
                                           "broken/yaml-error.yaml:6:5: error: invalid YAML: expected ',' or ']' in "
                                           "the flow sequence, found something else") }
                                    << "0 entities, 1 error, 0 warnings";
        QTest::newRow("invalid name")
            << "broken/invalid-name.yaml"
            << QStringList { QStringLiteral(
                   "broken/invalid-name.yaml:12:9: error: metadata.name \"-not-a-name-\" is not valid; "
                   "expected a string that is sequences of [a-zA-Z0-9] separated by "
                   "any of [-_.], at most 63 characters in total") }
            << "1 entity, 1 error, 0 warnings";
        QTest::newRow("missing owner")
            << "broken/missing-owner.yaml"
            << QStringList { QStringLiteral("broken/missing-owner.yaml:9:10: warning: component:default/orphan-service "
                                            "refers to group:default/team-nobody (relation ownedBy), which is "
                                            "not in the catalog") }
            << "1 entity, 0 errors, 1 warning";
        QTest::newRow("duplicate")
            << "broken/duplicate.yaml"
            << QStringList { QStringLiteral(
                   "broken/duplicate.yaml:17:1: error: Duplicate entity component:default/twin: it "
                   "is already defined at duplicate.yaml:8:1 (entity refs are compared "
                   "case-insensitively)") }
            << "2 entities, 1 error, 0 warnings";
        QTest::newRow("unsupported kind")
            << "broken/unsupported-kind.yaml"
            << QStringList { QStringLiteral("broken/unsupported-kind.yaml:2:7: error: No processor recognized the "
                                            "entity widget:default/gizmo as valid: kind \"Widget\" with "
                                            "apiVersion \"backstage.io/v1alpha1\" is not supported") }
            << "0 entities, 1 error, 0 warnings";
    }
    void lintText()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, expectedLines);
        QFETCH(QString, summary);
        const Result result = run({ QStringLiteral("catalog"), QStringLiteral("lint"), path });
        QCOMPARE(lines(result.out), expectedLines);
        QCOMPARE(result.err, summary + QLatin1Char('\n'));
    }

    // Relative in, relative out; absolute in, absolute out; and always ordered by file, line, column.
    void lintPathsAndOrder_data()
    {
        QTest::addColumn<bool>("absolute");
        QTest::newRow("relative") << false;
        QTest::newRow("absolute") << true;
    }
    void lintPathsAndOrder()
    {
        QFETCH(bool, absolute);
        const QString path = absolute ? fixtures() + QStringLiteral("/broken") : QStringLiteral("broken");
        const Result result = run({ QStringLiteral("catalog"), QStringLiteral("lint"), path });
        QCOMPARE(result.exitCode, 1);
        const QStringList output = lines(result.out);
        QVERIFY(output.size() >= 5);
        static const QRegularExpression format(QStringLiteral("^(.+):(\\d+):(\\d+): (error|warning): .+$"));
        QString previousFile;
        int previousLine = 0;
        int previousColumn = 0;
        for (const QString& line : output) {
            const QRegularExpressionMatch match = format.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            const QString file = match.captured(1);
            QVERIFY2(file.startsWith(path + QLatin1Char('/')), qPrintable(line));
            QVERIFY2(QFileInfo::exists(QDir(fixtures()).absoluteFilePath(file)), qPrintable(line));
            const int lineNumber = match.captured(2).toInt();
            const int column = match.captured(3).toInt();
            QVERIFY2(std::make_tuple(previousFile, previousLine, previousColumn)
                         <= std::make_tuple(file, lineNumber, column),
                     qPrintable(line));
            previousFile = file;
            previousLine = lineNumber;
            previousColumn = column;
        }
    }

    // A relative path from another working directory is shown relative to that directory.
    void lintRelativeToWorkingDirectory()
    {
        const Result result = run(
            { QStringLiteral("catalog"), QStringLiteral("lint"), QStringLiteral("cli/broken/missing-owner.yaml") },
            QStringLiteral(ATRIUM_TEST_DATA_DIR));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QLatin1String("cli/broken/missing-owner.yaml:")), qPrintable(result.out));
    }

    void lintJson()
    {
        const Result result = run({ QStringLiteral("catalog"), QStringLiteral("lint"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("broken") });
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err, QString()); // JSON output is complete on stdout; no summary line
        const QJsonObject root = parseJson(result.out).object();
        QCOMPARE(root.keys(), QStringList({ QStringLiteral("entities"), QStringLiteral("problems") }));
        QVERIFY(root.value(QLatin1String("entities")).isDouble());
        QCOMPARE(root.value(QLatin1String("entities")).toInt(), 4); // team-b, orphan-service, team-c, twin
        const QJsonArray problems = root.value(QLatin1String("problems")).toArray();
        QCOMPARE(problems.size(), 5);
        int nullEntities = 0;
        int warnings = 0;
        for (const QJsonValue& value : problems) {
            const QJsonObject problem = value.toObject();
            QCOMPARE(problem.keys(),
                     QStringList({ QStringLiteral("column"), QStringLiteral("entity"), QStringLiteral("file"),
                                   QStringLiteral("line"), QStringLiteral("message"), QStringLiteral("severity") }));
            QVERIFY(problem.value(QLatin1String("file")).toString().startsWith(QLatin1String("broken/")));
            QVERIFY(problem.value(QLatin1String("line")).toInt() > 0);
            QVERIFY(problem.value(QLatin1String("column")).toInt() > 0);
            const QString severity = problem.value(QLatin1String("severity")).toString();
            QVERIFY2(severity == QLatin1String("error") || severity == QLatin1String("warning"), qPrintable(severity));
            warnings += severity == QLatin1String("warning") ? 1 : 0;
            QVERIFY(!problem.value(QLatin1String("message")).toString().isEmpty());
            const QJsonValue entity = problem.value(QLatin1String("entity"));
            if (entity.isNull())
                ++nullEntities;
            else
                QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9]+:[a-z0-9-]+/[a-z0-9._-]+$"))
                             .match(entity.toString())
                             .hasMatch(),
                         qPrintable(entity.toString()));
        }
        QCOMPARE(warnings, 1);
        QVERIFY(nullEntities >= 1); // the YAML error belongs to no entity
    }

    void lintJsonClean()
    {
        const Result result = run({ QStringLiteral("catalog"), QStringLiteral("lint"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("valid") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(parseJson(result.out).object(),
                 QJsonObject({ { QLatin1String("entities"), 7 }, { QLatin1String("problems"), QJsonArray() } }));
    }

    void lintMissingPathMessage()
    {
        const Result result = run({ QStringLiteral("catalog"), QStringLiteral("lint"), QStringLiteral("nope.yaml") });
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err, QStringLiteral("atrium-cli: nope.yaml: no such file or directory\n"));
    }

    // The demo workspace is what new users see first: it must be spotless, not merely error-free.
    void demoLintsClean_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("atrium.yaml") << QStringLiteral(ATRIUM_DEMO_DIR "/atrium.yaml");
        QTest::newRow("folder") << QStringLiteral(ATRIUM_DEMO_DIR);
    }
    void demoLintsClean()
    {
        QFETCH(QString, path);
        const Result result = run({ QStringLiteral("catalog"), QStringLiteral("lint"), path });
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, QStringLiteral("81 entities, 0 errors, 0 warnings\n"));
        QCOMPARE(result.exitCode, 0);
    }

    void demoUsesEveryKind()
    {
        const Result result = run({ QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral(ATRIUM_DEMO_DIR) });
        QCOMPARE(result.exitCode, 0);
        QMap<QString, int> kinds;
        const QJsonArray entities = parseJson(result.out).array();
        for (const QJsonValue& entity : entities)
            ++kinds[entity[QLatin1String("kind")].toString()];
        for (const char* kind :
             { "Group", "User", "Domain", "System", "Component", "Resource", "API", "Location", "Template" })
            QVERIFY2(kinds.value(QLatin1String(kind)) > 0, kind);
        QCOMPARE(entities.size(), 81);
    }

    // The demo exists to show relations: following dependsOn from the rider website must go at least five deep,
    // and every relation must point at an entity of the demo.
    void demoDependencyChain()
    {
        const Result result = run({ QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral(ATRIUM_DEMO_DIR) });
        QCOMPARE(result.exitCode, 0);
        QHash<QString, QStringList> dependsOn;
        QSet<QString> refs;
        QStringList targets;
        const QJsonArray entities = parseJson(result.out).array();
        for (const QJsonValue& entity : entities) {
            const QString ref = entity[QLatin1String("kind")].toString().toLower() + QLatin1Char(':')
                + entity[QLatin1String("metadata")][QLatin1String("namespace")].toString() + QLatin1Char('/')
                + entity[QLatin1String("metadata")][QLatin1String("name")].toString();
            refs.insert(ref);
            const QJsonArray relations = entity[QLatin1String("relations")].toArray();
            for (const QJsonValue& relation : relations) {
                const QString target = relation[QLatin1String("targetRef")].toString();
                targets.append(target);
                if (relation[QLatin1String("type")] == QLatin1String("dependsOn"))
                    dependsOn[ref].append(target);
            }
        }
        for (const QString& target : std::as_const(targets))
            QVERIFY2(refs.contains(target), qPrintable(target));

        // Longest dependsOn path from the website (the graph is acyclic; depth-first with a guard anyway).
        std::function<int(const QString&, int)> depth = [&](const QString& ref, int guard) {
            int deepest = 0;
            if (guard > 20)
                return 0;
            for (const QString& next : dependsOn.value(ref))
                deepest = std::max(deepest, 1 + depth(next, guard + 1));
            return deepest;
        };
        QVERIFY(depth(QStringLiteral("component:default/rider-web"), 0) >= 5);
    }

    // `atrium-cli template list`: the demo's seven templates by name; the two that publish to GitHub need a backend.
    void templateList()
    {
        const Result result
            = run({ QStringLiteral("template"), QStringLiteral("list"), QStringLiteral(ATRIUM_DEMO_DIR) });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        const QStringList rows = lines(result.out);
        QCOMPARE(rows.size(), 8);
        QVERIFY(rows.at(0).startsWith(QLatin1String("NAME ")));
        const QStringList expected {
            QStringLiteral("github-actions-cicd    service   platform-team  2      locally"),
            QStringLiteral("go-service-kubernetes  service   platform-team  3      backend"),
            QStringLiteral("helm-chart             service   platform-team  2      locally"),
            QStringLiteral("kafka-topic            resource  platform-team  1      locally"),
            QStringLiteral("kubernetes-service     service   platform-team  3      locally"),
            QStringLiteral("new-service            service   platform-team  4      backend"),
            QStringLiteral("terraform-aws-service  resource  platform-team  2      locally"),
        };
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(rows.at(i + 1).startsWith(expected.at(i)), qPrintable(rows.at(i + 1)));
    }

    void templateListJson()
    {
        const Result result = run({ QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral(ATRIUM_DEMO_DIR) });
        QCOMPARE(result.exitCode, 0);
        const QJsonArray templates = parseJson(result.out).array();
        QCOMPARE(templates.size(), 7);
        const QJsonObject kafka = templates.at(3).toObject();
        QCOMPARE(kafka[QLatin1String("ref")].toString(), QStringLiteral("template:default/kafka-topic"));
        QCOMPARE(kafka[QLatin1String("needsBackend")].toBool(), false);
        QCOMPARE(kafka[QLatin1String("pages")].toArray().size(), 1);
        QCOMPARE(kafka[QLatin1String("steps")].toArray().at(0)[QLatin1String("action")].toString(),
                 QStringLiteral("fetch:template"));
    }

    // Problems of a template are printed as the lint prints them, relative to the working directory, and fail.
    void templateListProblems()
    {
        const Result result
            = run({ QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("../templates/problems.yaml") });
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(
            lines(result.err),
            (QStringList { QStringLiteral("../templates/problems.yaml:15:7: error: Parameter page 2 cannot be used "
                                          "as a form: JSON value is not an array."),
                           QStringLiteral("../templates/problems.yaml:25:11: error: Step id fetch is also the id of "
                                          "step 1: later steps could read only one of their outputs") }));
        QCOMPARE(run({ QStringLiteral("template"), QStringLiteral("lint") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("template"), QStringLiteral("list") }).exitCode, 2); // no PATH
    }

    void listJson()
    {
        const Result result = run({ QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("valid") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        const QJsonArray entities = parseJson(result.out).array();
        QCOMPARE(entityNames(entities),
                 QStringList({ QStringLiteral("jane"), QStringLiteral("shop"), QStringLiteral("shop-api"),
                               QStringLiteral("shop-backend"), QStringLiteral("shop-db"),
                               QStringLiteral("shop-frontend"), QStringLiteral("team-a") }));
        QJsonObject backend;
        for (const QJsonValue& entity : entities) {
            QCOMPARE(entity[QLatin1String("metadata")][QLatin1String("namespace")].toString(),
                     QStringLiteral("default"));
            QVERIFY(entity[QLatin1String("relations")].isArray());
            if (entity[QLatin1String("metadata")][QLatin1String("name")] == QLatin1String("shop-backend"))
                backend = entity.toObject();
        }
        QCOMPARE(backend.value(QLatin1String("apiVersion")).toString(), QStringLiteral("backstage.io/v1alpha1"));
        QCOMPARE(backend.value(QLatin1String("spec")).toObject().value(QLatin1String("owner")).toString(),
                 QStringLiteral("user:jane"));
        QSet<QString> relations;
        const QJsonArray relationArray = backend.value(QLatin1String("relations")).toArray();
        for (const QJsonValue& relation : relationArray) {
            QCOMPARE(relation.toObject().keys(), QStringList({ QStringLiteral("targetRef"), QStringLiteral("type") }));
            relations.insert(relation[QLatin1String("type")].toString() + QLatin1Char(' ')
                             + relation[QLatin1String("targetRef")].toString());
        }
        const QSet<QString> expected {
            QStringLiteral("ownedBy user:default/jane"),
            QStringLiteral("partOf system:default/shop"),
            QStringLiteral("providesApi api:default/shop-api"),
            QStringLiteral("dependsOn resource:default/shop-db"),
            QStringLiteral("dependencyOf component:default/shop-frontend"),
        };
        QVERIFY2(relations.contains(expected),
                 qPrintable(QStringList(relations.cbegin(), relations.cend()).join(QLatin1String(", "))));
    }

    void listFilters_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("kind") << "valid" << QStringList { QStringLiteral("--kind"), QStringLiteral("component") }
                              << QStringList { QStringLiteral("shop-backend"), QStringLiteral("shop-frontend") };
        QTest::newRow("kind, any case") << "valid" << QStringList { QStringLiteral("--kind=API") }
                                        << QStringList { QStringLiteral("shop-api") };
        QTest::newRow("owner, default kind group")
            << "valid" << QStringList { QStringLiteral("--owner"), QStringLiteral("team-a") }
            << QStringList { QStringLiteral("shop"), QStringLiteral("shop-api"), QStringLiteral("shop-db"),
                             QStringLiteral("shop-frontend") };
        QTest::newRow("owner, canonical")
            << "valid"
            << QStringList { QStringLiteral("--owner=Group:Default/Team-A"), QStringLiteral("--kind=resource") }
            << QStringList { QStringLiteral("shop-db") };
        QTest::newRow("owner, user") << "valid"
                                     << QStringList { QStringLiteral("--owner"), QStringLiteral("user:jane") }
                                     << QStringList { QStringLiteral("shop-backend") };
        QTest::newRow("owner nobody has")
            << "valid" << QStringList { QStringLiteral("--owner"), QStringLiteral("team-z") } << QStringList {};
        QTest::newRow("query") << "valid" << QStringList { QStringLiteral("--query"), QStringLiteral("checkout") }
                               << QStringList { QStringLiteral("shop-api"), QStringLiteral("shop-backend") };
        QTest::newRow("query, every word")
            << "valid" << QStringList { QStringLiteral("--query"), QStringLiteral("checkout production") }
            << QStringList { QStringLiteral("shop-backend") };
        QTest::newRow("demo: pay prod finds the production payment services")
            << ATRIUM_DEMO_DIR
            << QStringList { QStringLiteral("--query"), QStringLiteral("pay prod"), QStringLiteral("--kind"),
                             QStringLiteral("component") }
            << QStringList { QStringLiteral("billing-worker"), QStringLiteral("ledger-service"),
                             QStringLiteral("payments-gateway"), QStringLiteral("rider-app"),
                             QStringLiteral("rider-bff") };
        QTest::newRow("demo: a team's resources")
            << ATRIUM_DEMO_DIR
            << QStringList { QStringLiteral("--owner=payments-team"), QStringLiteral("--kind=Resource") }
            << QStringList { QStringLiteral("ledger-db"), QStringLiteral("payment-events-topic"),
                             QStringLiteral("payments-db") };
    }
    void listFilters()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, options);
        QFETCH(QStringList, expected);
        const Result result = run(QStringList { QStringLiteral("catalog"), QStringLiteral("list"),
                                                QStringLiteral("--format"), QStringLiteral("json") }
                                  + options + QStringList { path });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(entityNames(parseJson(result.out).array()), expected);
    }

    void listTable()
    {
        const Result result = run({ QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--kind"),
                                    QStringLiteral("component"), QStringLiteral("valid") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(
            lines(result.out),
            QStringList({ QStringLiteral("KIND       NAME           TYPE     OWNER      LIFECYCLE   TITLE"),
                          QStringLiteral("Component  shop-frontend  website  team-a     production  Shop Frontend"),
                          QStringLiteral("Component  shop-backend   service  user:jane  production  Shop Backend") }));
    }

    // Entities with errors are not listed (Backstage would not serve them), and stderr says why.
    void listBrokenCatalog()
    {
        const Result result = run({ QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("broken/invalid-name.yaml") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(entityNames(parseJson(result.out).array()), QStringList { QStringLiteral("team-b") });
        QVERIFY2(result.err.contains(QLatin1String("1 error(s)")), qPrintable(result.err));
    }

    void listUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("bad owner ref") << QStringList { QStringLiteral("--owner"), QStringLiteral("group:"),
                                                        QStringLiteral("valid") };
        QTest::newRow("unknown format") << QStringList { QStringLiteral("--format"), QStringLiteral("yaml"),
                                                         QStringLiteral("valid") };
        QTest::newRow("missing path") << QStringList { QStringLiteral("missing") };
        QTest::newRow("no path") << QStringList { QStringLiteral("--kind"), QStringLiteral("api") };
    }
    void listUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const Result result = run(QStringList { QStringLiteral("catalog"), QStringLiteral("list") } + arguments);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        QVERIFY(!result.err.isEmpty());
    }

    // --cache: a second run answers from the cache and must say exactly what the first run said.
    void cacheGivesSameAnswer()
    {
        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        const QStringList arguments { QStringLiteral("catalog"), QStringLiteral("lint"),    QStringLiteral("--format"),
                                      QStringLiteral("json"),    QStringLiteral("--cache"), cache.path(),
                                      QStringLiteral("broken") };
        const Result first = run(arguments);
        QCOMPARE(first.exitCode, 1);
        QVERIFY(!QDir(cache.path()).isEmpty());
        const Result second = run(arguments);
        QCOMPARE(second.exitCode, 1);
        QCOMPARE(second.out, first.out);
    }
};

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_clicatalog.moc"

#include "catalog/catalogloader.h"
#include "workspace/workspaceconfig.h"

#include <QDir>
#include <QJsonObject>
#include <QTest>

using namespace Atrium;

namespace {

QString workspace(const QString& relative)
{
    return QDir::cleanPath(QStringLiteral(ATRIUM_TEST_DATA_DIR "/workspaces/") + relative);
}

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems)
        lines.append(problem.toCompilerStyle());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestWorkspaceConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void openPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("configFile");
        QTest::addColumn<QString>("name");
        QTest::newRow("folder with atrium.yaml (wins over app-config.yaml)")
            << workspace(QStringLiteral("atrium")) << int(WorkspaceConfig::Source::AtriumYaml)
            << workspace(QStringLiteral("atrium/atrium.yaml")) << "Acme Portal";
        QTest::newRow("atrium.yaml itself")
            << workspace(QStringLiteral("atrium/atrium.yaml")) << int(WorkspaceConfig::Source::AtriumYaml)
            << workspace(QStringLiteral("atrium/atrium.yaml")) << "Acme Portal";
        QTest::newRow("app-config.yaml named explicitly")
            << workspace(QStringLiteral("atrium/app-config.yaml")) << int(WorkspaceConfig::Source::BackstageAppConfig)
            << workspace(QStringLiteral("atrium/app-config.yaml")) << "Not this one";
        QTest::newRow("folder with app-config.yaml")
            << workspace(QStringLiteral("backstage")) << int(WorkspaceConfig::Source::BackstageAppConfig)
            << workspace(QStringLiteral("backstage/app-config.yaml")) << "Backstage Example App";
        QTest::newRow("plain folder") << workspace(QStringLiteral("plainfolder"))
                                      << int(WorkspaceConfig::Source::Folder) << QString() << "plainfolder";
    }

    void openPaths()
    {
        QFETCH(QString, path);
        QFETCH(int, source);
        QFETCH(QString, configFile);
        QFETCH(QString, name);
        const WorkspaceConfig config = loadWorkspaceConfig(path);
        QCOMPARE(int(config.source), source);
        QCOMPARE(config.configFile, configFile);
        QCOMPARE(config.name, name);
        QVERIFY(!hasErrors(config.problems));
        QVERIFY(!config.catalogRoots().isEmpty() || source == int(WorkspaceConfig::Source::BackstageAppConfig));
    }

    void atriumYaml()
    {
        const WorkspaceConfig config = loadWorkspaceConfig(workspace(QStringLiteral("atrium")));
        const QString root = workspace(QStringLiteral("atrium"));
        QCOMPARE(config.rootDirectory, root);
        QCOMPARE(config.description, QStringLiteral("Everything we run."));
        QCOMPARE(config.catalogLocations.size(), 4);
        QCOMPARE(config.catalogLocations.at(0).resolved, root + QStringLiteral("/catalog/systems.yaml"));
        QCOMPARE(config.catalogLocations.at(0).position, (SourcePosition { 7, 7 }));
        QCOMPARE(config.catalogLocations.at(1).resolved, root + QStringLiteral("/catalog/teams"));
        QCOMPARE(config.catalogLocations.at(2).resolved, root + QStringLiteral("/catalog/**/extra-*.yaml"));
        QCOMPARE(config.catalogLocations.at(2).type, QStringLiteral("file"));
        QCOMPARE(config.catalogLocations.at(3).type, QStringLiteral("url"));
        QVERIFY(config.catalogLocations.at(3).resolved.isEmpty());
        QCOMPARE(config.templateLocations.size(), 1);
        QCOMPARE(config.templateLocations.at(0).resolved, root + QStringLiteral("/templates/*/template.yaml"));
        QCOMPARE(config.environments.size(), 2);
        QCOMPARE(config.environments.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("prod"));
        QCOMPARE(config.backends.size(), 1);
        QCOMPARE(config.backends.at(0).toObject().value(QLatin1String("url")).toString(),
                 QStringLiteral("http://localhost:7007"));
        // The only problem: the url location is not followed offline.
        QCOMPARE(config.problems.size(), 1);
        QCOMPARE(config.problems.constFirst().severity, Problem::Severity::Warning);
        QCOMPARE(config.problems.constFirst().line, 11);
        // Roots: catalog first, then templates, each remembering where it was declared.
        const QList<CatalogRoot> roots = config.catalogRoots();
        QCOMPARE(roots.size(), 4);
        QCOMPARE(roots.at(3).path, root + QStringLiteral("/templates/*/template.yaml"));
        QCOMPARE(roots.at(3).declaredIn, config.configFile);
        QCOMPARE(roots.at(3).position.line, 16);
    }

    void atriumWorkspaceLoads()
    {
        const WorkspaceConfig config = loadWorkspaceConfig(workspace(QStringLiteral("atrium")));
        CatalogLoadOptions options;
        options.roots = config.catalogRoots();
        const CatalogSnapshot snapshot = loadCatalog(options);
        QVERIFY2(snapshot.problems.isEmpty(), qPrintable(describe(snapshot.problems)));
        QVERIFY(snapshot.find(QStringLiteral("system:default/acme")));
        QVERIFY(snapshot.find(QStringLiteral("group:default/platform")));
        QVERIFY(snapshot.find(QStringLiteral("component:default/tools")));
        QVERIFY(snapshot.find(QStringLiteral("template:default/hello")));
        QCOMPARE(snapshot.entities.size(), 4); // extra-tools.yaml is reached twice (folder and glob), read once
    }

    void backstageAppConfig()
    {
        const WorkspaceConfig config = loadWorkspaceConfig(workspace(QStringLiteral("backstage/app-config.yaml")));
        QCOMPARE(config.catalogLocations.size(), 3); // file, file, url; github-org is skipped
        // `../../examples` does not exist next to app-config.yaml; Backstage's packages/backend is the base then.
        QCOMPARE(config.catalogLocations.at(0).resolved, workspace(QStringLiteral("backstage/examples/entities.yaml")));
        QCOMPARE(config.catalogLocations.at(1).resolved, workspace(QStringLiteral("backstage/catalog/local.yaml")));
        QCOMPARE(config.problems.size(), 2);
        QCOMPARE(config.problems.at(0).line, 18); // url
        QCOMPARE(config.problems.at(1).line, 20); // github-org
        QVERIFY(!hasErrors(config.problems));
        CatalogLoadOptions options;
        options.roots = config.catalogRoots();
        const CatalogSnapshot snapshot = loadCatalog(options);
        QVERIFY2(snapshot.problems.isEmpty(), qPrintable(describe(snapshot.problems)));
        QCOMPARE(snapshot.entities.size(), 2);
    }

    void problemsInBadConfig_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("error");
        QTest::newRow("version") << "Unsupported workspace format version 2" << 1 << 10 << true;
        QTest::newRow("name") << "name must be a string, found a list" << 2 << 7 << true;
        QTest::newRow("unknown key at the key") << "Unknown key catlog" << 3 << 1 << false;
        QTest::newRow("location type") << "Location type must be file or url, found ftp" << 8 << 13 << true;
        QTest::newRow("location not a path") << "A location must be a path or a mapping" << 9 << 7 << true;
        QTest::newRow("empty target") << "A location's target must not be empty" << 10 << 7 << true;
        QTest::newRow("templates.locations")
            << "templates.locations must be a list, found a string" << 12 << 14 << true;
        QTest::newRow("environments") << "environments must be a list of mappings, found a mapping" << 14 << 3 << true;
        QTest::newRow("backends entry") << "Each entry of backends must be a mapping, found a string" << 16 << 5
                                        << true;
    }

    void problemsInBadConfig()
    {
        QFETCH(QString, fragment);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(bool, error);
        const WorkspaceConfig config = loadWorkspaceConfig(workspace(QStringLiteral("bad")));
        const Problem* found = nullptr;
        for (const Problem& problem : config.problems) {
            if (problem.message.contains(fragment))
                found = &problem;
        }
        QVERIFY2(found, qPrintable(describe(config.problems)));
        QCOMPARE(found->file, workspace(QStringLiteral("bad/atrium.yaml")));
        QCOMPARE(found->line, line);
        QCOMPARE(found->column, column);
        QCOMPARE(found->isError(), error);
    }

    void unreadableConfigs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The workspace file is empty");
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << QStringLiteral("Expected object at root");
        QTest::newRow("bad yaml") << QByteArray("name: [unclosed\n") << QString();
    }

    void unreadableConfigs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        const WorkspaceConfig config = parseWorkspaceConfig(QStringLiteral("/w/atrium.yaml"), bytes);
        QVERIFY(hasErrors(config.problems));
        QVERIFY2(config.problems.constFirst().message.contains(fragment), qPrintable(describe(config.problems)));
        QCOMPARE(config.problems.constFirst().file, QStringLiteral("/w/atrium.yaml"));
        QVERIFY(config.catalogRoots().isEmpty());
    }

    void missingWorkspace()
    {
        const WorkspaceConfig config = loadWorkspaceConfig(workspace(QStringLiteral("nowhere/atrium.yaml")));
        QCOMPARE(config.problems.size(), 1);
        QVERIFY(config.problems.constFirst().message.contains(QStringLiteral("does not exist")));
    }

    void demoWorkspace()
    {
        // The demo follows docs/workspace.md; it must read without a problem.
        const WorkspaceConfig config = loadWorkspaceConfig(QStringLiteral(ATRIUM_DEMO_DIR));
        if (config.configFile.isEmpty())
            QSKIP("resources/demo/atrium.yaml is not there yet");
        QCOMPARE(int(config.source), int(WorkspaceConfig::Source::AtriumYaml));
        QVERIFY2(config.problems.isEmpty(), qPrintable(describe(config.problems)));
        QVERIFY(!config.catalogRoots().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceConfig)
#include "tst_workspaceconfig.moc"

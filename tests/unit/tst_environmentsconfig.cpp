// `environments:` of atrium.yaml (docs/environments.md): the order people wrote, each source's settings, and every
// mistake reported at its line.

#include "catalog/yamlreader.h"
#include "environments/environmentsconfig.h"
#include "workspace/workspaceconfig.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

class TestEnvironmentsConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const WorkspaceConfig workspace = parseWorkspaceConfig(m_file, bytes);
        const YamlReadResult yaml = readYamlDocuments(bytes, m_file);
        QCOMPARE(yaml.documents.size(), size_t(1));
        const YamlDocument document = yaml.documents.front();
        m_config = EnvironmentsConfigReader::read(
            workspace.environments, m_file, workspace.rootDirectory,
            [&document](const QStringList& path) { return document.positionOf(path); });
    }

    void environmentsInOrder()
    {
        QStringList names;
        for (const Environment& environment : m_config.environments)
            names.append(environment.name);
        // "Prod EU" is kept (its name is reported); the second "dev" and the nameless one are not.
        QCOMPARE(names, (QStringList { u"dev"_s, u"staging"_s, u"prod"_s, u"Prod EU"_s, u"broken"_s }));
        QCOMPARE(m_config.environments.at(0).title, u"Development"_s);
        QCOMPARE(m_config.environments.at(1).title, u"staging"_s); // the name when no title
        QCOMPARE(m_config.environments.at(0).position.line, 7);
    }

    void sources()
    {
        const Environment& dev = m_config.environments.at(0);
        QCOMPARE(dev.sources.size(), 2);
        const EnvironmentSource& kubernetes = dev.sources.at(0);
        QCOMPARE(kubernetes.type, EnvironmentSource::Type::Kubernetes);
        QCOMPARE(kubernetes.url, u"https://k8s.dev.example.com"_s);
        QCOMPARE(kubernetes.namespaces, (QStringList { u"payments"_s, u"fleet"_s }));
        QCOMPARE(kubernetes.token.environmentVariable, u"K8S_DEV_TOKEN"_s);
        QCOMPARE(kubernetes.caFile,
                 QDir::cleanPath(QStringLiteral(ATRIUM_TEST_DATA_DIR "/environments/certs/dev-ca.pem")));
        QCOMPARE(kubernetes.timeoutMs, 5000);
        QCOMPARE(dev.sources.at(1).type, EnvironmentSource::Type::Health);

        const Environment& staging = m_config.environments.at(1);
        QCOMPARE(staging.sources.at(0).type, EnvironmentSource::Type::ArgoCd);
        QCOMPARE(staging.sources.at(0).project, u"staging"_s);
        QCOMPARE(staging.sources.at(0).token.keychainKey, u"argocd-staging"_s);
        QCOMPARE(staging.sources.at(0).refreshSeconds, 30);
        QCOMPARE(staging.sources.at(1).path,
                 QDir::cleanPath(QStringLiteral(ATRIUM_TEST_DATA_DIR "/environments/state/staging.tfstate")));
        QCOMPARE(m_config.environments.at(2).sources.at(0).timeoutMs, 2000);
        QCOMPARE(EnvironmentsConfigReader::typeName(EnvironmentSource::Type::TerraformState), u"terraform-state"_s);
    }

    void mistakesAtTheirLines()
    {
        QStringList problems;
        for (const Problem& problem : m_config.problems) {
            QCOMPARE(problem.file, m_file);
            problems.append(QStringLiteral("%1 %2 %3")
                                .arg(problem.line)
                                .arg(problem.isError() ? u"error"_s : u"warning"_s, problem.message));
        }
        const QStringList expected {
            u"30 error Environment name Prod EU must be lower-case letters, digits and '-' (annotations name environments by it)"_s,
            u"31 error Environment dev is declared twice"_s,
            u"32 error An environment needs a name"_s,
            u"37 warning Unknown key colour in a status source; it is ignored"_s,
            u"35 error argocd sources need a url"_s,
            u"36 error Tokens are never written in atrium.yaml: use {env: VARIABLE} or {keychain: NAME}"_s,
            u"38 error Unknown status source type teleport; expected argocd, kubernetes, terraform-state, status-endpoint or health"_s,
            u"39 error terraform-state sources need either a url or a path"_s,
            u"43 error ftp://k8s.example.com is not an http or https URL"_s,
            u"42 error A kubernetes source needs namespaces: the Deployments are listed per namespace"_s,
        };
        QCOMPARE(problems, expected);
    }

private:
    const QString m_file = QStringLiteral(ATRIUM_TEST_DATA_DIR "/environments/atrium.yaml");
    EnvironmentsConfig m_config;
};

QTEST_GUILESS_MAIN(TestEnvironmentsConfig)
#include "tst_environmentsconfig.moc"

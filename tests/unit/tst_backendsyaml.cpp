// BackendsYaml: what the Settings page writes into atrium.yaml reads back as the same backends, and nothing else of
// the file changes.

#include "workspace/backendsconfig.h"
#include "workspace/backendsyaml.h"
#include "workspace/workspaceconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

/// Backends as the Settings page hands them over, from tests/data/backends/backendsyaml.json.
QJsonArray fixture(const QString& name)
{
    QFile file(QStringLiteral(ATRIUM_TEST_DATA_DIR "/backends/backendsyaml.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture");
    return QJsonDocument::fromJson(file.readAll()).object().value(name).toArray();
}

WorkspaceConfig parse(const QString& text)
{
    return parseWorkspaceConfig(u"/ws/atrium.yaml"_s, text.toUtf8());
}

QString problemsText(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems)
        lines.append(u"%1:%2 %3"_s.arg(problem.line).arg(problem.column).arg(problem.message));
    return lines.join(u'\n');
}

} // namespace

class TestBackendsYaml : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonArray>("backends");

        const QString withOthers = u"# The team's workspace\n"
                                   "name: Payments   # shown in the title bar\n"
                                   "catalog:\n"
                                   "  locations:\n"
                                   "    - type: file\n"
                                   "      target: catalog/*.yaml\n"
                                   "\n"
                                   "backends:\n"
                                   "  # the old one\n"
                                   "  - name: old\n"
                                   "    url: http://old.example.com\n"
                                   "\n"
                                   "# Environments come last\n"
                                   "environments: []\n"_s;
        QTest::newRow("everything, between sections") << withOthers << fixture(u"everything"_s);
        QTest::newRow("emptied") << withOthers << QJsonArray();
        QTest::newRow("appended") << u"name: Payments\n# no backends yet"_s << fixture(u"everything"_s);
        QTest::newRow("flow style replaced") << u"backends: []\nname: x\n"_s << fixture(u"everything"_s);
        QTest::newRow("sequence at the key's column")
            << u"backends:\n- name: a\n  url: http://a.example.com\n- name: b\n  url: http://b.example.com\nname: x\n"_s
            << fixture(u"atTheKeysColumn"_s);
        QTest::newRow("windows line ends")
            << u"name: x\r\nbackends:\r\n  - name: a\r\n    url: http://a.example.com\r\nenvironments: []\r\n"_s
            << fixture(u"everything"_s);
        QTest::newRow("awkward strings") << QString() << fixture(u"awkward"_s);
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(QJsonArray, backends);

        const QString written = BackendsYaml::replaceBlock(file, backends);
        const WorkspaceConfig workspace = parse(written);
        QCOMPARE(problemsText(workspace.problems), QString());
        if (workspace.backends != backends)
            qWarning().noquote() << written;
        QCOMPARE(workspace.backends, backends);

        // The readers see the same backends as when given the list directly.
        const BackendsConfig direct = BackendsConfigReader::read(backends, workspace.configFile, u"/ws"_s);
        const BackendsConfig read
            = BackendsConfigReader::read(workspace.backends, workspace.configFile, workspace.rootDirectory);
        QCOMPARE(problemsText(read.problems), problemsText(direct.problems));
        QCOMPARE(read.backstage.size(), direct.backstage.size());
        QCOMPARE(read.endpoints.size(), direct.endpoints.size());
        for (qsizetype i = 0; i < read.endpoints.size(); ++i) {
            QCOMPARE(read.endpoints.at(i).url, direct.endpoints.at(i).url);
            QCOMPARE(read.endpoints.at(i).body, direct.endpoints.at(i).body);
            QCOMPARE(read.endpoints.at(i).headers, direct.endpoints.at(i).headers);
        }

        // Writing again changes nothing.
        QCOMPARE(BackendsYaml::replaceBlock(written, backends), written);
    }

    void othersSurviveByteForByte()
    {
        const QString head = u"# The team's workspace\n"
                             "name: Payments   # shown in the title bar\n"
                             "catalog:\n"
                             "  locations: [{type: file, target: 'catalog/*.yaml'}]\n"
                             "\n"
                             "# Backends: see docs/backends.md\n"_s;
        const QString tail = u"\n"
                             "# Environments come last\n"
                             "environments:\n"
                             "  - name: dev   # keep\n"_s;
        const QString file = head
            + u"backends:   # old comment\n"
              "  # inside\n"
              "  - name: old\n"
              "    url: http://old.example.com\n"_s
            + tail;
        const QString written = BackendsYaml::replaceBlock(file, fixture(u"everything"_s));
        QVERIFY(written.startsWith(head));
        QVERIFY(written.endsWith(tail));
        QCOMPARE(written.mid(head.size(), written.size() - head.size() - tail.size()),
                 BackendsYaml::block(fixture(u"everything"_s)));
    }

    void layout()
    {
        const QString text = BackendsYaml::block(fixture(u"layout"_s));
        QCOMPARE(text,
                 u"backends:\n"
                 "  - name: hook\n"
                 "    type: http\n"
                 "    url: https://hooks.example.com\n"
                 "    headers:\n"
                 "      X-Team: payments\n"
                 "    token: {env: HOOK_TOKEN}\n"
                 "    timeoutSeconds: 20\n"
                 "    body: |\n"
                 "      {\n"
                 "        \"a\": 1\n"
                 "      }\n"_s);
    }

    void appendedAfterTheLastLine()
    {
        QCOMPARE(BackendsYaml::replaceBlock(u"name: x"_s, {}), u"name: x\nbackends: []\n"_s);
        QCOMPARE(BackendsYaml::replaceBlock(QString(), {}), u"backends: []\n"_s);
        // Only the first document is the workspace.
        QCOMPARE(BackendsYaml::replaceBlock(u"name: x\n---\nbackends: []\n"_s, {}),
                 u"name: x\nbackends: []\n---\nbackends: []\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestBackendsYaml)
#include "tst_backendsyaml.moc"

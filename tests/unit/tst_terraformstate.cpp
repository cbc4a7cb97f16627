// A Terraform state file (v4) as the environment dashboard shows it; sensitive outputs never leave the parser.

#include "environments/terraformstate.h"

#include <QFile>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

class TestTerraformState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheState()
    {
        QFile file(QStringLiteral(ATRIUM_TEST_DATA_DIR "/environments/terraform.tfstate"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const TerraformStateFacts facts = TerraformState::parse(bytes);
        QCOMPARE(facts.health.health, Health::Healthy);
        QCOMPARE(facts.serial, 42);
        QCOMPARE(facts.lineage, u"3f1c2b9e-6a7d-4c1e-9b8a-1d2e3f4a5b6c"_s);
        QCOMPARE(facts.terraformVersion, u"1.11.2"_s);
        QCOMPARE(facts.resourceCount, 4); // data sources do not count
        QCOMPARE(facts.resourcesByType.value(u"aws_s3_bucket"_s), 2);
        QCOMPARE(facts.resourcesByType.value(u"aws_sqs_queue"_s), 2); // instances, not blocks
        QVERIFY(!facts.resourcesByType.contains(u"aws_caller_identity"_s));
        QCOMPARE(facts.outputs.size(), 4);
        QStringList shown;
        for (const TerraformStateFacts::Output& output : facts.outputs)
            shown.append(output.name + u'=' + output.value);
        QCOMPARE(shown,
                 (QStringList { u"bucket_name=bw-prod-assets"_s, u"db_password=(sensitive value)"_s, u"replicas=3"_s,
                                u"subnets=[\"a\",\"b\"]"_s }));
        QVERIFY(bytes.contains("hunter2")); // the fixture has the secret ...
        for (const TerraformStateFacts::Output& output : facts.outputs)
            QVERIFY(!output.value.contains(u"hunter2")); // ... the facts do not
    }

    void unreadable_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("not json") << QByteArray("terraform {") << u"The state is not JSON"_s;
        QTest::newRow("version 3") << QByteArray(R"({"version": 3, "serial": 1})") << u"State format version 3"_s;
        QTest::newRow("array") << QByteArray("[]") << u"The state is not JSON"_s;
    }
    void unreadable()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messageStart);
        const TerraformStateFacts facts = TerraformState::parse(json);
        QCOMPARE(facts.health.health, Health::Unknown);
        QVERIFY2(facts.health.message.startsWith(messageStart), qPrintable(facts.health.message));
    }
};

QTEST_GUILESS_MAIN(TestTerraformState)
#include "tst_terraformstate.moc"

// What Backstage's field extensions do without a window: entity refs as the pickers write and show them, catalog
// filters, the RepoUrlPicker's answer, and the name and tag rules (the wizard's form page builds on them).

#include "catalog/catalogloader.h"
#include "templates/catalogfilter.h"
#include "templates/entitychoicemodel.h"
#include "templates/fieldextensionvalidation.h"
#include "templates/repourl.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Atrium::RepoUrl)

namespace {
CatalogSnapshotPtr catalog()
{
    CatalogLoadOptions options;
    options.addRoot(QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/form-page-catalog.yaml"));
    return std::make_shared<CatalogSnapshot>(loadCatalog(options));
}
} // namespace

class TestFieldExtensions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wizardEntityChoiceModel_data()
    {
        QTest::addColumn<QJsonValue>("filter");
        QTest::addColumn<QStringList>("refs");
        QTest::newRow("no filter") << QJsonValue()
                                   << QStringList { u"component:default/orders"_s, u"component:default/web-shop"_s,
                                                    u"component:ops/billing"_s,    u"group:default/team-a"_s,
                                                    u"group:ops/platform"_s,       u"system:default/pets"_s,
                                                    u"user:default/jane"_s };
        QTest::newRow("any case") << QJsonValue(QJsonObject { { u"KIND"_s, u"group"_s } })
                                  << QStringList { u"group:default/team-a"_s, u"group:ops/platform"_s };
        QTest::newRow("all keys") << QJsonValue(
            QJsonObject { { u"kind"_s, u"Component"_s }, { u"metadata.namespace"_s, u"ops"_s } })
                                  << QStringList { u"component:ops/billing"_s };
        QTest::newRow("any object") << QJsonValue(
            QJsonArray { QJsonObject { { u"kind"_s, u"User"_s } },
                         QJsonObject { { u"spec.type"_s, QJsonArray { u"website"_s, u"x"_s } } } })
                                    << QStringList { u"component:default/web-shop"_s, u"user:default/jane"_s };
        QTest::newRow("exists") << QJsonValue(
            QJsonObject { { u"metadata.tags"_s, QJsonObject { { u"exists"_s, true } } } })
                                << QStringList { u"component:default/orders"_s };
        QTest::newRow("relations") << QJsonValue(QJsonObject { { u"relations.ownedBy"_s, u"group:ops/platform"_s } })
                                   << QStringList { u"component:ops/billing"_s };
        QTest::newRow("other fields of the descriptor")
            << QJsonValue(QJsonObject { { u"spec.lifecycle"_s, u"EXPERIMENTAL"_s } })
            << QStringList { u"component:default/web-shop"_s };
    }

    void wizardEntityChoiceModel()
    {
        QFETCH(QJsonValue, filter);
        QFETCH(QStringList, refs);
        EntityChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(catalog(), CatalogFilter::fromJson(filter), QString(), QString());
        QStringList found;
        for (int row = 0; row < model.rowCount(); ++row)
            found.append(model.index(row, 0).data(EntityChoiceModel::RefRole).toString());
        found.sort();
        QCOMPARE(found, refs);
        model.setCatalog(nullptr, {}, {}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void wizardHumanizedRefs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("defaultKind");
        QTest::addColumn<QString>("defaultNamespace");
        QTest::addColumn<QString>("label");
        QTest::newRow("no defaults") << u"Group"_s << u"default"_s << QString() << QString() << u"group:Team"_s;
        QTest::newRow("default kind") << u"Group"_s << u"default"_s << u"group"_s << QString() << u"Team"_s;
        QTest::newRow("other namespace") << u"Group"_s << u"ops"_s << u"Group"_s << QString() << u"ops/Team"_s;
        QTest::newRow("default namespace given") << u"Group"_s << u"ops"_s << u"Group"_s << u"ops"_s << u"Team"_s;
        QTest::newRow("then default is written")
            << u"Group"_s << u"default"_s << u"Group"_s << u"ops"_s << u"default/Team"_s;
    }

    void wizardHumanizedRefs()
    {
        QFETCH(QString, kind);
        QFETCH(QString, ns);
        QFETCH(QString, defaultKind);
        QFETCH(QString, defaultNamespace);
        QFETCH(QString, label);
        QCOMPARE(EntityChoiceModel::humanize(kind, ns, u"Team", defaultKind, defaultNamespace), label);
    }

    void wizardRepoUrl_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<RepoUrl>("url");
        QTest::newRow("github") << u"github.com?owner=acme&repo=orders"_s
                                << RepoUrl { u"github.com"_s, u"acme"_s, u"orders"_s, {}, {}, {} };
        QTest::newRow("form encoding") << u"gitlab.example.com?owner=a+b&repo=x%2Fy%7E%C3%BC"_s
                                       << RepoUrl { u"gitlab.example.com"_s, u"a b"_s, u"x/y~ü"_s, {}, {}, {} };
        QTest::newRow("host only") << u"github.com?"_s << RepoUrl { u"github.com"_s, {}, {}, {}, {}, {} };
        QTest::newRow("bitbucket") << u"bitbucket.org?repo=r&workspace=w&project=p"_s
                                   << RepoUrl { u"bitbucket.org"_s, {}, u"r"_s, {}, u"w"_s, u"p"_s };
    }

    void wizardRepoUrl()
    {
        QFETCH(QString, answer);
        QFETCH(RepoUrl, url);
        QCOMPARE(RepoUrl::parse(answer), url);
        QCOMPARE(url.toString(), answer);
    }

    void wizardEntityChoiceAnswers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("label");
        // defaultKind Component, defaultNamespace ops: typed text is read with them and answered in full.
        QTest::newRow("name only") << u"billing"_s << u"component:ops/billing"_s << u"billing"_s;
        QTest::newRow("other namespace") << u"default/Orders"_s << u"component:default/orders"_s << u"default/orders"_s;
        QTest::newRow("other kind") << u"System:pets"_s << u"system:ops/pets"_s << u"system:pets"_s;
        QTest::newRow("no ref") << u"a:"_s << u"a:"_s << u"a:"_s;
        QTest::newRow("blank") << u"  "_s << QString() << QString();
    }

    void wizardEntityChoiceAnswers()
    {
        QFETCH(QString, text);
        QFETCH(QString, ref);
        QFETCH(QString, label);
        EntityChoiceModel model;
        model.setCatalog(catalog(), {}, u"Component"_s, u"ops"_s);
        QCOMPARE(model.refForText(text), ref);
        QCOMPARE(model.labelForRef(ref), label);
    }

    void wizardTags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("valid");
        QTest::newRow("word") << u"java"_s << true;
        QTest::newRow("joined") << u"c++-17"_s << true;
        QTest::newRow("symbols") << u"team:a#1"_s << true;
        QTest::newRow("upper case") << u"Java"_s << false;
        QTest::newRow("underscore") << u"bad_tag"_s << false;
        QTest::newRow("leading hyphen") << u"-java"_s << false;
        QTest::newRow("doubled hyphen") << u"a--b"_s << false;
        QTest::newRow("63 characters") << QString(63, u'a') << true;
        QTest::newRow("64 characters") << QString(64, u'a') << false;
    }

    void wizardTags()
    {
        QFETCH(QString, tag);
        QFETCH(bool, valid);
        QCOMPARE(FieldExtensionValidator::isValidTag(tag), valid);
    }
};

QTEST_GUILESS_MAIN(TestFieldExtensions)
#include "tst_fieldextensions.moc"

#include "catalog/entityfilterproxymodel.h"
#include "catalog/entitytablemodel.h"
#include "catalog/facetmodel.h"
#include "indexfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

// "display=count", with a leading "*" for checked values, in row order.
QStringList rows(const FacetModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex value = model.index(row, FacetModel::Value);
        const bool checked = value.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        result.append((checked ? u"*"_s : QString()) % value.data().toString() % QLatin1Char('=')
                      % model.index(row, FacetModel::Count).data().toString());
    }
    return result;
}

QModelIndex find(const FacetModel& model, const QString& display)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, FacetModel::Value).data().toString() == display)
            return model.index(row, FacetModel::Value);
    }
    return {};
}

} // namespace

class TestFacetModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_snapshot = IndexFixture::loadSnapshot();
        QVERIFY(m_snapshot);
        m_index = CatalogIndex::create(m_snapshot);
    }

    void values_data()
    {
        QTest::addColumn<int>("facet");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("owner: count desc, then natural name")
            << int(CatalogIndex::Owner) << ""
            << QStringList { u"team-a=5"_s, u"ops/team-a=2"_s, u"team-c=2"_s, u"Team-B=1"_s, u"user:jane=1"_s };
        QTest::newRow("kind") << int(CatalogIndex::Kind) << ""
                              << QStringList { u"Component=9"_s, u"API=1"_s, u"Group=1"_s, u"Resource=1"_s,
                                               u"System=1"_s };
        QTest::newRow("tags follow the text")
            << int(CatalogIndex::Tag) << "pay"
            << QStringList { u"java=2"_s, u"pci=1"_s, u"production=1"_s, u"python=1"_s, u"rest=1"_s };
        QTest::newRow("values without entities are hidden")
            << int(CatalogIndex::Lifecycle) << "report" << QStringList { u"production=2"_s };
        QTest::newRow("no match, no rows") << int(CatalogIndex::System) << "zzz" << QStringList();
    }
    void values()
    {
        QFETCH(int, facet);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        FacetModel model { CatalogIndex::Facet(facet) };
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(m_index->query(CatalogQuery { text, {}, {}, false, false }));
        QCOMPARE(rows(model), expected);
        QCOMPARE(model.headerData(FacetModel::Value, Qt::Horizontal).toString(),
                 CatalogIndex::facetName(CatalogIndex::Facet(facet)));
        QCOMPARE(model.headerData(FacetModel::Count, Qt::Horizontal).toString(), u"Count"_s);
    }

    void checkable()
    {
        FacetModel model(CatalogIndex::Owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIndex(m_index);
        const QModelIndex teamA = find(model, u"team-a"_s);
        QVERIFY(model.flags(teamA) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(0, FacetModel::Count)) & Qt::ItemIsUserCheckable));
        QCOMPARE(teamA.data(FacetModel::KeyRole).toString(), u"group:default/team-a"_s);
        QCOMPARE(teamA.data(FacetModel::CountRole).toInt(), 5);

        QSignalSpy selection(&model, &FacetModel::selectionChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(teamA, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(selection.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.selectedKeys(), QStringList { u"group:default/team-a"_s });
        QVERIFY(model.setData(teamA, Qt::Checked, Qt::CheckStateRole)); // no change, no signal
        QCOMPARE(selection.size(), 1);
        QVERIFY(!model.setData(model.index(0, FacetModel::Count), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(teamA, u"x"_s, Qt::EditRole));

        // Display and long forms both name the same value.
        model.setSelectedKeys({ u"ops/team-a"_s, u"Group:Default/Team-C"_s });
        QCOMPARE(selection.size(), 2);
        QCOMPARE(model.selectedKeys(), (QStringList { u"group:default/team-c"_s, u"group:ops/team-a"_s }));
        QCOMPARE(rows(model),
                 (QStringList { u"team-a=5"_s, u"*ops/team-a=2"_s, u"*team-c=2"_s, u"Team-B=1"_s, u"user:jane=1"_s }));
        model.clearSelection();
        QCOMPARE(model.selectedKeys(), QStringList());
        QCOMPARE(selection.size(), 3);
        // As an int, the way some views and scripts send it.
        QVERIFY(model.setData(find(model, u"Team-B"_s), int(Qt::Checked), Qt::CheckStateRole));
        QCOMPARE(model.selectedKeys(), QStringList { u"group:default/team-b"_s });
        QVERIFY(model.setData(find(model, u"Team-B"_s), int(Qt::Unchecked), Qt::CheckStateRole));
        QCOMPARE(model.selectedKeys(), QStringList());
    }

    // Wired to a proxy: checking values filters the table; every facet's counts follow, the checked facet keeps
    // the counts of its alternatives.
    void followsProxy()
    {
        EntityTableModel table;
        EntityFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        FacetModel owners(CatalogIndex::Owner);
        FacetModel kinds(CatalogIndex::Kind);
        QAbstractItemModelTester ownerTester(&owners, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester kindTester(&kinds, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        owners.connectToProxy(&proxy);
        kinds.connectToProxy(&proxy);
        table.setSnapshot(m_snapshot);
        QCOMPARE(rows(kinds),
                 (QStringList { u"Component=9"_s, u"API=1"_s, u"Group=1"_s, u"Resource=1"_s, u"System=1"_s }));

        QSignalSpy ownerResets(&owners, &QAbstractItemModel::modelReset);
        QSignalSpy kindResets(&kinds, &QAbstractItemModel::modelReset);
        QVERIFY(owners.setData(find(owners, u"team-a"_s), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(proxy.rowCount(), 5);
        QCOMPARE(rows(owners),
                 (QStringList { u"*team-a=5"_s, u"ops/team-a=2"_s, u"team-c=2"_s, u"Team-B=1"_s, u"user:jane=1"_s }));
        QCOMPARE(rows(kinds), (QStringList { u"Component=2"_s, u"API=1"_s, u"Resource=1"_s, u"System=1"_s }));

        QVERIFY(kinds.setData(find(kinds, u"Component"_s), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(rows(owners),
                 (QStringList { u"ops/team-a=2"_s, u"*team-a=2"_s, u"team-c=2"_s, u"Team-B=1"_s, u"user:jane=1"_s }));

        proxy.setQueryText(u"pay"_s);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(rows(owners), (QStringList { u"*team-a=2"_s, u"ops/team-a=1"_s }));
        QCOMPARE(rows(kinds), (QStringList { u"*Component=2"_s, u"API=1"_s, u"Resource=1"_s, u"System=1"_s }));

        // A checked value stays visible (count 0) when the text excludes it, so it can be unchecked.
        proxy.setQueryText(u"report"_s);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(rows(owners), (QStringList { u"team-c=2"_s, u"*team-a=0"_s }));
        QCOMPARE(rows(kinds), (QStringList { u"*Component=0"_s }));
        QVERIFY(owners.setData(find(owners, u"team-a"_s), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(rows(owners), (QStringList { u"team-c=2"_s }));

        // Updates went through inserts, removes, dataChanged and layout changes; never a reset.
        QCOMPARE(ownerResets.size(), 0);
        QCOMPARE(kindResets.size(), 0);

        // A page that also hands the facet the new index after the table must not lose the search in the counts.
        const auto reloaded = std::make_shared<CatalogSnapshot>(*m_snapshot);
        table.setSnapshot(reloaded);
        owners.setIndex(table.catalogIndex());
        QCOMPARE(rows(owners), (QStringList { u"team-c=2"_s }));
    }

    void persistentIndexesFollowReorder()
    {
        FacetModel model(CatalogIndex::Owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIndex(m_index);
        const QPersistentModelIndex teamC(find(model, u"team-c"_s));
        const QPersistentModelIndex teamA(find(model, u"team-a"_s));
        QCOMPARE(teamC.row(), 2);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        model.setResult(m_index->query(CatalogQuery { u"report"_s, {}, {}, false, false }));
        QCOMPARE(rows(model), QStringList { u"team-c=2"_s });
        QVERIFY(!teamA.isValid());
        QVERIFY(teamC.isValid());
        QCOMPARE(teamC.data().toString(), u"team-c"_s);
        QVERIFY(removed.size() >= 1);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setResult(m_index->query(CatalogQuery {}));
        QVERIFY(inserted.size() >= 1);
        QVERIFY(layout.size() >= 1); // team-c moved from the top back to third place
        QCOMPARE(teamC.row(), 2);
        QCOMPARE(teamC.data().toString(), u"team-c"_s);
        QCOMPARE(rows(model).first(), u"team-a=5"_s);
    }

    // A new catalog resets the model and keeps the checked values by key, even ones the catalog lacks.
    void reloadKeepsSelection()
    {
        FacetModel model(CatalogIndex::Owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIndex(m_index);
        model.setSelectedKeys({ u"team-b"_s, u"user:jane"_s });

        auto smaller = std::make_shared<CatalogSnapshot>();
        EntityRecords records; // jane's search-indexer is gone
        for (int i = 0; i < 3; ++i)
            records.append(EntityRecord::fromEntity(m_snapshot->entities.at(i)));
        smaller->entities = EntityStore::fromRecords(records);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setIndex(CatalogIndex::create(smaller));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.selectedKeys(), (QStringList { u"group:default/team-b"_s, u"user:default/jane"_s }));
        QCOMPARE(rows(model), (QStringList { u"team-a=2"_s, u"*Team-B=1"_s, u"*user:jane=0"_s }));
    }

    void emptyResult()
    {
        FacetModel model(CatalogIndex::Tag);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSelectedKeys({ u"java"_s });
        QCOMPARE(rows(model), QStringList { u"*java=0"_s });
        model.setIndex(m_index);
        QCOMPARE(rows(model).first(), u"*java=3"_s);
        model.setIndex(nullptr);
        QCOMPARE(rows(model), QStringList { u"*java=0"_s });
    }

private:
    CatalogSnapshotPtr m_snapshot;
    CatalogIndexPtr m_index;
};

QTEST_GUILESS_MAIN(TestFacetModel)
#include "tst_facetmodel.moc"

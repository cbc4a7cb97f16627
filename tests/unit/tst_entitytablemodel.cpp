#include "catalog/entityfilterproxymodel.h"
#include "catalog/entitytablemodel.h"
#include "indexfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

QStringList column(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

QStringList names(const QAbstractItemModel& model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString ref = model.index(row, 0).data(EntityTableModel::EntityRefRole).toString();
        values.append(ref.mid(ref.indexOf(QLatin1Char('/')) + 1));
    }
    return values;
}

} // namespace

class TestEntityTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<EntityTableModel>();
        m_proxy = std::make_unique<EntityFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_snapshot = IndexFixture::loadSnapshot();
        QVERIFY(m_snapshot);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setSnapshot(m_snapshot);
        QCOMPARE(reset.size(), 1);
    }
    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void shape()
    {
        QCOMPARE(m_model->rowCount(), 13);
        QCOMPARE(m_model->columnCount(), int(EntityTableModel::COLUMN_COUNT));
        QCOMPARE(m_proxy->rowCount(), 13);
        QCOMPARE(m_model->headerData(EntityTableModel::Owner, Qt::Horizontal).toString(), u"Owner"_s);
        QCOMPARE(m_model->headerData(EntityTableModel::Description, Qt::Horizontal).toString(), u"Description"_s);
        QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
    }

    void display_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title over name") << 0 << int(EntityTableModel::Name) << "Payment Gateway";
        QTest::newRow("name without title") << 1 << int(EntityTableModel::Name) << "payments-ledger";
        QTest::newRow("kind") << 3 << int(EntityTableModel::Kind) << "API";
        QTest::newRow("type") << 2 << int(EntityTableModel::Type) << "website";
        QTest::newRow("owner short form") << 1 << int(EntityTableModel::Owner) << "team-a";
        QTest::newRow("owner other namespace") << 4 << int(EntityTableModel::Owner) << "ops/team-a";
        QTest::newRow("owner user") << 5 << int(EntityTableModel::Owner) << "user:jane";
        QTest::newRow("no owner") << 7 << int(EntityTableModel::Owner) << "";
        QTest::newRow("system long form shown short") << 1 << int(EntityTableModel::System) << "payments";
        QTest::newRow("lifecycle") << 4 << int(EntityTableModel::Lifecycle) << "deprecated";
        QTest::newRow("tags") << 0 << int(EntityTableModel::Tags) << "production, java, pci";
        QTest::newRow("description") << 5 << int(EntityTableModel::Description) << "Builds the product search index";
    }
    void display()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, expected);
        QCOMPARE(m_model->index(row, column).data().toString(), expected);
    }

    void roles()
    {
        const QModelIndex checkout = m_model->index(2, EntityTableModel::Kind);
        QCOMPARE(checkout.data(EntityTableModel::EntityRefRole).toString(), u"component:default/checkout-ui"_s);
        QCOMPARE(checkout.data(EntityTableModel::EntityIndexRole).toInt(), 2);
        QCOMPARE(checkout.data(EntityTableModel::HasProblemsRole).toBool(), true); // a warning
        QCOMPARE(checkout.data(EntityTableModel::ProblemCountRole).toInt(), 1);
        QCOMPARE(m_model->index(7, 0).data(EntityTableModel::HasProblemsRole).toBool(), true); // an error
        QCOMPARE(m_model->index(0, 0).data(EntityTableModel::HasProblemsRole).toBool(), false);
        QCOMPARE(checkout.data(EntityTableModel::StarredRole).toBool(), false);
        QCOMPARE(checkout.data(Qt::ToolTipRole).toString(), u"component:default/checkout-ui"_s);
        QVERIFY(!checkout.data(Qt::DecorationRole).isValid());
        QVERIFY(m_model->roleNames().contains(EntityTableModel::EntityRefRole));
    }

    void starred()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setStarredRefs(
            { u"component:default/checkout-ui"_s, u"COMPONENT:DEFAULT/SEARCH-INDEXER"_s, u"component:default/gone"_s });
        QCOMPARE(changed.size(), 2); // rows 2 and 5 are not adjacent
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int> { EntityTableModel::StarredRole });
        QCOMPARE(m_model->index(2, 0).data(EntityTableModel::StarredRole).toBool(), true);
        QCOMPARE(m_model->index(5, 0).data(EntityTableModel::StarredRole).toBool(), true);
        QCOMPARE(m_model->starredRefs(),
                 (QSet<QString> { u"component:default/checkout-ui"_s, u"component:default/search-indexer"_s,
                                  u"component:default/gone"_s }));

        m_proxy->setStarredOnly(true);
        QCOMPARE(names(*m_proxy), (QStringList { u"checkout-ui"_s, u"search-indexer"_s }));
        // Starring more while filtering on stars updates the filter.
        m_model->setStarredRefs({ u"component:default/checkout-ui"_s, u"component:default/search-indexer"_s,
                                  u"resource:default/payments-db"_s });
        QCOMPARE(names(*m_proxy), (QStringList { u"checkout-ui"_s, u"search-indexer"_s, u"payments-db"_s }));
        changed.clear();
        m_model->setStarredRefs(m_model->starredRefs());
        QCOMPARE(changed.size(), 0);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("owners");
        QTest::addColumn<bool>("problemsOnly");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << "" << QStringList() << false
                              << QStringList { u"payment-gateway"_s, u"payments-ledger"_s, u"checkout-ui"_s,
                                               u"payment-api"_s,     u"payment-worker"_s,  u"search-indexer"_s,
                                               u"payments-db"_s,     u"legacy-billing"_s,  u"payments"_s,
                                               u"team-a"_s,          u"report-svc10"_s,    u"report-svc2"_s,
                                               u"shop-frontend"_s };
        QTest::newRow("text") << "pay prod" << QStringList() << false
                              << QStringList { u"payment-gateway"_s, u"payments-ledger"_s };
        QTest::newRow("text and owner") << "pay" << QStringList { u"ops/team-a"_s } << false
                                        << QStringList { u"payment-worker"_s };
        QTest::newRow("problems") << "" << QStringList() << true
                                  << QStringList { u"checkout-ui"_s, u"legacy-billing"_s };
        QTest::newRow("nothing") << "zzz" << QStringList() << false << QStringList();
    }
    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, owners);
        QFETCH(bool, problemsOnly);
        QFETCH(QStringList, expected);
        QSignalSpy resultChanged(m_proxy.get(), &EntityFilterProxyModel::resultChanged);
        CatalogQuery query;
        query.text = text;
        query.selected[CatalogIndex::Owner] = owners;
        query.problemsOnly = problemsOnly;
        m_proxy->setQuery(query);
        QCOMPARE(resultChanged.size(), 1);
        QCOMPARE(names(*m_proxy), expected);
        QCOMPARE(m_proxy->result().acceptedCount(), expected.size());
    }

    void incrementalQueries()
    {
        // Typing narrows and widens the filter; the tester checks every row insertion and removal.
        for (const QString& text : { u"p"_s, u"pa"_s, u"pay"_s, u"pay p"_s, u"pay pr"_s, u"pay"_s, u""_s }) {
            m_proxy->setQueryText(text);
            QCOMPARE(m_proxy->rowCount(), m_proxy->result().acceptedCount());
        }
        QCOMPARE(m_proxy->rowCount(), 13);
    }

    void sort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected"); // displayed texts

        QTest::newRow("name: natural, case-insensitive")
            << int(EntityTableModel::Name) << int(Qt::AscendingOrder)
            << QStringList { u"Checkout"_s,       u"legacy-billing"_s, u"Payment Gateway"_s, u"payment-api"_s,
                             u"payment-worker"_s, u"payments"_s,       u"payments-db"_s,     u"payments-ledger"_s,
                             u"report-svc2"_s,    u"report-svc10"_s,   u"search-indexer"_s,  u"Shop Frontend"_s,
                             u"team-a"_s };
        QTest::newRow("owner, empty first, stable")
            << int(EntityTableModel::Owner) << int(Qt::AscendingOrder)
            << QStringList { u""_s,       u""_s,       u"ops/team-a"_s, u"ops/team-a"_s, u"team-a"_s,
                             u"team-a"_s, u"team-a"_s, u"team-a"_s,     u"team-a"_s,     u"Team-B"_s,
                             u"team-c"_s, u"team-c"_s, u"user:jane"_s };
        QTest::newRow("kind descending") << int(EntityTableModel::Kind) << int(Qt::DescendingOrder)
                                         << QStringList { u"System"_s,    u"Resource"_s,  u"Group"_s,
                                                          u"Component"_s, u"Component"_s, u"Component"_s,
                                                          u"Component"_s, u"Component"_s, u"Component"_s,
                                                          u"Component"_s, u"Component"_s, u"Component"_s,
                                                          u"API"_s };
    }
    void sort()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        m_proxy->sort(column, Qt::SortOrder(order));
        QCOMPARE(::column(*m_proxy, column), expected);
    }

    // The proxy sorts by reordering the source's rows from ranks: no comparisons, persistent indexes follow.
    void sortReordersRowsAndKeepsPersistentIndexes()
    {
        const QPersistentModelIndex checkout = m_model->index(2, EntityTableModel::Name);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        m_proxy->sort(EntityTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(m_proxy->sortColumn(), -1); // the proxy keeps the source's order
        QCOMPARE(::column(*m_model, EntityTableModel::Name).first(), u"team-a"_s);
        QCOMPARE(checkout.data(EntityTableModel::EntityRefRole).toString(), u"component:default/checkout-ui"_s);
        QCOMPARE(checkout.data(EntityTableModel::EntityIndexRole).toInt(), 2);
        QCOMPARE(m_model->entityIndex(checkout.row()), 2);
        QCOMPARE(m_model->rowOf(2), checkout.row());

        // Stars land on the row the entity is in now.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setStarredRefs({ u"component:default/checkout-ui"_s });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), checkout.row());
        QCOMPARE(checkout.data(EntityTableModel::StarredRole).toBool(), true);

        // A reload keeps the order; precomputed ranks of another column are ignored for ordering.
        m_model->setIndex(CatalogIndex::create(m_snapshot), EntityTableModel::Kind,
                          EntityTableModel::computeSortRanks(*m_model->catalogIndex(), EntityTableModel::Kind));
        QCOMPARE(::column(*m_model, EntityTableModel::Name).first(), u"team-a"_s);
        m_proxy->sort(-1, Qt::AscendingOrder);
        QCOMPARE(m_model->entityIndex(0), 0);
        QCOMPARE(m_model->index(2, 0).data(EntityTableModel::EntityRefRole).toString(),
                 u"component:default/checkout-ui"_s);
    }

    void sortedAndFiltered()
    {
        m_proxy->sort(EntityTableModel::Name, Qt::AscendingOrder);
        m_proxy->setQueryText(u"report"_s);
        QCOMPARE(::column(*m_proxy, EntityTableModel::Name), (QStringList { u"report-svc2"_s, u"report-svc10"_s }));
        m_proxy->setQueryText(QString());
        QCOMPARE(::column(*m_proxy, EntityTableModel::Name).first(), u"Checkout"_s);
    }

    // A reload keeps the search: the proxy re-runs its query on the new index before it refilters.
    void reloadKeepsQuery()
    {
        m_proxy->sort(EntityTableModel::Name, Qt::AscendingOrder);
        m_proxy->setQueryText(u"pay prod"_s);
        m_model->setStarredRefs({ u"component:default/payments-ledger"_s });
        QSignalSpy resultChanged(m_proxy.get(), &EntityFilterProxyModel::resultChanged);

        auto reloaded = std::make_shared<CatalogSnapshot>(*m_snapshot);
        EntityRecords records;
        for (const Entity entity : m_snapshot->entities)
            records.append(EntityRecord::fromEntity(entity));
        records.removeFirst(); // payment-gateway is gone
        reloaded->entities = EntityStore::fromRecords(records);
        m_model->setSnapshot(reloaded);

        QCOMPARE(resultChanged.size(), 1);
        QVERIFY(m_proxy->result().index() == m_model->catalogIndex());
        QCOMPARE(names(*m_proxy), (QStringList { u"payments-ledger"_s }));
        QCOMPARE(m_proxy->index(0, 0).data(EntityTableModel::StarredRole).toBool(), true); // stars survive reloads
        QCOMPARE(m_proxy->query().text, u"pay prod"_s);
    }

    // A result computed on a worker for the current index is applied; one for an older index is dropped.
    void externalResult()
    {
        const CatalogIndexPtr current = m_model->catalogIndex();
        CatalogQuery query;
        query.text = u"svc"_s;
        QVERIFY(m_proxy->setResult(current->query(query), query));
        QCOMPARE(m_proxy->rowCount(), 2);
        const CatalogIndexPtr other = CatalogIndex::create(m_snapshot);
        QVERIFY(!m_proxy->setResult(other->query(CatalogQuery {}), CatalogQuery {}));
        QCOMPARE(m_proxy->rowCount(), 2);
        QCOMPARE(m_proxy->query().text, u"svc"_s);
    }

    void emptyModel()
    {
        m_model->setSnapshot(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setQueryText(u"zzz"_s);
        QCOMPARE(m_proxy->rowCount(), 0);
        m_model->setStarredRefs({ u"Component:Report-Svc2"_s }); // remembered without a catalog
        m_model->setSnapshot(m_snapshot);
        QCOMPARE(m_proxy->rowCount(), 0); // the query survives an empty catalog
        m_proxy->setQueryText(QString());
        QCOMPARE(m_proxy->rowCount(), 13);
        QCOMPARE(m_model->index(11, 0).data(EntityTableModel::StarredRole).toBool(), true);
    }

private:
    CatalogSnapshotPtr m_snapshot;
    std::unique_ptr<EntityTableModel> m_model;
    std::unique_ptr<EntityFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_GUILESS_MAIN(TestEntityTableModel)
#include "tst_entitytablemodel.moc"

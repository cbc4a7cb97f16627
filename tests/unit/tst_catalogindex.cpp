#include "catalog/catalogindex.h"
#include "catalog/catalogloader.h"
#include "indexfixture.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtConcurrent>
#include <QTest>

#include <numeric>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

CatalogIndex::Facet facetNamed(QStringView name)
{
    static const QHash<QString, CatalogIndex::Facet> facets {
        { QStringLiteral("kind"), CatalogIndex::Kind },
        { QStringLiteral("type"), CatalogIndex::Type },
        { QStringLiteral("lifecycle"), CatalogIndex::Lifecycle },
        { QStringLiteral("owner"), CatalogIndex::Owner },
        { QStringLiteral("system"), CatalogIndex::System },
        { QStringLiteral("namespace"), CatalogIndex::Namespace },
        { QStringLiteral("tag"), CatalogIndex::Tag },
    };
    return facets.value(name.toString(), CatalogIndex::FACET_COUNT);
}

// "owner=team-a", "kind=API", "starred=component:default/x", "starredOnly", "problemsOnly"
CatalogQuery queryFrom(const QString& text, const QStringList& filters)
{
    CatalogQuery query;
    query.text = text;
    for (const QString& filter : filters) {
        const qsizetype eq = filter.indexOf(QLatin1Char('='));
        const QString key = filter.left(eq);
        const QString value = eq < 0 ? QString() : filter.mid(eq + 1);
        if (key == QLatin1String("starred"))
            query.starredRefs.insert(value);
        else if (key == QLatin1String("starredOnly"))
            query.starredOnly = true;
        else if (key == QLatin1String("problemsOnly"))
            query.problemsOnly = true;
        else if (const CatalogIndex::Facet facet = facetNamed(key); facet != CatalogIndex::FACET_COUNT)
            query.selected[facet].append(value);
        else
            qFatal("bad filter in test data: %s", qPrintable(filter));
    }
    return query;
}

QStringList namesOf(const CatalogIndex& index, const CatalogQueryResult& result)
{
    QStringList names;
    for (int e : result.acceptedEntities())
        names.append(index.snapshot()->entities.at(e).name().toString());
    return names;
}

// The obvious, slow definition of the query semantics, to check the index against. Fields are read once per entity.
struct Oracle {
    struct Row {
        QStringList fields; // lower case
        std::array<QStringList, CatalogIndex::FACET_COUNT> keys;
        QString ref;
        bool problems = false;
    };
    static QString refKey(const QString& text, QStringView defaultKind, const QString& ns)
    {
        if (text.isEmpty())
            return {};
        const auto ref = EntityRef::parse(text, defaultKind, ns);
        return ref ? ref->toString() : text.toLower();
    }
    static Row rowFor(const Entity& entity)
    {
        // Owned copies, so the checks below read like the query semantics they spell out.
        struct {
            QString name, title, description, specType, owner, system, kind, lifecycle, ns, ref;
            QStringList tags;
            bool hasErrors;
        } e { entity.name().toString(),
              entity.title().toString(),
              entity.description().toString(),
              entity.specType().toString(),
              entity.owner().toString(),
              entity.system().toString(),
              entity.kind().toString(),
              entity.lifecycle().toString(),
              entity.ns().toString(),
              entity.ref().toString(),
              {},
              entity.hasErrors() };
        for (const QStringView tag : entity.tags())
            e.tags.append(tag.toString());
        Row row;
        row.fields = QStringList { e.name,
                                   e.title,
                                   e.description,
                                   e.specType,
                                   e.owner,
                                   e.system,
                                   refKey(e.owner, u"Group", e.ns),
                                   refKey(e.system, u"System", e.ns) }
            + e.tags;
        for (QString& field : row.fields)
            field = field.toLower();
        row.keys[CatalogIndex::Kind] = QStringList { e.kind.toLower() };
        row.keys[CatalogIndex::Type] = QStringList { e.specType.toLower() };
        row.keys[CatalogIndex::Lifecycle] = QStringList { e.lifecycle.toLower() };
        row.keys[CatalogIndex::Owner] = QStringList { refKey(e.owner, u"Group", e.ns) };
        row.keys[CatalogIndex::System] = QStringList { refKey(e.system, u"System", e.ns) };
        row.keys[CatalogIndex::Namespace] = QStringList { e.ns.toLower() };
        for (const QString& tag : e.tags)
            row.keys[CatalogIndex::Tag].append(tag.toLower());
        row.keys[CatalogIndex::Tag].removeDuplicates();
        row.ref = e.ref;
        row.problems = e.hasErrors;
        return row;
    }
    static bool matchesText(const Row& row, const QStringList& words)
    {
        return std::all_of(words.cbegin(), words.cend(), [&row](const QString& word) {
            return std::any_of(row.fields.cbegin(), row.fields.cend(),
                               [&word](const QString& f) { return f.contains(word); });
        });
    }
    // Passes everything except facet @p skip's selection.
    static bool passes(const Row& row, const CatalogQuery& q, const QStringList& words, int skip,
                       const std::array<QStringList, 7>& selectedKeys)
    {
        if (!matchesText(row, words))
            return false;
        if (q.starredOnly && !q.starredRefs.contains(row.ref))
            return false;
        if (q.problemsOnly && !row.problems)
            return false;
        for (int f = 0; f < CatalogIndex::FACET_COUNT; ++f) {
            if (f == skip || q.selected[f].isEmpty())
                continue;
            const QStringList& keys = row.keys[f];
            if (std::none_of(keys.cbegin(), keys.cend(),
                             [&](const QString& k) { return !k.isEmpty() && selectedKeys[f].contains(k); }))
                return false;
        }
        return true;
    }
};

// A bigger catalog than the fixture, so bitsets span several words and values repeat.
CatalogSnapshotPtr generatedSnapshot(int count, quint32 seed)
{
    static const char* const words[] = { "pay",  "payment", "ledger", "shop", "Search", "index", "auth",  "token",
                                         "mail", "queue",   "Report", "svc",  "api",    "db",    "cache", "ui" };
    QRandomGenerator rng(seed);
    auto word = [&] { return QString(QLatin1String(words[rng.bounded(16)])); };
    QJsonArray entities;
    for (int i = 0; i < count; ++i) {
        QJsonArray tags;
        for (int t = rng.bounded(3); t > 0; --t)
            tags.append(word().toLower());
        const QString ns = rng.bounded(5) == 0 ? QStringLiteral("ops") : QStringLiteral("default");
        QJsonObject metadata { { QLatin1String("name"),
                                 QString(word().toLower() % QLatin1Char('-') % QString::number(i)) },
                               { QLatin1String("namespace"), ns },
                               { QLatin1String("description"),
                                 QString(word() % QLatin1Char(' ') % word() % QStringLiteral(". ") % word()) },
                               { QLatin1String("tags"), tags } };
        if (rng.bounded(2))
            metadata.insert(QLatin1String("title"), QString(word() % QLatin1Char(' ') % word()));
        QJsonObject spec { { QLatin1String("type"),
                             rng.bounded(2) ? QStringLiteral("service") : QStringLiteral("Website") },
                           { QLatin1String("lifecycle"),
                             rng.bounded(3) ? QStringLiteral("production") : QStringLiteral("experimental") } };
        // The same team written short and long, and in the "ops" namespace a different team of the same name.
        const int owner = rng.bounded(6);
        if (owner < 5) {
            const QString team = QStringLiteral("team-") + QString::number(owner);
            spec.insert(QLatin1String("owner"), rng.bounded(3) == 0 ? QStringLiteral("group:default/") + team : team);
        }
        if (rng.bounded(2))
            spec.insert(QLatin1String("system"), QString(word().toLower() % QStringLiteral("-sys")));
        QJsonObject entity { { QLatin1String("kind"),
                               rng.bounded(4) ? QStringLiteral("Component") : QStringLiteral("API") },
                             { QLatin1String("metadata"), metadata },
                             { QLatin1String("spec"), spec } };
        if (rng.bounded(20) == 0)
            entity.insert(QLatin1String("hasErrors"), true);
        entities.append(entity);
    }
    return IndexFixture::snapshotFrom(QJsonObject { { QLatin1String("entities"), entities } });
}

} // namespace

class TestCatalogIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_snapshot = IndexFixture::loadSnapshot();
        QVERIFY(m_snapshot);
        QCOMPARE(m_snapshot->entities.size(), 13);
        m_index = CatalogIndex::create(m_snapshot);
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("expectedName"); // "" = not found

        QTest::newRow("canonical") << "component:default/payment-gateway"
                                   << "payment-gateway";
        QTest::newRow("upper case") << "COMPONENT:DEFAULT/PAYMENT-GATEWAY"
                                    << "payment-gateway";
        QTest::newRow("default namespace omitted") << "Component:payment-gateway"
                                                   << "payment-gateway";
        QTest::newRow("other namespace") << "component:ops/payment-worker"
                                         << "payment-worker";
        QTest::newRow("mixed-case name") << "component:ops/shop-frontend"
                                         << "Shop-Frontend";
        QTest::newRow("wrong namespace") << "component:default/payment-worker"
                                         << "";
        QTest::newRow("no kind") << "payment-gateway"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void lookup()
    {
        QFETCH(QString, ref);
        QFETCH(QString, expectedName);
        const Entity entity = m_index->find(ref);
        QCOMPARE(entity.name().toString(), expectedName);
        QCOMPARE(m_index->indexOf(ref) >= 0, !expectedName.isEmpty());
    }

    void query_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QStringList>("expected"); // entity names, snapshot order

        const QStringList all { u"payment-gateway"_s, u"payments-ledger"_s, u"checkout-ui"_s,  u"payment-api"_s,
                                u"payment-worker"_s,  u"search-indexer"_s,  u"payments-db"_s,  u"legacy-billing"_s,
                                u"payments"_s,        u"team-a"_s,          u"report-svc10"_s, u"report-svc2"_s,
                                u"Shop-Frontend"_s };
        QTest::newRow("empty") << "" << QStringList() << all;
        QTest::newRow("only spaces") << "  \t " << QStringList() << all;
        QTest::newRow("pay prod: tag or description, words AND")
            << "pay prod" << QStringList() << QStringList { u"payment-gateway"_s, u"payments-ledger"_s };
        QTest::newRow("case and extra spaces")
            << "  PAY   Prod " << QStringList() << QStringList { u"payment-gateway"_s, u"payments-ledger"_s };
        QTest::newRow("word order does not matter")
            << "prod pay" << QStringList() << QStringList { u"payment-gateway"_s, u"payments-ledger"_s };
        QTest::newRow("substring inside a name") << "gateway" << QStringList() << QStringList { u"payment-gateway"_s };
        QTest::newRow("title") << "frontend" << QStringList() << QStringList { u"Shop-Frontend"_s };
        QTest::newRow("tag") << "java" << QStringList()
                             << QStringList { u"payment-gateway"_s, u"payments-ledger"_s, u"legacy-billing"_s };
        QTest::newRow("type") << "openapi" << QStringList() << QStringList { u"payment-api"_s };
        QTest::newRow("lifecycle is not searched") << "deprecated" << QStringList() << QStringList();
        QTest::newRow("sentence punctuation ignored")
            << "shop." << QStringList()
            << QStringList { u"payment-gateway"_s, u"checkout-ui"_s, u"search-indexer"_s, u"Shop-Frontend"_s };
        QTest::newRow("shop web") << "shop web" << QStringList()
                                  << QStringList { u"payment-gateway"_s, u"checkout-ui"_s, u"Shop-Frontend"_s };
        QTest::newRow("owner short form as text")
            << "team-a" << QStringList()
            << QStringList { u"payment-gateway"_s, u"payments-ledger"_s, u"payment-api"_s, u"payment-worker"_s,
                             u"payments-db"_s,     u"payments"_s,        u"team-a"_s,      u"Shop-Frontend"_s };
        QTest::newRow("owner canonical form as text: namespace resolved")
            << "group:default/team-a" << QStringList()
            << QStringList { u"payment-gateway"_s, u"payments-ledger"_s, u"payment-api"_s, u"payments-db"_s,
                             u"payments"_s };
        QTest::newRow("owner in another namespace")
            << "ops/team-a" << QStringList() << QStringList { u"payment-worker"_s, u"Shop-Frontend"_s };
        QTest::newRow("user owner") << "jane" << QStringList() << QStringList { u"search-indexer"_s };
        QTest::newRow("no match") << "kubernetes" << QStringList() << QStringList();
        QTest::newRow("one word of two misses") << "payment kubernetes" << QStringList() << QStringList();

        QTest::newRow("facet owner short") << "" << QStringList { u"owner=team-a"_s }
                                           << QStringList { u"payment-gateway"_s, u"payments-ledger"_s,
                                                            u"payment-api"_s, u"payments-db"_s, u"payments"_s };
        QTest::newRow("facet owner long, any case")
            << "" << QStringList { u"owner=Group:Default/Team-A"_s }
            << QStringList { u"payment-gateway"_s, u"payments-ledger"_s, u"payment-api"_s, u"payments-db"_s,
                             u"payments"_s };
        QTest::newRow("facet owner other namespace")
            << "" << QStringList { u"owner=ops/team-a"_s } << QStringList { u"payment-worker"_s, u"Shop-Frontend"_s };
        QTest::newRow("facet owner written two ways")
            << "" << QStringList { u"owner=team-c"_s } << QStringList { u"report-svc10"_s, u"report-svc2"_s };
        QTest::newRow("OR within a facet")
            << "" << QStringList { u"owner=team-a"_s, u"owner=team-b"_s }
            << QStringList { u"payment-gateway"_s, u"payments-ledger"_s, u"checkout-ui"_s,
                             u"payment-api"_s,     u"payments-db"_s,     u"payments"_s };
        QTest::newRow("AND across facets")
            << "" << QStringList { u"kind=component"_s, u"lifecycle=production"_s }
            << QStringList { u"payment-gateway"_s, u"checkout-ui"_s, u"legacy-billing"_s,
                             u"report-svc10"_s,    u"report-svc2"_s, u"Shop-Frontend"_s };
        QTest::newRow("kind display form") << "" << QStringList { u"kind=API"_s, u"kind=Resource"_s }
                                           << QStringList { u"payment-api"_s, u"payments-db"_s };
        QTest::newRow("text and facet") << "pay" << QStringList { u"kind=component"_s }
                                        << QStringList { u"payment-gateway"_s, u"payments-ledger"_s,
                                                         u"payment-worker"_s };
        QTest::newRow("tag facet") << "" << QStringList { u"tag=python"_s }
                                   << QStringList { u"payment-worker"_s, u"search-indexer"_s };
        QTest::newRow("tag and owner") << "" << QStringList { u"tag=java"_s, u"owner=team-a"_s }
                                       << QStringList { u"payment-gateway"_s, u"payments-ledger"_s };
        QTest::newRow("system written three ways")
            << "" << QStringList { u"system=payments"_s }
            << QStringList { u"payment-gateway"_s, u"payments-ledger"_s, u"payment-api"_s, u"payments-db"_s };
        QTest::newRow("system with explicit namespace")
            << "" << QStringList { u"system=shop"_s }
            << QStringList { u"checkout-ui"_s, u"search-indexer"_s, u"Shop-Frontend"_s };
        QTest::newRow("namespace") << "" << QStringList { u"namespace=ops"_s }
                                   << QStringList { u"payment-worker"_s, u"Shop-Frontend"_s };
        QTest::newRow("unknown facet value matches nothing")
            << "" << QStringList { u"owner=nobody"_s } << QStringList();
        QTest::newRow("problems: errors and warnings")
            << "" << QStringList { u"problemsOnly"_s } << QStringList { u"checkout-ui"_s, u"legacy-billing"_s };
        QTest::newRow("starred") << ""
                                 << QStringList { u"starredOnly"_s, u"starred=component:default/checkout-ui"_s,
                                                  u"starred=COMPONENT:SEARCH-INDEXER"_s }
                                 << QStringList { u"checkout-ui"_s, u"search-indexer"_s };
        QTest::newRow("starred set without starredOnly does not filter")
            << "svc" << QStringList { u"starred=component:default/checkout-ui"_s }
            << QStringList { u"report-svc10"_s, u"report-svc2"_s };
        QTest::newRow("starred and text") << "search"
                                          << QStringList { u"starredOnly"_s, u"starred=component:default/checkout-ui"_s,
                                                           u"starred=component:default/search-indexer"_s }
                                          << QStringList { u"search-indexer"_s };
    }
    void query()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, filters);
        QFETCH(QStringList, expected);
        const CatalogQueryResult result = m_index->query(queryFrom(text, filters));
        QCOMPARE(namesOf(*m_index, result), expected);
        QCOMPARE(result.acceptedCount(), expected.size());
        QVERIFY(result.index() == m_index);
    }

    void facetValues_data()
    {
        QTest::addColumn<int>("facet");
        QTest::addColumn<QStringList>("expected"); // "display=total", in first-seen order

        QTest::newRow("kind") << int(CatalogIndex::Kind)
                              << QStringList { u"Component=9"_s, u"API=1"_s, u"Resource=1"_s, u"System=1"_s,
                                               u"Group=1"_s };
        QTest::newRow("owner short forms")
            << int(CatalogIndex::Owner)
            << QStringList { u"team-a=5"_s, u"Team-B=1"_s, u"ops/team-a=2"_s, u"user:jane=1"_s, u"team-c=2"_s };
        QTest::newRow("system") << int(CatalogIndex::System)
                                << QStringList { u"payments=4"_s, u"shop=3"_s, u"ops/payments=1"_s };
        QTest::newRow("tag") << int(CatalogIndex::Tag)
                             << QStringList { u"production=2"_s, u"java=3"_s,   u"pci=1"_s,   u"typescript=2"_s,
                                              u"rest=1"_s,       u"python=2"_s, u"search=1"_s };
        QTest::newRow("namespace") << int(CatalogIndex::Namespace) << QStringList { u"default=11"_s, u"ops=2"_s };
    }
    void facetValues()
    {
        QFETCH(int, facet);
        QFETCH(QStringList, expected);
        const auto f = CatalogIndex::Facet(facet);
        QStringList actual;
        for (int id = 0; id < m_index->facetValueCount(f); ++id)
            actual.append(m_index->facetDisplay(f, id) % QLatin1Char('=')
                          % QString::number(m_index->facetTotals(f).at(id)));
        QCOMPARE(actual, expected);
    }

    void facetKeys()
    {
        const int id = m_index->facetValueId(CatalogIndex::Owner, u"team-a");
        QVERIFY(id >= 0);
        QCOMPARE(m_index->facetKey(CatalogIndex::Owner, id), QStringLiteral("group:default/team-a"));
        QCOMPARE(m_index->facetValueId(CatalogIndex::Owner, u"GROUP:default/TEAM-A"), id);
        QCOMPARE(m_index->facetValueId(CatalogIndex::Owner, u"group:team-a"), id);
        QVERIFY(m_index->facetValueId(CatalogIndex::Owner, u"ops/team-a") != id);
        QCOMPARE(m_index->facetValueId(CatalogIndex::Owner, u"nobody"), -1);
        QCOMPARE(m_index->entityFacetDisplay(CatalogIndex::Owner, 4), QStringLiteral("ops/team-a"));
        QCOMPARE(m_index->entityFacetDisplay(CatalogIndex::Tag, 0), QStringLiteral("production, java, pci"));
        QCOMPARE(m_index->entityFacetDisplay(CatalogIndex::Owner, 7), QString()); // no owner
        QCOMPARE(m_index->entityFacetValue(CatalogIndex::Owner, 7), CatalogIndex::NoValue);
    }

    // Each facet's counts follow the text and the OTHER facets' selections, never its own.
    void facetCountsFollowQuery_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<int>("facet");
        QTest::addColumn<QStringList>("expected"); // "display=count" for counts > 0, in value-id order

        QTest::newRow("own selection ignored")
            << "pay" << QStringList { u"kind=component"_s } << int(CatalogIndex::Kind)
            << QStringList { u"Component=3"_s, u"API=1"_s, u"Resource=1"_s, u"System=1"_s, u"Group=1"_s };
        QTest::newRow("other selection applied")
            << "pay" << QStringList { u"kind=component"_s } << int(CatalogIndex::Owner)
            << QStringList { u"team-a=2"_s, u"ops/team-a=1"_s };
        QTest::newRow("no text, one facet") << "" << QStringList { u"owner=team-a"_s } << int(CatalogIndex::Tag)
                                            << QStringList { u"production=1"_s, u"java=2"_s, u"pci=1"_s, u"rest=1"_s };
        QTest::newRow("two facets selected")
            << "" << QStringList { u"kind=component"_s, u"owner=team-a"_s } << int(CatalogIndex::Owner)
            << QStringList { u"team-a=2"_s, u"Team-B=1"_s, u"ops/team-a=2"_s, u"user:jane=1"_s, u"team-c=2"_s };
        QTest::newRow("problems filter") << "" << QStringList { u"problemsOnly"_s } << int(CatalogIndex::Lifecycle)
                                         << QStringList { u"production=2"_s };
        QTest::newRow("text only") << "report" << QStringList() << int(CatalogIndex::Owner)
                                   << QStringList { u"team-c=2"_s };
    }
    void facetCountsFollowQuery()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, filters);
        QFETCH(int, facet);
        QFETCH(QStringList, expected);
        const auto f = CatalogIndex::Facet(facet);
        const CatalogQueryResult result = m_index->query(queryFrom(text, filters));
        QCOMPARE(result.facetCounts(f).size(), m_index->facetValueCount(f));
        QStringList actual;
        for (int id = 0; id < m_index->facetValueCount(f); ++id) {
            if (result.facetCounts(f).at(id) > 0)
                actual.append(m_index->facetDisplay(f, id) % QLatin1Char('=')
                              % QString::number(result.facetCounts(f).at(id)));
        }
        QCOMPARE(actual, expected);
    }

    void queryWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("split and lower") << "Pay  PROD\tx" << QStringList { u"pay"_s, u"prod"_s, u"x"_s };
        QTest::newRow("trim sentence punctuation")
            << "(payments), \"shop.\"" << QStringList { u"payments"_s, u"shop"_s };
        QTest::newRow("identifier characters stay")
            << "c++ team-a group:ops/x" << QStringList { u"c++"_s, u"team-a"_s, u"group:ops/x"_s };
        QTest::newRow("punctuation only") << ". , ;" << QStringList();
        QTest::newRow("non-ASCII lower-cased") << "ÜBER Straße" << QStringList { u"über"_s, u"straße"_s };
    }
    void queryWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(CatalogIndex::queryWords(text), expected);
    }

    void queryIsEmpty()
    {
        QVERIFY(CatalogQuery {}.isEmpty());
        QVERIFY((CatalogQuery { u" . "_s, {}, {}, false, false }.isEmpty()));
        QVERIFY((CatalogQuery { {}, {}, { u"component:default/x"_s }, false, false }.isEmpty()));
        QVERIFY(!(CatalogQuery { u"x"_s, {}, {}, false, false }.isEmpty()));
        QVERIFY(!(CatalogQuery { {}, {}, {}, true, false }.isEmpty()));
        QVERIFY(!(CatalogQuery { {}, {}, {}, false, true }.isEmpty()));
        CatalogQuery withFacet;
        withFacet.selected[CatalogIndex::Tag] = QStringList { u"java"_s };
        QVERIFY(!withFacet.isEmpty());
    }

    void nonAsciiText()
    {
        const auto snapshot = IndexFixture::snapshotFrom(QJsonDocument::fromJson(R"({"entities": [
            {"kind": "Component", "metadata": {"name": "zahlung", "description": "Zahlungsverkehr für Überweisungen"}, "spec": {}},
            {"kind": "Component", "metadata": {"name": "other", "title": "ÉCOLE"}, "spec": {}}
        ]})")
                                                             .object());
        const CatalogIndexPtr index = CatalogIndex::create(snapshot);
        QCOMPARE(index->query(CatalogQuery { QStringLiteral("ÜBERWEIS"), {}, {}, false, false }).acceptedEntities(),
                 QList<int> { 0 });
        QCOMPARE(index->query(CatalogQuery { QStringLiteral("für"), {}, {}, false, false }).acceptedEntities(),
                 QList<int> { 0 });
        QCOMPARE(index->query(CatalogQuery { QStringLiteral("école"), {}, {}, false, false }).acceptedEntities(),
                 QList<int> { 1 });
        // Characters sharing a UTF-8 lead byte with indexed ones (à, ü, é: C3 xx) do not match them.
        QCOMPARE(index->query(CatalogQuery { QStringLiteral("\u00e0"), {}, {}, false, false }).acceptedCount(), 0);
    }

    // The index over what the real loader produces from YAML (not a hand-built snapshot).
    void realLoader()
    {
        CatalogLoadOptions options;
        options.addRoot(QStringLiteral(ATRIUM_TEST_DATA_DIR "/index/yaml"));
        const auto snapshot = std::make_shared<const CatalogSnapshot>(loadCatalog(options));
        QCOMPARE(snapshot->entities.size(), 7);
        const CatalogIndexPtr index = CatalogIndex::create(snapshot);

        QCOMPARE(index->query(CatalogQuery { u"pay prod"_s, {}, {}, false, false }).acceptedCount(), 2);
        CatalogQuery byOwner;
        byOwner.selected[CatalogIndex::Owner] = QStringList { u"team-a"_s };
        // payments-ledger lives in "ops" but names its owner with an explicit namespace.
        QCOMPARE(namesOf(*index, index->query(byOwner)),
                 (QStringList { u"payment-gateway"_s, u"payments-ledger"_s, u"payments"_s }));
        QVERIFY(index->find(u"component:ops/payments-ledger"_s));
        // broken-one has no owner: the loader reports it, the index flags the entity.
        const int broken = index->indexOf(u"component:default/broken-one"_s);
        QVERIFY(broken >= 0);
        QVERIFY(index->hasProblems(broken));
        CatalogQuery problemsOnly;
        problemsOnly.problemsOnly = true;
        QVERIFY(index->query(problemsOnly).acceptedEntities().contains(broken));
    }

    void emptySnapshot()
    {
        const CatalogIndexPtr index = CatalogIndex::create(std::make_shared<CatalogSnapshot>());
        QCOMPARE(index->entityCount(), 0);
        const CatalogQueryResult result
            = index->query(queryFrom(QStringLiteral("x"), { QStringLiteral("kind=component") }));
        QCOMPARE(result.acceptedCount(), 0);
        QVERIFY(!result.accepts(0));
        QCOMPARE(CatalogIndex::create(nullptr)->entityCount(), 0);
    }

    // Random queries over a generated catalog of 1,500 entities, checked against the obvious slow definition;
    // built in one range and in several (merged) ranges.
    void matchesOracle_data()
    {
        QTest::addColumn<int>("partitions");
        QTest::newRow("one range") << 1;
        QTest::newRow("three ranges") << 3;
        QTest::newRow("more ranges than threads") << 16;
    }
    void matchesOracle()
    {
        QFETCH(int, partitions);
        const CatalogSnapshotPtr snapshot = generatedSnapshot(1500, 1234);
        const CatalogIndexPtr index = CatalogIndex::create(snapshot, partitions);
        QRandomGenerator rng(99);
        QStringList vocabulary;
        for (const Entity e : snapshot->entities) {
            vocabulary += e.description().toString().split(QLatin1Char(' '))
                + QStringList { e.name().toString(), e.owner().toString() };
            for (const QStringView tag : e.tags())
                vocabulary += tag.toString();
        }
        std::vector<Oracle::Row> rows;
        for (const Entity& e : snapshot->entities)
            rows.push_back(Oracle::rowFor(e));

        for (int round = 0; round < 300; ++round) {
            CatalogQuery query;
            QStringList typed;
            for (int w = rng.bounded(3); w > 0; --w) {
                QString word = vocabulary.at(rng.bounded(int(vocabulary.size()))).toLower();
                word.remove(QLatin1Char('.'));
                if (word.isEmpty())
                    continue;
                const int start = rng.bounded(int(word.size()));
                word = word.mid(start, 1 + rng.bounded(int(word.size()) - start));
                typed.append(rng.bounded(3) == 0 ? word.toUpper() : word);
            }
            query.text = typed.join(QLatin1Char(' '));
            // Trimming is checked in queryWords(); here the oracle matches the trimmed words naively.
            const QStringList words = CatalogIndex::queryWords(query.text);
            std::array<QStringList, 7> selectedKeys;
            for (int f = 0; f < CatalogIndex::FACET_COUNT; ++f) {
                if (rng.bounded(4) != 0 || index->facetValueCount(CatalogIndex::Facet(f)) == 0)
                    continue;
                for (int v = 1 + rng.bounded(2); v > 0; --v) {
                    const QString key = index->facetKey(CatalogIndex::Facet(f),
                                                        rng.bounded(index->facetValueCount(CatalogIndex::Facet(f))));
                    query.selected[f].append(key);
                    selectedKeys[f].append(key);
                }
            }
            QSet<QString> starred;
            for (int s = 0; s < 40; ++s)
                starred.insert(snapshot->entities.at(rng.bounded(1500)).ref().toString());
            query.starredRefs = starred;
            query.starredOnly = rng.bounded(6) == 0;
            query.problemsOnly = rng.bounded(6) == 0;

            const CatalogQueryResult result = index->query(query);
            int expectedCount = 0;
            for (int e = 0; e < 1500; ++e) {
                const bool expected = Oracle::passes(rows[size_t(e)], query, words, -1, selectedKeys);
                expectedCount += expected;
                if (result.accepts(e) != expected)
                    QFAIL(qPrintable(QStringLiteral("round %1, query \"%2\": entity %3 accepted=%4")
                                         .arg(round)
                                         .arg(query.text)
                                         .arg(e)
                                         .arg(result.accepts(e))));
            }
            QCOMPARE(result.acceptedCount(), expectedCount);
            for (int f = 0; f < CatalogIndex::FACET_COUNT; ++f) {
                QList<int> expected(index->facetValueCount(CatalogIndex::Facet(f)), 0);
                for (int e = 0; e < 1500; ++e) {
                    if (!Oracle::passes(rows[size_t(e)], query, words, f, selectedKeys))
                        continue;
                    for (const QString& key : rows[size_t(e)].keys[f]) {
                        if (!key.isEmpty())
                            ++expected[index->facetValueId(CatalogIndex::Facet(f), key)];
                    }
                }
                if (result.facetCounts(f) != expected)
                    QFAIL(qPrintable(QStringLiteral("round %1, query \"%2\": counts of facet %3 differ")
                                         .arg(round)
                                         .arg(query.text)
                                         .arg(f)));
            }
        }
    }

    // Building in ranges merges to exactly the same index: same values in the same first-seen order, same tokens.
    void partitionsAreInvisible()
    {
        const CatalogSnapshotPtr snapshot = generatedSnapshot(2000, 77);
        const CatalogIndexPtr one = CatalogIndex::create(snapshot, 1);
        for (int partitions : { 2, 5, 2000 }) {
            const CatalogIndexPtr many = CatalogIndex::create(snapshot, partitions);
            QCOMPARE(many->vocabularySize(), one->vocabularySize());
            QCOMPARE(many->memoryUsage() > 0, true);
            for (int f = 0; f < CatalogIndex::FACET_COUNT; ++f) {
                const auto facet = CatalogIndex::Facet(f);
                QCOMPARE(many->facetValueCount(facet), one->facetValueCount(facet));
                QCOMPARE(many->facetTotals(facet), one->facetTotals(facet));
                for (int id = 0; id < one->facetValueCount(facet); ++id) {
                    QCOMPARE(many->facetKey(facet, id), one->facetKey(facet, id));
                    QCOMPARE(many->facetDisplay(facet, id), one->facetDisplay(facet, id));
                }
                for (int e = 0; e < 2000; e += 97)
                    QCOMPARE(many->entityFacetDisplay(facet, e), one->entityFacetDisplay(facet, e));
            }
            for (const QString& text : { u"pay"_s, u"team-1 shop"_s, u"a"_s, u"ops/"_s }) {
                const CatalogQuery query { text, {}, {}, false, false };
                QCOMPARE(many->query(query).acceptedEntities(), one->query(query).acceptedEntities());
            }
        }
    }

    // Built on a worker thread, queried from several threads at once: the index is immutable.
    void threadSafety()
    {
        const CatalogSnapshotPtr snapshot = generatedSnapshot(3000, 5);
        // Several builds at once, each splitting its work on the same (global) pool they run on: no deadlock.
        QList<QFuture<CatalogIndexPtr>> builds;
        for (int i = 0; i < 4; ++i)
            builds.append(QtConcurrent::run([snapshot] { return CatalogIndex::create(snapshot, 3); }));
        for (QFuture<CatalogIndexPtr>& build : builds)
            QCOMPARE(build.result()->vocabularySize(), builds.first().result()->vocabularySize());
        const CatalogIndexPtr index = builds.first().result();
        const int expected = index->query(CatalogQuery { QStringLiteral("pay"), {}, {}, false, false }).acceptedCount();
        QVERIFY(expected > 0);
        QList<int> runs(16);
        std::iota(runs.begin(), runs.end(), 0);
        const QList<int> counts = QtConcurrent::blockingMapped(runs, [index](int) {
            return index->query(CatalogQuery { QStringLiteral("pay"), {}, {}, false, false }).acceptedCount();
        });
        for (int count : counts)
            QCOMPARE(count, expected);
    }

    void naturalCompare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("numbers by value") << "svc2"
                                          << "svc10" << -1;
        QTest::newRow("case-insensitive") << "Alpha"
                                          << "alpha" << 0;
        QTest::newRow("case-insensitive order") << "beta"
                                                << "Gamma" << -1;
        QTest::newRow("leading zeros") << "v007"
                                       << "v7" << 0;
        QTest::newRow("prefix first") << "svc"
                                      << "svc1" << -1;
        QTest::newRow("digits vs letters") << "a1b"
                                           << "a1a" << 1;
        QTest::newRow("long numbers") << "x99999999999999999999"
                                      << "x100000000000000000000" << -1;
        QTest::newRow("empty") << ""
                               << "a" << -1;
        QTest::newRow("punctuation before digits") << "a-b"
                                                   << "a1" << -1;
        QTest::newRow("digits before letters") << "a9"
                                               << "aa" << -1;
        QTest::newRow("colon after digits") << "a:"
                                            << "a5" << 1;
        QTest::newRow("numbers inside") << "report-svc2-x"
                                        << "report-svc10-a" << -1;
        QTest::newRow("zero") << "v0"
                              << "v00" << 0;
    }
    void naturalCompare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const int result = Atrium::naturalCompare(a, b);
        QCOMPARE((result > 0) - (result < 0), expected);
        const int reverse = Atrium::naturalCompare(b, a);
        QCOMPARE((reverse > 0) - (reverse < 0), -expected);
        // The sort key orders the same way.
        const int byKey = naturalSortKey(a).compare(naturalSortKey(b));
        QCOMPARE((byKey > 0) - (byKey < 0), expected);
    }

    void memoryIsReported()
    {
        QVERIFY(m_index->memoryUsage() > 0);
        QVERIFY(m_index->vocabularySize() > 10);
    }

private:
    CatalogSnapshotPtr m_snapshot;
    CatalogIndexPtr m_index;
};

QTEST_GUILESS_MAIN(TestCatalogIndex)
#include "tst_catalogindex.moc"

#include "../bench/benchstats.h"
#include "../bench/syntheticcatalog.h"
#include "indexfixture.h"
#include "palette/palettehistory.h"
#include "palette/palettesearch.h"
#include "palette/palettesource.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThreadPool>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

QJsonObject entity(const QString& kind, const QString& name, const QString& title = {})
{
    QJsonObject metadata { { QLatin1String("name"), name } };
    if (!title.isEmpty())
        metadata.insert(QLatin1String("title"), title);
    return { { QLatin1String("kind"), kind },
             { QLatin1String("metadata"), metadata },
             { QLatin1String("spec"), QJsonObject {} } };
}

CatalogIndexPtr smallCatalog()
{
    const QJsonArray entities {
        entity(QStringLiteral("Component"), QStringLiteral("payment-gateway"), QStringLiteral("Payment Gateway")),
        entity(QStringLiteral("Component"), QStringLiteral("postgres-writer")),
        entity(QStringLiteral("Component"), QStringLiteral("checkout-service")),
        entity(QStringLiteral("Component"), QStringLiteral("shop-checkout")),
        entity(QStringLiteral("Component"), QStringLiteral("checkout")),
        entity(QStringLiteral("API"), QStringLiteral("orders-api")),
        entity(QStringLiteral("Template"), QStringLiteral("create-service"), QStringLiteral("Create a Service")),
        entity(QStringLiteral("System"), QStringLiteral("payments")),
        entity(QStringLiteral("Component"), QStringLiteral("legacy-billing"), QStringLiteral("Invoices")),
        entity(QStringLiteral("Component"), QStringLiteral("billing-ui")),
        // Not Latin-1: matched from the snapshot, not from the compact copy.
        entity(QStringLiteral("Component"), QStringLiteral("greek-router"), QStringLiteral("Δρομολογητής Router")),
        entity(QStringLiteral("Component"), QStringLiteral("transfers"), QStringLiteral("Überweisungen")),
    };
    return CatalogIndex::create(IndexFixture::snapshotFrom(QJsonObject { { QLatin1String("entities"), entities } }));
}

QList<PaletteItem> commands()
{
    using Category = PaletteItem::Category;
    return {
        { Category::Page, QStringLiteral("page.catalog"), QStringLiteral("Catalog"), {}, {}, {} },
        { Category::Page,
          QStringLiteral("page.problems"),
          QStringLiteral("Problems"),
          {},
          {},
          QStringLiteral("errors warnings") },
        { Category::Command,
          QStringLiteral("catalog.reload"),
          QStringLiteral("Reload Catalog"),
          {},
          QStringLiteral("Ctrl+R"),
          {} },
        { Category::Command, QStringLiteral("app.quit"), QStringLiteral("Quit"), {}, QStringLiteral("Ctrl+Q"), {} },
    };
}

QStringList ids(const PaletteResults& results)
{
    QStringList ids;
    for (const PaletteResult& result : results)
        ids.append(result.item.id);
    return ids;
}

} // namespace

class TestPaletteSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_source = PaletteSource::create(smallCatalog(), commands());
        QCOMPARE(m_source->count(), 16);
        QCOMPARE(m_source->itemCount(), 4);
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("word starts") << "pgw"
                                     << QStringList { u"component:default/payment-gateway"_s,
                                                      u"component:default/postgres-writer"_s };
        QTest::newRow("exact, then prefix, then later word")
            << "checkout"
            << QStringList { u"component:default/checkout"_s, u"component:default/checkout-service"_s,
                             u"component:default/shop-checkout"_s };
        QTest::newRow("ck at word start ties broken by name")
            << "ck"
            << QStringList { u"component:default/checkout"_s, u"component:default/checkout-service"_s,
                             u"component:default/shop-checkout"_s };
        QTest::newRow("commands too") << "reload" << QStringList { u"catalog.reload"_s };
        QTest::newRow("keywords find without showing") << "warnings" << QStringList { u"page.problems"_s };
        QTest::newRow("multi-word, any field order")
            << "gateway component" << QStringList { u"component:default/payment-gateway"_s };
        QTest::newRow("multi-word, every word must match") << "checkout zebra" << QStringList {};
        QTest::newRow("any whitespace separates words")
            << "\tgateway \n component " << QStringList { u"component:default/payment-gateway"_s };
        QTest::newRow("no match") << "xqz" << QStringList {};
        QTest::newRow("title beyond Latin-1") << "δρο" << QStringList { u"component:default/greek-router"_s };
        QTest::newRow("Latin-1 title, upper-case umlaut") << "ÜBW" << QStringList { u"component:default/transfers"_s };
        QTest::newRow("ref matches when the title does not")
            << "create-service" << QStringList { u"template:default/create-service"_s };
    }
    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const PaletteResults results = PaletteSearch(query).run(*m_source);
        QCOMPARE(ids(results).mid(0, expected.size()), expected);
        if (expected.isEmpty())
            QVERIFY(results.isEmpty());
        for (qsizetype i = 1; i < results.size(); ++i)
            QVERIFY(results.at(i - 1).score >= results.at(i).score);
    }

    void templatesAreCategorised()
    {
        const PaletteResults results = PaletteSearch(u"create").run(*m_source);
        QVERIFY(!results.isEmpty());
        const PaletteItem& item = results.first().item;
        QCOMPARE(item.category, PaletteItem::Category::Template);
        QCOMPARE(item.title, QStringLiteral("Create a Service"));
        QCOMPARE(item.subtitle, QStringLiteral("Template · template:default/create-service"));
        QCOMPARE(results.first().titlePositions, (QList<int> { 0, 1, 2, 3, 4, 5 }));

        const PaletteResults component = PaletteSearch(u"payments").run(*m_source);
        QCOMPARE(component.first().item.category, PaletteItem::Category::Entity);
        QCOMPARE(component.first().item.subtitle, QStringLiteral("System · system:default/payments"));
    }

    void detailMatchesHighlightTheSubtitle()
    {
        const PaletteResults results = PaletteSearch(u"gateway component").run(*m_source);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().titlePositions, (QList<int> { 8, 9, 10, 11, 12, 13, 14 }));
        // "Component · component:..." — the ref starts after the kind and the separator.
        QCOMPARE(results.first().subtitlePositions, (QList<int> { 12, 13, 14, 15, 16, 17, 18, 19, 20 }));
        const QString subtitle = results.first().item.subtitle;
        QCOMPARE(subtitle.mid(12, 9), QStringLiteral("component"));
    }

    void titleMatchesOutrankDetailMatches()
    {
        // legacy-billing is titled "Invoices": only its ref has the word.
        const PaletteResults results = PaletteSearch(u"billing").run(*m_source);
        QCOMPARE(ids(results),
                 (QStringList { u"component:default/billing-ui"_s, u"component:default/legacy-billing"_s }));
        QVERIFY(results.at(1).titlePositions.isEmpty());
        QCOMPARE(results.at(1).item.subtitle.mid(results.at(1).subtitlePositions.first(), 7),
                 QStringLiteral("billing"));
    }

    void limit()
    {
        const PaletteResults all = PaletteSearch(u"e").run(*m_source);
        QVERIFY(all.size() > 3);
        const PaletteResults top = PaletteSearch(u"e").run(*m_source, 3);
        QCOMPARE(ids(top), ids(all).mid(0, 3));
    }

    void emptyQueryListsRecentThenPagesAndCommands()
    {
        PaletteHistory history;
        PaletteItem gone;
        gone.category = PaletteItem::Category::Entity;
        gone.id = QStringLiteral("component:default/removed");
        history.add(gone);
        history.add(commands().at(3)); // Quit
        history.add(PaletteSearch(u"checkout").run(*m_source).first().item);

        const PaletteResults results = PaletteSearch(u"  ").run(*m_source, 50, history.items());
        QCOMPARE(ids(results),
                 (QStringList { u"component:default/checkout"_s, u"app.quit"_s, u"page.catalog"_s, u"page.problems"_s,
                                u"catalog.reload"_s }));
        QCOMPARE(PaletteSearch(QString()).run(*m_source, 2, history.items()).size(), 2);

        // Recent items are shown as the source has them now: a command retitled (another language) follows.
        QList<PaletteItem> retitled = commands();
        retitled[3].title = QStringLiteral("Beenden");
        const PaletteResults again = PaletteSearch(QString()).run(*m_source->withItems(retitled), 50, history.items());
        QCOMPARE(again.at(1).item.title, QStringLiteral("Beenden"));
    }

    void history()
    {
        PaletteHistory history(3);
        const QList<PaletteItem> items = commands();
        for (const PaletteItem& item : items)
            history.add(item);
        QCOMPARE(history.items().size(), 3);
        QCOMPARE(history.items().first().id, QStringLiteral("app.quit"));
        history.add(items.at(1));
        QCOMPARE(history.items().first().id, QStringLiteral("page.problems"));
        QCOMPARE(history.items().size(), 3);
        QCOMPARE(history.items().last().id, QStringLiteral("catalog.reload"));
    }

    void withItemsKeepsTheCatalog()
    {
        const PaletteSourcePtr changed = m_source->withItems({ commands().at(0) });
        QCOMPARE(changed->count(), 13);
        QCOMPARE(ids(PaletteSearch(u"pgw").run(*changed)).first(), QStringLiteral("component:default/payment-gateway"));
        QCOMPARE(changed->current(commands().at(3)), std::nullopt);
        QCOMPARE(changed->current(commands().at(0)), commands().at(0));
    }

    // Large sources are scored in parallel ranges; the merged top must be what one scan finds.
    void parallelRangesAgreeWithOneScan()
    {
        const CatalogIndexPtr index = CatalogIndex::create(SyntheticCatalog::makeSnapshot(30000, 11));
        const PaletteSourcePtr source = PaletteSource::create(index, commands());
        QVERIFY(source->count() >= PaletteSearch::ParallelThreshold);
        for (const QString& query : { QStringLiteral("pgw"), QStringLiteral("e"), QStringLiteral("chk svc") }) {
            const PaletteSearch search(query);
            const PaletteResults results = search.run(*source, 20);
            QVERIFY(!results.isEmpty());
            std::vector<int> scores;
            for (int index = 0; index < source->count(); ++index) {
                if (const std::optional<int> score = search.score(*source, index))
                    scores.push_back(*score);
            }
            std::sort(scores.rbegin(), scores.rend());
            scores.resize(std::min(scores.size(), size_t(20)));
            std::vector<int> found;
            for (const PaletteResult& result : results)
                found.push_back(result.score);
            QCOMPARE(found, scores);
        }
    }

    // Not a timed assertion: the numbers are printed so a slow change shows up in the log.
    void timing100k()
    {
        const CatalogIndexPtr index = CatalogIndex::create(SyntheticCatalog::makeSnapshot(100000, 42));
        QElapsedTimer timer;
        timer.start();
        const PaletteSourcePtr source = PaletteSource::create(index, commands());
        qInfo("source over %d entities: %.1f ms, %.1f MiB", index->entityCount(), double(timer.nsecsElapsed()) / 1e6,
              double(source->memoryUsage()) / (1024.0 * 1024.0));
        for (const QString& query : { QStringLiteral("p"), QStringLiteral("pg"), QStringLiteral("pgw"),
                                      QStringLiteral("checkout"), QStringLiteral("payment gateway") }) {
            // Wall time, and CPU time over all threads: on a shared machine the second is the steadier one.
            std::vector<double> wall;
            std::vector<double> cpu;
            int found = 0;
            for (int round = 0; round < 7; ++round) {
                const double cpuBefore = BenchStats::processCpuMs();
                timer.restart();
                found = int(PaletteSearch(query).run(*source).size());
                wall.push_back(double(timer.nsecsElapsed()) / 1e6);
                cpu.push_back(BenchStats::processCpuMs() - cpuBefore);
            }
            qInfo("search %-17s median %6.2f ms, CPU %6.2f ms (%d results)",
                  qPrintable(QLatin1Char('"') + query + QLatin1Char('"')), BenchStats::stats(wall).median,
                  BenchStats::stats(cpu).median, found);
            QCOMPARE(found, PaletteSearch::DefaultLimit);
        }
    }

private:
    PaletteSourcePtr m_source;
};

QTEST_GUILESS_MAIN(TestPaletteSearch)
#include "tst_palettesearch.moc"

// Micro-benchmark of CatalogIndex: build time, memory and query latency on a synthetic 100,000-entity catalog.
// Not a CTest: run it by hand (`bench_query [entityCount] [queriesPerClass] [buildPartitions]`); prints `key: value`
// lines. Times are wall clock (the build's CPU time across threads too); run it on a quiet machine.

#include "benchstats.h"
#include "catalog/catalogindex.h"
#include "catalog/catalogsnapshot.h"
#include "catalog/entityfilterproxymodel.h"
#include "catalog/entityref.h"
#include "catalog/entitytablemodel.h"
#include "syntheticcatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <malloc.h>

using namespace Atrium;
using namespace BenchStats;
using namespace SyntheticCatalog;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int queries = std::max(200, args.size() > 2 ? args.at(2).toInt() : 400);
    const int partitions = args.size() > 3 ? args.at(3).toInt() : 0; // 0 = what the app gets
    QTextStream out(stdout);

    const qint64 rssStart = residentKiB();
    QElapsedTimer timer;
    timer.start();
    const CatalogSnapshotPtr snapshot = makeSnapshot(count, 42);
    const double generateMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 rssSnapshot = residentKiB();

    // Best of 3 builds for the time; the last one is kept for queries.
    double buildMs = 1e9;
    double buildCpuMs = 1e9;
    CatalogIndexPtr index;
    qint64 rssIndex = 0;
    for (int round = 0; round < 3; ++round) {
        index.reset();
        const qint64 before = residentKiB();
        const double cpuBefore = processCpuMs();
        timer.restart();
        index = CatalogIndex::create(snapshot, partitions);
        buildMs = std::min(buildMs, double(timer.nsecsElapsed()) / 1e6);
        buildCpuMs = std::min(buildCpuMs, processCpuMs() - cpuBefore);
        malloc_trim(0); // what the build freed stays in per-thread arenas otherwise
        rssIndex = residentKiB() - before;
    }

    out << "entities: " << count << '\n';
    out << "snapshot_generate_ms: " << generateMs << '\n';
    out << "snapshot_rss_mib: " << double(rssSnapshot - rssStart) / 1024.0 << '\n';
    out << "index_build_ms: " << buildMs << '\n';
    out << "index_build_cpu_ms: " << buildCpuMs << '\n';
    out << "index_memory_mib: " << double(index->memoryUsage()) / (1024.0 * 1024.0) << '\n';
    out << "index_partitions: " << (partitions > 0 ? QString::number(partitions) : QStringLiteral("auto")) << '\n';
    out << "cpu_threads: " << QThread::idealThreadCount() << '\n';
    out << "index_rss_delta_mib: " << double(rssIndex) / 1024.0 << '\n';
    out << "index_vocabulary_tokens: " << index->vocabularySize() << '\n';

    QRandomGenerator rng(7);
    for (int words = 1; words <= 3; ++words) {
        std::vector<double> samples;
        std::vector<double> cpuSamples;
        qint64 hits = 0;
        for (int q = 0; q < queries; ++q) {
            QStringList text;
            for (int w = 0; w < words; ++w)
                text.append(queryWord(rng));
            CatalogQuery query;
            query.text = text.join(QLatin1Char(' '));
            const double cpuBefore = threadCpuMs();
            timer.restart();
            const CatalogQueryResult result = index->query(query);
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpuSamples.push_back(threadCpuMs() - cpuBefore);
            hits += result.acceptedCount();
        }
        const Stats s = stats(samples);
        out << "query_" << words << "w_median_ms: " << s.median << '\n';
        out << "query_" << words << "w_cpu_median_ms: " << stats(cpuSamples).median << '\n';
        out << "query_" << words << "w_p95_ms: " << s.p95 << '\n';
        out << "query_" << words << "w_max_ms: " << s.max << '\n';
        out << "query_" << words << "w_mean_hits: " << double(hits) / queries << '\n';
    }

    // Worst cases while typing: one letter matches most of the vocabulary; and text plus two facet selections.
    {
        std::vector<double> samples;
        for (const char* letter : { "a", "e", "s", "t", "o" }) {
            CatalogQuery query;
            query.text = QLatin1String(letter);
            timer.restart();
            (void)index->query(query);
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        out << "query_single_letter_max_ms: " << stats(samples).max << '\n';
    }
    {
        std::vector<double> samples;
        for (int q = 0; q < queries; ++q) {
            CatalogQuery query;
            query.text = queryWord(rng) % QLatin1Char(' ') % queryWord(rng);
            query.selected[CatalogIndex::Lifecycle] = QStringList { QStringLiteral("production") };
            query.selected[CatalogIndex::Kind] = QStringList { QStringLiteral("component"), QStringLiteral("api") };
            timer.restart();
            (void)index->query(query);
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const Stats s = stats(samples);
        out << "query_2w_2facets_median_ms: " << s.median << '\n';
        out << "query_2w_2facets_p95_ms: " << s.p95 << '\n';
    }
    {
        timer.restart();
        const CatalogQueryResult all = index->query(CatalogQuery {});
        out << "query_empty_ms: " << double(timer.nsecsElapsed()) / 1e6 << '\n';
        Q_UNUSED(all);
    }
    // The table path: first sort of a column computes its natural-order ranks; later sorts and filters reuse them.
    {
        EntityTableModel model;
        model.setIndex(index);
        EntityFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        timer.restart();
        proxy.sort(EntityTableModel::Name, Qt::AscendingOrder);
        out << "table_first_sort_name_ms: " << double(timer.nsecsElapsed()) / 1e6 << '\n';
        timer.restart();
        proxy.sort(EntityTableModel::Name, Qt::DescendingOrder);
        out << "table_resort_name_ms: " << double(timer.nsecsElapsed()) / 1e6 << '\n';
        timer.restart();
        proxy.setQueryText(QStringLiteral("pay"));
        out << "table_filter_pay_ms: " << double(timer.nsecsElapsed()) / 1e6
            << "\ntable_filter_pay_rows: " << proxy.rowCount() << '\n';
        timer.restart();
        proxy.setQueryText(QStringLiteral("payment gateway prod"));
        out << "table_filter_3w_ms: " << double(timer.nsecsElapsed()) / 1e6
            << "\ntable_filter_3w_rows: " << proxy.rowCount() << '\n';
        timer.restart();
        proxy.setQueryText(QString());
        out << "table_filter_clear_ms: " << double(timer.nsecsElapsed()) / 1e6
            << "\ntable_filter_clear_rows: " << proxy.rowCount() << '\n';

        // One keystroke in the search box, as the catalog page runs it (the query on the GUI thread, then the
        // proxy refilters): type several searches letter by letter, then delete them again, over the sorted table.
        // A view then paints only its visible rows: the first 50 rows' cells are read as part of each step.
        std::vector<double> keystrokes;
        for (const char* typed : { "payment gateway", "checkout ui prod", "ledger", "tax report svc" }) {
            const QString text = QLatin1String(typed);
            for (qsizetype length = 1; length <= text.size() * 2; ++length) {
                const QString query = text.left(length <= text.size() ? length : text.size() * 2 - length);
                timer.restart();
                proxy.setQueryText(query);
                for (int row = 0; row < std::min(50, proxy.rowCount()); ++row) {
                    for (int column = 0; column < EntityTableModel::COLUMN_COUNT; ++column)
                        (void)proxy.index(row, column).data();
                }
                keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
                if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                    out << "  keystroke '" << query << "': " << keystrokes.back() << " ms, " << proxy.rowCount()
                        << " rows\n";
            }
        }
        const Stats s = stats(keystrokes);
        out << "keystroke_count: " << keystrokes.size() << '\n';
        out << "keystroke_median_ms: " << s.median << '\n';
        out << "keystroke_p95_ms: " << s.p95 << '\n';
        out << "keystroke_max_ms: " << s.max << '\n';
    }
    out << "rss_total_mib: " << double(residentKiB()) / 1024.0 << '\n';
    return 0;
}

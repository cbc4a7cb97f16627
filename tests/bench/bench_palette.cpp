// Micro-benchmark of the command palette's search: PaletteSource build time and PaletteSearch latency on a
// synthetic 100,000-entity catalog, for queries of 1, 2 and 3 characters as people type them, whole words and two
// words. Not a CTest: run it by hand (`bench_palette [entityCount] [queriesPerClass]`); prints `key: value` lines.
// Times are wall clock (the search uses the thread pool for big catalogs); run it on a quiet machine.

#include "benchstats.h"
#include "catalog/catalogindex.h"
#include "palette/palettesearch.h"
#include "palette/palettesource.h"
#include "syntheticcatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

#include <functional>

using namespace Atrium;
using namespace BenchStats;
using namespace SyntheticCatalog;

namespace {

// What people type to find `payment-gateway`: a few characters of the name in order, mostly word starts.
QString abbreviation(QRandomGenerator& rng, int length)
{
    const QString name = pick(rng, kDomainWords) % QLatin1Char('-') % pick(rng, kSuffixes);
    QList<int> positions;
    for (int i = 0; i < name.size(); ++i) {
        if (name.at(i) != QLatin1Char('-'))
            positions.append(i);
    }
    QString text;
    int from = 0;
    for (int i = 0; i < length && from < positions.size(); ++i) {
        // Leave room for the characters still to come.
        const int room = int(positions.size()) - from - (length - i);
        from += room > 0 ? rng.bounded(std::min(room, 4) + 1) : 0;
        text.append(name.at(positions.at(from++)));
    }
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int queries = std::max(50, args.size() > 2 ? args.at(2).toInt() : 200);
    QTextStream out(stdout);

    const CatalogIndexPtr index = CatalogIndex::create(makeSnapshot(count, 42));
    const QList<PaletteItem> commands {
        { PaletteItem::Category::Page, QStringLiteral("page.catalog"), QStringLiteral("Catalog"), {}, {}, {} },
        { PaletteItem::Category::Command,
          QStringLiteral("catalog.reload"),
          QStringLiteral("Reload Catalog"),
          {},
          QStringLiteral("Ctrl+R"),
          {} },
    };
    QElapsedTimer timer;
    timer.start();
    const PaletteSourcePtr source = PaletteSource::create(index, commands);
    out << "entities: " << count << '\n';
    out << "cpu_threads: " << QThread::idealThreadCount() << '\n';
    out << "source_build_ms: " << double(timer.nsecsElapsed()) / 1e6 << '\n';
    out << "source_memory_mib: " << double(source->memoryUsage()) / (1024.0 * 1024.0) << '\n';

    QRandomGenerator rng(7);
    const auto measure = [&](const char* name, const std::function<QString()>& makeQuery) {
        std::vector<double> samples;
        qint64 results = 0;
        for (int q = 0; q < queries; ++q) {
            const QString query = makeQuery();
            timer.restart();
            results += PaletteSearch(query).run(*source).size();
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const Stats s = stats(samples);
        out << "search_" << name << "_median_ms: " << s.median << '\n';
        out << "search_" << name << "_p95_ms: " << s.p95 << '\n';
        out << "search_" << name << "_max_ms: " << s.max << '\n';
        out << "search_" << name << "_mean_results: " << double(results) / queries << '\n';
    };
    measure("1char", [&] { return abbreviation(rng, 1); });
    measure("2char", [&] { return abbreviation(rng, 2); });
    measure("3char", [&] { return abbreviation(rng, 3); });
    measure("word", [&] { return queryWord(rng); });
    measure("2words", [&]() -> QString { return queryWord(rng) + QLatin1Char(' ') + queryWord(rng); });
    out << "rss_total_mib: " << double(residentKiB()) / 1024.0 << '\n';
    return 0;
}

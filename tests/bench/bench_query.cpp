// Micro-benchmark of CatalogIndex: build time, memory and query latency on a synthetic 100,000-entity catalog.
// Not a CTest: run it by hand (`bench_query [entityCount] [queriesPerClass] [buildPartitions]`); prints `key: value`
// lines. Times are wall clock (the build's CPU time across threads too); run it on a quiet machine.

#include "catalog/catalogindex.h"
#include "catalog/catalogsnapshot.h"
#include "catalog/entityfilterproxymodel.h"
#include "catalog/entityref.h"
#include "catalog/entitytablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>

using namespace Atrium;

namespace {

const char* const kDomainWords[] = {
    "payment",   "checkout",  "billing",  "invoice",      "user",           "account",
    "auth",      "login",     "session",  "profile",      "inventory",      "stock",
    "warehouse", "shipping",  "delivery", "order",        "cart",           "catalog",
    "product",   "pricing",   "search",   "index",        "recommendation", "analytics",
    "metrics",   "logging",   "tracing",  "alerting",     "notification",   "email",
    "sms",       "push",      "gateway",  "proxy",        "router",         "scheduler",
    "queue",     "stream",    "event",    "audit",        "compliance",     "fraud",
    "risk",      "ledger",    "wallet",   "subscription", "plan",           "coupon",
    "loyalty",   "review",    "rating",   "media",        "image",          "video",
    "upload",    "storage",   "backup",   "archive",      "export",         "import",
    "report",    "dashboard", "admin",    "support",      "ticket",         "chat",
    "feedback",  "survey",    "content",  "cms",          "translation",    "geo",
    "maps",      "weather",   "calendar", "booking",      "reservation",    "partner",
    "vendor",    "supplier",  "tax",
};
const char* const kSuffixes[]
    = { "service", "api", "gateway", "worker", "ui",    "db",     "cache", "adapter", "sync",
        "job",     "bff", "proxy",   "engine", "store", "client", "sdk",   "cli",     "portal" };
const char* const kTypes[] = { "service", "website", "library", "documentation", "tool", "database", "queue" };
const char* const kLifecycles[] = { "production", "experimental", "deprecated" };
const char* const kFiller[]
    = { "the",      "for",      "and",      "with",   "that",    "handles", "provides", "manages",    "exposes",
        "internal", "external", "customer", "legacy", "new",     "fast",    "secure",   "reliable",   "scalable",
        "batch",    "realtime", "requests", "data",   "records", "events",  "traffic",  "production", "staging",
        "platform", "team",     "owned",    "by",     "backend", "frontend" };

template <size_t N> QString pick(QRandomGenerator& rng, const char* const (&list)[N])
{
    return QLatin1String(list[rng.bounded(int(N))]);
}

// Made-up words so the vocabulary is not just a few hundred entries (real descriptions are diverse).
QString syntheticWord(QRandomGenerator& rng)
{
    static const char* const syllables[] = { "ka", "lo", "mi", "ren", "to", "sa",  "vel", "dor", "qui", "zen",
                                             "ar", "is", "on", "ex",  "ul", "tri", "po",  "ne",  "ga",  "fi" };
    QString word;
    const int count = 2 + rng.bounded(3);
    for (int i = 0; i < count; ++i)
        word += QLatin1String(syllables[rng.bounded(20)]);
    return word;
}

CatalogSnapshotPtr makeSnapshot(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    auto snapshot = std::make_shared<CatalogSnapshot>();
    QStringList synthetic;
    for (int i = 0; i < 4000; ++i)
        synthetic.append(syntheticWord(rng));
    QStringList tags;
    for (int i = 0; i < 300; ++i)
        tags.append(i < 80 ? QString(QLatin1String(kDomainWords[i]))
                           : synthetic.at(i) % QLatin1Char('-') % QString::number(i));
    tags << QStringLiteral("production") << QStringLiteral("java") << QStringLiteral("go") << QStringLiteral("python")
         << QStringLiteral("typescript") << QStringLiteral("pci");
    QStringList teams;
    for (int i = 0; i < 600; ++i)
        teams.append(QStringLiteral("team-") % pick(rng, kDomainWords) % QLatin1Char('-') % QString::number(i));
    QStringList systems;
    for (int i = 0; i < 2500; ++i)
        systems.append(pick(rng, kDomainWords) % QLatin1Char('-') % synthetic.at(i));

    EntityStoreBuilder builder(count);
    for (int i = 0; i < count; ++i) {
        const QString domain = pick(rng, kDomainWords);
        const QString suffix = pick(rng, kSuffixes);
        const QString name = domain % QLatin1Char('-') % suffix % QLatin1Char('-') % QString::number(i);
        const int roll = rng.bounded(100);
        const QString kind = roll < 70 ? QStringLiteral("Component")
            : roll < 85                ? QStringLiteral("API")
            : roll < 97                ? QStringLiteral("Resource")
                                       : QStringLiteral("System");
        QStringList words;
        const int length = 6 + rng.bounded(14);
        for (int w = 0; w < length; ++w) {
            const int r = rng.bounded(10);
            words.append(r < 5       ? pick(rng, kFiller)
                             : r < 8 ? pick(rng, kDomainWords)
                                     : synthetic.at(rng.bounded(4000)));
        }
        QJsonArray entityTags;
        const int tagCount = rng.bounded(5);
        for (int t = 0; t < tagCount; ++t)
            entityTags.append(tags.at(rng.bounded(int(tags.size()))));
        const QString team = teams.at(rng.bounded(int(teams.size())));
        const QString ns = rng.bounded(10) == 0 ? QStringLiteral("ops") : QStringLiteral("default");
        QJsonObject metadata { { QLatin1String("name"), name },
                               { QLatin1String("namespace"), ns },
                               { QLatin1String("description"), words.join(QLatin1Char(' ')) },
                               { QLatin1String("tags"), entityTags } };
        if (rng.bounded(3) == 0)
            metadata.insert(QLatin1String("title"),
                            QString(domain % QLatin1Char(' ') % suffix % QLatin1Char(' ') % QString::number(i)));
        QJsonObject spec { { QLatin1String("type"), pick(rng, kTypes) },
                           { QLatin1String("lifecycle"), pick(rng, kLifecycles) },
                           { QLatin1String("owner"),
                             rng.bounded(4) == 0 ? QStringLiteral("group:default/") % team : team },
                           { QLatin1String("system"), systems.at(rng.bounded(int(systems.size()))) } };
        EntityRecord entity;
        entity.setData(QJsonObject { { QLatin1String("apiVersion"), QLatin1String("backstage.io/v1alpha1") },
                                     { QLatin1String("kind"), kind },
                                     { QLatin1String("metadata"), metadata },
                                     { QLatin1String("spec"), spec } });
        entity.ref = EntityRef::canonical(kind, ns, name);
        entity.hasErrors = rng.bounded(200) == 0;
        builder.append(std::move(entity));
    }
    snapshot->entities = builder.finish();
    return snapshot;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Words people type: whole domain words, partial words as they are being typed, filler, synthetic words.
QString queryWord(QRandomGenerator& rng)
{
    const int r = rng.bounded(10);
    QString word = r < 6 ? pick(rng, kDomainWords)
        : r < 8          ? pick(rng, kSuffixes)
        : r < 9          ? pick(rng, kLifecycles)
                         : pick(rng, kFiller);
    if (rng.bounded(3) == 0 && word.size() > 3)
        word.truncate(3 + rng.bounded(int(word.size()) - 3));
    if (rng.bounded(4) == 0)
        word = word.toUpper();
    return word;
}

// CPU time of this thread: on a shared machine wall time also measures the neighbours.
double cpuMs(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
double threadCpuMs()
{
    return cpuMs(CLOCK_THREAD_CPUTIME_ID);
}
// The build uses the thread pool: count every thread.
double processCpuMs()
{
    return cpuMs(CLOCK_PROCESS_CPUTIME_ID);
}

struct Stats {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at
        = [&samples](double q) { return samples[std::min(samples.size() - 1, size_t(q * double(samples.size())))]; };
    return { at(0.5), at(0.95), samples.back() };
}

} // namespace

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

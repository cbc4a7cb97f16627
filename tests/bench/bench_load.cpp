// atrium-bench-load: where a catalog load spends its time and memory, phase by phase.
//
//   atrium-bench-load [--cache DIR] [--threads N] [--phases] [--repeat R] [--memory] PATH...
//
// First it does what the app does when it opens a workspace: loadCatalog() (parallel parse + validate + link,
// from the cache when --cache is given) and then the CatalogIndex build, reporting wall time and resident memory
// after each step: the "100,000 entities loaded" figures.
// With --phases it then re-runs the pipeline's stages one at a time on ONE thread over the same files, so each
// stage's cost can be compared with the others (and with Node, which is single-threaded too):
//   read        QFile::readAll of every file
//   yaml        readYamlDocuments: YAML parse + QJsonValue tree + node positions
//   file        parseCatalogFile: yaml + placeholders + validation + relations + location targets
//   link        linkCatalog over the per-file results
//   serialize   CatalogCache::serialize of every file result (what a cold load with --cache adds)
//   deserialize CatalogCache::deserialize of those blobs (what a warm load does instead of `file`)
//   index       CatalogIndex::create
// With --memory it finally frees the loaded catalog part by part (index, entity JSON, relations, byRef, problems,
// entity records) and reports the resident memory each part held.
// Prints `key: value` lines (milliseconds, MiB) so run-benchmarks and people can read them.

#include "catalog/catalogcache.h"
#include "catalog/catalogfile.h"
#include "catalog/catalogindex.h"
#include "catalog/cataloglinker.h"
#include "catalog/catalogloader.h"
#include "catalog/yamlreader.h"

#include <QCborMap>
#include <QCborValue>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Atrium {
namespace {

/// VmRSS (now) or VmHWM (peak) of this process in KiB, from /proc/self/status; 0 where that does not exist.
qint64 statusKiB(QLatin1String field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(QByteArrayView(field.data(), field.size()))) {
            const QByteArray digits = line.mid(field.size()).trimmed().split(' ').value(0);
            return digits.toLongLong();
        }
    }
    return 0;
}

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

class Report {
public:
    explicit Report(QTextStream& out)
        : m_out(out)
    {
    }
    template <typename T> void operator()(const char* key, T value)
    {
        m_out << key << ": " << value << '\n';
        m_out.flush();
    }

private:
    QTextStream& m_out;
};

void runPhases(const QStringList& files, int repeat, Report& report)
{
    // Best of `repeat` per phase: the machines these run on are shared, and the minimum is the least disturbed run.
    double readBest = 1e18, yamlBest = 1e18, fileBest = 1e18, linkBest = 1e18, serializeBest = 1e18,
           deserializeBest = 1e18, indexBest = 1e18;
    qint64 bytes = 0, blobBytes = 0;
    int documents = 0;
    for (int round = 0; round < repeat; ++round) {
        QElapsedTimer timer;
        timer.start();
        std::vector<QByteArray> contents;
        contents.reserve(std::size_t(files.size()));
        bytes = 0;
        for (const QString& path : files) {
            QFile file(path);
            contents.push_back(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
            bytes += contents.back().size();
        }
        readBest = std::min(readBest, elapsedMs(timer));

        timer.restart();
        documents = 0;
        for (std::size_t i = 0; i < contents.size(); ++i)
            documents += int(readYamlDocuments(contents[i], files.at(qsizetype(i))).documents.size());
        yamlBest = std::min(yamlBest, elapsedMs(timer));

        timer.restart();
        std::vector<CatalogFileResult> results;
        results.reserve(contents.size());
        for (std::size_t i = 0; i < contents.size(); ++i)
            results.push_back(parseCatalogFile(files.at(qsizetype(i)), contents[i]));
        fileBest = std::min(fileBest, elapsedMs(timer));

        timer.restart();
        std::vector<QByteArray> blobs;
        blobs.reserve(results.size());
        blobBytes = 0;
        for (const CatalogFileResult& result : results) {
            blobs.push_back(CatalogCache::serialize(result));
            blobBytes += blobs.back().size();
        }
        serializeBest = std::min(serializeBest, elapsedMs(timer));

        timer.restart();
        std::vector<CatalogFileResult> restored;
        restored.reserve(blobs.size());
        for (std::size_t i = 0; i < blobs.size(); ++i) {
            auto result = CatalogCache::deserialize(blobs[i], files.at(qsizetype(i)));
            restored.push_back(result ? std::move(*result) : CatalogFileResult());
        }
        deserializeBest = std::min(deserializeBest, elapsedMs(timer));

        timer.restart();
        auto snapshot = std::make_shared<const CatalogSnapshot>(linkCatalog(std::move(results)));
        linkBest = std::min(linkBest, elapsedMs(timer));

        timer.restart();
        const CatalogIndexPtr index = CatalogIndex::create(snapshot);
        indexBest = std::min(indexBest, elapsedMs(timer));
    }
    report("phase_files", files.size());
    report("phase_bytes", bytes);
    report("phase_documents", documents);
    report("phase_read_ms", readBest);
    report("phase_yaml_ms", yamlBest);
    report("phase_file_ms", fileBest);
    report("phase_file_minus_yaml_ms", fileBest - yamlBest);
    report("phase_link_ms", linkBest);
    report("phase_serialize_ms", serializeBest);
    report("phase_cache_blob_mib", double(blobBytes) / (1024.0 * 1024.0));
    report("phase_deserialize_ms", deserializeBest);
    report("phase_index_ms", indexBest);
    report("phase_single_thread_cold_ms", readBest + fileBest + linkBest + indexBest);
    report("phase_yaml_mb_per_s", double(bytes) / 1e3 / yamlBest);
}

qint64 trimmedRssKiB()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    return statusKiB(QLatin1String("VmRSS:"));
}

/// Reports what the packed entities hold, then frees the loaded catalog one part at a time and reports how much
/// resident memory each part held. Destructive: the last thing the program does. Resident memory after malloc_trim
/// is the honest measure here: glibc keeps freed memory in per-thread arenas, which would hide what a part cost.
void memoryBreakdown(CatalogSnapshot& snapshot, CatalogIndexPtr& index, Report& report)
{
    const EntityStore::Usage usage = snapshot.entities.usage();
    const qsizetype entities = std::max<qsizetype>(1, snapshot.entities.size());
    const auto bytesMib = [](qsizetype bytes) { return double(bytes) / (1024.0 * 1024.0); };
    report("mem_store_strings_mib", bytesMib(usage.strings));
    report("mem_store_distinct_strings", usage.stringCount);
    report("mem_store_records_mib", bytesMib(usage.records));
    report("mem_store_tags_mib", bytesMib(usage.tags));
    report("mem_store_relations_mib", bytesMib(usage.relations));
    report("mem_relations", usage.relationCount);
    report("mem_store_descriptors_mib", bytesMib(usage.descriptors));
    report("mem_store_ref_table_mib", bytesMib(usage.refTable));
    report("mem_store_bytes_per_entity", snapshot.entities.memoryUsage() / entities);

    qint64 before = trimmedRssKiB();
    index.reset();
    qint64 after = trimmedRssKiB();
    report("mem_index_mib", mib(before - after));

    before = after;
    snapshot.problems = Problems();
    after = trimmedRssKiB();
    report("mem_problems_mib", mib(before - after));

    before = after;
    snapshot.entities = EntityStore();
    snapshot.files = QStringList();
    after = trimmedRssKiB();
    report("mem_entities_mib", mib(before - after)); // the packed store and the file list
    report("mem_rest_mib", mib(after)); // Qt, the program, the heap's own overhead
}

} // namespace
} // namespace Atrium

int main(int argc, char* argv[])
{
    using namespace Atrium;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atrium-bench-load"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times a catalog load and its phases."));
    parser.addHelpOption();
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QStringLiteral("Cache directory."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Loader threads (0 = all)."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption phasesOption(QStringLiteral("phases"),
                                          QStringLiteral("Also time each phase on one thread."));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Rounds of --phases (best kept)."),
                                          QStringLiteral("R"), QStringLiteral("1"));
    const QCommandLineOption memoryOption(
        QStringLiteral("memory"),
        QStringLiteral("At the end, free the snapshot part by part and report what each held."));
    parser.addOptions({ cacheOption, threadsOption, phasesOption, repeatOption, memoryOption });
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Workspace, folder or file."),
                                 QStringLiteral("PATH..."));
    parser.process(app);
    if (parser.positionalArguments().isEmpty())
        parser.showHelp(2);

    QTextStream out(stdout);
    Report report(out);
    report("rss_start_mib", mib(statusKiB(QLatin1String("VmRSS:"))));

    CatalogLoadOptions options;
    for (const QString& path : parser.positionalArguments())
        options.addRoot(QFileInfo(path).absoluteFilePath());
    options.cacheDirectory = parser.value(cacheOption);
    options.threadCount = parser.value(threadsOption).toInt();
    CatalogLoadStats stats;
    options.stats = &stats;

    QElapsedTimer timer;
    timer.start();
    auto snapshot = std::make_shared<CatalogSnapshot>(loadCatalog(options));
    report("load_ms", elapsedMs(timer));
    int errors = 0, warnings = 0;
    for (const Problem& problem : snapshot->problems)
        (problem.isError() ? errors : warnings)++;
    report("entities", snapshot->entities.size());
    report("valid_entities", snapshot->validEntityCount());
    report("errors", errors);
    report("warnings", warnings);
    report("files_parsed", stats.filesParsed);
    report("files_from_cache", stats.filesFromCache);
    report("rss_after_load_mib", mib(statusKiB(QLatin1String("VmRSS:"))));
#ifdef __GLIBC__
    // What the entities really hold, without the memory glibc keeps in its per-thread arenas after the parse.
    malloc_trim(0);
    report("rss_after_trim_mib", mib(statusKiB(QLatin1String("VmRSS:"))));
#endif

    timer.restart();
    CatalogIndexPtr index = CatalogIndex::create(snapshot);
    report("index_ms", elapsedMs(timer));
    report("index_memory_mib", double(index->memoryUsage()) / (1024.0 * 1024.0));
    report("rss_after_index_mib", mib(statusKiB(QLatin1String("VmRSS:"))));
    report("rss_peak_mib", mib(statusKiB(QLatin1String("VmHWM:"))));

    if (parser.isSet(phasesOption)) {
        QStringList files;
        for (const QString& file : snapshot->files) {
            // Substituted files ($text/$json/$yaml) are read by parseCatalogFile itself.
            const bool yaml = file.endsWith(QLatin1String(".yaml")) || file.endsWith(QLatin1String(".yml"));
            if (yaml && QFileInfo(file).fileName() != QLatin1String("atrium.yaml"))
                files.append(file);
        }
        runPhases(files, std::max(1, parser.value(repeatOption).toInt()), report);
    }
    if (parser.isSet(memoryOption))
        memoryBreakdown(*snapshot, index, report);
    return 0;
}

#include "catalogcache.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QSaveFile>

#include <algorithm>

namespace Atrium {

namespace {

constexpr quint32 kMagic = 0x41545243; // "ATRC"
constexpr auto kStreamVersion = QDataStream::Qt_6_4;

QString buildStamp()
{
    return QStringLiteral(ATRIUM_VERSION "/") % QLatin1String(qVersion());
}

void prepare(QDataStream& stream)
{
    stream.setVersion(kStreamVersion);
    // Native order on every machine we build for: no byte swapping while reading 100,000 entities.
    stream.setByteOrder(QDataStream::LittleEndian);
}

void writeStamp(QDataStream& out, const FileStamp& stamp)
{
    out << qint8(stamp.type) << stamp.size << stamp.mtimeNsecs;
}

bool readStamp(QDataStream& in, FileStamp& stamp)
{
    qint8 type = 0;
    in >> type >> stamp.size >> stamp.mtimeNsecs;
    if (type < qint8(FileStamp::Type::Missing) || type > qint8(FileStamp::Type::Other))
        return false;
    stamp.type = FileStamp::Type(type);
    return in.status() == QDataStream::Ok;
}

void writePosition(QDataStream& out, const SourcePosition& position)
{
    out << qint32(position.line) << qint32(position.column);
}

void readPosition(QDataStream& in, SourcePosition& position)
{
    qint32 line = 0;
    qint32 column = 0;
    in >> line >> column;
    position = SourcePosition { line, column };
}

/// A count read from untrusted bytes: must be non-negative and cannot exceed what is left to read.
bool readCount(QDataStream& in, qint32& count)
{
    in >> count;
    if (in.status() != QDataStream::Ok || count < 0)
        return false;
    const QIODevice* device = in.device();
    return !device || count <= device->bytesAvailable();
}

/// Reads @p text, sharing @p candidate's data when equal: most strings in a file's result are its own path.
void readShared(QDataStream& in, QString& text, const QString& candidate)
{
    in >> text;
    if (text == candidate)
        text = candidate;
}

} // namespace

CatalogCache::CatalogCache(const QString& directory)
    : m_directory(directory)
{
}

CatalogCache::~CatalogCache() = default;

QString CatalogCache::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("catalog.cache"));
}

int CatalogCache::entryCount() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_entries.size());
}

namespace {

/// Every string of a file's result is written once; records refer to it by index. Relation types and refs repeat
/// a lot, so this makes the cache several times smaller, and reading shares one QString per distinct text.
class StringTableWriter {
public:
    qint32 operator()(const QString& text)
    {
        const auto it = m_indices.constFind(text);
        if (it != m_indices.cend())
            return it.value();
        const qint32 index = qint32(m_strings.size());
        m_indices.insert(text, index);
        m_strings.append(text);
        return index;
    }
    const QStringList& strings() const { return m_strings; }

private:
    QHash<QString, qint32> m_indices;
    QStringList m_strings;
};

class StringTableReader {
public:
    bool read(QDataStream& in, const QString& path)
    {
        qint32 count = 0;
        if (!readCount(in, count))
            return false;
        m_strings.resize(count);
        for (QString& text : m_strings) {
            readShared(in, text, path);
            if (in.status() != QDataStream::Ok)
                return false;
        }
        return true;
    }
    /// Reads an index; false (and leaves @p text alone) when it is out of range.
    bool operator()(QDataStream& in, QString& text) const
    {
        qint32 index = -1;
        in >> index;
        if (index < 0 || index >= m_strings.size())
            return false;
        text = m_strings.at(index);
        return true;
    }

private:
    QStringList m_strings;
};

/// The descriptor travels as the entity's own encoded bytes and its summary as string indices, so reading the
/// cache back never parses or builds JSON: it is byte copies and string table look-ups.
void writeDescriptor(QDataStream& out, StringTableWriter& strings, const EntityRecord& entity)
{
    const EntityRecord::Summary& summary = entity.summary();
    out << entity.encodedData();
    out << strings(summary.apiVersion) << strings(summary.kind) << strings(summary.name) << strings(summary.ns)
        << strings(summary.title) << strings(summary.description) << strings(summary.specType)
        << strings(summary.lifecycle) << strings(summary.owner) << strings(summary.system);
    out << qint32(summary.tags.size());
    for (const QString& tag : summary.tags)
        out << strings(tag);
}

bool readDescriptor(QDataStream& in, const StringTableReader& strings, EntityRecord& entity)
{
    QByteArray encoded;
    in >> encoded;
    EntityRecord::Summary summary;
    bool ok = in.status() == QDataStream::Ok && strings(in, summary.apiVersion) && strings(in, summary.kind)
        && strings(in, summary.name) && strings(in, summary.ns) && strings(in, summary.title)
        && strings(in, summary.description) && strings(in, summary.specType) && strings(in, summary.lifecycle)
        && strings(in, summary.owner) && strings(in, summary.system);
    qint32 tags = 0;
    if (!ok || !readCount(in, tags))
        return false;
    summary.tags.resize(tags);
    for (QString& tag : summary.tags) {
        if (!strings(in, tag))
            return false;
    }
    entity.setEncodedData(std::move(encoded), std::move(summary));
    return true;
}

// Relations and problems are stored the same way in the per-file entries and in the whole-snapshot file.
void writeRelations(QDataStream& out, StringTableWriter& strings, const QList<Relation>& relations)
{
    out << qint32(relations.size());
    for (const Relation& relation : relations)
        out << strings(relation.type) << strings(relation.targetRef);
}

bool readRelations(QDataStream& in, const StringTableReader& strings, QList<Relation>& relations)
{
    qint32 count = 0;
    if (!readCount(in, count))
        return false;
    relations.resize(count);
    for (Relation& relation : relations) {
        if (!strings(in, relation.type) || !strings(in, relation.targetRef))
            return false;
    }
    return true;
}

void writeProblems(QDataStream& out, StringTableWriter& strings, const Problems& problems)
{
    out << qint32(problems.size());
    for (const Problem& problem : problems) {
        out << strings(problem.file) << qint32(problem.line) << qint32(problem.column) << qint8(problem.severity)
            << strings(problem.entityRef) << strings(problem.message);
    }
}

bool readProblems(QDataStream& in, const StringTableReader& strings, Problems& problems)
{
    qint32 count = 0;
    if (!readCount(in, count))
        return false;
    problems.resize(count);
    for (Problem& problem : problems) {
        qint32 line = 0;
        qint32 column = 0;
        qint8 severity = 0;
        bool ok = strings(in, problem.file);
        in >> line >> column >> severity;
        if (!ok || !strings(in, problem.entityRef) || !strings(in, problem.message))
            return false;
        problem.line = line;
        problem.column = column;
        problem.severity
            = severity == qint8(Problem::Severity::Warning) ? Problem::Severity::Warning : Problem::Severity::Error;
    }
    return true;
}
} // namespace

QByteArray CatalogCache::serialize(const CatalogFileResult& result)
{
    // Records first (into their own buffer), so the string table is complete when it is written before them.
    StringTableWriter strings;
    QByteArray records;
    {
        QDataStream out(&records, QIODevice::WriteOnly);
        prepare(out);
        out << qint32(result.entities.size());
        for (const EntityRecord& entity : result.entities) {
            writeDescriptor(out, strings, entity);
            out << strings(entity.ref);
            writePosition(out, entity.position);
            out << qint32(entity.documentIndex) << entity.hasErrors << strings(entity.origin);
            writeRelations(out, strings, entity.relations);
        }
        writeProblems(out, strings, result.problems);
        out << qint32(result.locationTargets.size());
        for (const LocationTarget& target : result.locationTargets) {
            out << strings(target.type) << strings(target.target) << strings(target.resolved);
            writePosition(out, target.position);
            out << strings(target.entityRef);
        }
        out << qint32(result.substitutedFiles.size());
        for (const QString& file : result.substitutedFiles)
            out << strings(file);
        out << qint32(result.foreignRelations.size());
        for (const ForeignRelation& foreign : result.foreignRelations)
            out << strings(foreign.sourceRef) << strings(foreign.relation.type) << strings(foreign.relation.targetRef);
        out << qint32(result.references.size());
        for (const EntityReference& reference : result.references) {
            out << qint32(reference.entityIndex) << qint32(reference.relationIndex);
            writePosition(out, reference.position);
        }
    }

    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    prepare(out);
    out << qint32(strings.strings().size());
    for (const QString& text : strings.strings())
        out << text;
    out.writeRawData(records.constData(), int(records.size()));
    return bytes;
}

std::optional<CatalogFileResult> CatalogCache::deserialize(const QByteArray& bytes, const QString& path)
{
    QDataStream in(bytes);
    prepare(in);
    CatalogFileResult result;
    result.file = path;

    StringTableReader strings;
    if (!strings.read(in, path))
        return std::nullopt;

    qint32 count = 0;
    if (!readCount(in, count))
        return std::nullopt;
    result.entities.resize(count);
    for (qint32 i = 0; i < count; ++i) {
        EntityRecord& entity = result.entities[i];
        if (!readDescriptor(in, strings, entity))
            return std::nullopt;
        entity.file = path;
        qint32 documentIndex = 0;
        bool ok = strings(in, entity.ref);
        readPosition(in, entity.position);
        in >> documentIndex >> entity.hasErrors;
        entity.documentIndex = documentIndex;
        ok = ok && strings(in, entity.origin);
        if (!ok || !readRelations(in, strings, entity.relations))
            return std::nullopt;
    }

    if (!readProblems(in, strings, result.problems))
        return std::nullopt;

    if (!readCount(in, count))
        return std::nullopt;
    result.locationTargets.resize(count);
    for (LocationTarget& target : result.locationTargets) {
        bool ok = strings(in, target.type) && strings(in, target.target) && strings(in, target.resolved);
        readPosition(in, target.position);
        if (!ok || !strings(in, target.entityRef))
            return std::nullopt;
    }

    if (!readCount(in, count))
        return std::nullopt;
    result.substitutedFiles.resize(count);
    for (QString& file : result.substitutedFiles) {
        if (!strings(in, file))
            return std::nullopt;
    }

    if (!readCount(in, count))
        return std::nullopt;
    result.foreignRelations.resize(count);
    for (ForeignRelation& foreign : result.foreignRelations) {
        if (!strings(in, foreign.sourceRef) || !strings(in, foreign.relation.type)
            || !strings(in, foreign.relation.targetRef))
            return std::nullopt;
    }

    if (!readCount(in, count))
        return std::nullopt;
    result.references.resize(count);
    for (EntityReference& reference : result.references) {
        qint32 entityIndex = 0;
        qint32 relationIndex = 0;
        in >> entityIndex >> relationIndex;
        readPosition(in, reference.position);
        reference.entityIndex = entityIndex;
        reference.relationIndex = relationIndex;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return result;
}

bool CatalogCache::load()
{
    QMutexLocker locker(&m_mutex);
    m_entries.clear();
    m_used.clear();
    m_dirty = false;

    // Mapped, not read: a warm start touches only the pages of the entries it uses, and blobs are views into
    // the mapping instead of copies. Writers replace the file by renaming (QSaveFile), so the mapped old file
    // stays intact for as long as this object lives.
    auto file = std::make_unique<QFile>(filePath());
    if (!file->open(QIODevice::ReadOnly) || file->size() == 0)
        return false;
    const qint64 size = file->size();
    const uchar* base = file->map(0, size);
    if (!base)
        return false;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(base), size);
    QDataStream in(bytes);
    prepare(in);
    quint32 magic = 0;
    quint32 version = 0;
    QString stamp;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kFormatVersion)
        return false;
    in >> stamp;
    if (stamp != buildStamp())
        return false;

    QHash<QString, Entry> entries;
    qint32 count = 0;
    if (!readCount(in, count))
        return false;
    entries.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        QString path;
        Entry entry;
        in >> path;
        if (!readStamp(in, entry.stamp))
            return false;
        qint32 dependencies = 0;
        if (!readCount(in, dependencies))
            return false;
        entry.dependencies.resize(dependencies);
        for (Dependency& dependency : entry.dependencies) {
            in >> dependency.path;
            if (!readStamp(in, dependency.stamp))
                return false;
        }
        quint32 length = 0;
        in >> length;
        const qint64 offset = in.device()->pos();
        if (in.status() != QDataStream::Ok || qint64(length) > size - offset)
            return false;
        in.skipRawData(int(length));
        entry.blob = QByteArray::fromRawData(bytes.constData() + offset, qsizetype(length));
        entries.insert(path, std::move(entry));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    m_entries = std::move(entries);
    m_mapped.push_back(std::move(file));
    return true;
}

bool CatalogCache::save()
{
    QMutexLocker locker(&m_mutex);
    if (!m_dirty && m_used.size() == m_entries.size())
        return true;
    if (!QDir().mkpath(m_directory))
        return false;

    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    prepare(out);
    out << kMagic << kFormatVersion << buildStamp();
    qint32 count = 0;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        count += m_used.contains(it.key()) ? 1 : 0;
    out << count;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!m_used.contains(it.key()))
            continue;
        out << it.key();
        writeStamp(out, it->stamp);
        out << qint32(it->dependencies.size());
        for (const Dependency& dependency : it->dependencies) {
            out << dependency.path;
            writeStamp(out, dependency.stamp);
        }
        out << it->blob;
    }
    if (out.status() != QDataStream::Ok || !file.commit())
        return false;
    // What is on disk now is exactly the used entries.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (m_used.contains(it.key()))
            ++it;
        else
            it = m_entries.erase(it);
    }
    m_dirty = false;
    return true;
}

std::optional<CatalogFileResult> CatalogCache::lookup(const QString& path, const FileStamp& stamp)
{
    Entry entry;
    {
        QMutexLocker locker(&m_mutex);
        const auto it = m_entries.constFind(path);
        if (it == m_entries.cend())
            return std::nullopt;
        entry = *it;
    }
    if (!(entry.stamp == stamp) || !stamp.exists())
        return std::nullopt;
    for (const Dependency& dependency : std::as_const(entry.dependencies)) {
        if (!(stampOf(dependency.path) == dependency.stamp))
            return std::nullopt;
    }
    std::optional<CatalogFileResult> result = deserialize(entry.blob, path);
    if (result) {
        QMutexLocker locker(&m_mutex);
        m_used.insert(path);
    }
    return result;
}

void CatalogCache::store(const QString& path, const FileStamp& stamp, const CatalogFileResult& result)
{
    Entry entry;
    entry.stamp = stamp;
    for (const QString& substituted : result.substitutedFiles)
        entry.dependencies.append(Dependency { substituted, stampOf(substituted) });
    entry.blob = serialize(result);
    QMutexLocker locker(&m_mutex);
    m_entries.insert(path, std::move(entry));
    m_used.insert(path);
    m_dirty = true;
}

} // namespace Atrium

namespace Atrium {

namespace {
constexpr quint32 kSnapshotMagic = 0x41545253; // "ATRS"
} // namespace

QString CatalogCache::snapshotFilePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("snapshot.cache"));
}

bool CatalogCache::saveSnapshot(const SnapshotKey& key, const CatalogSnapshot& snapshot) const
{
    if (!QDir().mkpath(m_directory))
        return false;
    StringTableWriter strings;
    QByteArray records;
    {
        QDataStream out(&records, QIODevice::WriteOnly);
        prepare(out);
        writeProblems(out, strings, snapshot.problems);
        out << qint32(snapshot.files.size());
        for (const QString& file : snapshot.files)
            out << strings(file);
    }

    QSaveFile file(snapshotFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    prepare(out);
    out << kSnapshotMagic << kFormatVersion << buildStamp();
    out << key.roots << qint32(key.stamps.size());
    for (const auto& [path, stamp] : key.stamps) {
        out << path;
        writeStamp(out, stamp);
    }
    out << key.directories << qint32(key.fileCount);
    out << qint32(strings.strings().size());
    for (const QString& text : strings.strings())
        out << text;
    out.writeRawData(records.constData(), int(records.size()));
    // The entities last, as the block they live in: reading them back is one read, no decoding.
    out << quint64(snapshot.entities.byteSize());
    if (out.status() != QDataStream::Ok || !snapshot.entities.write(file))
        return false;
    return out.status() == QDataStream::Ok && file.commit();
}

std::optional<CatalogSnapshot> CatalogCache::loadSnapshot(const QStringList& roots, SnapshotKey* key) const
{
    // Read, not mapped: the entity block is used in place from the buffer it is read into, and a mapping of a
    // file that another process truncates would crash the app (SIGBUS) instead of failing a check.
    QFile file(snapshotFilePath());
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return std::nullopt;
    QDataStream in(&file);
    prepare(in);
    quint32 magic = 0;
    quint32 version = 0;
    QString stamp;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != kSnapshotMagic || version != kFormatVersion)
        return std::nullopt;
    in >> stamp;
    SnapshotKey stored;
    in >> stored.roots;
    if (stamp != buildStamp() || stored.roots != roots || in.status() != QDataStream::Ok)
        return std::nullopt;
    qint32 count = 0;
    if (!readCount(in, count))
        return std::nullopt;
    stored.stamps.resize(count);
    for (auto& [path, fileStamp] : stored.stamps) {
        in >> path;
        if (!readStamp(in, fileStamp) || !(stampOf(path) == fileStamp))
            return std::nullopt; // something changed since: the per-file entries take over
    }
    in >> stored.directories;
    qint32 fileCount = 0;
    in >> fileCount;
    stored.fileCount = fileCount;

    StringTableReader strings;
    if (!strings.read(in, QString()))
        return std::nullopt;
    CatalogSnapshot snapshot;
    if (!readProblems(in, strings, snapshot.problems) || !readCount(in, count))
        return std::nullopt;
    snapshot.files.resize(count);
    for (QString& path : snapshot.files) {
        if (!strings(in, path))
            return std::nullopt;
    }
    quint64 storeSize = 0;
    in >> storeSize;
    if (in.status() != QDataStream::Ok || storeSize != quint64(file.size() - file.pos()))
        return std::nullopt;
    std::unique_ptr<quint64[]> buffer = EntityStore::allocateBuffer(qsizetype(storeSize));
    char* data = reinterpret_cast<char*>(buffer.get());
    for (qsizetype done = 0; done < qsizetype(storeSize);) {
        const int chunk = int(std::min<qsizetype>(qsizetype(storeSize) - done, 1 << 30));
        if (in.readRawData(data + done, chunk) != chunk)
            return std::nullopt;
        done += chunk;
    }
    std::optional<EntityStore> entities = EntityStore::fromBytes(std::move(buffer), qsizetype(storeSize));
    if (!entities || !in.atEnd())
        return std::nullopt;
    snapshot.entities = std::move(*entities);
    if (key)
        *key = std::move(stored);
    return snapshot;
}

} // namespace Atrium

#include "entitystore.h"

#include <QBuffer>
#include <QCborMap>
#include <QCborValue>
#include <QHashFunctions>
#include <QJsonArray>

#include <cstring>

namespace Atrium {

namespace {

constexpr quint32 kStoreMagic = 0x53455441; // "ATES" in little-endian bytes
constexpr quint32 kStoreVersion = 1;

enum Field : quint8 {
    ApiVersion,
    Kind,
    Name,
    Namespace,
    Title,
    Description,
    SpecType,
    Lifecycle,
    Owner,
    System,
    Ref,
    File,
    Origin,
    FIELD_COUNT
};

enum Flag : quint32 { HasErrors = 1 };

struct PackedEntity {
    quint32 strings[FIELD_COUNT]; // string ids
    qint32 line;
    qint32 column;
    qint32 documentIndex;
    quint32 flags;
};

struct PackedRelation {
    quint32 type; // string ids
    quint32 target;
};

struct Header {
    quint32 magic;
    quint32 version;
    quint32 entityCount;
    quint32 stringCount;
    quint32 charCount;
    quint32 tagCount;
    quint32 relationCount;
    quint32 reserved;
    quint64 descriptorBytes;
};

/// Where each array starts in the block. Every array starts 8-byte aligned, so the block can be used in place
/// from any 8-byte aligned buffer.
struct Layout {
    qint64 stringOffsets = 0;
    qint64 chars = 0;
    qint64 entities = 0;
    qint64 tagOffsets = 0;
    qint64 tags = 0;
    qint64 relationOffsets = 0;
    qint64 relations = 0;
    qint64 descriptorOffsets = 0;
    qint64 descriptors = 0;
    qint64 total = 0;

    explicit Layout(const Header& h)
    {
        // Counts are 32-bit and the descriptor size is checked against the block size before this is trusted,
        // so none of these sums can overflow 64 bits.
        qint64 at = align(qint64(sizeof(Header)));
        auto take = [&at](qint64 bytes) {
            const qint64 start = at;
            at = align(at + bytes);
            return start;
        };
        stringOffsets = take((qint64(h.stringCount) + 1) * 4);
        chars = take(qint64(h.charCount) * 2);
        entities = take(qint64(h.entityCount) * qint64(sizeof(PackedEntity)));
        tagOffsets = take((qint64(h.entityCount) + 1) * 4);
        tags = take(qint64(h.tagCount) * 4);
        relationOffsets = take((qint64(h.entityCount) + 1) * 4);
        relations = take(qint64(h.relationCount) * qint64(sizeof(PackedRelation)));
        descriptorOffsets = take((qint64(h.entityCount) + 1) * 8);
        descriptors = take(qint64(h.descriptorBytes));
        total = at;
    }

    static qint64 align(qint64 offset) { return (offset + 7) & ~qint64(7); }
};

bool isMonotonic(const quint32* offsets, quint32 count, quint32 last)
{
    if (offsets[0] != 0)
        return false;
    for (quint32 i = 0; i < count; ++i) {
        if (offsets[i + 1] < offsets[i])
            return false;
    }
    return offsets[count] == last;
}

/// The arrays of a store as the builder fills them. A built store keeps them as they are instead of copying them
/// into one block, so packing never holds the catalog twice; write() lays them out as the block.
struct Sections {
    std::vector<char16_t> chars;
    std::vector<quint32> stringOffsets { 0, 0 }; // id 0: ""
    std::vector<PackedEntity> entities;
    std::vector<quint32> tagOffsets { 0 };
    std::vector<quint32> tags;
    std::vector<quint32> relationOffsets { 0 };
    std::vector<PackedRelation> relations;
    std::vector<quint64> descriptorOffsets { 0 };
    std::vector<char> descriptors;

    Header header() const
    {
        Header h {};
        h.magic = kStoreMagic;
        h.version = kStoreVersion;
        h.entityCount = quint32(entities.size());
        h.stringCount = quint32(stringOffsets.size() - 1);
        h.charCount = quint32(chars.size());
        h.tagCount = quint32(tags.size());
        h.relationCount = quint32(relations.size());
        h.descriptorBytes = quint64(descriptors.size());
        return h;
    }
};

} // namespace

struct EntityStoreData {
    // Either the arrays as built, or the block as read from a file; the pointers below point into one of them.
    Sections built;
    std::unique_ptr<quint64[]> buffer;
    qsizetype size = 0; ///< of the block (Layout::total), whichever form holds it
    Header header {};
    const quint32* stringOffsets = nullptr;
    const char16_t* chars = nullptr;
    const PackedEntity* entities = nullptr;
    const quint32* tagOffsets = nullptr;
    const quint32* tags = nullptr;
    const quint32* relationOffsets = nullptr;
    const PackedRelation* relations = nullptr;
    const quint64* descriptorOffsets = nullptr;
    const char* descriptors = nullptr;
    // Open addressing over entity index + 1 (0 = empty), keyed by ref. Rebuilt on load rather than stored: it
    // takes a few milliseconds and then never needs checking.
    std::vector<quint32> refSlots;

    QStringView string(quint32 id) const
    {
        return QStringView(chars + stringOffsets[id], qsizetype(stringOffsets[id + 1] - stringOffsets[id]));
    }
    QStringView field(quint32 entity, Field field) const { return string(entities[entity].strings[field]); }

    /// Points the arrays into #built.
    void attachBuilt()
    {
        header = built.header();
        size = qsizetype(Layout(header).total);
        stringOffsets = built.stringOffsets.data();
        chars = built.chars.data();
        entities = built.entities.data();
        tagOffsets = built.tagOffsets.data();
        tags = built.tags.data();
        relationOffsets = built.relationOffsets.data();
        relations = built.relations.data();
        descriptorOffsets = built.descriptorOffsets.data();
        descriptors = built.descriptors.data();
    }

    /// Points the arrays into #buffer; the header must already be checked against #size.
    void attach()
    {
        const char* base = reinterpret_cast<const char*>(buffer.get());
        std::memcpy(&header, base, sizeof(Header));
        const Layout layout(header);
        stringOffsets = reinterpret_cast<const quint32*>(base + layout.stringOffsets);
        chars = reinterpret_cast<const char16_t*>(base + layout.chars);
        entities = reinterpret_cast<const PackedEntity*>(base + layout.entities);
        tagOffsets = reinterpret_cast<const quint32*>(base + layout.tagOffsets);
        tags = reinterpret_cast<const quint32*>(base + layout.tags);
        relationOffsets = reinterpret_cast<const quint32*>(base + layout.relationOffsets);
        relations = reinterpret_cast<const PackedRelation*>(base + layout.relations);
        descriptorOffsets = reinterpret_cast<const quint64*>(base + layout.descriptorOffsets);
        descriptors = base + layout.descriptors;
    }

    bool isConsistent() const
    {
        const Header& h = header;
        if (h.stringCount == 0 || !isMonotonic(stringOffsets, h.stringCount, h.charCount)
            || stringOffsets[1] != 0) // id 0 is the empty string
            return false;
        for (quint32 e = 0; e < h.entityCount; ++e) {
            for (const quint32 id : entities[e].strings) {
                if (id >= h.stringCount)
                    return false;
            }
        }
        if (!isMonotonic(tagOffsets, h.entityCount, h.tagCount)
            || !isMonotonic(relationOffsets, h.entityCount, h.relationCount))
            return false;
        for (quint32 t = 0; t < h.tagCount; ++t) {
            if (tags[t] >= h.stringCount)
                return false;
        }
        for (quint32 r = 0; r < h.relationCount; ++r) {
            if (relations[r].type >= h.stringCount || relations[r].target >= h.stringCount)
                return false;
        }
        if (descriptorOffsets[0] != 0)
            return false;
        for (quint32 e = 0; e < h.entityCount; ++e) {
            if (descriptorOffsets[e + 1] < descriptorOffsets[e])
                return false;
        }
        return descriptorOffsets[h.entityCount] == h.descriptorBytes;
    }

    void buildRefTable()
    {
        quint32 slotCount = 16;
        while (slotCount < header.entityCount * 2 + 16)
            slotCount <<= 1;
        refSlots.assign(slotCount, 0);
        const quint32 mask = slotCount - 1;
        for (quint32 e = 0; e < header.entityCount; ++e) {
            const QStringView ref = field(e, Ref);
            if (ref.isEmpty())
                continue;
            for (quint32 slot = quint32(qHash(ref)) & mask;; slot = (slot + 1) & mask) {
                if (refSlots[slot] == 0) {
                    refSlots[slot] = e + 1;
                    break;
                }
                if (field(refSlots[slot] - 1, Ref) == ref)
                    break; // the first one wins
            }
        }
    }

    int indexOf(QStringView ref) const
    {
        if (ref.isEmpty() || refSlots.empty())
            return -1;
        const quint32 mask = quint32(refSlots.size()) - 1;
        for (quint32 slot = quint32(qHash(ref)) & mask; refSlots[slot] != 0; slot = (slot + 1) & mask) {
            if (field(refSlots[slot] - 1, Ref) == ref)
                return int(refSlots[slot] - 1);
        }
        return -1;
    }
};

// --- Entity --------------------------------------------------------------------------------------------------

namespace {
const PackedEntity* packed(const EntityStoreData* data, quint32 index)
{
    return data ? &data->entities[index] : nullptr;
}
} // namespace

#define ATRIUM_ENTITY_FIELD(function, column)                                                                          \
    QStringView Entity::function() const                                                                               \
    {                                                                                                                  \
        return m_data ? m_data->field(m_index, column) : QStringView();                                                \
    }
ATRIUM_ENTITY_FIELD(apiVersion, ApiVersion)
ATRIUM_ENTITY_FIELD(kind, Kind)
ATRIUM_ENTITY_FIELD(name, Name)
ATRIUM_ENTITY_FIELD(title, Title)
ATRIUM_ENTITY_FIELD(description, Description)
ATRIUM_ENTITY_FIELD(specType, SpecType)
ATRIUM_ENTITY_FIELD(lifecycle, Lifecycle)
ATRIUM_ENTITY_FIELD(owner, Owner)
ATRIUM_ENTITY_FIELD(system, System)
ATRIUM_ENTITY_FIELD(ref, Ref)
ATRIUM_ENTITY_FIELD(file, File)
ATRIUM_ENTITY_FIELD(origin, Origin)
#undef ATRIUM_ENTITY_FIELD

QStringView Entity::ns() const
{
    const QStringView ns = m_data ? m_data->field(m_index, Namespace) : QStringView();
    return ns.isEmpty() ? QStringView(u"default") : ns;
}

QStringView Entity::displayName() const
{
    const QStringView title = this->title();
    return title.isEmpty() ? name() : title;
}

int Entity::tagCount() const
{
    return m_data ? int(m_data->tagOffsets[m_index + 1] - m_data->tagOffsets[m_index]) : 0;
}

QStringView Entity::tag(int i) const
{
    return m_data->string(m_data->tags[m_data->tagOffsets[m_index] + quint32(i)]);
}

QList<QStringView> Entity::tags() const
{
    QList<QStringView> result;
    const int count = tagCount();
    result.reserve(count);
    for (int i = 0; i < count; ++i)
        result.append(tag(i));
    return result;
}

SourcePosition Entity::position() const
{
    const PackedEntity* entity = packed(m_data, m_index);
    return entity ? SourcePosition { entity->line, entity->column } : SourcePosition {};
}

int Entity::documentIndex() const
{
    const PackedEntity* entity = packed(m_data, m_index);
    return entity ? entity->documentIndex : 0;
}

bool Entity::hasErrors() const
{
    const PackedEntity* entity = packed(m_data, m_index);
    return entity && (entity->flags & HasErrors);
}

int Entity::relationCount() const
{
    return m_data ? int(m_data->relationOffsets[m_index + 1] - m_data->relationOffsets[m_index]) : 0;
}

RelationView Entity::relation(int i) const
{
    const PackedRelation& relation = m_data->relations[m_data->relationOffsets[m_index] + quint32(i)];
    return RelationView { m_data->string(relation.type), m_data->string(relation.target) };
}

QList<Relation> Entity::relations() const
{
    QList<Relation> result;
    const int count = relationCount();
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        const RelationView view = relation(i);
        result.append(Relation { view.type.toString(), view.targetRef.toString() });
    }
    return result;
}

QByteArrayView Entity::encodedData() const
{
    if (!m_data)
        return {};
    const quint64 begin = m_data->descriptorOffsets[m_index];
    return QByteArrayView(m_data->descriptors + begin, qsizetype(m_data->descriptorOffsets[m_index + 1] - begin));
}

QJsonObject Entity::data() const
{
    const QByteArrayView encoded = encodedData();
    if (encoded.isEmpty())
        return {};
    return QCborValue::fromCbor(encoded.toByteArray()).toMap().toJsonObject();
}

QJsonObject Entity::toBackstageJson() const
{
    QJsonObject result = data();
    QJsonArray relationArray;
    const int count = relationCount();
    for (int i = 0; i < count; ++i) {
        const RelationView view = relation(i);
        relationArray.append(QJsonObject { { QLatin1String("type"), view.type.toString() },
                                           { QLatin1String("targetRef"), view.targetRef.toString() } });
    }
    result.insert(QLatin1String("relations"), relationArray);
    return result;
}

// --- EntityStore ---------------------------------------------------------------------------------------------

EntityStore::EntityStore()
{
    static const EntityStore empty = EntityStoreBuilder().finish();
    m_data = empty.m_data;
}

EntityStore EntityStore::fromRecords(const EntityRecords& records)
{
    EntityStoreBuilder builder(records.size());
    for (const EntityRecord& record : records)
        builder.append(record);
    return builder.finish();
}

EntityStore::EntityStore(std::shared_ptr<const EntityStoreData> data)
    : m_data(std::move(data))
{
}

qsizetype EntityStore::size() const
{
    return qsizetype(m_data->header.entityCount);
}

Entity EntityStore::at(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < size());
    return Entity(m_data.get(), quint32(index));
}

int EntityStore::indexOf(QStringView ref) const
{
    return m_data->indexOf(ref);
}

qsizetype EntityStore::byteSize() const
{
    return m_data->size;
}

bool EntityStore::write(QIODevice& device) const
{
    const EntityStoreData& d = *m_data;
    const Header& h = d.header;
    const Layout layout(h);
    qint64 at = 0;
    auto put = [&device, &at](qint64 offset, const void* data, qint64 bytes) {
        static const char zeros[8] = {};
        if (offset - at > 0 && device.write(zeros, offset - at) != offset - at) // alignment padding
            return false;
        at = offset;
        const char* chunk = static_cast<const char*>(data);
        for (qint64 done = 0; done < bytes;) {
            const qint64 written = device.write(chunk + done, bytes - done);
            if (written <= 0)
                return false;
            done += written;
        }
        at += bytes;
        return true;
    };
    return put(0, &h, sizeof(Header)) && put(layout.stringOffsets, d.stringOffsets, (qint64(h.stringCount) + 1) * 4)
        && put(layout.chars, d.chars, qint64(h.charCount) * 2)
        && put(layout.entities, d.entities, qint64(h.entityCount) * qint64(sizeof(PackedEntity)))
        && put(layout.tagOffsets, d.tagOffsets, (qint64(h.entityCount) + 1) * 4)
        && put(layout.tags, d.tags, qint64(h.tagCount) * 4)
        && put(layout.relationOffsets, d.relationOffsets, (qint64(h.entityCount) + 1) * 4)
        && put(layout.relations, d.relations, qint64(h.relationCount) * qint64(sizeof(PackedRelation)))
        && put(layout.descriptorOffsets, d.descriptorOffsets, (qint64(h.entityCount) + 1) * 8)
        && put(layout.descriptors, d.descriptors, qint64(h.descriptorBytes)) && put(layout.total, nullptr, 0);
}

QByteArray EntityStore::toBytes() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(buffer);
    return bytes;
}

qsizetype EntityStore::memoryUsage() const
{
    return m_data->size + qsizetype(m_data->refSlots.capacity() * sizeof(quint32)) + qsizetype(sizeof(EntityStoreData));
}

EntityStore::Usage EntityStore::usage() const
{
    const Header& h = m_data->header;
    Usage usage;
    usage.strings = qsizetype(h.charCount) * 2 + (qsizetype(h.stringCount) + 1) * 4;
    usage.stringCount = h.stringCount;
    usage.records = qsizetype(h.entityCount) * qsizetype(sizeof(PackedEntity));
    usage.tags = qsizetype(h.tagCount) * 4 + (qsizetype(h.entityCount) + 1) * 4;
    usage.relations
        = qsizetype(h.relationCount) * qsizetype(sizeof(PackedRelation)) + (qsizetype(h.entityCount) + 1) * 4;
    usage.relationCount = h.relationCount;
    usage.descriptors = qsizetype(h.descriptorBytes) + (qsizetype(h.entityCount) + 1) * 8;
    usage.refTable = qsizetype(m_data->refSlots.size() * sizeof(quint32));
    return usage;
}

std::unique_ptr<quint64[]> EntityStore::allocateBuffer(qsizetype size)
{
    // Not value-initialised: the caller overwrites every byte, and zeroing 100 MB would cost a pass over it.
    return std::unique_ptr<quint64[]>(new quint64[size_t((size + 7) / 8)]);
}

std::optional<EntityStore> EntityStore::fromBytes(std::unique_ptr<quint64[]> buffer, qsizetype size)
{
    if (!buffer || size < qsizetype(sizeof(Header)))
        return std::nullopt;
    Header header;
    std::memcpy(&header, buffer.get(), sizeof(Header));
    if (header.magic != kStoreMagic || header.version != kStoreVersion || header.descriptorBytes > quint64(size)
        || Layout(header).total != size)
        return std::nullopt;
    auto data = std::make_shared<EntityStoreData>();
    data->buffer = std::move(buffer);
    data->size = size;
    data->attach();
    if (!data->isConsistent())
        return std::nullopt;
    data->buildRefTable();
    return EntityStore(std::move(data));
}

// --- EntityStoreBuilder --------------------------------------------------------------------------------------

struct EntityStoreBuilder::Private {
    Sections sections;
    std::vector<char16_t>& chars = sections.chars;
    std::vector<quint32>& stringOffsets = sections.stringOffsets;
    std::vector<quint32> stringSlots = std::vector<quint32>(1024, 0); // open addressing over id + 1
    std::vector<PackedEntity>& entities = sections.entities;
    std::vector<quint32>& tagOffsets = sections.tagOffsets;
    std::vector<quint32>& tags = sections.tags;
    std::vector<quint32>& relationOffsets = sections.relationOffsets;
    std::vector<PackedRelation>& relations = sections.relations;
    // Relations as added, (entity, type, target); placed per entity when the store is finished, because the
    // linker learns an entity's relations from other entities after the entity itself was packed.
    struct PendingRelation {
        quint32 entity;
        PackedRelation relation;
    };
    std::vector<PendingRelation> pendingRelations;
    std::vector<quint64>& descriptorOffsets = sections.descriptorOffsets;
    std::vector<char>& descriptors = sections.descriptors;

    quint32 stringCount() const { return quint32(stringOffsets.size() - 1); }
    QStringView string(quint32 id) const
    {
        return QStringView(chars.data() + stringOffsets[id], qsizetype(stringOffsets[id + 1] - stringOffsets[id]));
    }

    /// One id per distinct text: kinds, owners, relation types and targets repeat across thousands of entities.
    quint32 intern(QStringView text)
    {
        if (text.isEmpty())
            return 0;
        if (stringCount() * 2 >= stringSlots.size())
            grow();
        const quint32 mask = quint32(stringSlots.size()) - 1;
        quint32 slot = quint32(qHash(text)) & mask;
        for (; stringSlots[slot] != 0; slot = (slot + 1) & mask) {
            if (string(stringSlots[slot] - 1) == text)
                return stringSlots[slot] - 1;
        }
        const quint32 id = stringCount();
        chars.insert(chars.end(), text.utf16(), text.utf16() + text.size());
        stringOffsets.push_back(quint32(chars.size()));
        stringSlots[slot] = id + 1;
        return id;
    }

    void grow()
    {
        std::vector<quint32> table(stringSlots.size() * 2, 0);
        const quint32 mask = quint32(table.size()) - 1;
        for (quint32 id = 1; id < stringCount(); ++id) {
            quint32 slot = quint32(qHash(string(id))) & mask;
            while (table[slot] != 0)
                slot = (slot + 1) & mask;
            table[slot] = id + 1;
        }
        stringSlots = std::move(table);
    }

    void append(const EntityRecord& record, bool withRelations)
    {
        const EntityRecord::Summary& summary = record.summary();
        PackedEntity entity {};
        entity.strings[ApiVersion] = intern(summary.apiVersion);
        entity.strings[Kind] = intern(summary.kind);
        entity.strings[Name] = intern(summary.name);
        entity.strings[Namespace] = intern(summary.ns);
        entity.strings[Title] = intern(summary.title);
        entity.strings[Description] = intern(summary.description);
        entity.strings[SpecType] = intern(summary.specType);
        entity.strings[Lifecycle] = intern(summary.lifecycle);
        entity.strings[Owner] = intern(summary.owner);
        entity.strings[System] = intern(summary.system);
        entity.strings[Ref] = intern(record.ref);
        entity.strings[File] = intern(record.file);
        entity.strings[Origin] = intern(record.origin);
        entity.line = record.position.line;
        entity.column = record.position.column;
        entity.documentIndex = record.documentIndex;
        entity.flags = record.hasErrors ? quint32(HasErrors) : 0u;
        entities.push_back(entity);

        for (const QString& tag : summary.tags)
            tags.push_back(intern(tag));
        tagOffsets.push_back(quint32(tags.size()));
        if (withRelations) {
            const quint32 entityIndex = quint32(entities.size() - 1);
            for (const Relation& relation : record.relations)
                pendingRelations.push_back({ entityIndex, { intern(relation.type), intern(relation.targetRef) } });
        }
        const QByteArray& encoded = record.encodedData();
        descriptors.insert(descriptors.end(), encoded.cbegin(), encoded.cend());
        descriptorOffsets.push_back(quint64(descriptors.size()));
    }
};

EntityStoreBuilder::EntityStoreBuilder(qsizetype expectedEntities, qsizetype expectedDescriptorBytes)
    : d(std::make_unique<Private>())
{
    d->entities.reserve(size_t(expectedEntities));
    d->tagOffsets.reserve(size_t(expectedEntities) + 1);
    d->descriptorOffsets.reserve(size_t(expectedEntities) + 1);
    d->descriptors.reserve(size_t(expectedDescriptorBytes));
}

EntityStoreBuilder::~EntityStoreBuilder() = default;

void EntityStoreBuilder::append(const EntityRecord& record)
{
    d->append(record, true);
}

void EntityStoreBuilder::append(EntityRecord&& record)
{
    d->append(record, true);
    record = EntityRecord();
}

void EntityStoreBuilder::appendWithoutRelations(EntityRecord&& record)
{
    d->append(record, false);
    record = EntityRecord();
}

void EntityStoreBuilder::addRelation(int entity, quint32 type, quint32 target)
{
    d->pendingRelations.push_back({ quint32(entity), { type, target } });
}

quint32 EntityStoreBuilder::intern(QStringView text)
{
    return d->intern(text);
}

QStringView EntityStoreBuilder::string(quint32 id) const
{
    return d->string(id);
}

quint32 EntityStoreBuilder::stringCount() const
{
    return d->stringCount();
}

quint32 EntityStoreBuilder::refId(int entity) const
{
    return d->entities[size_t(entity)].strings[Ref];
}

QStringView EntityStoreBuilder::file(int entity) const
{
    return d->string(d->entities[size_t(entity)].strings[File]);
}

SourcePosition EntityStoreBuilder::position(int entity) const
{
    const PackedEntity& packed = d->entities[size_t(entity)];
    return SourcePosition { packed.line, packed.column };
}

void EntityStoreBuilder::reserveForSourceBytes(qint64 bytes)
{
    // Descriptors take about as many bytes as the YAML they come from, distinct strings about a quarter as many
    // UTF-16 units. Generous on purpose: what is reserved and never used is never touched, so it costs address
    // space only, while growing a 50 MB array by doubling copies it and holds both copies for a moment.
    auto grow = [](auto& vector, qint64 more) {
        const size_t wanted = vector.size() + size_t(std::max<qint64>(more, 0));
        if (vector.capacity() < wanted)
            vector.reserve(wanted);
    };
    grow(d->descriptors, bytes + bytes / 4);
    grow(d->chars, bytes / 2);
    grow(d->entities, bytes / 256);
    grow(d->descriptorOffsets, bytes / 256);
    grow(d->tagOffsets, bytes / 256);
}

qsizetype EntityStoreBuilder::size() const
{
    return qsizetype(d->entities.size());
}

EntityStore EntityStoreBuilder::finish()
{
    // Relations per entity in the order they were added: a stable counting sort by entity.
    Sections& sections = d->sections;
    sections.relationOffsets.assign(sections.entities.size() + 1, 0);
    for (const Private::PendingRelation& pending : d->pendingRelations)
        ++sections.relationOffsets[pending.entity + 1];
    for (size_t e = 1; e < sections.relationOffsets.size(); ++e)
        sections.relationOffsets[e] += sections.relationOffsets[e - 1];
    sections.relations.resize(d->pendingRelations.size());
    {
        std::vector<quint32> next(sections.relationOffsets.begin(), sections.relationOffsets.end() - 1);
        for (const Private::PendingRelation& pending : d->pendingRelations)
            sections.relations[next[pending.entity]++] = pending.relation;
    }
    d->pendingRelations = {};

    auto data = std::make_shared<EntityStoreData>();
    data->built = std::move(d->sections);
    d = std::make_unique<Private>();
    // No shrink_to_fit(): capacity the arrays never used was never touched, so it is address space, not resident
    // memory, while shrinking would copy 100 MB and hold both copies for a moment.
    data->attachBuilt();
    data->buildRefTable();
    return EntityStore(std::move(data));
}

} // namespace Atrium

#pragma once

#include "entity.h"
#include "entityrecord.h"

#include <QStringView>

class QIODevice;

#include <iterator>
#include <memory>
#include <optional>
#include <vector>

namespace Atrium {

/// The entities of one CatalogSnapshot, packed into a single block of memory.
///
/// Why packed: as objects (QStrings, QLists, one allocation each) 100,000 entities took ~280 MB; here every
/// distinct string is stored once as UTF-16 in one arena, each entity is a fixed-size record of string ids,
/// relations are 8 bytes, and descriptors are CBOR bytes in one buffer — about 100 MB for the same catalog.
/// And because the block holds no pointers, the snapshot cache writes it to disk as it is and a warm start reads
/// it back with one read() and a bounds check, instead of rebuilding 100,000 objects.
///
/// Immutable and implicitly shared: copies are cheap, and Entity views stay valid as long as any copy lives.
class EntityStore {
public:
    /// An empty store.
    EntityStore();
    /// The records packed in order (for tests and small catalogs; the loader packs as it links).
    static EntityStore fromRecords(const EntityRecords& records);

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    Entity at(qsizetype index) const;
    Entity operator[](qsizetype index) const { return at(index); }
    Entity constFirst() const { return at(0); }
    Entity constLast() const { return at(size() - 1); }

    /// Index of the entity with canonical ref @p ref (lower case, as Entity::ref()); -1 when none. The first
    /// entity wins when a ref is duplicated, as in Backstage.
    int indexOf(QStringView ref) const;

    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = Entity;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = Entity;

        const_iterator() = default;
        Entity operator*() const { return m_store->at(m_index); }
        const_iterator& operator++()
        {
            ++m_index;
            return *this;
        }
        const_iterator operator++(int)
        {
            const const_iterator old = *this;
            ++m_index;
            return old;
        }
        const_iterator& operator+=(difference_type n)
        {
            m_index += n;
            return *this;
        }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend difference_type operator-(const const_iterator& a, const const_iterator& b)
        {
            return a.m_index - b.m_index;
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.m_index == b.m_index; }

    private:
        friend class EntityStore;
        const_iterator(const EntityStore* store, qsizetype index)
            : m_store(store)
            , m_index(index)
        {
        }
        const EntityStore* m_store = nullptr;
        qsizetype m_index = 0;
    };
    const_iterator begin() const { return { this, 0 }; }
    const_iterator end() const { return { this, size() }; }

    /// Size of the packed block write() writes.
    qsizetype byteSize() const;
    /// Writes the packed block (see fromBytes()); false when @p device fails.
    bool write(QIODevice& device) const;
    /// The packed block in memory, for tests.
    QByteArray toBytes() const;
    /// Bytes held, for budgets and the benchmark.
    qsizetype memoryUsage() const;
    /// Where those bytes go, for the benchmark's breakdown.
    struct Usage {
        qsizetype strings = 0; ///< distinct strings: UTF-16 text and offsets
        qsizetype stringCount = 0;
        qsizetype records = 0; ///< fixed-size entity records
        qsizetype tags = 0;
        qsizetype relations = 0;
        qsizetype relationCount = 0;
        qsizetype descriptors = 0; ///< CBOR bytes and their offsets
        qsizetype refTable = 0;
    };
    Usage usage() const;

    /// A store over @p size bytes written by bytes() (the buffer is taken over). Checks every count, offset and
    /// id against the block's size, so damaged or hostile bytes give nullopt, never an out-of-bounds read.
    static std::optional<EntityStore> fromBytes(std::unique_ptr<quint64[]> buffer, qsizetype size);
    /// Allocates a buffer for fromBytes() that holds @p size bytes, aligned for the block's arrays.
    static std::unique_ptr<quint64[]> allocateBuffer(qsizetype size);

private:
    friend class EntityStoreBuilder;
    explicit EntityStore(std::shared_ptr<const EntityStoreData> data);
    std::shared_ptr<const EntityStoreData> m_data;
};

/// Packs EntityRecords into an EntityStore, in the order they are appended.
class EntityStoreBuilder {
public:
    /// @p expectedEntities and @p expectedDescriptorBytes only size buffers up front.
    explicit EntityStoreBuilder(qsizetype expectedEntities = 0, qsizetype expectedDescriptorBytes = 0);
    ~EntityStoreBuilder();
    EntityStoreBuilder(const EntityStoreBuilder&) = delete;
    EntityStoreBuilder& operator=(const EntityStoreBuilder&) = delete;

    /// Copies @p record in; its descriptor bytes are released right away so that loading does not hold two
    /// copies of the catalog at its peak.
    void append(EntityRecord&& record);
    void append(const EntityRecord& record);
    qsizetype size() const;

    /// Sizes the buffers for entities parsed from about @p bytes of YAML still to come.
    void reserveForSourceBytes(qint64 bytes);
    /// For the linker, which learns relations after the entities: appends @p record without its relations, which
    /// come through addRelation() (type and target as intern() ids; relations keep the order they were added in).
    void appendWithoutRelations(EntityRecord&& record);
    void addRelation(int entity, quint32 type, quint32 target);
    /// One id per distinct text (0 is ""); string() reads it back.
    quint32 intern(QStringView text);
    QStringView string(quint32 id) const;
    quint32 stringCount() const;
    /// What the linker needs of entities already appended: their ref's string id, file and position.
    quint32 refId(int entity) const;
    QStringView file(int entity) const;
    SourcePosition position(int entity) const;

    EntityStore finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Atrium

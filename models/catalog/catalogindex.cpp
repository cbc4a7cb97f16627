#include "catalogindex.h"

#include "common/heapmemory.h"
#include "entityref.h"

#include <QHash>
#include <QtConcurrent>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <bit>
#include <cstring>
#include <deque>
#include <optional>

namespace Atrium {

static_assert(std::tuple_size_v<decltype(CatalogQuery::selected)> == CatalogIndex::FACET_COUNT);

namespace {

using Bits = std::vector<quint64>;

// Sentence punctuation around a word is not part of it ("payments." is "payments"); characters that carry meaning
// in identifiers (- _ / : + # @) stay, so "c++" and "team-a" remain searchable as written.
bool isTrimmed(QChar c)
{
    return c.isSpace() || QStringView(u".,;:!?()[]{}\"'`*<>").contains(c);
}

// Calls @p sink with every token of @p lowered: whitespace-separated, trimmed of sentence punctuation.
template <typename Sink> void forEachToken(QStringView lowered, Sink&& sink)
{
    const qsizetype size = lowered.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && lowered[i].isSpace())
            ++i;
        qsizetype end = i;
        while (end < size && !lowered[end].isSpace())
            ++end;
        qsizetype first = i;
        qsizetype last = end;
        while (first < last && isTrimmed(lowered[first]))
            ++first;
        while (last > first && isTrimmed(lowered[last - 1]))
            --last;
        if (last > first)
            sink(lowered.sliced(first, last - first));
        i = end;
    }
}

Bits makeBits(int count, bool set)
{
    Bits bits(size_t((count + 63) / 64), set ? ~quint64(0) : 0);
    if (set && (count & 63))
        bits.back() = (quint64(1) << (count & 63)) - 1;
    return bits;
}

void andInto(Bits& target, const Bits& other)
{
    for (size_t i = 0; i < target.size(); ++i)
        target[i] &= other[i];
}

int popcount(const Bits& bits)
{
    int count = 0;
    for (quint64 word : bits)
        count += std::popcount(word);
    return count;
}

template <typename Fn> void forEachBit(const Bits& bits, Fn&& fn)
{
    for (size_t w = 0; w < bits.size(); ++w) {
        quint64 word = bits[w];
        while (word) {
            fn(int(w * 64 + size_t(std::countr_zero(word))));
            word &= word - 1;
        }
    }
}

// Backstage's humanizeEntityRef: kind omitted when it is the default one, namespace omitted when "default".
QString shortRefForm(const EntityRef& ref, QStringView defaultKind)
{
    const bool showKind = ref.kind.compare(defaultKind, Qt::CaseInsensitive) != 0;
    const bool showNamespace = ref.ns.compare(EntityRef::defaultNamespace(), Qt::CaseInsensitive) != 0;
    QString result;
    if (showKind)
        result = ref.kind.toLower() % QLatin1Char(':');
    if (showNamespace)
        result += ref.ns % QLatin1Char('/');
    return result + ref.name;
}

QStringView defaultKindOf(CatalogIndex::Facet facet)
{
    return facet == CatalogIndex::Owner ? QStringView(u"Group") : QStringView(u"System");
}

} // namespace

bool CatalogQuery::isEmpty() const
{
    if (starredOnly || problemsOnly || !CatalogIndex::queryWords(text).isEmpty())
        return false;
    return std::all_of(selected.cbegin(), selected.cend(), [](const QStringList& list) { return list.isEmpty(); });
}

QList<int> CatalogQueryResult::acceptedEntities() const
{
    QList<int> result;
    result.reserve(m_acceptedCount);
    for (qsizetype w = 0; w < m_accepted.size(); ++w) {
        quint64 word = m_accepted.at(w);
        while (word) {
            result.append(int(w * 64 + std::countr_zero(word)));
            word &= word - 1;
        }
    }
    return result;
}

CatalogIndexPtr CatalogIndex::create(CatalogSnapshotPtr snapshot, int partitions)
{
    // The constructor is private so every index lives in a shared_ptr (query() hands out shared_from_this()).
    std::shared_ptr<CatalogIndex> index(new CatalogIndex(std::move(snapshot)));
    index->build(partitions);
    // Building used per-range hash tables several times the index's size, on pool threads.
    releaseFreedHeapMemory();
    return index;
}

CatalogIndex::CatalogIndex(CatalogSnapshotPtr snapshot)
    : m_snapshot(snapshot ? std::move(snapshot) : std::make_shared<const CatalogSnapshot>())
{
}

CatalogIndex::~CatalogIndex() = default;

QString CatalogIndex::facetName(Facet facet)
{
    switch (facet) {
    case Kind:
        return tr("Kind");
    case Type:
        return tr("Type");
    case Lifecycle:
        return tr("Lifecycle");
    case Owner:
        return tr("Owner");
    case System:
        return tr("System");
    case Namespace:
        return tr("Namespace");
    case Tag:
        return tr("Tag");
    case FACET_COUNT:
        break;
    }
    return {};
}

QStringList CatalogIndex::queryWords(QStringView text)
{
    QStringList words;
    const QString lowered = text.toString().toLower();
    forEachToken(lowered, [&words](QStringView token) { words.append(token.toString()); });
    return words;
}

namespace {

// The index of a contiguous range of entities with ids local to it. Ranges are built in parallel and merged in
// order, so values and tokens keep their first-seen order whatever the number of ranges.
struct Partial {
    struct Facet {
        QStringList keys;
        QStringList displays;
        QHash<QString, quint32> byKey;
        // Spellings already resolved: value as written, or namespace + U+001F + ref for refs outside "default".
        // Views into the snapshot's strings or into #compositeKeys, which both outlive the build.
        QHash<QStringView, quint32> asWritten;
        std::deque<QString> compositeKeys;
        std::vector<quint32> entityValue; // per entity of the range; not for tags
    };
    std::array<Facet, CatalogIndex::FACET_COUNT> facets;
    std::vector<quint32> tagOffsets { 0 };
    std::vector<quint32> tagValues;
    std::vector<QString> tokens;
    std::vector<quint32> entityTokenOffsets { 0 };
    std::vector<quint32> entityTokens;
};

Partial buildPartial(const EntityStore& entities, int begin, int end)
{
    Partial p;
    const int count = end - begin;
    for (int f = 0; f < CatalogIndex::FACET_COUNT; ++f) {
        if (f != CatalogIndex::Tag)
            p.facets[f].entityValue.reserve(size_t(count));
    }
    p.tagOffsets.reserve(size_t(count) + 1);
    p.entityTokenOffsets.reserve(size_t(count) + 1);
    p.entityTokens.reserve(size_t(count) * 24);

    auto valueId = [&p](CatalogIndex::Facet facet, const QString& key, QStringView display) {
        Partial::Facet& data = p.facets[facet];
        if (const auto it = data.byKey.constFind(key); it != data.byKey.cend())
            return *it;
        const auto id = quint32(data.keys.size());
        data.byKey.insert(key, id);
        data.keys.append(key);
        data.displays.append(display.toString());
        return id;
    };
    // Values repeat on thousands of entities, mostly written the same way: look them up as written first, and only
    // lower-case or parse the first occurrence of each spelling.
    auto plainValue = [&](CatalogIndex::Facet facet, QStringView text) {
        if (text.isEmpty())
            return CatalogIndex::NoValue;
        QHash<QStringView, quint32>& cache = p.facets[facet].asWritten;
        if (const auto it = cache.constFind(text); it != cache.cend())
            return *it;
        const quint32 id = valueId(facet, text.toString().toLower(), text);
        cache.insert(text, id);
        return id;
    };
    auto refValue = [&](CatalogIndex::Facet facet, QStringView text, QStringView ns) {
        if (text.isEmpty())
            return CatalogIndex::NoValue;
        // Refs without a namespace resolve against the entity's; the default namespace needs no key building.
        const bool inDefault = ns == EntityRef::defaultNamespace();
        Partial::Facet& data = p.facets[facet];
        QString composite;
        if (!inDefault)
            composite = ns % QChar(u'\x1f') % text;
        const QStringView cacheKey = inDefault ? text : QStringView(composite);
        if (const auto it = data.asWritten.constFind(cacheKey); it != data.asWritten.cend())
            return *it;
        const std::optional<EntityRef> ref = EntityRef::parse(text, defaultKindOf(facet), ns);
        // An unparsable ref is still a value people may want to find and fix; keep it as written.
        const quint32 id = ref ? valueId(facet, ref->toString(), shortRefForm(*ref, defaultKindOf(facet)))
                               : valueId(facet, text.toString().toLower(), text);
        if (inDefault) {
            data.asWritten.insert(text, id);
        } else {
            data.compositeKeys.push_back(std::move(composite));
            data.asWritten.insert(QStringView(data.compositeKeys.back()), id);
        }
        return id;
    };

    // Full text: distinct tokens of the range, and each entity's distinct token ids.
    QHash<QStringView, quint32> tokenIds; // views into p.tokens, whose heap buffers never move
    tokenIds.reserve(qsizetype(count) * 2);
    std::vector<quint32> local;
    auto addText = [&](QStringView text) {
        if (text.isEmpty())
            return;
        const QString lowered = text.toString().toLower();
        forEachToken(lowered, [&](QStringView token) {
            auto it = tokenIds.constFind(token);
            if (it == tokenIds.cend()) {
                p.tokens.push_back(token.toString());
                it = tokenIds.insert(QStringView(p.tokens.back()), quint32(p.tokens.size() - 1));
            }
            local.push_back(*it);
        });
    };
    // Tokens of facet values, by value id and spelling (`team-a` and `group:default/team-a` are one owner).
    using TokenCache = QHash<QStringView, std::vector<quint32>>; // keys: views into the snapshot
    std::vector<TokenCache> typeTokens, ownerTokens, systemTokens, tagTokens;
    auto addCachedText = [&](std::vector<TokenCache>& cache, quint32 valueId, QStringView text, QStringView canonical) {
        if (valueId == CatalogIndex::NoValue)
            return;
        if (cache.size() <= valueId)
            cache.resize(valueId + 1);
        TokenCache& spellings = cache[valueId];
        if (const auto it = spellings.constFind(text); it != spellings.cend()) {
            local.insert(local.end(), it->cbegin(), it->cend());
            return;
        }
        const size_t start = local.size();
        addText(text);
        addText(canonical);
        spellings.insert(text, std::vector<quint32>(local.cbegin() + qsizetype(start), local.cend()));
    };

    for (int e = begin; e < end; ++e) {
        const Entity entity = entities.at(e);
        // The packed fields only: decoding 100,000 descriptors here would cost more than the whole index.
        const QStringView ns = entity.ns();
        const QStringView kind = entity.kind();
        const QStringView name = entity.name();
        const QStringView title = entity.title();
        const QStringView description = entity.description();
        const QStringView type = entity.specType();
        const QStringView lifecycle = entity.lifecycle();
        const QStringView owner = entity.owner();
        const QStringView system = entity.system();

        const quint32 typeId = plainValue(CatalogIndex::Type, type);
        const quint32 ownerId = refValue(CatalogIndex::Owner, owner, ns);
        const quint32 systemId = refValue(CatalogIndex::System, system, ns);
        p.facets[CatalogIndex::Kind].entityValue.push_back(plainValue(CatalogIndex::Kind, kind));
        p.facets[CatalogIndex::Type].entityValue.push_back(typeId);
        p.facets[CatalogIndex::Lifecycle].entityValue.push_back(plainValue(CatalogIndex::Lifecycle, lifecycle));
        p.facets[CatalogIndex::Namespace].entityValue.push_back(plainValue(CatalogIndex::Namespace, ns));
        p.facets[CatalogIndex::Owner].entityValue.push_back(ownerId);
        p.facets[CatalogIndex::System].entityValue.push_back(systemId);

        local.clear();
        addText(name);
        addText(title);
        addText(description);
        addCachedText(typeTokens, typeId, type, QStringView());
        // Owner and system as written and as canonical refs, so `group:default/team-a` finds what `team-a`
        // (written in namespace default) owns.
        addCachedText(ownerTokens, ownerId, owner,
                      ownerId == CatalogIndex::NoValue ? QStringView()
                                                       : QStringView(p.facets[CatalogIndex::Owner].keys.at(ownerId)));
        addCachedText(systemTokens, systemId, system,
                      systemId == CatalogIndex::NoValue
                          ? QStringView()
                          : QStringView(p.facets[CatalogIndex::System].keys.at(systemId)));

        const size_t tagStart = p.tagValues.size();
        for (int t = 0, tagCount = entity.tagCount(); t < tagCount; ++t) {
            const QStringView tag = entity.tag(t);
            const quint32 id = plainValue(CatalogIndex::Tag, tag);
            if (id == CatalogIndex::NoValue)
                continue;
            if (std::find(p.tagValues.cbegin() + qsizetype(tagStart), p.tagValues.cend(), id) == p.tagValues.cend())
                p.tagValues.push_back(id);
            addCachedText(tagTokens, id, tag, QStringView());
        }
        p.tagOffsets.push_back(quint32(p.tagValues.size()));

        std::sort(local.begin(), local.end());
        local.erase(std::unique(local.begin(), local.end()), local.end());
        p.entityTokens.insert(p.entityTokens.end(), local.cbegin(), local.cend());
        p.entityTokenOffsets.push_back(quint32(p.entityTokens.size()));
    }
    return p;
}

} // namespace

void CatalogIndex::build(int partitions)
{
    const EntityStore& entities = m_snapshot->entities;
    m_entityCount = int(entities.size());

    // Ranges of at least 8192 entities: below that, starting threads costs more than it saves.
    if (partitions <= 0)
        partitions = std::clamp(m_entityCount / 8192, 1, std::max(1, QThread::idealThreadCount()));
    partitions = std::clamp(partitions, 1, std::max(1, m_entityCount));
    const auto rangeStart = [this, partitions](int i) { return int(qint64(m_entityCount) * i / partitions); };
    std::vector<Partial> parts(static_cast<size_t>(partitions));
    {
        // A private pool: create() is usually itself running on the global pool, and waiting there for tasks queued
        // behind it deadlocks once every global thread is such a waiter (Qt 6.4's blockingMapped does just that).
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(1, std::min(partitions - 1, QThread::idealThreadCount())));
        QList<QFuture<void>> running;
        for (int i = 1; i < partitions; ++i) {
            running.append(QtConcurrent::run(&pool, [&entities, &parts, &rangeStart, i] {
                parts[size_t(i)] = buildPartial(entities, rangeStart(i), rangeStart(i + 1));
            }));
        }
        parts[0] = buildPartial(entities, 0, rangeStart(1));
        for (QFuture<void>& future : running)
            future.waitForFinished();
    }

    // Merge facets: local value ids -> global ids, in range order so the first-seen order is global.
    std::array<QHash<QString, quint32>, FACET_COUNT> globalIds;
    std::array<std::vector<std::vector<quint32>>, FACET_COUNT> facetMaps;
    for (int f = 0; f < FACET_COUNT; ++f) {
        FacetData& data = m_facets[f];
        for (const Partial& part : parts) {
            const Partial::Facet& local = part.facets[f];
            std::vector<quint32> map(size_t(local.keys.size()));
            for (qsizetype i = 0; i < local.keys.size(); ++i) {
                const QString& key = local.keys.at(i);
                auto it = globalIds[f].constFind(key);
                if (it == globalIds[f].cend()) {
                    it = globalIds[f].insert(key, quint32(data.keys.size()));
                    data.keys.append(key);
                    data.displays.append(local.displays.at(i));
                }
                map[size_t(i)] = *it;
            }
            facetMaps[f].push_back(std::move(map));
        }
        data.totals = QList<int>(data.keys.size(), 0);
        if (f == Tag)
            continue;
        data.entityValue.reserve(size_t(m_entityCount));
        for (size_t p = 0; p < parts.size(); ++p) {
            for (quint32 id : parts[p].facets[f].entityValue)
                data.entityValue.push_back(id == NoValue ? NoValue : facetMaps[f][p][id]);
        }
        for (quint32 id : data.entityValue) {
            if (id != NoValue)
                ++data.totals[id];
        }
    }
    m_tagOffsets.reserve(size_t(m_entityCount) + 1);
    m_tagOffsets.push_back(0);
    for (size_t p = 0; p < parts.size(); ++p) {
        const Partial& part = parts[p];
        for (size_t e = 0; e + 1 < part.tagOffsets.size(); ++e) {
            for (quint32 i = part.tagOffsets[e]; i < part.tagOffsets[e + 1]; ++i) {
                const quint32 id = facetMaps[Tag][p][part.tagValues[i]];
                m_tagValues.push_back(id);
                ++m_facets[Tag].totals[id];
            }
            m_tagOffsets.push_back(quint32(m_tagValues.size()));
        }
    }

    // Merge vocabularies into one '\0'-separated buffer; token ids are positions in it. The first range's tokens
    // are all new and in order, so only later ranges need the lookup.
    QHash<QStringView, quint32> tokenIds; // views into the partials' token strings, alive until the end
    std::vector<std::vector<quint32>> tokenMaps;
    std::vector<QStringView> tokens;
    for (size_t p = 0; p < parts.size(); ++p) {
        const Partial& part = parts[p];
        std::vector<quint32> map(part.tokens.size());
        const bool lookedUpLater = p + 1 < parts.size();
        if (lookedUpLater)
            tokenIds.reserve(tokenIds.size() + qsizetype(part.tokens.size()));
        for (size_t i = 0; i < part.tokens.size(); ++i) {
            const QStringView token(part.tokens[i]);
            if (p > 0) {
                if (const auto it = tokenIds.constFind(token); it != tokenIds.cend()) {
                    map[i] = *it;
                    continue;
                }
            }
            map[i] = quint32(tokens.size());
            tokens.push_back(token);
            if (lookedUpLater)
                tokenIds.insert(token, map[i]);
        }
        tokenMaps.push_back(std::move(map));
    }
    const size_t tokenCount = tokens.size();
    m_tokenOffsets.reserve(tokenCount + 1);
    qsizetype vocabularyBytes = 0;
    for (QStringView token : tokens)
        vocabularyBytes += token.size() + 1; // exact for ASCII; grows for the rest
    m_vocabulary.reserve(vocabularyBytes);
    for (QStringView token : tokens) {
        m_tokenOffsets.push_back(quint32(m_vocabulary.size()));
        // Most tokens are ASCII: copy them without a temporary QByteArray each.
        const bool ascii = std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (ascii) {
            const qsizetype at = m_vocabulary.size();
            m_vocabulary.resize(at + token.size());
            char* out = m_vocabulary.data() + at;
            for (QChar c : token)
                *out++ = char(c.unicode());
        } else {
            m_vocabulary += token.toUtf8();
        }
        m_vocabulary += '\0';
    }
    m_tokenOffsets.push_back(quint32(m_vocabulary.size()));
    m_vocabulary.squeeze();

    // Postings: count, prefix-sum, fill in entity order, so every list is sorted.
    m_postingOffsets.assign(tokenCount + 1, 0);
    for (size_t p = 0; p < parts.size(); ++p) {
        for (quint32 token : parts[p].entityTokens)
            ++m_postingOffsets[tokenMaps[p][token] + 1];
    }
    for (size_t t = 0; t < tokenCount; ++t)
        m_postingOffsets[t + 1] += m_postingOffsets[t];
    m_postings.resize(m_postingOffsets.back());
    std::vector<quint32> cursor(m_postingOffsets.cbegin(), m_postingOffsets.cend() - 1);
    quint32 entity = 0;
    for (size_t p = 0; p < parts.size(); ++p) {
        const Partial& part = parts[p];
        for (size_t e = 0; e + 1 < part.entityTokenOffsets.size(); ++e, ++entity) {
            for (quint32 i = part.entityTokenOffsets[e]; i < part.entityTokenOffsets[e + 1]; ++i)
                m_postings[cursor[tokenMaps[p][part.entityTokens[i]]]++] = entity;
        }
    }
    m_tagValues.shrink_to_fit();

    // Problems: errors flagged on the entity plus every problem reported against its ref.
    m_problemCount.assign(size_t(m_entityCount), 0);
    for (const Problem& problem : m_snapshot->problems) {
        if (problem.entityRef.isEmpty())
            continue;
        const int e = indexOf(problem.entityRef);
        if (e >= 0 && m_problemCount[size_t(e)] < 0xffff)
            ++m_problemCount[size_t(e)];
    }
    for (int e = 0; e < m_entityCount; ++e) {
        if (entities.at(e).hasErrors() && m_problemCount[size_t(e)] == 0)
            m_problemCount[size_t(e)] = 1;
    }
}

int CatalogIndex::indexOf(QStringView ref) const
{
    if (ref.isEmpty())
        return -1;
    const EntityStore& entities = m_snapshot->entities;
    const int index = entities.indexOf(ref.toString().toLower());
    if (index >= 0)
        return index;
    if (const std::optional<EntityRef> parsed = EntityRef::parse(ref))
        return entities.indexOf(parsed->toString());
    return -1;
}

Entity CatalogIndex::find(QStringView ref) const
{
    const int index = indexOf(ref);
    return index < 0 ? Entity() : m_snapshot->entities.at(index);
}

int CatalogIndex::facetValueId(Facet facet, QStringView keyOrDisplay) const
{
    const FacetData& data = m_facets[facet];
    const QString lowered = keyOrDisplay.toString().toLower();
    for (qsizetype i = 0; i < data.keys.size(); ++i) {
        if (data.keys.at(i) == lowered)
            return int(i);
    }
    if (facet == Owner || facet == System) {
        if (const std::optional<EntityRef> ref = EntityRef::parse(keyOrDisplay, defaultKindOf(facet))) {
            const qsizetype i = data.keys.indexOf(ref->toString());
            if (i >= 0)
                return int(i);
        }
    }
    for (qsizetype i = 0; i < data.displays.size(); ++i) {
        if (data.displays.at(i).compare(keyOrDisplay, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

QString CatalogIndex::entityFacetDisplay(Facet facet, int entityIndex) const
{
    if (facet == Tag) {
        QStringList tags;
        for (quint32 i = m_tagOffsets[entityIndex]; i < m_tagOffsets[entityIndex + 1]; ++i)
            tags.append(m_facets[Tag].displays.at(m_tagValues[i]));
        return tags.join(QStringLiteral(", "));
    }
    const quint32 id = m_facets[facet].entityValue[entityIndex];
    return id == NoValue ? QString() : m_facets[facet].displays.at(id);
}

void CatalogIndex::collectWord(const QByteArray& word, std::vector<quint64>& bits) const
{
    const char* vocabulary = m_vocabulary.constData();
    const size_t size = size_t(m_vocabulary.size());
    size_t pos = 0;
    while (pos < size) {
        const void* hit = memmem(vocabulary + pos, size - pos, word.constData(), size_t(word.size()));
        if (!hit)
            break;
        const auto offset = quint32(static_cast<const char*>(hit) - vocabulary);
        const auto next = std::upper_bound(m_tokenOffsets.cbegin(), m_tokenOffsets.cend(), offset);
        const size_t token = size_t(next - m_tokenOffsets.cbegin()) - 1;
        for (quint32 i = m_postingOffsets[token]; i < m_postingOffsets[token + 1]; ++i) {
            const quint32 e = m_postings[i];
            bits[e >> 6] |= quint64(1) << (e & 63);
        }
        pos = *next; // one hit per token is enough
    }
}

CatalogQueryResult CatalogIndex::query(const CatalogQuery& query) const
{
    CatalogQueryResult result;
    result.m_index = shared_from_this();
    result.m_entityCount = m_entityCount;
    const int n = m_entityCount;

    Bits base = makeBits(n, true);
    bool filtered = false;
    for (const QString& word : queryWords(query.text)) {
        Bits hits = makeBits(n, false);
        collectWord(word.toUtf8(), hits);
        andInto(base, hits);
        filtered = true;
    }
    if (query.starredOnly) {
        Bits starred = makeBits(n, false);
        for (const QString& ref : query.starredRefs) {
            const int e = indexOf(ref);
            if (e >= 0)
                starred[size_t(e) >> 6] |= quint64(1) << (e & 63);
        }
        andInto(base, starred);
        filtered = true;
    }
    if (query.problemsOnly) {
        for (int e = 0; e < n; ++e) {
            if (m_problemCount[size_t(e)] == 0)
                base[size_t(e) >> 6] &= ~(quint64(1) << (e & 63));
        }
        filtered = true;
    }

    // Per facet with a selection: the entities having one of the selected values.
    std::array<std::optional<Bits>, FACET_COUNT> selections;
    for (int f = 0; f < FACET_COUNT; ++f) {
        if (query.selected[f].isEmpty())
            continue;
        std::vector<char> wanted(size_t(facetValueCount(Facet(f))), 0);
        for (const QString& value : query.selected[f]) {
            const int id = facetValueId(Facet(f), value);
            if (id >= 0)
                wanted[size_t(id)] = 1;
        }
        Bits bits = makeBits(n, false);
        if (f == Tag) {
            for (int e = 0; e < n; ++e) {
                for (quint32 i = m_tagOffsets[e]; i < m_tagOffsets[e + 1]; ++i) {
                    if (wanted[m_tagValues[i]]) {
                        bits[size_t(e) >> 6] |= quint64(1) << (e & 63);
                        break;
                    }
                }
            }
        } else {
            const std::vector<quint32>& values = m_facets[f].entityValue;
            for (int e = 0; e < n; ++e) {
                const quint32 id = values[size_t(e)];
                if (id != NoValue && wanted[id])
                    bits[size_t(e) >> 6] |= quint64(1) << (e & 63);
            }
        }
        selections[f] = std::move(bits);
        filtered = true;
    }

    if (!filtered) {
        result.m_accepted = QList<quint64>(base.cbegin(), base.cend());
        result.m_acceptedCount = n;
        for (int f = 0; f < FACET_COUNT; ++f)
            result.m_facetCounts[f] = m_facets[f].totals;
        return result;
    }

    Bits accepted = base;
    for (const std::optional<Bits>& selection : selections) {
        if (selection)
            andInto(accepted, *selection);
    }

    // Counts of a facet ignore that facet's own selection: one pass over `accepted` serves every facet without a
    // selection, each facet with one gets a pass over base ∧ the other selections.
    auto countFacets
        = [this](const Bits& bits, const std::vector<int>& facets, std::array<QList<int>, FACET_COUNT>& out) {
              std::array<int*, FACET_COUNT> counts {};
              for (int f : facets) {
                  out[f] = QList<int>(facetValueCount(Facet(f)), 0);
                  counts[f] = out[f].data();
              }
              forEachBit(bits, [&](int e) {
                  for (int f : facets) {
                      if (f == Tag) {
                          for (quint32 i = m_tagOffsets[e]; i < m_tagOffsets[e + 1]; ++i)
                              ++counts[Tag][m_tagValues[i]];
                      } else {
                          const quint32 id = m_facets[f].entityValue[size_t(e)];
                          if (id != NoValue)
                              ++counts[f][id];
                      }
                  }
              });
          };
    std::vector<int> unselected;
    for (int f = 0; f < FACET_COUNT; ++f) {
        if (!selections[f])
            unselected.push_back(f);
    }
    countFacets(accepted, unselected, result.m_facetCounts);
    for (int f = 0; f < FACET_COUNT; ++f) {
        if (!selections[f])
            continue;
        Bits others = base;
        for (int g = 0; g < FACET_COUNT; ++g) {
            if (g != f && selections[g])
                andInto(others, *selections[g]);
        }
        countFacets(others, { f }, result.m_facetCounts);
    }

    result.m_acceptedCount = popcount(accepted);
    result.m_accepted = QList<quint64>(accepted.cbegin(), accepted.cend());
    return result;
}

qsizetype CatalogIndex::memoryUsage() const
{
    auto vectorBytes = [](const auto& v) {
        return qsizetype(v.capacity() * sizeof(typename std::decay_t<decltype(v)>::value_type));
    };
    // QString payload plus its header; QList element; a rough hash-free estimate since lookups scan the key list.
    auto stringsBytes = [](const QStringList& list) {
        qsizetype bytes = list.capacity() * qsizetype(sizeof(QString));
        for (const QString& s : list)
            bytes += s.capacity() * 2 + 16;
        return bytes;
    };
    qsizetype bytes = sizeof(*this);
    for (const FacetData& facet : m_facets) {
        bytes += stringsBytes(facet.keys) + stringsBytes(facet.displays)
            + facet.totals.capacity() * qsizetype(sizeof(int)) + vectorBytes(facet.entityValue);
    }
    bytes += vectorBytes(m_tagOffsets) + vectorBytes(m_tagValues) + vectorBytes(m_problemCount);
    bytes += m_vocabulary.capacity() + vectorBytes(m_tokenOffsets) + vectorBytes(m_postingOffsets)
        + vectorBytes(m_postings);
    return bytes;
}

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            // Compare digit runs by value: skip leading zeros, then the longer run is larger.
            qsizetype ie = i;
            qsizetype je = j;
            while (ie < a.size() && a[ie].isDigit())
                ++ie;
            while (je < b.size() && b[je].isDigit())
                ++je;
            qsizetype is = i;
            qsizetype js = j;
            while (is + 1 < ie && a[is].digitValue() == 0)
                ++is;
            while (js + 1 < je && b[js].digitValue() == 0)
                ++js;
            if (ie - is != je - js)
                return ie - is < je - js ? -1 : 1;
            for (; is < ie; ++is, ++js) {
                const int da = a[is].digitValue();
                const int db = b[js].digitValue();
                if (da != db)
                    return da < db ? -1 : 1;
            }
            i = ie;
            j = je;
            continue;
        }
        const char32_t ca = a[i].toCaseFolded().unicode();
        const char32_t cb = b[j].toCaseFolded().unicode();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

QString naturalSortKey(QStringView text)
{
    // Case-folded text where each digit run becomes '0' (sorts where naturalCompare puts digits relative to other
    // characters), a length character (shorter numbers first), then the digits without leading zeros.
    QString folded = text.toString().toCaseFolded();
    const auto isDigit = [](QChar c) { return c.isDigit(); };
    if (std::none_of(folded.cbegin(), folded.cend(), isDigit))
        return folded;
    QString key;
    key.reserve(folded.size() + 8);
    qsizetype i = 0;
    while (i < folded.size()) {
        if (!folded[i].isDigit()) {
            key.append(folded[i]);
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < folded.size() && folded[end].isDigit())
            ++end;
        qsizetype start = i;
        while (start + 1 < end && folded[start].digitValue() == 0)
            ++start;
        key.append(QLatin1Char('0'));
        key.append(QChar(char16_t(0x20 + std::min<qsizetype>(end - start, 0xffdf))));
        for (qsizetype d = start; d < end; ++d)
            key.append(QChar(char16_t(u'0' + folded[d].digitValue())));
        i = end;
    }
    return key;
}

} // namespace Atrium

#include "palettesource.h"

#include "fuzzymatcher.h"

#include <algorithm>

namespace Atrium {

namespace {

// Between the kind and the ref in an entity's subtitle.
constexpr QStringView SubtitleSeparator = u" · ";

quint64 itemMask(const PaletteItem& item)
{
    return FuzzyMatcher::characterMask(item.title) | FuzzyMatcher::characterMask(item.subtitle)
        | FuzzyMatcher::characterMask(item.keywords);
}

} // namespace

PaletteSourcePtr PaletteSource::create(CatalogIndexPtr catalog, QList<PaletteItem> items)
{
    std::shared_ptr<PaletteSource> source(new PaletteSource);
    source->m_catalog = std::move(catalog);
    source->setItems(std::move(items));
    if (source->m_catalog) {
        const EntityStore& entities = source->m_catalog->snapshot()->entities;
        const size_t count = source->m_masks.size() + size_t(entities.size());
        source->m_masks.reserve(count);
        source->m_titleMasks.reserve(count);
        source->m_categories.reserve(count);
        for (const Entity entity : entities) {
            const QStringView title = entity.displayName();
            const quint64 titleMask = FuzzyMatcher::characterMask(title);
            source->m_masks.push_back(titleMask | FuzzyMatcher::characterMask(entity.ref()));
            source->m_titleMasks.push_back(titleMask);
            source->m_categories.push_back(entityCategory(entity.kind()));
            source->m_compactTitles.append(title);
            source->m_compactDetails.append(entity.ref());
        }
        source->m_titleRanks.resize(source->m_masks.size());
        rankTitles(*source, source->itemCount(), source->count());
    }
    return source;
}

PaletteSourcePtr PaletteSource::withItems(QList<PaletteItem> items) const
{
    std::shared_ptr<PaletteSource> source(new PaletteSource);
    source->m_catalog = m_catalog;
    source->setItems(std::move(items));
    source->m_masks.insert(source->m_masks.end(), m_masks.begin() + itemCount(), m_masks.end());
    source->m_titleMasks.insert(source->m_titleMasks.end(), m_titleMasks.begin() + itemCount(), m_titleMasks.end());
    source->m_categories.insert(source->m_categories.end(), m_categories.begin() + itemCount(), m_categories.end());
    source->m_titleRanks.insert(source->m_titleRanks.end(), m_titleRanks.begin() + itemCount(), m_titleRanks.end());
    source->m_compactTitles = m_compactTitles;
    source->m_compactDetails = m_compactDetails;
    return source;
}

void PaletteSource::setItems(QList<PaletteItem> items)
{
    m_items = std::move(items);
    m_masks.clear();
    m_titleMasks.clear();
    m_categories.clear();
    for (const PaletteItem& item : std::as_const(m_items)) {
        m_masks.push_back(itemMask(item));
        m_titleMasks.push_back(FuzzyMatcher::characterMask(item.title));
        m_categories.push_back(item.category);
    }
    m_titleRanks.resize(m_masks.size());
    rankTitles(*this, 0, itemCount());
}

void PaletteSource::rankTitles(PaletteSource& source, int begin, int end)
{
    // Most comparisons are settled by the first sixteen lower-cased characters, packed into two integers; only
    // titles that share them (or have other than ASCII there) are compared as strings. For 100,000 titles this
    // halves the time of comparing strings throughout (about 170 ms on the project's machine).
    struct Key {
        quint64 head = 0;
        quint64 tail = 0;
        int index = 0;
    };
    std::vector<Key> keys(size_t(end - begin));
    for (int index = begin; index < end; ++index) {
        const QStringView title = source.title(index);
        Key& key = keys[size_t(index - begin)];
        key.index = index;
        for (qsizetype i = 0; i < 16; ++i) {
            quint64 byte = 0;
            if (i < title.size()) {
                const char16_t c = title[i].unicode();
                byte = c >= 128 ? 0xff : c >= u'A' && c <= u'Z' ? c + 32 : c;
            }
            (i < 8 ? key.head : key.tail) |= byte << (8 * (7 - i % 8));
        }
    }
    std::sort(keys.begin(), keys.end(), [&source](const Key& a, const Key& b) {
        if (a.head != b.head)
            return a.head < b.head;
        if (a.tail != b.tail)
            return a.tail < b.tail;
        const int byTitle = source.title(a.index).compare(source.title(b.index), Qt::CaseInsensitive);
        return byTitle != 0 ? byTitle < 0 : a.index < b.index;
    });
    for (int position = 0; position < end - begin; ++position)
        source.m_titleRanks[size_t(keys[size_t(position)].index)] = position;
}

QStringView PaletteSource::title(int index) const
{
    if (index < itemCount())
        return m_items.at(index).title;
    return m_catalog->snapshot()->entities.at(index - itemCount()).displayName();
}

QStringView PaletteSource::detail(int index) const
{
    if (index < itemCount())
        return m_items.at(index).subtitle;
    return m_catalog->snapshot()->entities.at(index - itemCount()).ref();
}

QStringView PaletteSource::keywords(int index) const
{
    return index < itemCount() ? QStringView(m_items.at(index).keywords) : QStringView();
}

QLatin1StringView PaletteSource::compact(const CompactTexts& texts, int index) const
{
    if (index < itemCount())
        return {};
    const size_t entity = size_t(index - itemCount());
    const quint32 begin = texts.offsets[entity];
    const quint32 end = texts.offsets[entity + 1];
    return begin == end ? QLatin1StringView() : QLatin1StringView(texts.bytes.constData() + begin, end - begin);
}

void PaletteSource::CompactTexts::append(QStringView text)
{
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 256; }))
        bytes.append(text.toLatin1());
    offsets.push_back(quint32(bytes.size()));
}

int PaletteSource::detailOffset(int index) const
{
    if (index < itemCount())
        return 0;
    return int(m_catalog->snapshot()->entities.at(index - itemCount()).kind().size() + SubtitleSeparator.size());
}

PaletteItem PaletteSource::item(int index) const
{
    if (index < itemCount())
        return m_items.at(index);
    const Entity entity = m_catalog->snapshot()->entities.at(index - itemCount());
    PaletteItem item;
    item.category = category(index);
    item.id = entity.ref().toString();
    item.title = entity.displayName().toString();
    item.subtitle = entity.kind() % SubtitleSeparator % entity.ref();
    return item;
}

std::optional<PaletteItem> PaletteSource::current(const PaletteItem& item) const
{
    switch (item.category) {
    case PaletteItem::Category::Entity:
    case PaletteItem::Category::Template: {
        const int entity = m_catalog ? m_catalog->indexOf(item.id) : -1;
        return entity < 0 ? std::nullopt : std::optional<PaletteItem>(this->item(itemCount() + entity));
    }
    case PaletteItem::Category::Page:
    case PaletteItem::Category::Command:
        for (const PaletteItem& registered : m_items) {
            if (registered.isSameTarget(item))
                return registered;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

qsizetype PaletteSource::memoryUsage() const
{
    const auto bytes = [](const auto& vector) { return qsizetype(vector.capacity() * sizeof(vector[0])); };
    return bytes(m_masks) + bytes(m_titleMasks) + bytes(m_categories) + bytes(m_titleRanks)
        + m_compactTitles.bytes.capacity() + bytes(m_compactTitles.offsets) + m_compactDetails.bytes.capacity()
        + bytes(m_compactDetails.offsets);
}

PaletteItem::Category PaletteSource::entityCategory(QStringView kind)
{
    return kind.compare(u"template", Qt::CaseInsensitive) == 0 ? PaletteItem::Category::Template
                                                               : PaletteItem::Category::Entity;
}

} // namespace Atrium

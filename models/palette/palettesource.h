#pragma once

#include "catalog/catalogindex.h"
#include "paletteitem.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace Atrium {

class PaletteSource;
using PaletteSourcePtr = std::shared_ptr<const PaletteSource>;

/// Everything the command palette searches: the pages and commands the main window registers, then every entity
/// of the current catalog (kind Template in category Template).
///
/// Entities are not copied into PaletteItems: a search reads their names straight from the snapshot, and only the
/// few results shown become items. What is kept per entity is a 64-bit character mask, so a query skips the
/// entities that lack one of its characters without reading their strings, the rank of its title for ordering ties,
/// and compact Latin-1 copies of the title and the ref (about 6 MB for 100,000), scanned in order instead of
/// gathered from the store: with one or two letters typed nearly every entity is read, and that reading was most
/// of a search's time.
/// Immutable once created: a search on a worker thread shares it with the GUI thread.
class PaletteSource {
public:
    /// Builds masks, title ranks and compact texts: about 50 ms and 9 MiB for 100,000 entities, so call it off the GUI
    /// thread for big catalogs.
    static PaletteSourcePtr create(CatalogIndexPtr catalog, QList<PaletteItem> items);
    /// The same catalog (and its masks, not rebuilt) with other pages and commands.
    PaletteSourcePtr withItems(QList<PaletteItem> items) const;

    int count() const { return int(m_masks.size()); }
    /// Pages and commands come first: index < itemCount().
    int itemCount() const { return int(m_items.size()); }
    const QList<PaletteItem>& items() const { return m_items; }
    const CatalogIndexPtr& catalog() const { return m_catalog; }

    quint64 mask(int index) const { return m_masks[size_t(index)]; }
    /// The mask of the title alone: a word it lacks is matched against the other fields straight away.
    quint64 titleMask(int index) const { return m_titleMasks[size_t(index)]; }
    PaletteItem::Category category(int index) const { return m_categories[size_t(index)]; }
    /// Position of the title in case-insensitive order, among the pages and commands or among the entities.
    /// Ranking 100,000 tied results by name compares these instead of strings.
    int titleRank(int index) const { return m_titleRanks[size_t(index)]; }
    /// The text of candidate @p index as matched (views valid as long as the source lives): its title, its detail
    /// (an entity's ref, shown after `Kind · `; an item's subtitle) and keywords (never shown).
    QStringView title(int index) const;
    QStringView detail(int index) const;
    QStringView keywords(int index) const;
    /// Title and detail as Latin-1 for entities whose text is all Latin-1 (nearly all); a null view otherwise.
    QLatin1StringView compactTitle(int index) const { return compact(m_compactTitles, index); }
    QLatin1StringView compactDetail(int index) const { return compact(m_compactDetails, index); }
    /// Where detail starts inside the item's subtitle, to move match positions there.
    int detailOffset(int index) const;
    PaletteItem item(int index) const;
    /// @p item as this source has it now (a title translated again, an entity renamed by a reload), or nullopt when
    /// it can no longer be gone to: a page or command no longer registered, an entity no longer in the catalog.
    std::optional<PaletteItem> current(const PaletteItem& item) const;

    static PaletteItem::Category entityCategory(QStringView kind);

    /// Bytes held beyond the snapshot and the items, for budgets and the benchmark.
    qsizetype memoryUsage() const;

private:
    PaletteSource() = default;
    void setItems(QList<PaletteItem> items);
    static void rankTitles(PaletteSource& source, int begin, int end);

    CatalogIndexPtr m_catalog;
    QList<PaletteItem> m_items;
    // Per candidate (items, then entities): the character masks of everything matched and of the title.
    std::vector<quint64> m_masks;
    std::vector<quint64> m_titleMasks;
    std::vector<PaletteItem::Category> m_categories;
    std::vector<int> m_titleRanks;
    // One text per entity, Latin-1: entity i spans [offsets[i], offsets[i + 1]); empty when the text has other
    // characters (titles and refs are never empty).
    struct CompactTexts {
        QByteArray bytes;
        std::vector<quint32> offsets { 0 };
        void append(QStringView text);
    };
    QLatin1StringView compact(const CompactTexts& texts, int index) const;
    CompactTexts m_compactTitles;
    CompactTexts m_compactDetails;
};

} // namespace Atrium

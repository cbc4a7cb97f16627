#pragma once

#include "catalogsnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace Atrium {

class CatalogIndex;
using CatalogIndexPtr = std::shared_ptr<const CatalogIndex>;

/// What the user asked the catalog for: free text plus facet selections.
/// Plain value type: build it on any thread, run it with CatalogIndex::query().
struct CatalogQuery {
    /// Split on whitespace; every word must occur (case-insensitive substring) in the entity's name, title,
    /// description, tags, owner, type or system. Owner and system match as written and as canonical refs.
    QString text;
    /// Selected values per facet (index = CatalogIndex::Facet), as keys or display forms: OR within a facet,
    /// AND across facets. An empty list does not filter.
    std::array<QStringList, 7> selected;
    /// Refs of the user's starred entities (any case); feed EntityTableModel::StarredRole too.
    QSet<QString> starredRefs;
    bool starredOnly = false;
    bool problemsOnly = false;

    bool isEmpty() const;
};

/// The answer to one CatalogQuery: which entities pass, and the facet counts that go with it.
/// Cheap to copy (implicitly shared), safe to hand from a worker thread to the GUI thread.
class CatalogQueryResult {
public:
    CatalogQueryResult() = default;

    /// The index this result was computed on; results of an older index must not be applied to a newer model.
    const CatalogIndexPtr& index() const { return m_index; }
    bool isValid() const { return m_index != nullptr; }

    bool accepts(int entityIndex) const
    {
        return entityIndex >= 0 && entityIndex < m_entityCount
            && (m_accepted.at(entityIndex >> 6) >> (entityIndex & 63) & 1u);
    }
    int acceptedCount() const { return m_acceptedCount; }
    /// Accepted entity indexes in snapshot order.
    QList<int> acceptedEntities() const;

    /// Per facet value id (see CatalogIndex::facetValueCount): the entities with that value which pass the text,
    /// the starred/problems filters and the OTHER facets' selections; this facet's own selection is ignored, so
    /// the counts of its alternatives stay visible (standard faceted search).
    const QList<int>& facetCounts(int facet) const { return m_facetCounts.at(facet); }

private:
    friend class CatalogIndex;
    CatalogIndexPtr m_index;
    int m_entityCount = 0;
    int m_acceptedCount = 0;
    QList<quint64> m_accepted; // bitset over entity indexes
    std::array<QList<int>, 7> m_facetCounts;
};

/// Read-only search structures over one CatalogSnapshot: ref lookup, facets, and a full-text index.
///
/// Build it on a worker thread with create(); afterwards every member is const and may be used from any thread.
///
/// Text search is substring matching against a deduplicated vocabulary of lower-cased, whitespace-separated tokens,
/// not against every entity's strings. Substring rather than prefix because catalog names are compound identifiers
/// (`payment-gateway`, `checkout-svc`, `team-payments`) that people search by any part, and because Backstage's own
/// catalog text filter (plugin-catalog-react `EntityTextFilter`) matches with `includes`. The vocabulary is one UTF-8
/// buffer searched with memmem, so one query word costs one scan of a few MB plus the union of the postings of the
/// tokens it hits.
class CatalogIndex : public std::enable_shared_from_this<CatalogIndex> {
    Q_DECLARE_TR_FUNCTIONS(Atrium::CatalogIndex)
public:
    enum Facet { Kind, Type, Lifecycle, Owner, System, Namespace, Tag, FACET_COUNT };
    static constexpr quint32 NoValue = 0xffffffffu;

    /// Builds the index; large catalogs are split into ranges indexed in parallel on the global thread pool.
    /// @p partitions forces the number of ranges (tests use it to check that merging changes nothing); 0 = automatic.
    static CatalogIndexPtr create(CatalogSnapshotPtr snapshot, int partitions = 0);
    ~CatalogIndex();
    CatalogIndex(const CatalogIndex&) = delete;
    CatalogIndex& operator=(const CatalogIndex&) = delete;

    const CatalogSnapshotPtr& snapshot() const { return m_snapshot; }
    int entityCount() const { return m_entityCount; }

    /// Index into snapshot()->entities for @p ref, case-insensitive; -1 when unknown.
    /// Accepts the canonical form and the short forms parseEntityRef accepts with a kind (`component:petstore`).
    int indexOf(QStringView ref) const;
    Entity find(QStringView ref) const; ///< invalid when unknown

    /// Translated facet name ("Kind", "Owner", ...).
    static QString facetName(Facet facet);

    int facetValueCount(Facet facet) const { return int(m_facets[facet].keys.size()); }
    /// Normalised identity of a value: lower case; owners and systems as canonical refs (`group:default/team-a`).
    QString facetKey(Facet facet, int valueId) const { return m_facets[facet].keys.at(valueId); }
    /// What people see: as first written; owners and systems in Backstage's short form (`team-a`, `ops/team-a`,
    /// `user:jane`).
    QString facetDisplay(Facet facet, int valueId) const { return m_facets[facet].displays.at(valueId); }
    /// Value id for a key or a display form (any case); -1 when no entity has it.
    int facetValueId(Facet facet, QStringView keyOrDisplay) const;
    /// Entities with each value, ignoring any query.
    const QList<int>& facetTotals(Facet facet) const { return m_facets[facet].totals; }

    /// The entity's value of a single-valued facet, or NoValue. Not for Tag.
    quint32 entityFacetValue(Facet facet, int entityIndex) const { return m_facets[facet].entityValue[entityIndex]; }
    /// Display form of the entity's owner / system etc. ("" when it has none).
    QString entityFacetDisplay(Facet facet, int entityIndex) const;
    /// Entity has an error or any problem (of any severity) reported against its ref.
    bool hasProblems(int entityIndex) const { return m_problemCount.at(entityIndex) > 0; }
    int problemCount(int entityIndex) const { return m_problemCount.at(entityIndex); }

    CatalogQueryResult query(const CatalogQuery& query) const;

    /// Bytes held by the index structures (not the snapshot), for budgets and the benchmark.
    qsizetype memoryUsage() const;
    int vocabularySize() const { return int(m_tokenOffsets.size()) - 1; }

    /// Lower-cased query words, split on whitespace, with sentence punctuation trimmed as in the index.
    static QStringList queryWords(QStringView text);

private:
    explicit CatalogIndex(CatalogSnapshotPtr snapshot);
    void build(int partitions);
    // Adds to @p bits every entity that has a token containing @p word (UTF-8, lower case).
    void collectWord(const QByteArray& word, std::vector<quint64>& bits) const;

    struct FacetData {
        QStringList keys;
        QStringList displays;
        QList<int> totals;
        std::vector<quint32> entityValue; // single-valued facets: value id per entity
    };

    CatalogSnapshotPtr m_snapshot;
    int m_entityCount = 0;
    std::array<FacetData, FACET_COUNT> m_facets;
    // Tags: CSR of value ids per entity.
    std::vector<quint32> m_tagOffsets;
    std::vector<quint32> m_tagValues;
    std::vector<quint16> m_problemCount;

    // Full text: '\0'-separated lower-case UTF-8 tokens; token i spans [m_tokenOffsets[i], m_tokenOffsets[i+1]-1).
    QByteArray m_vocabulary;
    std::vector<quint32> m_tokenOffsets;
    // Postings: entity ids of token i are m_postings[m_postingOffsets[i] .. m_postingOffsets[i+1]), ascending.
    std::vector<quint32> m_postingOffsets;
    std::vector<quint32> m_postings;
};

/// Natural, case-insensitive ordering: "svc2" < "svc10", "Alpha" == "alpha". Returns <0, 0, >0.
int naturalCompare(QStringView a, QStringView b);
/// A key whose plain (code unit) order is naturalCompare's order, for sorting many strings: compute once per
/// string instead of case-folding and scanning digit runs in every comparison.
QString naturalSortKey(QStringView text);

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::CatalogQuery)
Q_DECLARE_METATYPE(Atrium::CatalogQueryResult)

#pragma once

#include "fuzzymatcher.h"
#include "palettesource.h"

#include <vector>

namespace Atrium {

/// One palette query, run over a PaletteSource: every whitespace-separated word must fuzzy-match the title, the
/// detail (an entity's ref) or the keywords, in any order. A word scores in full in the title and half elsewhere;
/// the item's score is the sum. Results are ordered by score, then category, then title.
///
/// A pure function of its inputs, meant for QtConcurrent::run. Over 100,000 entities the character masks skip
/// most of them for queries of three or more characters, and large sources are split into ranges scored in
/// parallel; only the top results are then matched again to find the positions to highlight.
class PaletteSearch {
public:
    static constexpr int DefaultLimit = 50;
    /// Sources at least this big are scored in parallel ranges.
    static constexpr int ParallelThreshold = 16384;

    explicit PaletteSearch(QStringView query);

    /// No words: run() lists the recent items, then the pages and commands.
    bool isEmpty() const { return m_words.empty(); }

    /// The best @p limit matches. For an empty query: @p recent (newest first) that @p source still has, as it has
    /// them now, then its pages and commands.
    PaletteResults run(const PaletteSource& source, int limit = DefaultLimit,
                       const QList<PaletteItem>& recent = {}) const;

    /// The score of candidate @p index, nullopt when some word does not match it.
    std::optional<int> score(const PaletteSource& source, int index) const;
    /// The item with its score and match positions; score 0 and no positions when it does not match.
    PaletteResult result(const PaletteSource& source, int index) const;

private:
    struct Hit {
        int score;
        PaletteItem::Category category;
        int index;
    };
    std::optional<int> evaluate(const PaletteSource& source, int index, PaletteResult* result) const;
    std::vector<Hit> scoreRange(const PaletteSource& source, int begin, int end, int limit) const;
    void keepBest(const PaletteSource& source, std::vector<Hit>& hits, int limit) const;
    PaletteResults recentAndCommands(const PaletteSource& source, int limit, const QList<PaletteItem>& recent) const;

    std::vector<FuzzyMatcher> m_words;
    quint64 m_mask = 0;
};

} // namespace Atrium

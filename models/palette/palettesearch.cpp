#include "palettesearch.h"

#include <QtConcurrent>
#include <QThread>

#include <algorithm>

namespace Atrium {

PaletteSearch::PaletteSearch(QStringView query)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= query.size(); ++i) {
        const bool space = i == query.size() || query.at(i).isSpace();
        if (!space && start < 0)
            start = i;
        if (space && start >= 0) {
            m_words.emplace_back(query.mid(start, i - start));
            m_mask |= m_words.back().mask();
            start = -1;
        }
    }
}

std::optional<int> PaletteSearch::score(const PaletteSource& source, int index) const
{
    return evaluate(source, index, nullptr);
}

PaletteResult PaletteSearch::result(const PaletteSource& source, int index) const
{
    PaletteResult result;
    result.item = source.item(index);
    evaluate(source, index, &result);
    return result;
}

namespace {

std::optional<int> scoreDetail(const FuzzyMatcher& word, const PaletteSource& source, int index)
{
    const QLatin1StringView compact = source.compactDetail(index);
    return compact.data() ? word.score(compact) : word.score(source.detail(index));
}

} // namespace

std::optional<int> PaletteSearch::evaluate(const PaletteSource& source, int index, PaletteResult* result) const
{
    if ((source.mask(index) & m_mask) != m_mask)
        return std::nullopt;
    const quint64 titleMask = source.titleMask(index);
    int total = 0;
    for (const FuzzyMatcher& word : m_words) {
        const bool titleMayMatch = (titleMask & word.mask()) == word.mask();
        if (!result) {
            std::optional<int> score;
            if (titleMayMatch) {
                const QLatin1StringView compact = source.compactTitle(index);
                score = compact.data() ? word.score(compact) : word.score(source.title(index));
            }
            if (score)
                total += *score;
            else if (const std::optional<int> detail = scoreDetail(word, source, index))
                total += *detail / 2;
            else if (const std::optional<int> keywords = word.score(source.keywords(index)))
                total += *keywords / 2;
            else
                return std::nullopt;
            continue;
        }
        // Positions are wanted for the few results shown only: no compact title needed.
        if (const std::optional<FuzzyMatch> match
            = titleMayMatch ? word.match(source.title(index)) : std::optional<FuzzyMatch>()) {
            total += match->score;
            result->titlePositions.append(match->positions);
        } else if (const std::optional<FuzzyMatch> detail = word.match(source.detail(index))) {
            total += detail->score / 2;
            const int offset = source.detailOffset(index);
            for (const int position : detail->positions)
                result->subtitlePositions.append(offset + position);
        } else if (const std::optional<int> keywords = word.score(source.keywords(index))) {
            total += *keywords / 2;
        } else {
            result->titlePositions.clear();
            result->subtitlePositions.clear();
            return std::nullopt;
        }
    }
    if (result) {
        // Two words may match the same characters; each is highlighted once.
        for (QList<int>* positions : { &result->titlePositions, &result->subtitlePositions }) {
            std::sort(positions->begin(), positions->end());
            positions->erase(std::unique(positions->begin(), positions->end()), positions->end());
        }
        result->score = total;
    }
    return total;
}

PaletteResults PaletteSearch::run(const PaletteSource& source, int limit, const QList<PaletteItem>& recent) const
{
    if (isEmpty())
        return recentAndCommands(source, limit, recent);

    std::vector<Hit> hits;
    const int count = source.count();
    if (count < ParallelThreshold) {
        hits = scoreRange(source, 0, count, limit);
    } else {
        // One range per core, the last on this thread. Waiting on a range no pool thread has taken yet runs it
        // here, so this cannot starve when it is itself a pool job (as the palette's searches are).
        const int parts = std::max(2, QThread::idealThreadCount());
        const auto rangeStart = [count, parts](int part) { return int(qint64(count) * part / parts); };
        QList<QFuture<std::vector<Hit>>> running;
        for (int part = 0; part < parts - 1; ++part) {
            running.append(
                QtConcurrent::run([this, &source, limit, begin = rangeStart(part), end = rangeStart(part + 1)] {
                    return scoreRange(source, begin, end, limit);
                }));
        }
        hits = scoreRange(source, rangeStart(parts - 1), count, limit);
        for (QFuture<std::vector<Hit>>& part : running) {
            const std::vector<Hit> partHits = part.result();
            hits.insert(hits.end(), partHits.begin(), partHits.end());
        }
        keepBest(source, hits, limit);
    }

    PaletteResults results;
    results.reserve(qsizetype(hits.size()));
    for (const Hit& hit : hits)
        results.append(result(source, hit.index));
    return results;
}

std::vector<PaletteSearch::Hit> PaletteSearch::scoreRange(const PaletteSource& source, int begin, int end,
                                                          int limit) const
{
    std::vector<Hit> hits;
    for (int index = begin; index < end; ++index) {
        if (const std::optional<int> score = evaluate(source, index, nullptr))
            hits.push_back({ *score, source.category(index), index });
    }
    keepBest(source, hits, limit);
    return hits;
}

void PaletteSearch::keepBest(const PaletteSource& source, std::vector<Hit>& hits, int limit) const
{
    // Pages and commands before entities of the same category (only when a caller files them so), each by title.
    const auto before = [&source](const Hit& a, const Hit& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.category != b.category)
            return a.category < b.category;
        const bool itemA = a.index < source.itemCount();
        const bool itemB = b.index < source.itemCount();
        if (itemA != itemB)
            return itemA;
        return source.titleRank(a.index) < source.titleRank(b.index);
    };
    // Only the few that are shown get sorted; for one letter most of 100,000 entities match.
    if (hits.size() > size_t(limit)) {
        std::nth_element(hits.begin(), hits.begin() + limit, hits.end(), before);
        hits.resize(size_t(limit));
    }
    std::sort(hits.begin(), hits.end(), before);
}

PaletteResults PaletteSearch::recentAndCommands(const PaletteSource& source, int limit,
                                                const QList<PaletteItem>& recent) const
{
    PaletteResults results;
    const auto add = [&results](const PaletteItem& item) {
        const bool shown = std::any_of(results.cbegin(), results.cend(),
                                       [&item](const PaletteResult& result) { return result.item.isSameTarget(item); });
        if (!shown)
            results.append({ item, 0, {}, {} });
    };
    for (const PaletteItem& item : recent) {
        if (const std::optional<PaletteItem> current = source.current(item))
            add(*current);
    }
    for (const PaletteItem& item : source.items())
        add(item);
    if (results.size() > limit)
        results.resize(limit);
    return results;
}

} // namespace Atrium

#include "fuzzymatcher.h"

#include <algorithm>
#include <climits>
#include <numeric>
#include <vector>

namespace Atrium {

namespace {

// Longer texts are matched on their beginning only: the palette shows names and refs, and the backtracking
// table stores columns as 16-bit numbers.
constexpr qsizetype MaxTextLength = 1024;
constexpr qsizetype MaxPatternLength = 64;
constexpr int NoScore = INT_MIN / 4;
constexpr int ValidScore = NoScore / 2;

inline char16_t fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
    return c.toCaseFolded().unicode();
}

inline bool isSeparator(char16_t c)
{
    switch (c) {
    case u'-':
    case u'_':
    case u'/':
    case u':':
    case u'.':
    case u' ':
    case u'\t':
    case u'\\':
    case u',':
    case u'@':
        return true;
    default:
        return false;
    }
}

template <typename Text> int bonusAt(Text text, qsizetype j)
{
    const QChar c(text[j]);
    if (isSeparator(c.unicode()))
        return 0;
    if (j == 0)
        return FuzzyMatcher::WordStartBonus;
    const QChar previous(text[j - 1]);
    if (isSeparator(previous.unicode()))
        return FuzzyMatcher::WordStartBonus;
    if ((c.isUpper() && previous.isLower()) || (c.isDigit() && !previous.isDigit()))
        return FuzzyMatcher::CamelCaseBonus;
    return 0;
}

// One set per thread, reused: scoring 100,000 texts must not allocate 100,000 tables.
struct Table {
    std::vector<char16_t> lower;
    std::vector<qint8> bonus;
    std::vector<int> score; // [pattern index][column]: best score with that pattern character at that column
    std::vector<qint16> from; // the column of the previous pattern character on that best path
    std::vector<qint8> carry; // word-start bonus of the consecutive run the cell ends (fzf keeps it for the run)
};
thread_local Table t_table;

template <typename Text> bool startsWithFolded(Text text, const QString& pattern)
{
    if (text.size() < pattern.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (fold(QChar(text[i])) != pattern.at(i).unicode())
            return false;
    }
    return true;
}

} // namespace

FuzzyMatcher::FuzzyMatcher(QStringView pattern)
{
    pattern = pattern.left(MaxPatternLength);
    m_pattern.reserve(pattern.size());
    for (const QChar c : pattern)
        m_pattern.append(QChar(fold(c)));
    m_mask = characterMask(m_pattern);
}

std::optional<FuzzyMatch> FuzzyMatcher::match(QStringView text) const
{
    FuzzyMatch result;
    const std::optional<int> score = run(text, &result.positions);
    if (!score)
        return std::nullopt;
    result.score = *score;
    return result;
}

std::optional<int> FuzzyMatcher::score(QStringView text) const
{
    return run(text, nullptr);
}

std::optional<int> FuzzyMatcher::score(QLatin1StringView text) const
{
    return run(text, nullptr);
}

template <typename Text> std::optional<int> FuzzyMatcher::run(Text text, QList<int>* positions) const
{
    const qsizetype m = m_pattern.size();
    if (m == 0)
        return 0;
    text = text.left(MaxTextLength);
    const qsizetype n = text.size();
    if (n < m)
        return std::nullopt;
    const char16_t* pattern = reinterpret_cast<const char16_t*>(m_pattern.utf16());

    // A greedy pass rejects most texts cheaply and bounds the table: nothing can match before the first
    // occurrence of the first character or after the last occurrence of the last one.
    qsizetype first = -1;
    qsizetype matched = 0;
    for (qsizetype j = 0; j < n && matched < m; ++j) {
        if (fold(QChar(text[j])) == pattern[matched]) {
            if (matched == 0)
                first = j;
            ++matched;
        }
    }
    if (matched < m)
        return std::nullopt;
    if (m == 1)
        return runOneCharacter(text, first, positions);
    qsizetype last = n - 1;
    while (fold(QChar(text[last])) != pattern[m - 1])
        --last;
    const qsizetype width = last - first + 1;

    Table& table = t_table;
    table.lower.resize(width);
    table.bonus.resize(width);
    table.score.resize(m * width);
    table.from.resize(m * width);
    table.carry.resize(m * width);
    for (qsizetype k = 0; k < width; ++k) {
        table.lower[k] = fold(QChar(text[first + k]));
        // Bonuses count only where a pattern character can stand.
        table.bonus[k] = std::find(pattern, pattern + m, table.lower[k]) != pattern + m
            ? qint8(bonusAt(text, first + k))
            : qint8(0);
    }

    for (qsizetype i = 0; i < m; ++i) {
        int* row = table.score.data() + i * width;
        qint16* from = table.from.data() + i * width;
        qint8* carry = table.carry.data() + i * width;
        const int* previousRow = row - width;
        const qint8* previousCarry = carry - width;
        // Best path into a gap: the previous character at some column <= k - 2, less the gap's cost so far. Kept
        // twice: over all columns, and over word starts only (for the acronym bonus).
        int gapBest = NoScore;
        qint16 gapFrom = -1;
        int acronymBest = NoScore;
        qint16 acronymFrom = -1;
        for (qsizetype k = 0; k < width; ++k) {
            if (i > 0 && k >= 2) {
                gapBest += GapExtension;
                acronymBest += GapExtension;
                const int candidate = previousRow[k - 2] + GapStart;
                if (previousRow[k - 2] > ValidScore && candidate > gapBest) {
                    gapBest = candidate;
                    gapFrom = qint16(k - 2);
                }
                if (previousRow[k - 2] > ValidScore && table.bonus[k - 2] >= WordStartBonus
                    && candidate > acronymBest) {
                    acronymBest = candidate;
                    acronymFrom = qint16(k - 2);
                }
            }
            if (k < i || table.lower[k] != pattern[i]) {
                row[k] = NoScore;
                continue;
            }
            const int bonus = table.bonus[k];
            if (i == 0) {
                row[k] = MatchScore + bonus * FirstCharacterMultiplier;
                from[k] = -1;
                carry[k] = qint8(bonus);
                continue;
            }
            int best = NoScore;
            qint16 bestFrom = -1;
            qint8 bestCarry = qint8(bonus);
            if (k >= 1 && previousRow[k - 1] > ValidScore) {
                const qint8 runCarry
                    = bonus >= WordStartBonus && bonus > previousCarry[k - 1] ? qint8(bonus) : previousCarry[k - 1];
                best = previousRow[k - 1] + MatchScore + std::max({ bonus, int(runCarry), int(ConsecutiveBonus) });
                bestFrom = qint16(k - 1);
                bestCarry = runCarry;
            }
            if (gapBest > ValidScore && gapBest + MatchScore + bonus > best) {
                best = gapBest + MatchScore + bonus;
                bestFrom = gapFrom;
                bestCarry = qint8(bonus);
            }
            if (bonus >= WordStartBonus && acronymBest > ValidScore
                && acronymBest + MatchScore + bonus + AcronymBonus > best) {
                best = acronymBest + MatchScore + bonus + AcronymBonus;
                bestFrom = acronymFrom;
                bestCarry = qint8(bonus);
            }
            row[k] = best;
            from[k] = bestFrom;
            carry[k] = bestCarry;
        }
    }

    const int* lastRow = table.score.data() + (m - 1) * width;
    const qsizetype end = std::max_element(lastRow, lastRow + width) - lastRow;
    int score = lastRow[end];
    const bool prefix = startsWithFolded(text, m_pattern);
    if (prefix)
        score += PrefixBonus + (n == m ? ExactBonus : 0);
    if (positions) {
        positions->resize(m);
        if (prefix) {
            // The text starts with the pattern: show that, even where a scattered path scores the same.
            std::iota(positions->begin(), positions->end(), 0);
        } else {
            qsizetype k = end;
            for (qsizetype i = m - 1; i >= 0; --i) {
                (*positions)[i] = int(first + k);
                k = table.from[i * width + k];
            }
        }
    }
    return score;
}

// The common first keystroke, without the table: the best single position is the one with the highest bonus.
template <typename Text>
std::optional<int> FuzzyMatcher::runOneCharacter(Text text, qsizetype first, QList<int>* positions) const
{
    const char16_t character = m_pattern.at(0).unicode();
    qsizetype best = first;
    int bestBonus = bonusAt(text, first);
    for (qsizetype j = first + 1; j < text.size() && bestBonus < WordStartBonus; ++j) {
        if (fold(QChar(text[j])) != character)
            continue;
        const int bonus = bonusAt(text, j);
        if (bonus > bestBonus) {
            best = j;
            bestBonus = bonus;
        }
    }
    int score = MatchScore + bestBonus * FirstCharacterMultiplier;
    if (first == 0) {
        best = 0;
        score += PrefixBonus + (text.size() == 1 ? ExactBonus : 0);
    }
    if (positions)
        *positions = { int(best) };
    return score;
}

quint64 FuzzyMatcher::characterMask(QStringView text)
{
    quint64 mask = 0;
    for (const QChar c : text) {
        const char16_t folded = fold(c);
        if (folded >= u'a' && folded <= u'z')
            mask |= quint64(1) << (folded - u'a');
        else if (folded >= u'0' && folded <= u'9')
            mask |= quint64(1) << (26 + folded - u'0');
        else if (folded != u' ' && folded != u'\t')
            mask |= quint64(1) << (36 + folded % 28);
    }
    return mask;
}

} // namespace Atrium

#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Atrium {

/// Where one pattern matched a text, and how well.
struct FuzzyMatch {
    int score = 0;
    QList<int> positions; ///< ascending indexes into the text, one per pattern character
};

/// Case-insensitive subsequence matching of one word, scored the way fzf and VS Code's quick open do.
///
/// Every pattern character must appear in the text in order. Among all the ways it can, the best one is chosen by
/// dynamic programming: characters at word starts (after `-`, `_`, `/`, `:`, `.`, a space, or a camelCase hump)
/// and runs of consecutive characters earn bonuses, gaps cost a little per skipped character, and a text that
/// starts with the pattern, or is it, ranks above all that merely contain it. Skipping from one word start to the
/// next earns an acronym bonus, so `pgw` finds `payment-gateway` before `postgres-writer`.
///
/// Immutable after construction and safe to share between threads.
class FuzzyMatcher {
public:
    enum Score {
        MatchScore = 16,
        GapStart = -3, ///< the first skipped character
        GapExtension = -1, ///< every further skipped character
        WordStartBonus = 8,
        CamelCaseBonus = 7,
        ConsecutiveBonus = 4,
        FirstCharacterMultiplier = 2, ///< the first pattern character's word-start bonus counts this often
        AcronymBonus = 8, ///< a word start right after a match at the previous word start
        PrefixBonus = 24,
        ExactBonus = 48, ///< on top of PrefixBonus
    };

    /// @p pattern is one word; it is folded to lower case. Patterns longer than 64 characters are cut.
    explicit FuzzyMatcher(QStringView pattern);

    const QString& pattern() const { return m_pattern; }
    bool isEmpty() const { return m_pattern.isEmpty(); }
    /// characterMask() of the pattern: a text can only match if its mask has all these bits.
    quint64 mask() const { return m_mask; }

    /// The best match of the pattern in @p text, nullopt when it is not a subsequence. An empty pattern matches
    /// everything with score 0.
    std::optional<FuzzyMatch> match(QStringView text) const;
    /// The best score alone, without allocating: for ranking many texts before taking positions of the best.
    std::optional<int> score(QStringView text) const;
    /// The same for a Latin-1 text: the palette keeps compact copies of entity titles to scan them faster.
    std::optional<int> score(QLatin1StringView text) const;

    /// A 64-bit set of the (lower-cased) characters in @p text: letters and digits have a bit each, everything
    /// else shares the rest by hashing. Whitespace is left out.
    static quint64 characterMask(QStringView text);

private:
    template <typename Text> std::optional<int> run(Text text, QList<int>* positions) const;
    template <typename Text>
    std::optional<int> runOneCharacter(Text text, qsizetype first, QList<int>* positions) const;

    QString m_pattern;
    quint64 m_mask = 0;
};

} // namespace Atrium

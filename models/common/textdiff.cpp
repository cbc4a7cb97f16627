#include "textdiff.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <vector>

namespace Atrium {

namespace {

struct SplitText {
    QList<QStringView> lines;
    bool missingNewline = false; ///< the last line has no `\n`
};

SplitText splitLines(QStringView text)
{
    SplitText result;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            result.lines.append(text.mid(start));
            result.missingNewline = true;
            break;
        }
        result.lines.append(text.mid(start, end - start));
        start = end + 1;
    }
    return result;
}

/// Lines as numbers, equal lines equal numbers, so that the search compares integers. A last line without its line
/// break gets a number of its own: "a" and "a\n" differ, as they do for diff and git.
class LineInterner {
public:
    std::vector<int> intern(const SplitText& text)
    {
        std::vector<int> ids;
        ids.reserve(size_t(text.lines.size()));
        for (qsizetype i = 0; i < text.lines.size(); ++i) {
            const auto it = m_ids.constFind(text.lines.at(i));
            const int id = it != m_ids.cend() ? *it : *m_ids.insert(text.lines.at(i), int(m_ids.size()));
            const bool open = text.missingNewline && i + 1 == text.lines.size();
            ids.push_back(id * 2 + (open ? 1 : 0));
        }
        return ids;
    }

private:
    QHash<QStringView, int> m_ids;
};

/// Myers' "An O(ND) Difference Algorithm and Its Variations" (1986), section 4b: the linear-space refinement that
/// finds the middle snake of the shortest edit script and recurses on both sides.
class MyersDiff {
public:
    MyersDiff(const std::vector<int>& a, const std::vector<int>& b)
        : m_a(a)
        , m_b(b)
        , m_removed(a.size(), false)
        , m_added(b.size(), false)
        , m_forward(a.size() + b.size() + 3)
        , m_backward(a.size() + b.size() + 3)
    {
    }

    void run() { diff(0, int(m_a.size()), 0, int(m_b.size())); }

    const std::vector<bool>& removed() const { return m_removed; }
    const std::vector<bool>& added() const { return m_added; }
    bool approximate() const { return m_approximate; }

private:
    /// Beyond this many rounds a middle-snake search settles for the furthest point it reached: the search costs
    /// O(bound² + (N+M)·bound) instead of O((N+M)·D), and the script stays correct, only possibly longer.
    static constexpr int SearchBound = 1024;
    static constexpr int Unreached = INT_MIN / 4;

    struct Snake {
        int x0, y0, x1, y1;
    };

    void diff(int aLo, int aHi, int bLo, int bHi)
    {
        // The part after each middle snake is handled by the loop rather than by recursion, so that a long chain of
        // bounded searches cannot exhaust the stack.
        for (;;) {
            while (aLo < aHi && bLo < bHi && m_a[size_t(aLo)] == m_b[size_t(bLo)]) {
                ++aLo;
                ++bLo;
            }
            while (aLo < aHi && bLo < bHi && m_a[size_t(aHi - 1)] == m_b[size_t(bHi - 1)]) {
                --aHi;
                --bHi;
            }
            if (aLo == aHi || bLo == bHi) {
                std::fill(m_removed.begin() + aLo, m_removed.begin() + aHi, true);
                std::fill(m_added.begin() + bLo, m_added.begin() + bHi, true);
                return;
            }
            const Snake snake = middleSnake(aLo, aHi, bLo, bHi);
            diff(aLo, snake.x0, bLo, snake.y0);
            aLo = snake.x1;
            bLo = snake.y1;
        }
    }

    /// The diagonals k = x - y that round d may reach, within the n × m grid and of d's parity.
    static std::pair<int, int> diagonals(int d, int n, int m)
    {
        const int low = d <= m ? -d : -m + ((d - m) & 1);
        const int high = d <= n ? d : n - ((d - n) & 1);
        return { low, high };
    }

    /// The furthest x reachable on diagonal k from the furthest points of the neighbouring diagonals in @p v, or
    /// Unreached when neither step stays inside the grid.
    static int nextX(const int* v, int k, int n, int m)
    {
        int x = Unreached;
        if (const int down = v[k + 1]; down >= 0 && down - k <= m)
            x = down;
        if (const int right = v[k - 1] + 1; v[k - 1] >= 0 && right <= n && right > x)
            x = right;
        return x;
    }

    Snake middleSnake(int aLo, int aHi, int bLo, int bHi)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int delta = n - m;
        const bool odd = (delta & 1) != 0;
        // Diagonals run from -(m + 1) to n + 1, so the arrays are offset by m + 1.
        int* vf = m_forward.data() + m + 1;
        int* vb = m_backward.data() + m + 1;
        std::fill(vf - m - 1, vf + n + 2, Unreached);
        std::fill(vb - m - 1, vb + n + 2, Unreached);
        vf[1] = 0;
        vb[1] = 0;
        const auto a = [&](int x) { return m_a[size_t(aLo + x)]; };
        const auto b = [&](int y) { return m_b[size_t(bLo + y)]; };
        const auto aFromEnd = [&](int x) { return m_a[size_t(aHi - 1 - x)]; };
        const auto bFromEnd = [&](int y) { return m_b[size_t(bHi - 1 - y)]; };

        for (int d = 0;; ++d) {
            const auto [low, high] = diagonals(d, n, m);
            Snake furthest { 0, 0, 0, 0 };
            int furthestSum = -1;
            for (int k = low; k <= high; k += 2) {
                int x = nextX(vf, k, n, m);
                if (x == Unreached)
                    continue;
                int y = x - k;
                const int x0 = x;
                const int y0 = y;
                while (x < n && y < m && a(x) == b(y)) {
                    ++x;
                    ++y;
                }
                vf[k] = x;
                const Snake snake { aLo + x0, bLo + y0, aLo + x, bLo + y };
                if (const int c = delta - k; odd && c >= -(d - 1) && c <= d - 1 && vb[c] >= 0 && x + vb[c] >= n)
                    return snake;
                if (x + y > furthestSum) {
                    furthestSum = x + y;
                    furthest = snake;
                }
            }
            if (d >= SearchBound && furthestSum > 0) {
                m_approximate = true;
                return furthest;
            }
            for (int c = low; c <= high; c += 2) {
                int x = nextX(vb, c, n, m);
                if (x == Unreached)
                    continue;
                int y = x - c;
                const int x0 = x;
                const int y0 = y;
                while (x < n && y < m && aFromEnd(x) == bFromEnd(y)) {
                    ++x;
                    ++y;
                }
                vb[c] = x;
                if (const int k = delta - c; !odd && k >= -d && k <= d && vf[k] >= 0 && vf[k] + x >= n)
                    return { aHi - x, bHi - y, aHi - x0, bHi - y0 };
            }
        }
    }

    const std::vector<int>& m_a;
    const std::vector<int>& m_b;
    std::vector<bool> m_removed;
    std::vector<bool> m_added;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
    bool m_approximate = false;
};

QString range(int start, int count)
{
    return count == 1 ? QString::number(start) : QString::number(start) + QLatin1Char(',') + QString::number(count);
}

} // namespace

QString DiffHunk::header() const
{
    return QLatin1String("@@ -") + range(oldStart, oldCount) + QLatin1String(" +") + range(newStart, newCount)
        + QLatin1String(" @@");
}

QString TextDiff::unified(const QString& oldName, const QString& newName) const
{
    if (hunks.isEmpty())
        return {};
    QString out = QLatin1String("--- ") + oldName + QLatin1String("\n+++ ") + newName + QLatin1Char('\n');
    for (const DiffHunk& hunk : hunks) {
        out += hunk.header() + QLatin1Char('\n');
        for (const DiffLine& line : hunk.lines) {
            const QChar prefix = line.kind == DiffLine::Kind::Added ? u'+'
                : line.kind == DiffLine::Kind::Removed              ? u'-'
                                                                    : u' ';
            out += prefix + line.text + QLatin1Char('\n');
            if (line.missingNewline)
                out += QLatin1String("\\ No newline at end of file\n");
        }
    }
    return out;
}

TextDiff TextDiff::compute(QStringView oldText, QStringView newText, int contextLines)
{
    contextLines = std::max(0, contextLines);
    const SplitText oldLines = splitLines(oldText);
    const SplitText newLines = splitLines(newText);
    LineInterner interner;
    const std::vector<int> a = interner.intern(oldLines);
    const std::vector<int> b = interner.intern(newLines);
    MyersDiff myers(a, b);
    myers.run();

    // The edit script in order: removals before additions within a change, as diff writes them.
    struct Op {
        DiffLine::Kind kind;
        int oldIndex;
        int newIndex;
    };
    std::vector<Op> ops;
    ops.reserve(std::max(a.size(), b.size()));
    for (int i = 0, j = 0; i < int(a.size()) || j < int(b.size());) {
        if (i < int(a.size()) && myers.removed()[size_t(i)])
            ops.push_back({ DiffLine::Kind::Removed, i++, j });
        else if (j < int(b.size()) && myers.added()[size_t(j)])
            ops.push_back({ DiffLine::Kind::Added, i, j++ });
        else
            ops.push_back({ DiffLine::Kind::Context, i++, j++ });
    }

    TextDiff result;
    result.approximate = myers.approximate();
    const auto isChange = [&](size_t i) { return ops[i].kind != DiffLine::Kind::Context; };
    const auto makeLine = [&](const Op& op) {
        DiffLine line;
        line.kind = op.kind;
        if (op.kind != DiffLine::Kind::Added) {
            line.oldLine = op.oldIndex + 1;
            line.text = oldLines.lines.at(op.oldIndex).toString();
            line.missingNewline = oldLines.missingNewline && op.oldIndex + 1 == int(a.size());
        }
        if (op.kind != DiffLine::Kind::Removed) {
            line.newLine = op.newIndex + 1;
            if (op.kind == DiffLine::Kind::Added) {
                line.text = newLines.lines.at(op.newIndex).toString();
                line.missingNewline = newLines.missingNewline && op.newIndex + 1 == int(b.size());
            }
        }
        return line;
    };

    const size_t context = size_t(contextLines);
    size_t i = 0;
    while (i < ops.size()) {
        while (i < ops.size() && !isChange(i))
            ++i;
        if (i == ops.size())
            break;
        const size_t start = i > context ? i - context : 0;
        // Changes closer than twice the context share a hunk, so that no line is shown twice.
        size_t changeEnd = i;
        for (size_t probe = i; probe < ops.size() && probe <= changeEnd + 2 * context; ++probe) {
            if (isChange(probe))
                changeEnd = probe + 1;
        }
        const size_t end = std::min(ops.size(), changeEnd + context);

        DiffHunk hunk;
        hunk.oldStart = ops[start].oldIndex;
        hunk.newStart = ops[start].newIndex;
        for (size_t p = start; p < end; ++p) {
            const DiffLine line = makeLine(ops[p]);
            if (line.kind != DiffLine::Kind::Added)
                ++hunk.oldCount;
            if (line.kind != DiffLine::Kind::Removed)
                ++hunk.newCount;
            if (line.kind == DiffLine::Kind::Added)
                ++result.added;
            if (line.kind == DiffLine::Kind::Removed)
                ++result.removed;
            hunk.lines.append(line);
        }
        // 1-based first lines; a side without lines names the line before the hunk instead.
        if (hunk.oldCount > 0)
            ++hunk.oldStart;
        if (hunk.newCount > 0)
            ++hunk.newStart;
        result.hunks.append(hunk);
        i = end;
    }
    return result;
}

} // namespace Atrium

// The line diff behind the wizard's "Changes" view: unified hunks as diff -u writes them, fast on large inputs.

#include "common/ansiescapes.h"
#include "common/textdiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

#if defined(__SANITIZE_ADDRESS__)
// A Debug build under AddressSanitizer runs this code about ten times slower.
constexpr qint64 timeBudgetMs = 20000;
#else
// About seven times what the 2-core machine needs, for a loaded machine.
constexpr qint64 timeBudgetMs = 2000;
#endif

QString numberedLines(int from, int to)
{
    QString text;
    for (int i = from; i <= to; ++i)
        text += u"line "_s + QString::number(i) + u'\n';
    return text;
}

/// Applies @p diff's hunks to @p oldText: a diff is correct when it turns the old text into the new one.
QString patched(const QString& oldText, const TextDiff& diff)
{
    QStringList oldLines = oldText.isEmpty() ? QStringList() : oldText.split(u'\n');
    const bool oldEndsWithNewline = oldText.endsWith(u'\n');
    if (oldEndsWithNewline)
        oldLines.removeLast();
    QStringList out;
    bool lastIsOpen = false; // the last line written has no line break
    int next = 0; // 0-based index of the next old line to copy
    const auto copyOld = [&] {
        out.append(oldLines.at(next));
        lastIsOpen = !oldEndsWithNewline && next + 1 == oldLines.size();
        ++next;
    };
    for (const DiffHunk& hunk : diff.hunks) {
        const int first = hunk.oldCount == 0 ? hunk.oldStart : hunk.oldStart - 1;
        while (next < first)
            copyOld();
        for (const DiffLine& line : hunk.lines) {
            if (line.kind != DiffLine::Kind::Added) {
                if (oldLines.value(next) != line.text)
                    return u"<context mismatch at old line "_s + QString::number(next + 1) + u'>';
                ++next;
            }
            if (line.kind != DiffLine::Kind::Removed) {
                out.append(line.text);
                lastIsOpen = line.missingNewline;
            }
        }
    }
    while (next < oldLines.size())
        copyOld();
    if (out.isEmpty())
        return {};
    return out.join(u'\n') + (lastIsOpen ? QString() : u"\n"_s);
}

/// The length of the longest common subsequence of the lines, by dynamic programming: the shortest script has
/// n + m - 2·LCS edits.
int longestCommonSubsequence(const QStringList& a, const QStringList& b)
{
    QList<QList<int>> table(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            table[i][j]
                = a.at(i - 1) == b.at(j - 1) ? table[i - 1][j - 1] + 1 : std::max(table[i - 1][j], table[i][j - 1]);
    }
    return table[a.size()][b.size()];
}

QStringList randomLines(QRandomGenerator& random)
{
    QStringList lines;
    const int count = int(random.bounded(0, 25));
    for (int i = 0; i < count; ++i)
        lines.append(QString(QChar(u'a' + random.bounded(0, 4))));
    return lines;
}

} // namespace

class TestTextDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unified_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("expected");

        QTest::newRow("identical") << u"a\nb\n"_s << u"a\nb\n"_s << 3 << QString();
        QTest::newRow("both empty") << QString() << QString() << 3 << QString();
        QTest::newRow("from empty") << QString() << u"a\nb\n"_s << 3
                                    << u"--- old\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b\n"_s;
        QTest::newRow("to empty") << u"a\n"_s << QString() << 3 << u"--- old\n+++ new\n@@ -1 +0,0 @@\n-a\n"_s;
        QTest::newRow("insert in the middle")
            << u"a\nb\nc\n"_s << u"a\nb\nx\nc\n"_s << 3 << u"--- old\n+++ new\n@@ -1,3 +1,4 @@\n a\n b\n+x\n c\n"_s;
        QTest::newRow("insert without context")
            << u"a\nb\nc\n"_s << u"a\nb\nx\nc\n"_s << 0 << u"--- old\n+++ new\n@@ -2,0 +3 @@\n+x\n"_s;
        QTest::newRow("delete") << u"a\nb\nc\n"_s << u"a\nc\n"_s << 1
                                << u"--- old\n+++ new\n@@ -1,3 +1,2 @@\n a\n-b\n c\n"_s;
        QTest::newRow("change") << u"a\nb\nc\n"_s << u"a\nB\nc\n"_s << 1
                                << u"--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"_s;
        QTest::newRow("newline added at the end")
            << u"a\nb"_s << u"a\nb\n"_s << 3
            << u"--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"_s;
        QTest::newRow("newline removed at the end")
            << u"a\n"_s << u"a"_s << 3 << u"--- old\n+++ new\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file\n"_s;
        QTest::newRow("both without newline")
            << u"a\nb"_s << u"a\nc"_s << 3
            << u"--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"_s;
        QTest::newRow("two hunks")
            << numberedLines(1, 20)
            << QString(numberedLines(1, 2) + u"new 3\n"_s + numberedLines(4, 17) + u"new 18\n"_s
                       + numberedLines(19, 20))
            << 2
            << u"--- old\n+++ new\n"
               u"@@ -1,5 +1,5 @@\n line 1\n line 2\n-line 3\n+new 3\n line 4\n line 5\n"
               u"@@ -16,5 +16,5 @@\n line 16\n line 17\n-line 18\n+new 18\n line 19\n line 20\n"_s;
        QTest::newRow("close changes share a hunk")
            << numberedLines(1, 10)
            << QString(numberedLines(1, 2) + u"new 3\n"_s + numberedLines(4, 6) + u"new 7\n"_s + numberedLines(8, 10))
            << 2
            << u"--- old\n+++ new\n@@ -1,9 +1,9 @@\n line 1\n line 2\n-line 3\n+new 3\n line 4\n line 5\n line 6\n"
               u"-line 7\n+new 7\n line 8\n line 9\n"_s;
        QTest::newRow("carriage returns are part of the line")
            << u"a\r\nb\r\n"_s << u"a\nb\r\n"_s << 3 << u"--- old\n+++ new\n@@ -1,2 +1,2 @@\n-a\r\n+a\n b\r\n"_s;
    }
    void unified()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(int, context);
        QFETCH(QString, expected);
        const TextDiff diff = TextDiff::compute(oldText, newText, context);
        QCOMPARE(diff.unified(u"old"_s, u"new"_s), expected);
        QCOMPARE(diff.isEmpty(), expected.isEmpty());
        QVERIFY(!diff.approximate);
        QCOMPARE(patched(oldText, diff), newText);
    }

    void randomTextsGetShortestCorrectScripts()
    {
        QRandomGenerator random(2026);
        for (int round = 0; round < 2000; ++round) {
            const QStringList a = randomLines(random);
            const QStringList b = randomLines(random);
            const QString oldText = a.join(u'\n') + (a.isEmpty() || random.bounded(0, 4) == 0 ? u""_s : u"\n"_s);
            const QString newText = b.join(u'\n') + (b.isEmpty() || random.bounded(0, 4) == 0 ? u""_s : u"\n"_s);
            const int context = int(random.bounded(0, 4));
            const TextDiff diff = TextDiff::compute(oldText, newText, context);
            const QString label = u"round "_s + QString::number(round);
            QVERIFY2(patched(oldText, diff) == newText,
                     qPrintable(label + u"\n"_s + oldText + u"|\n"_s + newText + u"|\n"_s + diff.unified(u"o"_s, u"n"_s)
                                + u"patched: "_s + patched(oldText, diff) + u"|"_s));
            QVERIFY2(!diff.approximate, qPrintable(label));
            // A last line without its line break is a line of its own kind ("a" and "a\n" differ).
            QStringList oldKeys = a;
            QStringList newKeys = b;
            if (!oldText.endsWith(u'\n') && !a.isEmpty())
                oldKeys.last() += u"<open>"_s;
            if (!newText.endsWith(u'\n') && !b.isEmpty())
                newKeys.last() += u"<open>"_s;
            const int shortest = int(a.size() + b.size()) - 2 * longestCommonSubsequence(oldKeys, newKeys);
            QVERIFY2(diff.added + diff.removed == shortest, qPrintable(label));
            for (const DiffHunk& hunk : diff.hunks) {
                int oldCount = 0;
                int newCount = 0;
                for (const DiffLine& line : hunk.lines) {
                    oldCount += line.kind != DiffLine::Kind::Added ? 1 : 0;
                    newCount += line.kind != DiffLine::Kind::Removed ? 1 : 0;
                }
                QVERIFY2(hunk.oldCount == oldCount && hunk.newCount == newCount, qPrintable(label));
            }
        }
    }

    void countsAndLineNumbers()
    {
        const TextDiff diff = TextDiff::compute(u"a\nb\nc\nd\n"_s, u"a\nx\ny\nd\n"_s);
        QCOMPARE(diff.removed, 2);
        QCOMPARE(diff.added, 2);
        QCOMPARE(diff.hunks.size(), 1);
        const QList<DiffLine>& lines = diff.hunks.first().lines;
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), (DiffLine { DiffLine::Kind::Context, u"a"_s, 1, 1, false }));
        QCOMPARE(lines.at(1), (DiffLine { DiffLine::Kind::Removed, u"b"_s, 2, 0, false }));
        QCOMPARE(lines.at(3), (DiffLine { DiffLine::Kind::Added, u"x"_s, 0, 2, false }));
        QCOMPARE(lines.at(5), (DiffLine { DiffLine::Kind::Context, u"d"_s, 4, 4, false }));
    }

    void shortestScript_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<int>("edits");
        // Myers' own example: ABCABBA to CBABAC takes 5 edits.
        QTest::newRow("myers") << u"A\nB\nC\nA\nB\nB\nA\n"_s << u"C\nB\nA\nB\nA\nC\n"_s << 5;
        QTest::newRow("interleaved") << u"a\nb\na\nb\na\n"_s << u"b\na\nb\na\nb\n"_s << 2;
        QTest::newRow("repeated lines") << u"x\nx\nx\ny\n"_s << u"y\nx\nx\nx\n"_s << 2;
    }
    void shortestScript()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(int, edits);
        const TextDiff diff = TextDiff::compute(oldText, newText);
        QCOMPARE(diff.added + diff.removed, edits);
        QCOMPARE(patched(oldText, diff), newText);
    }

    void largeFilesStayFast_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<bool>("approximate");
        const QString base = numberedLines(1, 50000);
        QString scattered = base;
        // Every 100th line changed: 500 hunks.
        QStringList lines = base.split(u'\n');
        for (int i = 0; i < lines.size() - 1; i += 100)
            lines[i] = u"changed "_s + QString::number(i);
        scattered = lines.join(u'\n');
        QString unrelated;
        QRandomGenerator random(42);
        for (int i = 0; i < 50000; ++i)
            unrelated += QString::number(random.generate()) + u'\n';
        QString shuffled;
        for (int i = 0; i < 50000; ++i)
            shuffled += u"line "_s + QString::number(random.bounded(1, 50001)) + u'\n';
        QTest::newRow("few changes") << base << scattered << false;
        QTest::newRow("nothing in common") << base << unrelated << true;
        QTest::newRow("same lines, other order") << base << shuffled << true;
    }
    void largeFilesStayFast()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(bool, approximate);
        QElapsedTimer timer;
        timer.start();
        const TextDiff diff = TextDiff::compute(oldText, newText);
        const qint64 elapsed = timer.elapsed();
        qDebug() << "50,000 lines:" << elapsed << "ms," << diff.hunks.size() << "hunks";
        QVERIFY2(elapsed < timeBudgetMs, qPrintable(QString::number(elapsed)));
        QCOMPARE(diff.approximate, approximate);
        QCOMPARE(patched(oldText, diff), newText);
    }

    void ansiEscapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"plain text"_s << u"plain text"_s;
        QTest::newRow("colour") << u"\x1b[32mgreen\x1b[0m done"_s << u"green done"_s;
        QTest::newRow("bold colour") << u"\x1b[1;31merror:\x1b[22;39m oops"_s << u"error: oops"_s;
        QTest::newRow("8-bit csi") << QString(QChar(0x9b) + u"33mwarn"_s) << u"warn"_s;
        QTest::newRow("osc link") << u"\x1b]8;;https://x\x07link\x1b]8;;\x1b\\"_s << u"link"_s;
        QTest::newRow("charset") << u"\x1b(Bok"_s << u"ok"_s;
        QTest::newRow("lone escape at the end") << u"cut\x1b"_s << u"cut"_s;
        QTest::newRow("unicode kept") << u"\x1b[2müber ✓\x1b[0m"_s << u"über ✓"_s;
    }
    void ansiEscapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(withoutAnsiEscapes(text), expected);
    }

    // The spans' texts are always withoutAnsiEscapes(); the styles follow SGR.
    void ansiSpans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<AnsiSpan>>("expected");
        const AnsiColour green { AnsiColour::Kind::Palette, 2 };
        const AnsiColour brightRed { AnsiColour::Kind::Palette, 9 };
        AnsiStyle greenStyle;
        greenStyle.foreground = green;
        AnsiStyle boldRed;
        boldRed.bold = true;
        boldRed.foreground = { AnsiColour::Kind::Palette, 1 };
        AnsiStyle orange;
        orange.foreground = { AnsiColour::Kind::Palette, 208 };
        AnsiStyle rgb;
        rgb.foreground = { AnsiColour::Kind::Rgb, 0x0a14ff };
        AnsiStyle onBrightRed;
        onBrightRed.background = brightRed;
        onBrightRed.underline = true;
        QTest::newRow("plain") << u"plain"_s << QList<AnsiSpan> { { u"plain"_s, {} } };
        QTest::newRow("colour and reset")
            << u"\x1b[32mgreen\x1b[0m done"_s << QList<AnsiSpan> { { u"green"_s, greenStyle }, { u" done"_s, {} } };
        QTest::newRow("bold red, then normal") << u"\x1b[1;31merror:\x1b[22;39m oops"_s
                                               << QList<AnsiSpan> { { u"error:"_s, boldRed }, { u" oops"_s, {} } };
        QTest::newRow("256 colours") << u"\x1b[38;5;208mwarm"_s << QList<AnsiSpan> { { u"warm"_s, orange } };
        QTest::newRow("24-bit, sub-parameters")
            << u"\x1b[38:2:10:20:255mblue"_s << QList<AnsiSpan> { { u"blue"_s, rgb } };
        QTest::newRow("bright background")
            << u"\x1b[4;101mhot\x1b[m"_s << QList<AnsiSpan> { { u"hot"_s, onBrightRed } };
        QTest::newRow("other sequences dropped")
            << u"a\x1b[2Kb\x1b]8;;https://x\x07z"_s << QList<AnsiSpan> { { u"abz"_s, {} } };
        QTest::newRow("8-bit csi") << QString(QChar(0x9b) + u"32mok"_s) << QList<AnsiSpan> { { u"ok"_s, greenStyle } };
        QTest::newRow("malformed 38 stops the sequence") << u"\x1b[38;7;1mx"_s << QList<AnsiSpan> { { u"x"_s, {} } };
        QTest::newRow("only escapes") << u"\x1b[31m\x1b[0m"_s << QList<AnsiSpan> {};
    }
    void ansiSpans()
    {
        QFETCH(QString, text);
        QFETCH(QList<AnsiSpan>, expected);
        const QList<AnsiSpan> spans = Atrium::ansiSpans(text);
        QCOMPARE(spans, expected);
        QString joined;
        for (const AnsiSpan& span : spans)
            joined += span.text;
        QCOMPARE(joined, withoutAnsiEscapes(text));
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"

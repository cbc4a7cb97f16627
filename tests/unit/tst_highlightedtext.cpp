#include "highlighting/highlightedtext.h"

#include <QTest>

using namespace Atrium;
using Run = HighlightedText::Run;

namespace {
// What kate-syntax-highlighter 5.103 writes around the highlighted lines (`--stdin -s YAML -t "Breeze Light" -f html`).
QString wrapped(const QString& lines)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head>\n"
                          "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n"
                          "<title>Kate Syntax Highlighter</title>\n"
                          "<meta name=\"generator\" content=\"KF5::SyntaxHighlighting - Definition (YAML) - Theme "
                          "(Breeze Light)\"/>\n"
                          "</head><body style=\"background-color:#ffffff;color:#1f1c1b\"><pre>\n")
        + lines + QStringLiteral("</pre></body></html>\n");
}

const auto keyStyle = QStringLiteral("color:#644a9b;font-weight:bold;");
} // namespace

/// Reading the command-line tool's HTML back into colours, and refusing HTML whose text is not ours.
class TestHighlightedText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realToolOutput()
    {
        // Captured from kate-syntax-highlighter 5.103 for the text below.
        const QString text = QStringLiteral("apiVersion: backstage.io/v1alpha1\nmetadata:\n  name: \"x\" # c\n");
        const QString html = wrapped(QStringLiteral(
            "<span style=\"color:#644a9b;font-weight:bold;\">apiVersion</span><span "
            "style=\"font-weight:bold;\">:</span>"
            "<span style=\"color:#0057ae;\"> backstage.io/v1alpha1</span>\n"
            "<span style=\"color:#644a9b;font-weight:bold;\">metadata</span><span "
            "style=\"font-weight:bold;\">:</span>\n"
            "<span style=\"color:#0057ae;\">  </span><span style=\"color:#644a9b;font-weight:bold;\">name</span>"
            "<span style=\"font-weight:bold;\">:</span><span style=\"color:#0057ae;\"> </span>"
            "<span style=\"color:#bf0303;\">&quot;x&quot;</span><span style=\"color:#898887;\"> # c</span>\n"));

        const std::optional<HighlightedText> result = HighlightedText::fromHighlighterHtml(html, text);
        QVERIFY(result);
        QCOMPARE(result->lines.size(), 3);
        QCOMPARE(result->lines.at(0).size(), 3);
        const Run key = result->lines.at(0).at(0);
        QCOMPARE(key.start, 0);
        QCOMPARE(key.length, 10);
        const HighlightedText::Style& style = result->styles.at(key.style);
        QCOMPARE(style.foreground, QColor(0x64, 0x4a, 0x9b));
        QVERIFY(style.bold);
        QVERIFY(!style.background.isValid());
        // The same span style on another line is the same style entry.
        QCOMPARE(result->lines.at(1).at(0).style, key.style);
        // Entities are decoded and counted as one character each: "x" with quotes is three characters at column 8.
        const Run quoted = result->lines.at(2).at(4);
        QCOMPARE(quoted.start, 8);
        QCOMPARE(quoted.length, 3);
        QCOMPARE(result->styles.at(quoted.style).foreground, QColor(0xbf, 0x03, 0x03));
    }

    void matchesOnlyItsOwnText_data()
    {
        QTest::addColumn<QString>("lines"); // what stands between <pre>\n and </pre>
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");

        QTest::newRow("same text") << "a: 1\n"
                                   << "a: 1\n"
                                   << true;
        QTest::newRow("text without final newline") << "a: 1\n"
                                                    << "a: 1" << true;
        QTest::newRow("empty text") << ""
                                    << "" << true;
        QTest::newRow("empty lines in between") << "a\n\n\nb\n"
                                                << "a\n\n\nb\n"
                                                << true;
        QTest::newRow("leading empty line") << "\nb\n"
                                            << "\nb\n"
                                            << true;
        QTest::newRow("entities") << "&lt;a&gt; &amp; &quot;b&quot;\n"
                                  << "<a> & \"b\"\n"
                                  << true;
        QTest::newRow("numeric entities") << "&#39;&#x41;\n"
                                          << "'A\n"
                                          << true;
        QTest::newRow("non-ASCII") << "name: Grüße – ✓\n"
                                   << "name: Grüße – ✓\n"
                                   << true;
        QTest::newRow("unknown tag carries no text") << "<b>a</b>\n"
                                                     << "a\n"
                                                     << true;

        QTest::newRow("other character") << "a: 1\n"
                                         << "a: 2\n"
                                         << false;
        QTest::newRow("text is longer") << "a: 1\n"
                                        << "a: 1\nb: 2\n"
                                        << false;
        QTest::newRow("text is shorter") << "a: 1\nb: 2\n"
                                         << "a: 1\n"
                                         << false;
        QTest::newRow("extra empty line") << "a\n\n"
                                          << "a\n"
                                          << false;
        QTest::newRow("extra line after unterminated text") << "a\n\n"
                                                            << "a" << false;
        QTest::newRow("line break moved") << "ab\n"
                                          << "a\nb" << false;
        QTest::newRow("carriage return kept by us only") << "a\n"
                                                         << "a\r\n"
                                                         << false;
        QTest::newRow("unknown entity") << "&bogus;\n"
                                        << "&bogus;\n"
                                        << false;
        QTest::newRow("unclosed tag") << "<span a\n"
                                      << "<span a\n"
                                      << false;
        QTest::newRow("closing span without opening") << "a</span>\n"
                                                      << "a\n"
                                                      << false;
    }

    void matchesOnlyItsOwnText()
    {
        QFETCH(QString, lines);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QCOMPARE(HighlightedText::fromHighlighterHtml(wrapped(lines), text).has_value(), accepted);
    }

    void notHighlighterHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("empty") << "";
        QTest::newRow("usage text") << "Usage: kate-syntax-highlighter [options] source\n";
        QTest::newRow("no closing pre") << "<html><body><pre>\na\n";
    }

    void notHighlighterHtml()
    {
        QFETCH(QString, html);
        QVERIFY(!HighlightedText::fromHighlighterHtml(html, u"a\n"));
    }

    void styles_data()
    {
        QTest::addColumn<QString>("css");
        QTest::addColumn<QColor>("foreground");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<bool>("bold");
        QTest::addColumn<bool>("italic");
        QTest::addColumn<bool>("underline");
        QTest::addColumn<bool>("strikeOut");

        QTest::newRow("key") << keyStyle << QColor(0x64, 0x4a, 0x9b) << QColor() << true << false << false << false;
        QTest::newRow("background") << "background-color:#ffdddd;" << QColor() << QColor(0xff, 0xdd, 0xdd) << false
                                    << false << false << false;
        QTest::newRow("translucent") << "color:rgba(255,0,0,0.5);" << QColor(255, 0, 0, 128) << QColor() << false
                                     << false << false << false;
        QTest::newRow("italic underline")
            << "font-style:italic;text-decoration:underline;" << QColor() << QColor() << false << true << true << false;
        QTest::newRow("strike-through") << "text-decoration:line-through" << QColor() << QColor() << false << false
                                        << false << true;
        QTest::newRow("spaces and no final semicolon")
            << " color : #112233 ; font-weight : 700" << QColor(0x11, 0x22, 0x33) << QColor() << true << false << false
            << false;
    }

    void styles()
    {
        QFETCH(QString, css);
        QFETCH(QColor, foreground);
        QFETCH(QColor, background);
        QFETCH(bool, bold);
        QFETCH(bool, italic);
        QFETCH(bool, underline);
        QFETCH(bool, strikeOut);
        const auto result = HighlightedText::fromHighlighterHtml(
            wrapped(QStringLiteral("<span style=\"%1\">word</span>\n").arg(css)), u"word\n");
        QVERIFY(result);
        QCOMPARE(result->lines.size(), 1);
        QCOMPARE(result->lines.at(0), (QList<Run> { { 0, 4, 0 } }));
        const HighlightedText::Style& style = result->styles.at(0);
        QCOMPARE(style.foreground.rgba(), foreground.rgba());
        QCOMPARE(style.background.rgba(), background.rgba());
        QCOMPARE(style.bold, bold);
        QCOMPARE(style.italic, italic);
        QCOMPARE(style.underline, underline);
        QCOMPARE(style.strikeOut, strikeOut);
    }

    void adjacentRunsOfOneStyleMerge()
    {
        const auto result = HighlightedText::fromHighlighterHtml(
            wrapped(QStringLiteral("<span style=\"%1\">ab</span><span style=\"%1\">&amp;c</span>d\n").arg(keyStyle)),
            u"ab&cd\n");
        QVERIFY(result);
        QCOMPARE(result->lines.at(0), (QList<Run> { { 0, 4, 0 } }));
    }

    void nestedSpanWithoutStyleKeepsOuterStyle()
    {
        const auto result = HighlightedText::fromHighlighterHtml(
            wrapped(QStringLiteral("<span style=\"%1\">a<span>b</span></span>c\n").arg(keyStyle)), u"abc\n");
        QVERIFY(result);
        QCOMPARE(result->lines.at(0), (QList<Run> { { 0, 2, 0 } }));
    }

    void linesWithoutColoursAreEmpty()
    {
        const auto result = HighlightedText::fromHighlighterHtml(
            wrapped(QStringLiteral("plain\n<span style=\"%1\">key</span>\n").arg(keyStyle)), u"plain\nkey\n");
        QVERIFY(result);
        QCOMPARE(result->lines.size(), 2);
        QVERIFY(result->lines.at(0).isEmpty());
        QCOMPARE(result->lines.at(1), (QList<Run> { { 0, 3, 0 } }));
    }
};

QTEST_GUILESS_MAIN(TestHighlightedText)
#include "tst_highlightedtext.moc"

#pragma once

#include <QColor>
#include <QList>
#include <QMetaType>
#include <QStringView>

#include <optional>

namespace Atrium {

/// The colours of one text, line by line: what a highlighter found, kept apart from any document so that it can be
/// computed on a worker thread, cached, and applied to a view later.
struct HighlightedText {
    struct Style {
        QColor foreground;
        QColor background;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool strikeOut = false;
        friend bool operator==(const Style&, const Style&) = default;
    };

    /// A stretch of one line in one style; `start` counts UTF-16 code units from the line's start.
    struct Run {
        int start = 0;
        int length = 0;
        int style = 0; // index into styles
        friend bool operator==(const Run&, const Run&) = default;
    };

    QList<Style> styles;
    QList<QList<Run>> lines; // one entry per '\n'-separated line; trailing lines without runs may be missing

    /// Reads the HTML that KSyntaxHighlighting's command-line tool writes (`-f html`): `<span style="...">` runs
    /// inside one `<pre>`. Returns nothing unless the text in the HTML is exactly `text`, so that colours made for
    /// another text (a stale or mangled answer) can never be laid over this one.
    static std::optional<HighlightedText> fromHighlighterHtml(QStringView html, QStringView text);

    /// Roughly what this takes in memory, for bounding a cache.
    qsizetype approximateBytes() const;
};

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::HighlightedText)

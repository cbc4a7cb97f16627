#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Atrium {

/// One line of a hunk, as a unified diff shows it.
struct DiffLine {
    enum class Kind { Context, Removed, Added };
    Kind kind = Kind::Context;
    QString text; ///< without its line break
    int oldLine = 0; ///< 1-based line in the old text; 0 for an added line
    int newLine = 0; ///< 1-based line in the new text; 0 for a removed line
    /// The last line of its text, which ends without a line break ("\ No newline at end of file").
    bool missingNewline = false;

    friend bool operator==(const DiffLine&, const DiffLine&) = default;
};

/// A run of changes with the context around it: `@@ -oldStart,oldCount +newStart,newCount @@`.
struct DiffHunk {
    int oldStart = 0; ///< as the header writes it: the line before the hunk when oldCount is 0
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;

    QString header() const;

    friend bool operator==(const DiffHunk&, const DiffHunk&) = default;
};

/// The difference between two texts, line by line.
struct TextDiff {
    QList<DiffHunk> hunks;
    int added = 0; ///< lines
    int removed = 0; ///< lines
    /// The inputs were too different for a shortest edit script within the time bound; the hunks are a correct but
    /// possibly longer script (as git's diff does on huge inputs).
    bool approximate = false;

    bool isEmpty() const { return hunks.isEmpty(); }
    /// The hunks in unified-diff form (`---`/`+++` header with the given names, then each hunk), every line ending in
    /// `\n`; empty when the texts are equal.
    QString unified(const QString& oldName, const QString& newName) const;

    /// Myers' O((N+M)·D) algorithm in linear space on interned lines, after trimming the common start and end. The
    /// search for each middle snake is bounded; past the bound it splits at the furthest point reached, so huge,
    /// unrelated inputs stay fast. A line break is `\n` (a `\r` before it is part of the line). Pure: run it anywhere.
    static TextDiff compute(QStringView oldText, QStringView newText, int contextLines = 3);

    friend bool operator==(const TextDiff&, const TextDiff&) = default;
};

} // namespace Atrium

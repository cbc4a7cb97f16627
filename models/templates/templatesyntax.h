#pragma once

#include "templatevalue.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace Atrium {

/// What nunjucks' lexer is configured with: the tags (`${{ }}` for variables in Backstage's scaffolder, `{{ }}` with
/// cookiecutterCompat) and the two whitespace options fetch:template passes through `nunjucksConfigs`.
struct TemplateSyntax {
    /// Drop the first newline after a block tag.
    bool trimBlocks = false;
    /// Drop spaces and tabs before a block tag at the start of a line.
    bool lstripBlocks = false;
    /// nunjucks' installJinjaCompat, which cookiecutterCompat turns on: adds slices (`a[1:3]`).
    bool jinjaCompat = false;
    QString variableStart = QStringLiteral("${{");
    QString variableEnd = QStringLiteral("}}");
    QString blockStart = QStringLiteral("{%");
    QString blockEnd = QStringLiteral("%}");
    QString commentStart = QStringLiteral("{#");
    QString commentEnd = QStringLiteral("#}");
};

/// A node of a parsed template. One type for every construct keeps the tree small; what `children` hold depends on
/// `kind` (documented at each enumerator). Lines and columns are nunjucks' own: zero-based.
struct TemplateNode {
    enum class Kind {
        // Statements
        List, ///< children: statements
        Data, ///< text
        Output, ///< children[0]: expression
        If, ///< children: condition, body (List), else (List or If) or nothing
        For, ///< names: loop variables; children: iterable, body, else or nothing
        Set, ///< names: targets; children: value expression or body (List, when captured)
        FilterBlock, ///< text: filter name; children: body (List), then arguments
        // Expressions
        Literal, ///< value
        Symbol, ///< text: name
        Array, ///< children: items
        Dict, ///< children: key, value, key, value…
        KeywordArguments, ///< like Dict; the object nunjucks passes last for `f(name=value)`
        Group, ///< children: expressions, the last one counts
        Slice, ///< children: start, stop, step (jinja compat's `[a:b:c]`)
        Lookup, ///< children: target, key
        Call, ///< children: callee, arguments
        Filter, ///< text: filter name; children: input, arguments
        Is, ///< text: test name; children: input, arguments
        InlineIf, ///< children: body, condition, else or nothing
        Or,
        And,
        Not,
        In,
        Compare, ///< children: first operand, then operands; names: the operators
        Concat,
        Add,
        Sub,
        Mul,
        Div,
        FloorDiv,
        Mod,
        Pow,
        Neg,
        Pos,
    };

    Kind kind = Kind::List;
    int line = 0;
    int column = 0;
    QString text;
    TemplateValue value;
    QList<QString> names;
    std::vector<std::unique_ptr<TemplateNode>> children;
    /// Set for captured `{% set %}` blocks, whose single child is the body rather than a value.
    bool captured = false;

    TemplateNode(Kind kind, int line, int column)
        : kind(kind)
        , line(line)
        , column(column)
    {
    }
    TemplateNode* child(size_t index) const { return index < children.size() ? children[index].get() : nullptr; }
};

/// A failure in the words of nunjitsu 0.7.0, the renderer of Backstage's scaffolder-backend 4.x: its message and its
/// one-based position, which can differ from nunjucks' (an unclosed `if` is reported at its opening tag).
struct NunjitsuWording {
    QString message;
    int line = 0;
    int column = 0;
};

/// A name as nunjitsu quotes it in a message: JSON, at most 200 characters, invisible and bidirectional controls
/// escaped.
QString nunjitsuQuoted(const QString& name);
/// nunjitsu's "Unknown template filter \"uper\"; did you mean \"upper\"?": @p description, the name, and the first of
/// @p candidates closest to it within nunjitsu's distance (1 for names up to 4 characters, 2 up to 10, else 3).
QString nunjitsuUnknownName(const QString& description, const QString& name, const QStringList& candidates);

/// A failure in nunjucks' words: the message, and a one-based line and column where nunjucks gives them (0 if not).
struct TemplateError {
    QString message;
    int line = 0;
    int column = 0;
    /// The same failure as Backstage's renderer words it, for the failures whose wording Atrium knows.
    std::optional<NunjitsuWording> nunjitsu = {};

    /// The message exactly as nunjucks' Error.message reads: "(unknown path) [Line 1, Column 4]\n  unknown block tag:
    /// x".
    QString nunjucksMessage() const;
    /// What Backstage's scaffolder says: nunjitsu's "Template error at line 2, column 1: Missing endif tag" where
    /// Atrium knows nunjitsu's words, else the same form with nunjucks' message and position (without the parts that
    /// are unknown).
    QString backstageMessage() const;
    /// For people: backstageMessage(), naming @p file when given: "Template error at line 2, column 1: Missing endif
    /// tag (skeleton/README.md)".
    QString describe(QStringView file = {}) const;
};

} // namespace Atrium

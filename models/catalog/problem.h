#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Atrium {

/// A position in a source file. Lines and columns are 1-based; 0 means unknown.
struct SourcePosition {
    int line = 0;
    int column = 0;

    friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

/// One thing wrong with the input, tied to where it was found.
/// Parsers and validators return these; they never throw across a module boundary.
struct Problem {
    enum class Severity { Error, Warning };

    QString file;
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    QString entityRef; ///< kind:namespace/name of the entity the problem belongs to, when known
    QString message;

    bool isError() const { return severity == Severity::Error; }
    static QString severityName(Severity severity);
    /// `file:line:column: error|warning: message`, the format compilers and editors understand.
    QString toCompilerStyle() const;

    friend bool operator==(const Problem&, const Problem&) = default;
};

using Problems = QList<Problem>;

bool hasErrors(const Problems& problems);

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::Problem)

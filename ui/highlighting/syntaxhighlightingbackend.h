#pragma once

#include <QString>

#include <memory>

class QTextDocument;

namespace Atrium {

class DocumentHighlighter;

/// Which engine colours files, chosen once per process: KSyntaxHighlighting in-process where it is built for Qt 6,
/// its command-line tool where only the Qt 5 library exists (Debian 12), plain text where neither does.
class SyntaxHighlightingBackend {
public:
    enum class Kind { Plain, CommandLine, InProcess };

    virtual ~SyntaxHighlightingBackend();

    virtual Kind kind() const = 0;
    /// For logs and about boxes: the engine and, for the tool, its path.
    virtual QString description() const = 0;
    /// A highlighter attached to (and owned by) `document`; nullptr for plain text.
    virtual DocumentHighlighter* createDocumentHighlighter(QTextDocument* document) = 0;

    /// `choice` is what ATRIUM_HIGHLIGHTER says: empty for the best engine available, "none" for plain text,
    /// "inprocess" for the library (plain where it is not built in), anything else is the tool's name or path
    /// (plain, with a warning, when that is not an executable).
    static std::unique_ptr<SyntaxHighlightingBackend> create(const QString& choice);
    /// The application's backend, made from ATRIUM_HIGHLIGHTER on first use and kept until exit.
    static SyntaxHighlightingBackend& instance();

protected:
    SyntaxHighlightingBackend() = default;
};

} // namespace Atrium

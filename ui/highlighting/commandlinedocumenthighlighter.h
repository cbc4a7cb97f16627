#pragma once

#include "documenthighlighter.h"

#include <QPointer>

class QTextDocument;

namespace Atrium {

class CommandLineHighlighter;
class CommandLineHighlightJob;
class HighlightedTextFormatter;

/// Colours a document with the command-line tool: from the cache at once when the same text was coloured before,
/// otherwise from a job that runs in the background. Only the newest job is kept; starting another or resetting
/// destroys the previous one, and with it any chance of its result arriving.
class CommandLineDocumentHighlighter : public DocumentHighlighter {
    Q_OBJECT
public:
    CommandLineDocumentHighlighter(CommandLineHighlighter& highlighter, QTextDocument* document);
    ~CommandLineDocumentHighlighter() override;

    void highlight(const QString& text, const QString& definition, const QPalette& palette) override;
    void reset() override;

private:
    void dropJob();

    CommandLineHighlighter& m_highlighter;
    HighlightedTextFormatter* m_formatter = nullptr;
    QPointer<CommandLineHighlightJob> m_job;
};

} // namespace Atrium

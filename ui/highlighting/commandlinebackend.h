#pragma once

#include "commandlinehighlighter.h"
#include "syntaxhighlightingbackend.h"

namespace Atrium {

/// The backend that runs KSyntaxHighlighting's command-line tool; one tool, one cache for every view.
class CommandLineBackend : public SyntaxHighlightingBackend {
public:
    explicit CommandLineBackend(QString program);
    ~CommandLineBackend() override;

    Kind kind() const override { return Kind::CommandLine; }
    QString description() const override;
    DocumentHighlighter* createDocumentHighlighter(QTextDocument* document) override;

    CommandLineHighlighter& highlighter() { return m_highlighter; }

private:
    CommandLineHighlighter m_highlighter;
};

} // namespace Atrium

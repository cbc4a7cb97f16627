#pragma once

// Built only where find_package(KF6SyntaxHighlighting) succeeded (the top-level CMakeLists.txt defines this).
#ifdef ATRIUM_HAVE_KSYNTAXHIGHLIGHTING

#include "syntaxhighlightingbackend.h"

#include <KSyntaxHighlighting/Repository>

namespace Atrium {

/// KSyntaxHighlighting linked in: one Repository for the application, a SyntaxHighlighter on each document.
class InProcessBackend : public SyntaxHighlightingBackend {
public:
    InProcessBackend();
    ~InProcessBackend() override;

    Kind kind() const override { return Kind::InProcess; }
    QString description() const override;
    DocumentHighlighter* createDocumentHighlighter(QTextDocument* document) override;

private:
    KSyntaxHighlighting::Repository m_repository;
};

} // namespace Atrium

#endif

#include "syntaxhighlightingbackend.h"

#include "commandlinebackend.h"
#include "highlightinglog.h"
#include "inprocessbackend.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace Atrium {

namespace {

class PlainBackend : public SyntaxHighlightingBackend {
public:
    Kind kind() const override { return Kind::Plain; }
    QString description() const override { return QStringLiteral("plain text"); }
    DocumentHighlighter* createDocumentHighlighter(QTextDocument*) override { return nullptr; }
};

std::unique_ptr<SyntaxHighlightingBackend> inProcessBackend()
{
#ifdef ATRIUM_HAVE_KSYNTAXHIGHLIGHTING
    return std::make_unique<InProcessBackend>();
#else
    return nullptr;
#endif
}

std::unique_ptr<SyntaxHighlightingBackend> chooseBackend(const QString& choice)
{
    if (choice.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0
        || choice.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0)
        return std::make_unique<PlainBackend>();
    if (choice.compare(QLatin1String("inprocess"), Qt::CaseInsensitive) == 0) {
        if (auto backend = inProcessBackend())
            return backend;
        qCWarning(lcHighlighting) << "ATRIUM_HIGHLIGHTER=inprocess, but this build has no KSyntaxHighlighting";
        return std::make_unique<PlainBackend>();
    }
    if (!choice.isEmpty()) {
        const QFileInfo file(choice);
        const QString program = file.isAbsolute() || choice.contains(u'/') ? file.absoluteFilePath()
                                                                           : QStandardPaths::findExecutable(choice);
        if (!program.isEmpty() && QFileInfo(program).isExecutable() && QFileInfo(program).isFile())
            return std::make_unique<CommandLineBackend>(program);
        qCWarning(lcHighlighting) << "ATRIUM_HIGHLIGHTER names" << choice << "which is not an executable";
        return std::make_unique<PlainBackend>();
    }
    if (auto backend = inProcessBackend())
        return backend;
    if (QString program = CommandLineHighlighter::findProgram(); !program.isEmpty())
        return std::make_unique<CommandLineBackend>(program);
    return std::make_unique<PlainBackend>();
}

} // namespace

SyntaxHighlightingBackend::~SyntaxHighlightingBackend() = default;

std::unique_ptr<SyntaxHighlightingBackend> SyntaxHighlightingBackend::create(const QString& choice)
{
    std::unique_ptr<SyntaxHighlightingBackend> backend = chooseBackend(choice.trimmed());
    qCDebug(lcHighlighting).noquote() << "files are shown with" << backend->description();
    return backend;
}

SyntaxHighlightingBackend& SyntaxHighlightingBackend::instance()
{
    // Owns no process and no widget (views own their jobs and highlighters), so it may outlive QApplication.
    static const std::unique_ptr<SyntaxHighlightingBackend> backend
        = create(qEnvironmentVariable("ATRIUM_HIGHLIGHTER"));
    return *backend;
}

} // namespace Atrium

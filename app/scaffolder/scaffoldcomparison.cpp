#include "scaffoldcomparison.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

namespace Atrium {

namespace {

using Status = ScaffoldFileComparison::Status;

/// Why nothing can be written at @p relativePath inside @p root because of what is on the way there; empty when the
/// way is clear: the obstacles ScaffoldWriter::write refuses.
QString obstacle(const QDir& root, const QString& relativePath)
{
    const QStringList segments = relativePath.split(QLatin1Char('/'));
    QString partial;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        partial = partial.isEmpty() ? segments.at(i) : partial + QLatin1Char('/') + segments.at(i);
        const QFileInfo info(root.filePath(partial));
        if (info.isSymLink())
            return ScaffoldComparison::tr("%1 is a symbolic link, which is not followed").arg(partial);
        const bool last = i + 1 == segments.size();
        if (!info.exists())
            return {};
        if (!last && !info.isDir())
            return ScaffoldComparison::tr("%1 is a file, not a folder").arg(partial);
        if (last && info.isDir())
            return ScaffoldComparison::tr("a folder of that name exists");
        if (last && !info.isFile())
            return ScaffoldComparison::tr("something other than a file is there");
    }
    return {};
}

bool sameContent(QFile& file, const QByteArray& content)
{
    // Read in pieces: equal sizes are common, and the first differing block ends the comparison.
    constexpr qint64 blockSize = 256 * 1024;
    qint64 offset = 0;
    while (offset < content.size()) {
        const QByteArray block = file.read(blockSize);
        if (block.isEmpty()
            || QByteArrayView(content).sliced(offset, std::min(qint64(block.size()), content.size() - offset)) != block)
            return false;
        offset += block.size();
    }
    return file.atEnd();
}

void compareWithDisk(ScaffoldFileComparison& comparison, const ScaffoldFile& file, const QDir& root)
{
    if (const QString problem = obstacle(root, file.path); !problem.isEmpty()) {
        comparison.status = Status::Blocked;
        comparison.problem = problem;
        return;
    }
    const QFileInfo info(root.filePath(file.path));
    if (!info.exists())
        return;
    comparison.existingSize = info.size();
    comparison.existingExecutable = info.isExecutable();
    QFile existing(info.filePath());
    if (!existing.open(QIODevice::ReadOnly)) {
        // Writing would still replace it; only its content stays unknown.
        comparison.status = Status::Changed;
        comparison.problem = ScaffoldComparison::tr("the file there cannot be read: %1").arg(existing.errorString());
        return;
    }
    const bool equalBytes = info.size() == file.content.size() && sameContent(existing, file.content);
    comparison.status
        = equalBytes && comparison.existingExecutable == file.executable ? Status::Unchanged : Status::Changed;
    if (comparison.status == Status::Changed && info.size() <= ScaffoldComparison::maximumKeptSize) {
        existing.seek(0);
        comparison.existingContent = existing.readAll();
        comparison.existingContentKept = true;
        if (!ScaffoldComparison::isBinary(file.content) && !ScaffoldComparison::isBinary(comparison.existingContent))
            comparison.diff
                = TextDiff::compute(QString::fromUtf8(comparison.existingContent), QString::fromUtf8(file.content));
    }
}

} // namespace

const ScaffoldFileComparison* ScaffoldComparisonResult::find(const QString& path) const
{
    // Files come sorted by path from ScaffoldRun, but a comparison must not depend on it.
    for (const ScaffoldFileComparison& file : files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

bool ScaffoldComparison::isBinary(const QByteArray& content)
{
    if (content.left(8000).contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(content);
    Q_UNUSED(decoded)
    return decoder.hasError();
}

ScaffoldComparisonResult ScaffoldComparison::compare(const QList<ScaffoldFile>& files, const QString& targetDirectory)
{
    ScaffoldComparisonResult result;
    result.targetDirectory = targetDirectory;
    result.files.reserve(files.size());
    const QFileInfo target(targetDirectory);
    if (!targetDirectory.isEmpty() && target.exists() && !target.isDir())
        result.error = tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(targetDirectory));
    result.targetExists = !targetDirectory.isEmpty() && target.isDir();
    const QDir root(target.absoluteFilePath());
    QSet<QString> seen;
    for (const ScaffoldFile& file : files) {
        ScaffoldFileComparison comparison;
        comparison.path = file.path;
        if (const QString problem = ScaffoldWriter::pathProblem(file.path); !problem.isEmpty()) {
            comparison.status = Status::Blocked;
            comparison.problem = problem;
        } else if (seen.contains(file.path)) {
            comparison.status = Status::Blocked;
            comparison.problem = tr("the template produces this path twice");
        } else if (!result.error.isEmpty()) {
            comparison.status = Status::Blocked;
            comparison.problem = result.error;
        } else if (result.targetExists) {
            compareWithDisk(comparison, file, root);
        }
        seen.insert(file.path);
        result.files.append(comparison);
    }
    return result;
}

} // namespace Atrium

#include "scaffoldwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>

namespace Atrium {

namespace {

/// The folder above @p relativePath inside @p root that exists as something other than a folder, if any.
QString fileInTheWay(const QDir& root, const QString& relativePath)
{
    const QStringList segments = relativePath.split(QLatin1Char('/'));
    QString partial;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        partial = partial.isEmpty() ? segments.at(i) : partial + QLatin1Char('/') + segments.at(i);
        const QFileInfo info(root.filePath(partial));
        if (info.exists() && !info.isDir())
            return partial;
    }
    return {};
}

/// An existing symbolic link at @p relativePath or any folder above it inside @p root (links are never followed).
QString linkOnTheWay(const QDir& root, const QString& relativePath)
{
    const QStringList segments = relativePath.split(QLatin1Char('/'));
    QString partial;
    for (const QString& segment : segments) {
        partial = partial.isEmpty() ? segment : partial + QLatin1Char('/') + segment;
        if (QFileInfo(root.filePath(partial)).isSymLink())
            return partial;
    }
    return {};
}

} // namespace

QString ScaffoldWriter::pathProblem(const QString& relativePath)
{
    if (relativePath.isEmpty())
        return tr("the path is empty");
    for (const QChar c : relativePath) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("the path contains a control character");
    }
    if (relativePath.contains(QLatin1Char('\\')))
        return tr("the path contains a backslash");
    if (relativePath.startsWith(QLatin1Char('/')) || QDir::isAbsolutePath(relativePath))
        return tr("the path is absolute");
    for (const QString& segment : relativePath.split(QLatin1Char('/'))) {
        if (segment.isEmpty())
            return tr("the path has an empty part");
        if (segment == QLatin1String(".."))
            return tr("the path leads out of the folder (..)");
        if (segment == QLatin1String("."))
            return tr("the path has a \".\" part");
    }
    return {};
}

ScaffoldWriteReport ScaffoldWriter::write(const QList<ScaffoldFile>& files, const QString& targetDirectory,
                                          ConflictPolicy policy)
{
    ScaffoldWriteReport report;
    // Everything is checked before anything is written.
    QSet<QString> seen;
    for (const ScaffoldFile& file : files) {
        if (const QString problem = pathProblem(file.path); !problem.isEmpty()) {
            report.error = tr("%1 cannot be written: %2").arg(file.path, problem);
            return report;
        }
        if (seen.contains(file.path)) {
            report.error = tr("%1 is produced twice").arg(file.path);
            return report;
        }
        seen.insert(file.path);
    }
    if (!QDir().mkpath(targetDirectory)) {
        report.error = tr("The folder %1 cannot be created").arg(QDir::toNativeSeparators(targetDirectory));
        return report;
    }
    const QDir root(QFileInfo(targetDirectory).absoluteFilePath());
    QList<const ScaffoldFile*> toWrite;
    for (const ScaffoldFile& file : files) {
        if (const QString link = linkOnTheWay(root, file.path); !link.isEmpty()) {
            report.error
                = tr("%1 cannot be written: %2 is a symbolic link, which is not followed").arg(file.path, link);
            return report;
        }
        if (const QString blocker = fileInTheWay(root, file.path); !blocker.isEmpty()) {
            report.error = tr("%1 cannot be written: %2 is a file, not a folder").arg(file.path, blocker);
            return report;
        }
        const QFileInfo existing(root.filePath(file.path));
        if (existing.exists() && existing.isDir()) {
            report.error = tr("%1 cannot be written: a folder of that name exists").arg(file.path);
            return report;
        }
        if (existing.exists()) {
            if (policy == ConflictPolicy::Fail) {
                report.conflicts.append(file.path);
                continue;
            }
            if (policy == ConflictPolicy::Skip) {
                report.skipped.append(file.path);
                continue;
            }
        }
        toWrite.append(&file);
    }
    if (!report.conflicts.isEmpty()) {
        report.error
            = tr("Nothing was written; these files exist already: %1").arg(report.conflicts.join(QStringLiteral(", ")));
        return report;
    }

    // Staged in the target folder itself, so that moving into place is a rename on the same file system.
    QTemporaryDir staging(root.filePath(QStringLiteral(".atrium-scaffold-XXXXXX")));
    if (!staging.isValid()) {
        report.error = tr("No temporary folder could be made in %1: %2")
                           .arg(QDir::toNativeSeparators(root.path()), staging.errorString());
        return report;
    }
    for (qsizetype i = 0; i < toWrite.size(); ++i) {
        QFile file(staging.filePath(QString::number(i)));
        if (!file.open(QIODevice::WriteOnly) || file.write(toWrite.at(i)->content) != toWrite.at(i)->content.size()
            || !file.flush()) {
            report.error = tr("%1 cannot be written: %2").arg(toWrite.at(i)->path, file.errorString());
            return report;
        }
        if (toWrite.at(i)->executable)
            file.setPermissions(file.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    }
    for (qsizetype i = 0; i < toWrite.size(); ++i) {
        const QString target = root.filePath(toWrite.at(i)->path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath())
            || !linkOnTheWay(root, toWrite.at(i)->path).isEmpty()) { // a link that appeared meanwhile
            report.error = tr("%1 cannot be written: its folder cannot be created").arg(toWrite.at(i)->path);
            return report;
        }
        // rename(2) replaces an existing file in one step, unlike QFile::rename.
        const QByteArray from = QFile::encodeName(staging.filePath(QString::number(i)));
        const QByteArray to = QFile::encodeName(target);
        if (std::rename(from.constData(), to.constData()) != 0) {
            report.error = tr("%1 cannot be moved into place").arg(toWrite.at(i)->path);
            return report;
        }
        report.written.append(toWrite.at(i)->path);
    }
    return report;
}

} // namespace Atrium

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Atrium {

/// One file a template run produced: a relative path with `/` separators, its bytes as they are (text or binary).
struct ScaffoldFile {
    QString path;
    QByteArray content;
    bool executable = false;

    friend bool operator==(const ScaffoldFile&, const ScaffoldFile&) = default;
};

/// What to do with a file that already exists in the target folder.
enum class ConflictPolicy {
    Fail, ///< write nothing at all and name the files that exist (the default: nothing is lost by accident)
    Skip, ///< keep the existing file, write the others
    Overwrite, ///< replace it
};

/// What writing did.
struct ScaffoldWriteReport {
    QStringList written; ///< relative paths, in the order given
    QStringList skipped; ///< existing files kept (ConflictPolicy::Skip)
    QStringList conflicts; ///< existing files that stopped the write (ConflictPolicy::Fail)
    QString error; ///< why nothing (or not everything) was written; empty on success

    bool ok() const { return error.isEmpty(); }
};

/// Writes a template run's files into a folder, refusing anything that could land elsewhere.
///
/// Every path is checked before a byte is written: absolute paths, `..`, empty segments, backslashes and control
/// characters are refused, as is any existing symbolic link on the way (it could point outside the folder; links
/// are never followed). Files are written into a temporary folder inside the target first and then renamed into
/// place, so a file is either its old self or completely new, never half written.
class ScaffoldWriter {
    Q_DECLARE_TR_FUNCTIONS(Atrium::ScaffoldWriter)
public:
    /// Why @p relativePath may not be written; empty when it may.
    static QString pathProblem(const QString& relativePath);

    static ScaffoldWriteReport write(const QList<ScaffoldFile>& files, const QString& targetDirectory,
                                     ConflictPolicy policy = ConflictPolicy::Fail);
};

} // namespace Atrium

#pragma once

#include "common/textdiff.h"
#include "scaffoldwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Atrium {

/// How one generated file relates to what is in the target folder.
struct ScaffoldFileComparison {
    enum class Status {
        New, ///< nothing there yet (or no target folder chosen)
        Changed, ///< a file is there with other bytes or another executable bit
        Unchanged, ///< the same bytes and executable bit
        Blocked, ///< ScaffoldWriter would refuse it: see problem
    };
    QString path;
    Status status = Status::New;
    /// Why it is blocked, or why a changed file's old content is unknown (it cannot be read), in the user's words.
    QString problem;
    /// The file on disk, kept for showing the difference: only for Changed files up to maximumKeptSize.
    QByteArray existingContent;
    bool existingContentKept = false;
    qint64 existingSize = -1; ///< -1 when nothing is there
    bool existingExecutable = false;
    /// Changed text files whose old content was kept: the old content (left) against the generated one (right).
    TextDiff diff;

    friend bool operator==(const ScaffoldFileComparison&, const ScaffoldFileComparison&) = default;
};

/// A run's files against a target folder, in the files' order.
struct ScaffoldComparisonResult {
    QString targetDirectory; ///< as given
    bool targetExists = false; ///< the folder is there (otherwise every allowed file is New)
    QList<ScaffoldFileComparison> files;
    /// What makes the whole folder unusable (it is a file, say); every file is then Blocked.
    QString error;

    const ScaffoldFileComparison* find(const QString& path) const;
};

/// Compares a template run's files with a folder on disk the way ScaffoldWriter would meet them, without writing:
/// the path rules (ScaffoldWriter::pathProblem), paths produced twice, a symbolic link on the way (never followed),
/// a file where a folder must go, a folder or something other than a regular file where a file goes, and otherwise
/// the bytes and the executable bit; changed text files get their line diff. With an empty target folder only the path
/// rules apply and nothing is read. Pure and thread-safe: run it with QtConcurrent.
class ScaffoldComparison {
    Q_DECLARE_TR_FUNCTIONS(Atrium::ScaffoldComparison)
public:
    /// Changed files larger than this are compared but not kept in memory for a diff.
    static constexpr qint64 maximumKeptSize = 4 * 1024 * 1024;

    /// Git's rule: a NUL byte in the first 8000 bytes; also anything that is not valid UTF-8.
    static bool isBinary(const QByteArray& content);

    static ScaffoldComparisonResult compare(const QList<ScaffoldFile>& files, const QString& targetDirectory);
};

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::ScaffoldComparisonResult)

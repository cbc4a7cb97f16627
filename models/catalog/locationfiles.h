#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

class QFile;

namespace Atrium {

/// Reads at most @p limit + 1 bytes of an open file whose size was @p expectedSize when it was stat()ed.
/// Allocates for the expected size, not the limit: QFile::read(n) reserves n bytes up front, which for a 32 MB
/// limit and 2,000 small files was most of a cold load's allocation.
QByteArray readBounded(QFile& file, qint64 expectedSize, qint64 limit);

/// What the loader and the cache need to know about a path, from one stat() call.
/// Cheaper than QFileInfo::lastModified(), which converts to local time, and precise to the nanosecond,
/// so two saves within the same millisecond still invalidate the cache.
struct FileStamp {
    enum class Type { Missing, Regular, Directory, Other };
    Type type = Type::Missing;
    qint64 size = -1;
    qint64 mtimeNsecs = 0;

    bool exists() const { return type != Type::Missing; }
    friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

FileStamp stampOf(const QString& path);

/// A location target with `*`, `**`, `?`, `[...]` or `{a,b}` is a glob, as node-glob reads it in Backstage's
/// FileReaderProcessor.
bool isGlobPattern(QStringView path);

/// The regular expression a glob pattern (relative, `/`-separated) matches in full. `*` and `?` never match `/`;
/// `**` as a whole segment matches any number of folders; like node-glob, wildcards skip names starting with `.`.
QRegularExpression globToRegularExpression(QStringView pattern);

struct FileSearch {
    QStringList files; ///< absolute paths, sorted per folder so loads are deterministic
    QStringList directories; ///< every folder that was listed (the workspace watches them)
    QList<FileStamp> directoryStamps; ///< of each folder, taken before it was listed (a new entry changes it)
    QStringList loops; ///< folders skipped because a symbolic link led back to a folder already listed
};

/// Every regular file matching the absolute glob @p pattern. Symbolic links are followed, loops are not.
FileSearch expandGlob(const QString& pattern);

/// Every `*.yaml` / `*.yml` file below @p directory, recursively. Folders whose names start with `.` and
/// `node_modules` are skipped: they hold tooling, not catalog data; so are workspace files (`atrium.yaml`,
/// `app-config*.yaml`).
FileSearch findCatalogFiles(const QString& directory);

} // namespace Atrium

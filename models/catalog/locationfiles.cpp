#include "locationfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sys/stat.h>

namespace Atrium {

QByteArray readBounded(QFile& file, qint64 expectedSize, qint64 limit)
{
    // One byte past the expected size tells whether the file grew since stat().
    QByteArray bytes = file.read(std::clamp<qint64>(expectedSize + 1, 1, limit + 1));
    while (bytes.size() <= limit && file.error() == QFileDevice::NoError) {
        const QByteArray more = file.read(std::min<qint64>(limit + 1 - bytes.size(), 1 << 20));
        if (more.isEmpty())
            break;
        bytes.append(more);
    }
    return bytes;
}

FileStamp stampOf(const QString& path)
{
    FileStamp stamp;
    struct stat info { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return stamp;
    if (S_ISREG(info.st_mode))
        stamp.type = FileStamp::Type::Regular;
    else if (S_ISDIR(info.st_mode))
        stamp.type = FileStamp::Type::Directory;
    else
        stamp.type = FileStamp::Type::Other;
    stamp.size = qint64(info.st_size);
    stamp.mtimeNsecs = qint64(info.st_mtim.tv_sec) * 1000000000 + qint64(info.st_mtim.tv_nsec);
    return stamp;
}

bool isGlobPattern(QStringView path)
{
    for (const QChar c : path) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            return true;
    }
    return false;
}

namespace {

bool bracesBalanced(QStringView segment)
{
    int depth = 0;
    for (const QChar c : segment) {
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}') && --depth < 0)
            return false;
    }
    return depth == 0;
}

QString segmentToRegularExpression(QStringView segment)
{
    QString re;
    const bool braces = bracesBalanced(segment);
    int braceDepth = 0;
    if (!segment.isEmpty()) {
        const QChar first = segment.front();
        // node-glob: a wildcard at the start of a name never matches a leading dot.
        if (first == QLatin1Char('*') || first == QLatin1Char('?') || first == QLatin1Char('[')
            || (braces && first == QLatin1Char('{')))
            re += QStringLiteral("(?!\\.)");
    }
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar c = segment.at(i);
        if (c == QLatin1Char('*')) {
            while (i + 1 < segment.size() && segment.at(i + 1) == QLatin1Char('*'))
                ++i;
            re += QStringLiteral("[^/]*");
        } else if (c == QLatin1Char('?')) {
            re += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = segment.indexOf(QLatin1Char(']'), i + 2);
            if (close == -1) {
                re += QStringLiteral("\\[");
                continue;
            }
            QString body = segment.sliced(i + 1, close - i - 1).toString();
            if (body.startsWith(QLatin1Char('!')))
                body[0] = QLatin1Char('^');
            body.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('['), QLatin1String("\\["));
            re += QLatin1Char('[') % body % QLatin1Char(']');
            i = close;
        } else if (braces && c == QLatin1Char('{')) {
            ++braceDepth;
            re += QStringLiteral("(?:");
        } else if (braces && braceDepth > 0 && c == QLatin1Char(',')) {
            re += QLatin1Char('|');
        } else if (braces && c == QLatin1Char('}')) {
            --braceDepth;
            re += QLatin1Char(')');
        } else if (c == QLatin1Char('\\') && i + 1 < segment.size()) {
            ++i;
            re += QRegularExpression::escape(QString(segment.at(i)));
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return re;
}

struct Walker {
    QRegularExpression pattern; // null: every *.yaml / *.yml file
    int maxDepth = -1; // -1: unlimited
    bool skipToolingFolders = false;
    QSet<QString> visited;
    FileSearch result;

    bool wanted(const QString& relativePath, const QString& fileName) const
    {
        if (pattern.pattern().isEmpty()) {
            // Workspace files are configuration, not catalog data, even when a workspace lists its own folder.
            if (fileName == QLatin1String("atrium.yaml") || fileName.startsWith(QLatin1String("app-config")))
                return false;
            return fileName.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive)
                || fileName.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive);
        }
        return pattern.match(relativePath).hasMatch();
    }

    void walk(const QString& directory, const QString& relativePrefix, int depth)
    {
        const QString canonical = QFileInfo(directory).canonicalFilePath();
        if (canonical.isEmpty())
            return;
        if (visited.contains(canonical)) {
            result.loops.append(directory);
            return;
        }
        visited.insert(canonical);
        result.directories.append(directory);
        result.directoryStamps.append(stampOf(directory));

        // QDir::System lists broken links and special files too, so the loader can say why it skipped them.
        const QFileInfoList entries = QDir(directory).entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden, QDir::Name);
        QList<QFileInfo> subdirectories;
        for (const QFileInfo& entry : entries) {
            const QString name = entry.fileName();
            const QString relative = relativePrefix.isEmpty() ? name : relativePrefix % QLatin1Char('/') % name;
            if (entry.isDir()) {
                if (name.startsWith(QLatin1Char('.')))
                    continue;
                if (skipToolingFolders && name == QLatin1String("node_modules"))
                    continue;
                subdirectories.append(entry);
                continue;
            }
            if (!pattern.pattern().isEmpty() || !name.startsWith(QLatin1Char('.'))) {
                if (wanted(relative, name))
                    result.files.append(entry.absoluteFilePath());
            }
        }
        if (maxDepth != -1 && depth + 1 >= maxDepth)
            return;
        for (const QFileInfo& entry : subdirectories) {
            const QString name = entry.fileName();
            walk(entry.absoluteFilePath(), relativePrefix.isEmpty() ? name : relativePrefix % QLatin1Char('/') % name,
                 depth + 1);
        }
    }
};

} // namespace

QRegularExpression globToRegularExpression(QStringView pattern)
{
    const QList<QStringView> segments = pattern.split(QLatin1Char('/'));
    QString re;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const bool last = i + 1 == segments.size();
        if (segments.at(i) == QLatin1String("**")) {
            re += last ? QStringLiteral("(?:(?!\\.)[^/]+(?:/(?!\\.)[^/]+)*)?") : QStringLiteral("(?:(?!\\.)[^/]+/)*");
            continue;
        }
        re += segmentToRegularExpression(segments.at(i));
        if (!last)
            re += QLatin1Char('/');
    }
    QRegularExpression expression(QRegularExpression::anchoredPattern(re));
    if (!expression.isValid()) // e.g. a character class Qt rejects: match the text literally instead
        expression.setPattern(QRegularExpression::anchoredPattern(QRegularExpression::escape(pattern.toString())));
    return expression;
}

FileSearch expandGlob(const QString& pattern)
{
    const QString cleaned = QDir::cleanPath(pattern);
    const QList<QStringView> segments = QStringView(cleaned).split(QLatin1Char('/'));
    qsizetype firstGlob = 0;
    while (firstGlob < segments.size() && !isGlobPattern(segments.at(firstGlob)))
        ++firstGlob;

    Walker walker;
    if (firstGlob == segments.size()) { // not a glob after all
        const FileStamp stamp = stampOf(cleaned);
        if (stamp.type == FileStamp::Type::Regular)
            walker.result.files.append(cleaned);
        return walker.result;
    }
    QStringList baseParts;
    for (qsizetype i = 0; i < firstGlob; ++i)
        baseParts.append(segments.at(i).toString());
    QString base = baseParts.join(QLatin1Char('/'));
    if (base.isEmpty())
        base = QStringLiteral("/");
    QStringList restParts;
    bool recursive = false;
    for (qsizetype i = firstGlob; i < segments.size(); ++i) {
        restParts.append(segments.at(i).toString());
        recursive = recursive || segments.at(i) == QLatin1String("**");
    }
    const QString rest = restParts.join(QLatin1Char('/'));
    walker.pattern = globToRegularExpression(rest);
    walker.maxDepth = recursive ? -1 : int(restParts.size());
    if (stampOf(base).type == FileStamp::Type::Directory)
        walker.walk(base, QString(), 0);
    return walker.result;
}

FileSearch findCatalogFiles(const QString& directory)
{
    Walker walker;
    walker.skipToolingFolders = true;
    walker.walk(QDir::cleanPath(directory), QString(), 0);
    return walker.result;
}

} // namespace Atrium

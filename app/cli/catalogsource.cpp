#include "catalogsource.h"

#include "catalog/catalogloader.h"
#include "catalog/yamlreader.h"
#include "workspace/workspaceconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Atrium {

namespace {

// docs/workspace.md: a YAML file is a workspace (atrium.yaml or a Backstage app config) when it is named like one,
// or when its first document has workspace keys and no `kind`. Anything else is a catalog descriptor file.
bool isWorkspaceFile(const QString& absolutePath)
{
    const QString fileName = QFileInfo(absolutePath).fileName();
    if (fileName.compare(QLatin1String("atrium.yaml"), Qt::CaseInsensitive) == 0
        || fileName.startsWith(QLatin1String("app-config"), Qt::CaseInsensitive))
        return true;
    QFile file(absolutePath);
    if (file.size() > kMaxCatalogFileSize || !file.open(QIODevice::ReadOnly))
        return false; // the loader reports the problem with the file
    const YamlReadResult yaml = readYamlDocuments(file.readAll(), absolutePath);
    if (yaml.documents.empty())
        return false;
    const QJsonObject root = yaml.documents.front().value.toObject();
    if (root.contains(QLatin1String("kind")))
        return false;
    const QJsonObject catalog = root.value(QLatin1String("catalog")).toObject();
    return catalog.contains(QLatin1String("locations")) || root.contains(QLatin1String("app"))
        || root.contains(QLatin1String("backend")) || root.contains(QLatin1String("name"))
        || root.contains(QLatin1String("version"));
}

} // namespace

CatalogSource CatalogSource::load(const QStringList& paths, const QString& cacheDir)
{
    CatalogSource source;
    QStringList absolutePaths;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            source.error = tr("%1: no such file or directory").arg(path);
            return source;
        }
        absolutePaths.append(QDir::cleanPath(info.absoluteFilePath()));
    }
    const bool allRelative
        = std::none_of(paths.cbegin(), paths.cend(), [](const QString& path) { return QDir::isAbsolutePath(path); });
    source.displayBase = allRelative ? QDir::currentPath() : QString();

    CatalogLoadOptions options;
    options.cacheDirectory = cacheDir;
    Problems configProblems;
    for (const QString& path : std::as_const(absolutePaths)) {
        if (QFileInfo(path).isDir() || isWorkspaceFile(path)) {
            const WorkspaceConfig config = loadWorkspaceConfig(path);
            configProblems += config.problems;
            options.roots += config.catalogRoots();
        } else {
            options.addRoot(path);
        }
    }
    CatalogSnapshot snapshot = loadCatalog(options);
    snapshot.problems = configProblems + snapshot.problems;
    source.snapshot = std::make_shared<const CatalogSnapshot>(std::move(snapshot));
    return source;
}

} // namespace Atrium

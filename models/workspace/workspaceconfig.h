#pragma once

#include "catalog/catalogloader.h"
#include "catalog/problem.h"
#include "catalog/yamlreader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <memory>

namespace Atrium {

/// One entry of `catalog.locations` / `templates.locations` (docs/workspace.md).
struct WorkspaceLocation {
    QString type; ///< "file" or "url"
    QString target; ///< as written
    QString resolved; ///< absolute path or glob for file locations; "" for url ones
    SourcePosition position; ///< of the entry in the config file

    friend bool operator==(const WorkspaceLocation&, const WorkspaceLocation&) = default;
};

/// What a workspace is made of, read from `atrium.yaml`, a Backstage `app-config.yaml` or a bare folder.
struct WorkspaceConfig {
    enum class Source { AtriumYaml, BackstageAppConfig, Folder };

    Source source = Source::Folder;
    QString configFile; ///< absolute path of the file read ("" for a bare folder)
    QString rootDirectory; ///< the folder relative targets are resolved against
    QString name;
    QString description;
    QList<WorkspaceLocation> catalogLocations;
    QList<WorkspaceLocation> templateLocations;
    QJsonArray environments; ///< ordered, as written; interpreted by the environments component
    QJsonArray backends; ///< as written; interpreted by the backends component
    Problems problems; ///< of the config itself, with file/line/column

    /// Every file location, catalog ones first, as roots for the catalog loader (templates are catalog
    /// entities too); each root remembers where it was declared so a location matching nothing is reported there.
    QList<CatalogRoot> catalogRoots() const;
    /// Every path whose change means the configuration must be read again.
    QStringList configFiles() const;

    /// Where @p path (keys and decimal indices, e.g. {"backends", "0", "url"}) is in the config file; 0:0 when
    /// unknown. Lets the readers of `environments` and `backends` report problems at their line.
    SourcePosition positionOf(const QStringList& path) const;

    std::shared_ptr<const YamlDocument> document; ///< the parsed config file, for positionOf()
};

/// Parses @p bytes as the workspace file at @p absolutePath: a Backstage app config when the file is named
/// `app-config*.yaml` or has a top-level `app` or `backend` key, `atrium.yaml` otherwise. Pure apart from checking
/// which app-config targets exist (Backstage resolves them from packages/backend, see docs/workspace.md).
WorkspaceConfig parseWorkspaceConfig(const QString& absolutePath, const QByteArray& bytes);

/// Opens @p path: a workspace file, or a folder through its `atrium.yaml`, else its `app-config.yaml`, else the
/// folder itself as the only catalog location. A path that cannot be read gives a config with a problem.
WorkspaceConfig loadWorkspaceConfig(const QString& path);

} // namespace Atrium

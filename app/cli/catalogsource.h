#pragma once

#include "catalog/catalogsnapshot.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Atrium {

/// The catalog named on an `atrium-cli catalog` command line, loaded.
struct CatalogSource {
    Q_DECLARE_TR_FUNCTIONS(Atrium::CatalogSource)
public:
    CatalogSnapshotPtr snapshot; ///< never null when #error is empty
    /// Folder that problem paths are shown relative to: the cwd when every PATH was relative, else "" (absolute).
    QString displayBase;
    /// Why nothing could be loaded (a PATH that does not exist); "" on success.
    QString error;

    /// Each of @p paths is a descriptor file, a folder, an atrium.yaml or a Backstage app-config.yaml.
    /// @p cacheDir empty: no persistent cache.
    static CatalogSource load(const QStringList& paths, const QString& cacheDir);
};

} // namespace Atrium

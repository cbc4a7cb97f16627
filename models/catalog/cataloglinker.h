#pragma once

#include "catalogfile.h"
#include "catalogsnapshot.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Atrium {

/// The cross-entity step after the files are parsed, as Backstage's stitcher would see the catalog:
/// - entities are appended in file order; the first entity with a ref wins, a later one with the same ref
///   (compared case-insensitively) is an error at the later document that says where the first one is;
/// - every relation lands on its source entity, deduplicated, including edges another entity emitted
///   (`ownerOf` from a Component's `spec.owner` lands on the Group);
/// - a reference to an entity that is not in the catalog is a warning at the field (Backstage accepts it);
/// - entities are packed into CatalogSnapshot::entities, problems are sorted by file, line and column.
///
/// Incremental, so a load never holds every parsed file at once: addFile() packs a file's entities right away
/// (call it in load order, as files finish) and keeps only their relations, as string ids, until finish() can
/// resolve them against the whole catalog. That keeps the loading peak near the size of the packed store.
class CatalogLinker {
    Q_DECLARE_TR_FUNCTIONS(Atrium::CatalogLinker)
public:
    CatalogLinker();
    ~CatalogLinker();
    CatalogLinker(const CatalogLinker&) = delete;
    CatalogLinker& operator=(const CatalogLinker&) = delete;

    /// Takes @p file's entities, problems and relations (it is left empty).
    void addFile(CatalogFileResult&& file);
    /// Takes a backend's entities (remoteCatalogFile()) after the files: an entity already added from a file is left
    /// out, not reported as a duplicate, because a team's Backstage usually reads the very files of the workspace and
    /// the file is what people edit. Returns how many were left out.
    int addRemote(CatalogFileResult&& remote);
    /// Files of about @p bytes in all are about to be added: sizes the store's buffers once instead of growing them.
    void expectSourceBytes(qint64 bytes);
    /// @p loadProblems are problems of the load itself (missing roots, unreadable files, location cycles).
    CatalogSnapshot finish(Problems loadProblems = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// All files at once: CatalogLinker over @p files in order. @p files are consumed (moved from).
CatalogSnapshot linkCatalog(std::vector<CatalogFileResult>&& files, Problems loadProblems = {});

/// Sorts by file, then line, then column; keeps the original order otherwise.
void sortProblems(Problems& problems);

} // namespace Atrium

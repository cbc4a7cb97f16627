#pragma once

#include "catalogfile.h"
#include "catalogsnapshot.h"

#include <vector>

namespace Atrium {

/// The cross-entity step after every file was parsed, as Backstage's stitcher would see the catalog:
/// - entities are appended in file order; the first entity with a ref wins, a later one with the same ref
///   (compared case-insensitively) is an error at the later document that says where the first one is;
/// - every relation lands on its source entity, deduplicated, including edges another entity emitted
///   (`ownerOf` from a Component's `spec.owner` lands on the Group);
/// - a reference to an entity that is not in the catalog is a warning at the field (Backstage accepts it);
/// - entities are packed into CatalogSnapshot::entities, problems are sorted by file, line and column.
/// @p files are consumed (moved from) to avoid copying every entity. @p loadProblems are problems of the load
/// itself (missing roots, unreadable files, location cycles) and are merged in.
CatalogSnapshot linkCatalog(std::vector<CatalogFileResult>&& files, Problems loadProblems = {});

/// Sorts by file, then line, then column; keeps the original order otherwise.
void sortProblems(Problems& problems);

} // namespace Atrium

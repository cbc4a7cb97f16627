#pragma once

#include "catalog/catalogsnapshot.h"
#include "graphinput.h"

namespace Atrium {

/// The graph's view of a loaded catalog. Holds @p snapshot alive for as long as the lookup is kept;
/// safe to call from any thread because snapshots are immutable.
GraphEntityLookup graphEntityLookup(CatalogSnapshotPtr snapshot);

} // namespace Atrium

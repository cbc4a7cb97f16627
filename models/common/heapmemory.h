#pragma once

namespace Atrium {

/// Hands memory that was freed back to the operating system.
///
/// glibc keeps freed blocks in its arenas (one per thread that allocated) and returns only the top of the main
/// heap by itself. Loading a catalog allocates hundreds of MB of short-lived objects on many threads and then
/// frees them: without this the process would stay at its loading peak (~370 MB for 100,000 entities) instead
/// of what the loaded catalog needs (~110 MB). Costs a walk over the heap's free lists; call it after such bursts,
/// not in loops. A no-op with other C libraries.
void releaseFreedHeapMemory();

} // namespace Atrium

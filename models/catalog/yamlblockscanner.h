#pragma once

#include <QtGlobal>

namespace YAML {
class EventHandler;
}

namespace Atrium {

/// Reads one document written in the plain block style nearly every catalog file uses (block mappings and
/// sequences, one-line plain and quoted scalars, `|`/`>` block scalars, one-line flow sequences of scalars) and
/// reports it to @p handler with the same events and marks yaml-cpp would send, several times faster.
///
/// Returns false as soon as it meets anything else (anchors, tags, multi-line flow or quoted scalars, escapes,
/// tabs, errors...): the caller then throws away what the handler received and lets yaml-cpp read the document.
/// Exceptions thrown by the handler pass through. Nesting deeper than @p maxDepth also returns false.
bool readSimpleYamlDocument(const char* data, qsizetype size, YAML::EventHandler& handler, int maxDepth);

} // namespace Atrium

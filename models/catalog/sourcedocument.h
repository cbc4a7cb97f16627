#pragma once

#include <QByteArray>
#include <QString>

namespace Atrium {

/// The text of one YAML document of a multi-document file, as the user wrote it (comments included), for showing
/// an entity's source. @p startLine is the 1-based line of the document's first node or its `---` marker
/// (Entity::position()). The document runs to the next `---` or `...` marker at the start of a line, or the end;
/// comment lines right before its first node belong to it. Empty when @p startLine is outside the file.
QString sourceDocumentText(const QByteArray& fileBytes, int startLine);

} // namespace Atrium

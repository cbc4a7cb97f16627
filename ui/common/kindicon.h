#pragma once

#include <QColor>
#include <QIcon>
#include <QStringView>

namespace Atrium::KindIcon {

/// A round badge with the kind's initial on the kind's colour: Component blue, API purple, Resource teal… The same
/// colour marks the kind everywhere (table, entity page, graph, palette). Drawn, not loaded, so it scales and
/// needs no icon theme.
QIcon icon(QStringView kind);
/// The kind's colour; grey for kinds Backstage does not define.
QColor color(QStringView kind);

} // namespace Atrium::KindIcon

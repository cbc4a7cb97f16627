#pragma once

#include "backends/outboxentry.h"

#include <QColor>
#include <QIcon>

class QPalette;

/// The Activity page's state badges: a coloured disc with a sign (a check, a cross, an exclamation mark, a ring for
/// waiting), so that a state never depends on its colour alone. Drawn, not loaded, like KindIcon.
namespace Atrium::StatusIcons {

QColor stateColour(OutboxEntry::State state, const QPalette& palette);
QIcon stateIcon(OutboxEntry::State state, const QPalette& palette);
/// A scaffolder step's status as Backstage names it (open, processing, completed, failed, cancelled, skipped).
QIcon stepIcon(QStringView status, const QPalette& palette);

} // namespace Atrium::StatusIcons

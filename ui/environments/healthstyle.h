#pragma once

#include "environments/health.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QPalette;
class QRectF;

/// How a health word looks: a colour and a disc with a sign (a check, a cross, two bars, a ring…), so that health
/// never depends on colour alone. Drawn, not loaded, like the Activity page's state badges.
namespace Atrium::HealthStyle {

QColor colour(Health health, const QPalette& palette);
/// The disc with its sign, filling @p rect.
void paintBadge(QPainter& painter, const QRectF& rect, Health health, const QPalette& palette);
QIcon icon(Health health, const QPalette& palette);
/// The health word for people, translated: "Healthy", "Degraded"…
QString label(Health health);

} // namespace Atrium::HealthStyle

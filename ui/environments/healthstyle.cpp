#include "healthstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Atrium::HealthStyle {

namespace {
bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

QColor colour(Health health, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (health) {
    case Health::Healthy:
        return dark ? QColor(0x4c, 0xc3, 0x6a) : QColor(0x1e, 0x8e, 0x3e);
    case Health::Progressing:
        return dark ? QColor(0x5a, 0xa9, 0xf0) : QColor(0x1a, 0x6f, 0xc9);
    case Health::Degraded:
        return dark ? QColor(0xf0, 0x62, 0x5a) : QColor(0xc6, 0x28, 0x28);
    case Health::Suspended:
        return dark ? QColor(0xa9, 0x8c, 0xe0) : QColor(0x6a, 0x4c, 0xb0);
    case Health::Missing:
        return dark ? QColor(0xf2, 0xb0, 0x3d) : QColor(0xb3, 0x6b, 0x00);
    case Health::Unknown:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

void paintBadge(QPainter& painter, const QRectF& rect, Health health, const QPalette& palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = colour(health, palette);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(rect);
    const qreal s = rect.width();
    QPen pen(Qt::white, std::max<qreal>(1.2, s / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const auto at = [&](qreal x, qreal y) { return QPointF(rect.left() + x * s, rect.top() + y * s); };
    switch (health) {
    case Health::Healthy: {
        QPainterPath check;
        check.moveTo(at(0.28, 0.52));
        check.lineTo(at(0.44, 0.68));
        check.lineTo(at(0.72, 0.36));
        painter.drawPath(check);
        break;
    }
    case Health::Degraded:
        painter.drawLine(at(0.33, 0.33), at(0.67, 0.67));
        painter.drawLine(at(0.67, 0.33), at(0.33, 0.67));
        break;
    case Health::Suspended:
        painter.drawLine(at(0.40, 0.32), at(0.40, 0.68));
        painter.drawLine(at(0.60, 0.32), at(0.60, 0.68));
        break;
    case Health::Progressing:
        // Three quarters of a ring: under way.
        painter.drawArc(QRectF(at(0.28, 0.28), at(0.72, 0.72)), 90 * 16, -270 * 16);
        break;
    case Health::Missing:
        painter.drawLine(at(0.30, 0.5), at(0.70, 0.5));
        break;
    case Health::Unknown: {
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(s * 0.7)));
        painter.setFont(font);
        painter.drawText(rect, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    painter.restore();
}

QIcon icon(Health health, const QPalette& palette)
{
    QIcon result;
    for (const int size : { 16, 22, 32 }) {
        for (const qreal ratio : { 1.0, 2.0 }) {
            QPixmap pixmap(QSize(size, size) * ratio);
            pixmap.setDevicePixelRatio(ratio);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            paintBadge(painter, QRectF(1, 1, size - 2, size - 2), health, palette);
            painter.end();
            result.addPixmap(pixmap);
        }
    }
    return result;
}

QString label(Health health)
{
    switch (health) {
    case Health::Healthy:
        return QCoreApplication::translate("Atrium::HealthStyle", "Healthy");
    case Health::Progressing:
        return QCoreApplication::translate("Atrium::HealthStyle", "Progressing");
    case Health::Degraded:
        return QCoreApplication::translate("Atrium::HealthStyle", "Degraded");
    case Health::Suspended:
        return QCoreApplication::translate("Atrium::HealthStyle", "Suspended");
    case Health::Missing:
        return QCoreApplication::translate("Atrium::HealthStyle", "Missing");
    case Health::Unknown:
        break;
    }
    return QCoreApplication::translate("Atrium::HealthStyle", "Unknown");
}

} // namespace Atrium::HealthStyle

#include "kindicon.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Atrium::KindIcon {

QColor color(QStringView kind)
{
    const QString k = kind.toString().toLower();
    if (k == QLatin1String("component"))
        return QColor(0x1e, 0x88, 0xe5);
    if (k == QLatin1String("api"))
        return QColor(0x8e, 0x24, 0xaa);
    if (k == QLatin1String("resource"))
        return QColor(0x00, 0x89, 0x7b);
    if (k == QLatin1String("system"))
        return QColor(0xf4, 0x51, 0x1e);
    if (k == QLatin1String("domain"))
        return QColor(0x6d, 0x4c, 0x41);
    if (k == QLatin1String("group"))
        return QColor(0x43, 0xa0, 0x47);
    if (k == QLatin1String("user"))
        return QColor(0x7c, 0xb3, 0x42);
    if (k == QLatin1String("template"))
        return QColor(0xc0, 0x8a, 0x00);
    if (k == QLatin1String("location"))
        return QColor(0x54, 0x6e, 0x7a);
    return QColor(0x75, 0x75, 0x75);
}

QIcon icon(QStringView kind)
{
    static QHash<QString, QIcon> cache;
    const QString key = kind.toString().toLower();
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon result;
    for (const int size : { 16, 24, 32, 48, 64 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(kind));
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QFont font;
        font.setBold(true);
        font.setPixelSize(qMax(8, size * 9 / 16));
        painter.setFont(font);
        painter.setPen(Qt::white);
        const QString initial = kind.isEmpty() ? QStringLiteral("?") : kind.left(1).toString().toUpper();
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initial);
        painter.end();
        result.addPixmap(pixmap);
    }
    cache.insert(key, result);
    return result;
}

} // namespace Atrium::KindIcon

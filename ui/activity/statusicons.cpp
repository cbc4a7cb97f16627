#include "statusicons.h"

#include "highlighting/highlightingtheme.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Atrium::StatusIcons {

namespace {

enum class Sign { Ring, RingDot, Disc, Play, Check, Cross, Exclamation, Dash };

QColor blue(const QPalette& palette)
{
    return HighlightingTheme::isDark(palette) ? QColor(0x58, 0xa6, 0xff) : QColor(0x1f, 0x6f, 0xeb);
}

QColor green(const QPalette& palette)
{
    return HighlightingTheme::isDark(palette) ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
}

QColor red(const QPalette& palette)
{
    return HighlightingTheme::isDark(palette) ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
}

QColor amber(const QPalette& palette)
{
    return HighlightingTheme::isDark(palette) ? QColor(0xd2, 0x99, 0x22) : QColor(0xbf, 0x87, 0x00);
}

QColor grey(const QPalette& palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QPixmap paint(Sign sign, const QColor& colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size / 16.0;
    const QRectF disc(1.5 * unit, 1.5 * unit, 13 * unit, 13 * unit);
    if (sign == Sign::Ring || sign == Sign::RingDot || sign == Sign::Dash) {
        painter.setPen(QPen(colour, 1.8 * unit));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc.adjusted(0.4 * unit, 0.4 * unit, -0.4 * unit, -0.4 * unit));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(disc);
    }
    QPen mark(Qt::white, 1.9 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (sign) {
    case Sign::Ring:
    case Sign::Disc:
        break;
    case Sign::RingDot:
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QPointF(8 * unit, 8 * unit), 2.6 * unit, 2.6 * unit);
        break;
    case Sign::Dash:
        painter.setPen(QPen(colour, 1.9 * unit, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(5.5 * unit, 8 * unit), QPointF(10.5 * unit, 8 * unit));
        break;
    case Sign::Play: {
        QPainterPath path;
        path.moveTo(6.5 * unit, 5 * unit);
        path.lineTo(11 * unit, 8 * unit);
        path.lineTo(6.5 * unit, 11 * unit);
        path.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawPath(path);
        break;
    }
    case Sign::Check:
        painter.setPen(mark);
        painter.drawPolyline(
            QList<QPointF> { { 5 * unit, 8.2 * unit }, { 7.2 * unit, 10.4 * unit }, { 11 * unit, 5.8 * unit } });
        break;
    case Sign::Cross:
        painter.setPen(mark);
        painter.drawLine(QPointF(5.6 * unit, 5.6 * unit), QPointF(10.4 * unit, 10.4 * unit));
        painter.drawLine(QPointF(10.4 * unit, 5.6 * unit), QPointF(5.6 * unit, 10.4 * unit));
        break;
    case Sign::Exclamation:
        painter.setPen(mark);
        painter.drawLine(QPointF(8 * unit, 4.6 * unit), QPointF(8 * unit, 8.8 * unit));
        painter.drawPoint(QPointF(8 * unit, 11.3 * unit));
        break;
    }
    return pixmap;
}

QIcon icon(Sign sign, const QColor& colour)
{
    // Item views ask for the decoration on every repaint; drawing it once per sign and colour is enough.
    static QHash<QString, QIcon> cache;
    const QString key = QString::number(int(sign)) + u'/' + colour.name(QColor::HexArgb);
    auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    QIcon made;
    for (int size : { 16, 22, 32, 48 })
        made.addPixmap(paint(sign, colour, size));
    cache.insert(key, made);
    return made;
}

} // namespace

QColor stateColour(OutboxEntry::State state, const QPalette& palette)
{
    using State = OutboxEntry::State;
    switch (state) {
    case State::Queued:
        return grey(palette);
    case State::Sending:
    case State::Sent:
    case State::Running:
        return blue(palette);
    case State::Completed:
        return green(palette);
    case State::Failed:
        return red(palette);
    case State::Unknown:
        return amber(palette);
    }
    return grey(palette);
}

QIcon stateIcon(OutboxEntry::State state, const QPalette& palette)
{
    using State = OutboxEntry::State;
    const QColor colour = stateColour(state, palette);
    switch (state) {
    case State::Queued:
        return icon(Sign::Ring, colour);
    case State::Sending:
        return icon(Sign::RingDot, colour);
    case State::Sent:
        return icon(Sign::Disc, colour);
    case State::Running:
        return icon(Sign::Play, colour);
    case State::Completed:
        return icon(Sign::Check, colour);
    case State::Failed:
        return icon(Sign::Cross, colour);
    case State::Unknown:
        return icon(Sign::Exclamation, colour);
    }
    return icon(Sign::Ring, colour);
}

QIcon stepIcon(QStringView status, const QPalette& palette)
{
    if (status == u"processing")
        return icon(Sign::Play, blue(palette));
    if (status == u"completed")
        return icon(Sign::Check, green(palette));
    if (status == u"failed")
        return icon(Sign::Cross, red(palette));
    if (status == u"cancelled")
        return icon(Sign::Cross, grey(palette));
    if (status == u"skipped")
        return icon(Sign::Dash, grey(palette));
    return icon(Sign::Ring, grey(palette)); // open, or a status Backstage adds later
}

} // namespace Atrium::StatusIcons

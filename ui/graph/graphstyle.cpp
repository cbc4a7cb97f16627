#include "graphstyle.h"

#include "common/kindicon.h"

#include <QApplication>
#include <QHash>
#include <QPalette>
#include <QWidget>

namespace Atrium {

using namespace Qt::StringLiterals;

namespace {

// The hue of the kind's badge (KindIcon), so a kind has one colour in the table, the header, the palette and here.
int hueOfKind(const QString& kind)
{
    const int hue = KindIcon::color(kind).hslHue();
    return hue >= 0 ? hue : int(qHash(kind.toLower(), 0) % 360); // grey (no hue) for kinds Backstage lacks
}

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

GraphStyle GraphStyle::from(const QPalette& palette, const QFont& font)
{
    GraphStyle style;
    style.nameFont = font;
    style.nameFont.setBold(true);
    style.smallFont = font;
    if (font.pointSizeF() > 0)
        style.smallFont.setPointSizeF(font.pointSizeF() * 0.85);
    else
        style.smallFont.setPixelSize(qMax(8, int(font.pixelSize() * 0.85)));

    const QColor base = palette.color(QPalette::Base);
    style.dark = base.lightness() < 128;
    style.nodeFill = base;
    style.text = palette.color(QPalette::Text);
    style.nodeBorder = withAlpha(style.text, 110);
    style.mutedText = palette.color(QPalette::PlaceholderText);
    style.edge = withAlpha(style.text, 150);
    style.highlight = palette.color(QPalette::Highlight);
    style.missingFill = palette.color(QPalette::Window);
    style.labelFill = withAlpha(base, 225);
    return style;
}

GraphStyle GraphStyle::of(const QWidget* widget)
{
    return widget ? from(widget->palette(), widget->font()) : from(QApplication::palette(), QApplication::font());
}

QColor GraphStyle::kindColour(const QString& kind) const
{
    return dark ? QColor::fromHsl(hueOfKind(kind), 90, 62) : QColor::fromHsl(hueOfKind(kind), 170, 212);
}

} // namespace Atrium

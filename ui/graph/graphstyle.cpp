#include "graphstyle.h"

#include <QApplication>
#include <QHash>
#include <QPalette>
#include <QWidget>

namespace Atrium {

using namespace Qt::StringLiterals;

namespace {

int hueOfKind(const QString& kind)
{
    static const QHash<QString, int> hues {
        { u"component"_s, 212 }, { u"api"_s, 140 },  { u"resource"_s, 28 }, { u"system"_s, 268 },  { u"domain"_s, 325 },
        { u"group"_s, 48 },      { u"user"_s, 182 }, { u"template"_s, 0 },  { u"location"_s, 95 },
    };
    const QString key = kind.toLower();
    return hues.value(key, int(qHash(key, 0) % 360));
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

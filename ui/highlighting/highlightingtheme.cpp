#include "highlightingtheme.h"

#include <QPalette>

namespace Atrium::HighlightingTheme {

bool isDark(const QPalette& palette)
{
    // Base, not Window: a text view paints its text on Base, and a palette may pair a dark window with light views.
    return palette.color(QPalette::Base).lightness() < 128;
}

QString nameFor(const QPalette& palette)
{
    return isDark(palette) ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light");
}

} // namespace Atrium::HighlightingTheme

#pragma once

#include <QString>

class QPalette;

namespace Atrium::HighlightingTheme {

/// True when text on this palette is drawn on a dark background, so a dark colour theme is needed.
bool isDark(const QPalette& palette);

/// The highlighter's theme name for the palette: "Breeze Dark" on a dark one, "Breeze Light" otherwise.
/// Both ship with every KSyntaxHighlighting release, Qt 5 and Qt 6 alike.
QString nameFor(const QPalette& palette);

} // namespace Atrium::HighlightingTheme

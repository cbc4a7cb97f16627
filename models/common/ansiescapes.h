#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace Atrium {

/// @p text without its ANSI terminal escape sequences: colours and cursor moves (CSI, `ESC [ … final`), titles and
/// links (OSC, `ESC ] … BEL` or `ESC ] … ESC \`) and the two-character escapes. Scaffolder logs carry colour codes
/// (Backstage's actions write for a terminal); a log view shows the words.
QString withoutAnsiEscapes(QStringView text);

/// A colour as SGR names it: the terminal's default, one of the 256 of the xterm palette (0–7 normal, 8–15 bright,
/// then the 6×6×6 cube and the greys), or 24-bit. Which colours those are is the view's choice (light or dark).
struct AnsiColour {
    enum class Kind : quint8 { Default, Palette, Rgb };
    Kind kind = Kind::Default;
    quint32 value = 0; ///< the palette index, or 0xRRGGBB

    friend bool operator==(const AnsiColour&, const AnsiColour&) = default;
};

struct AnsiStyle {
    AnsiColour foreground;
    AnsiColour background;
    bool bold = false;
    bool faint = false;
    bool italic = false;
    bool underline = false;

    friend bool operator==(const AnsiStyle&, const AnsiStyle&) = default;
};

/// A run of text in one style.
struct AnsiSpan {
    QString text;
    AnsiStyle style;

    friend bool operator==(const AnsiSpan&, const AnsiSpan&) = default;
};

/// @p text cut where its SGR sequences (`ESC [ … m`) change the style, starting from @p initial; every other escape
/// sequence is dropped as withoutAnsiEscapes() drops it. Empty runs are left out.
QList<AnsiSpan> ansiSpans(QStringView text, const AnsiStyle& initial = {});

} // namespace Atrium

#pragma once

#include <QString>
#include <QStringView>

namespace Atrium {

/// @p text without its ANSI terminal escape sequences: colours and cursor moves (CSI, `ESC [ … final`), titles and
/// links (OSC, `ESC ] … BEL` or `ESC ] … ESC \`) and the two-character escapes. Scaffolder logs carry colour codes
/// (Backstage's actions write for a terminal); a log view shows the words.
QString withoutAnsiEscapes(QStringView text);

} // namespace Atrium

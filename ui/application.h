#pragma once

namespace Atrium {

/// Sets up QApplication (names, translations, theme), opens the workspace from the command line, the last one,
/// or the bundled demo, and runs the event loop.
int runGuiApplication(int argc, char* argv[]);

} // namespace Atrium

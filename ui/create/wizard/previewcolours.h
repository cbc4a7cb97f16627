#pragma once

#include "scaffolder/scaffoldcomparison.h"

#include <QColor>

class QPalette;

/// The preview's colours, one set for light and one for dark palettes, so that a status or a diff line reads the
/// same in both themes. Colour is never the only sign: every status and diff line also has its words or its +/-.
namespace Atrium::PreviewColours {

/// The text colour of a file status; its pill's background is this colour, faded.
QColor status(ScaffoldFileComparison::Status status, const QPalette& palette);
QColor addedBackground(const QPalette& palette);
QColor removedBackground(const QPalette& palette);
QColor hunkHeader(const QPalette& palette);

/// Banners: an error (the run failed) or a notice (it stopped for a backend).
struct Banner {
    QColor background;
    QColor border;
    QColor text;
};
Banner errorBanner(const QPalette& palette);
Banner noticeBanner(const QPalette& palette);

} // namespace Atrium::PreviewColours

#include "previewcolours.h"

#include "highlighting/highlightingtheme.h"

#include <QPalette>

namespace Atrium::PreviewColours {

using Status = ScaffoldFileComparison::Status;

QColor status(Status status, const QPalette& palette)
{
    const bool dark = HighlightingTheme::isDark(palette);
    switch (status) {
    case Status::New:
        return dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37);
    case Status::Changed:
        return dark ? QColor(0xf0, 0xb7, 0x2f) : QColor(0x9a, 0x67, 0x00);
    case Status::Unchanged:
        return palette.color(QPalette::PlaceholderText);
    case Status::Blocked:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    }
    return palette.color(QPalette::Text);
}

QColor addedBackground(const QPalette& palette)
{
    return HighlightingTheme::isDark(palette) ? QColor(0x1f, 0x3d, 0x29) : QColor(0xe6, 0xff, 0xec);
}

QColor removedBackground(const QPalette& palette)
{
    return HighlightingTheme::isDark(palette) ? QColor(0x4b, 0x1f, 0x24) : QColor(0xff, 0xeb, 0xe9);
}

QColor hunkHeader(const QPalette& palette)
{
    return HighlightingTheme::isDark(palette) ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae);
}

Banner errorBanner(const QPalette& palette)
{
    if (HighlightingTheme::isDark(palette))
        return { QColor(0x4a, 0x1c, 0x1c), QColor(0xc6, 0x28, 0x28), QColor(0xff, 0xda, 0xd6) };
    return { QColor(0xfd, 0xec, 0xea), QColor(0xe5, 0x73, 0x73), QColor(0x8c, 0x1d, 0x18) };
}

Banner noticeBanner(const QPalette& palette)
{
    if (HighlightingTheme::isDark(palette))
        return { QColor(0x3d, 0x32, 0x12), QColor(0xb0, 0x88, 0x00), QColor(0xff, 0xe7, 0xa3) };
    return { QColor(0xff, 0xf8, 0xe1), QColor(0xe0, 0xb1, 0x2f), QColor(0x5c, 0x44, 0x00) };
}

} // namespace Atrium::PreviewColours

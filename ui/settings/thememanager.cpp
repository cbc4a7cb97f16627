#include "thememanager.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>

namespace Atrium {

namespace {
// The roles a palette needs to be complete; the 3D shades (Light, Mid, Dark...) are derived from `button`.
struct ThemeColors {
    QColor window, windowText, base, alternateBase, text, button, buttonText, brightText;
    QColor highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText, placeholder;
    QColor disabledText, disabledHighlight;
};

// Dark after KDE's Breeze Dark, light after Fusion's own: tested, readable contrasts rather than new inventions.
const ThemeColors darkColors {
    QColor(0x2a, 0x2e, 0x32), QColor(0xfc, 0xfc, 0xfc), QColor(0x1b, 0x1e, 0x20), QColor(0x23, 0x26, 0x29),
    QColor(0xfc, 0xfc, 0xfc), QColor(0x31, 0x36, 0x3b), QColor(0xfc, 0xfc, 0xfc), QColor(0xff, 0xff, 0xff),
    QColor(0x3d, 0xae, 0xe9), QColor(0xfc, 0xfc, 0xfc), QColor(0x1d, 0x99, 0xf3), QColor(0x9b, 0x59, 0xb6),
    QColor(0x31, 0x36, 0x3b), QColor(0xfc, 0xfc, 0xfc), QColor(0xa1, 0xa9, 0xb1), QColor(0x6e, 0x71, 0x73),
    QColor(0x3b, 0x48, 0x53),
};
const ThemeColors lightColors {
    QColor(0xef, 0xef, 0xef), QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff), QColor(0xf7, 0xf7, 0xf7),
    QColor(0x00, 0x00, 0x00), QColor(0xef, 0xef, 0xef), QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff),
    QColor(0x30, 0x8c, 0xc6), QColor(0xff, 0xff, 0xff), QColor(0x00, 0x57, 0xae), QColor(0x64, 0x4a, 0x9b),
    QColor(0xff, 0xff, 0xdc), QColor(0x00, 0x00, 0x00), QColor(0x77, 0x77, 0x77), QColor(0xa0, 0xa0, 0xa0),
    QColor(0xc8, 0xc8, 0xc8),
};

QPalette paletteFrom(const ThemeColors& c)
{
    QPalette palette;
    palette.setColor(QPalette::Window, c.window);
    palette.setColor(QPalette::WindowText, c.windowText);
    palette.setColor(QPalette::Base, c.base);
    palette.setColor(QPalette::AlternateBase, c.alternateBase);
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::Button, c.button);
    palette.setColor(QPalette::ButtonText, c.buttonText);
    palette.setColor(QPalette::BrightText, c.brightText);
    palette.setColor(QPalette::Highlight, c.highlight);
    palette.setColor(QPalette::HighlightedText, c.highlightedText);
    palette.setColor(QPalette::Link, c.link);
    palette.setColor(QPalette::LinkVisited, c.linkVisited);
    palette.setColor(QPalette::ToolTipBase, c.toolTipBase);
    palette.setColor(QPalette::ToolTipText, c.toolTipText);
    palette.setColor(QPalette::PlaceholderText, c.placeholder);
    palette.setColor(QPalette::Light, c.button.lighter(150));
    palette.setColor(QPalette::Midlight, c.button.lighter(125));
    palette.setColor(QPalette::Mid, c.button.darker(130));
    palette.setColor(QPalette::Dark, c.button.darker(160));
    palette.setColor(QPalette::Shadow, QColor(0, 0, 0));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                            QPalette::HighlightedText, QPalette::PlaceholderText })
        palette.setColor(QPalette::Disabled, role, c.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    palette.setColor(QPalette::Disabled, QPalette::Base, c.window);
    // Unfocused windows keep their selection visible in the same colours: Fusion's dimmed default is hard to read.
    palette.setColor(QPalette::Inactive, QPalette::Highlight, c.highlight);
    palette.setColor(QPalette::Inactive, QPalette::HighlightedText, c.highlightedText);
    return palette;
}
} // namespace

ThemeManager* ThemeManager::instance()
{
    static QPointer<ThemeManager> manager;
    if (!manager)
        manager = new ThemeManager(QCoreApplication::instance());
    return manager;
}

ThemeManager::ThemeManager(QObject* parent)
    : QObject(parent)
    , m_platformStyle(QApplication::style()->name())
    , m_platformPalette(QApplication::palette())
{
}

ThemeManager::~ThemeManager() = default;

QPalette ThemeManager::palette(Theme theme) const
{
    switch (theme) {
    case Theme::Light:
        return paletteFrom(lightColors);
    case Theme::Dark:
        return paletteFrom(darkColors);
    case Theme::System:
        break;
    }
    return m_platformPalette;
}

void ThemeManager::apply(Theme theme)
{
    // Nothing set yet: leave the platform in charge, so its palette keeps following the desktop's own changes.
    if (theme == Theme::System && m_current == Theme::System)
        return;
    // setStyle resets the palette to the style's own, so the palette always comes second.
    const QString style = theme == Theme::System ? m_platformStyle : QStringLiteral("Fusion");
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0) {
        if (QStyle* created = QStyleFactory::create(style))
            QApplication::setStyle(created);
    }
    QApplication::setPalette(palette(theme));
    m_current = theme;
}

} // namespace Atrium

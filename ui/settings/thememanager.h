#pragma once

#include "settings/uipreferences.h"

#include <QObject>
#include <QPalette>
#include <QString>

namespace Atrium {

/// Switches the application between the platform's look and Fusion with a light or dark palette.
///
/// The platform's style name and palette are remembered when the manager is created (at startup, before any theme
/// is applied), because once Fusion and a palette are set there is no other way back to them.
class ThemeManager : public QObject {
    Q_OBJECT
public:
    using Theme = UiPreferences::Theme;

    /// The one manager of this application, created on first use as a child of the application object.
    static ThemeManager* instance();
    ~ThemeManager() override;

    void apply(Theme theme);
    Theme current() const { return m_current; }

    /// Fusion palette for Light or Dark; the remembered platform palette for System.
    QPalette palette(Theme theme) const;

private:
    explicit ThemeManager(QObject* parent);

    QString m_platformStyle;
    QPalette m_platformPalette;
    Theme m_current = Theme::System;
};

} // namespace Atrium

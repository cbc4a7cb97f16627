#pragma once

#include <QString>

namespace Atrium {

/// The user's appearance choices as stored in QSettings (`ui/theme`, `ui/language`).
/// Values are stored as short names ("dark", "de"), not enum numbers, so the file stays readable and reordering
/// the enums never changes anyone's choice; an unknown value reads as System.
class UiPreferences {
public:
    enum class Theme { System, Light, Dark };
    enum class Language { System, English, German };

    static Theme theme();
    static void setTheme(Theme theme);
    static Language language();
    static void setLanguage(Language language);

    /// BCP 47 name of @p language ("en", "de"); empty for System.
    static QString localeName(Language language);
};

} // namespace Atrium

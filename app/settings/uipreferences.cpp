#include "uipreferences.h"

#include <QSettings>

#include <array>
#include <utility>

namespace Atrium {

namespace {
const auto themeKey = QLatin1String("ui/theme");
const auto languageKey = QLatin1String("ui/language");

constexpr std::array<std::pair<UiPreferences::Theme, const char*>, 3> themeNames { {
    { UiPreferences::Theme::System, "system" },
    { UiPreferences::Theme::Light, "light" },
    { UiPreferences::Theme::Dark, "dark" },
} };
constexpr std::array<std::pair<UiPreferences::Language, const char*>, 3> languageNames { {
    { UiPreferences::Language::System, "system" },
    { UiPreferences::Language::English, "en" },
    { UiPreferences::Language::German, "de" },
} };

template <typename Enum, size_t N>
Enum readChoice(QLatin1String key, const std::array<std::pair<Enum, const char*>, N>& names)
{
    const QString stored = QSettings().value(key).toString();
    for (const auto& [value, name] : names) {
        if (stored == QLatin1String(name))
            return value;
    }
    return Enum::System;
}

template <typename Enum, size_t N>
void writeChoice(QLatin1String key, const std::array<std::pair<Enum, const char*>, N>& names, Enum choice)
{
    for (const auto& [value, name] : names) {
        if (value == choice)
            QSettings().setValue(key, QLatin1String(name));
    }
}
} // namespace

UiPreferences::Theme UiPreferences::theme()
{
    return readChoice(themeKey, themeNames);
}

void UiPreferences::setTheme(Theme theme)
{
    writeChoice(themeKey, themeNames, theme);
}

UiPreferences::Language UiPreferences::language()
{
    return readChoice(languageKey, languageNames);
}

void UiPreferences::setLanguage(Language language)
{
    writeChoice(languageKey, languageNames, language);
}

QString UiPreferences::localeName(Language language)
{
    return language == Language::System ? QString() : QLatin1String(languageNames[size_t(language)].second);
}

} // namespace Atrium

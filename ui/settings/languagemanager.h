#pragma once

#include "settings/uipreferences.h"

#include <QObject>

class QTranslator;

namespace Atrium {

/// Installs the translators for the chosen language: Atrium's own (`:/i18n/atrium_<lang>.qm`) and Qt's (standard
/// dialog buttons and the like, when installed). English is the source language and needs none.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    using Language = UiPreferences::Language;

    /// The one manager of this application, created on first use as a child of the application object.
    static LanguageManager* instance();
    ~LanguageManager() override;

    /// Replaces the installed translators. Widgets that set their texts in their constructors keep the old ones until
    /// they are created again.
    void apply(Language language);
    Language current() const { return m_current; }
    /// Whether Atrium's own translation for @p language was found (always true for English).
    bool isAvailable(Language language) const;

private:
    explicit LanguageManager(QObject* parent);
    void removeTranslators();

    QTranslator* m_atrium = nullptr;
    QTranslator* m_qt = nullptr;
    Language m_current = Language::English;
};

} // namespace Atrium

#pragma once

#include "settings/uipreferences.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace Atrium {

/// Language and theme. Every change is stored (UiPreferences) and applied at once, so there is nothing to confirm:
/// the dialog only has a Close button.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    /// "The window changes to the new language when this dialog closes", shown once the language differs from the
    /// one the dialog opened with.
    QLabel* restartNote() const { return m_restartNote; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onLanguageChosen();
    void onThemeChosen();

    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLabel* m_themeLabel = nullptr;
    QLabel* m_restartNote = nullptr;
    UiPreferences::Language m_startLanguage;
};

} // namespace Atrium

#pragma once

#include "settings/uipreferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTabWidget;

namespace Atrium {

class BackendsSettingsPage;
struct WorkspaceConfig;

/// Language and theme. Every change is stored (UiPreferences) and applied at once, so there is nothing to confirm:
/// the dialog only has a Close button. With a workspace, a second page edits its backends, which are saved to its
/// atrium.yaml by the page's own Save button (a file shared with the team is not rewritten behind one's back).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    explicit SettingsDialog(const WorkspaceConfig& workspace, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    /// "The window changes to the new language when this dialog closes", shown once the language differs from the
    /// one the dialog opened with.
    QLabel* restartNote() const { return m_restartNote; }
    BackendsSettingsPage* backendsPage() const { return m_backends; }

    /// Asks whether to save the backends' unsaved changes first.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    SettingsDialog(const WorkspaceConfig* workspace, QWidget* parent);
    void retranslate();
    void onLanguageChosen();
    void onThemeChosen();

    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLabel* m_themeLabel = nullptr;
    QLabel* m_restartNote = nullptr;
    QTabWidget* m_pages = nullptr;
    BackendsSettingsPage* m_backends = nullptr;
    UiPreferences::Language m_startLanguage;
};

} // namespace Atrium

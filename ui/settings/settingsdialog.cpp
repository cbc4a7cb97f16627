#include "settingsdialog.h"

#include "backendssettingspage.h"
#include "settings/languagemanager.h"
#include "settings/thememanager.h"
#include "workspace/workspaceconfig.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Atrium {

namespace {
template <typename Enum> void selectData(QComboBox* box, Enum value)
{
    box->setCurrentIndex(std::max(0, box->findData(int(value))));
}

template <typename Enum> Enum currentChoice(const QComboBox* box)
{
    return Enum(box->currentData().toInt());
}
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : SettingsDialog(nullptr, parent)
{
}

SettingsDialog::SettingsDialog(const WorkspaceConfig& workspace, QWidget* parent)
    : SettingsDialog(&workspace, parent)
{
}

SettingsDialog::SettingsDialog(const WorkspaceConfig* workspace, QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_themeLabel(new QLabel(this))
    , m_restartNote(new QLabel(this))
    , m_startLanguage(UiPreferences::language())
{
    using Language = UiPreferences::Language;
    using Theme = UiPreferences::Theme;

    // Texts come from retranslate(); the items carry the choices.
    m_language->addItem(QString(), int(Language::System));
    // Language names in their own language: someone who cannot read the current one must still find theirs.
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_language->addItem(QStringLiteral("Deutsch"), int(Language::German));
    selectData(m_language, m_startLanguage);
    m_theme->addItem(QString(), int(Theme::System));
    m_theme->addItem(QString(), int(Theme::Light));
    m_theme->addItem(QString(), int(Theme::Dark));
    selectData(m_theme, UiPreferences::theme());

    m_languageLabel->setBuddy(m_language);
    m_themeLabel->setBuddy(m_theme);
    m_restartNote->setWordWrap(true);
    m_restartNote->hide();

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* general = new QWidget(this);
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(m_restartNote);
    generalLayout->addStretch();
    auto* layout = new QVBoxLayout(this);
    if (workspace) {
        m_backends = new BackendsSettingsPage(*workspace, this);
        m_pages = new QTabWidget(this);
        m_pages->setObjectName(QStringLiteral("settingsPages"));
        m_pages->setDocumentMode(true);
        m_pages->addTab(general, QString());
        m_pages->addTab(m_backends, QString());
        layout->addWidget(m_pages);
        resize(1000, 680);
    } else {
        generalLayout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(general);
    }
    layout->addWidget(buttons);
    retranslate();

    // Connected after the initial selection, so opening the dialog changes nothing.
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::onLanguageChosen);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsDialog::onThemeChosen);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_themeLabel->setText(tr("&Theme:"));
    m_language->setItemText(0, tr("System language"));
    m_theme->setItemText(0, tr("Follow system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_restartNote->setText(tr("The window changes to the new language when this dialog closes."));
    if (m_pages) {
        m_pages->setTabText(0, tr("General"));
        m_pages->setTabText(1, tr("Backends"));
    }
}

void SettingsDialog::reject()
{
    if (m_backends && m_backends->hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Backends"), tr("The backends have changes that are not saved to atrium.yaml."),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_backends->save())) {
            m_pages->setCurrentWidget(m_backends);
            return;
        }
    }
    QDialog::reject();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    // This dialog follows a new language at once; the main window is rebuilt in it when the dialog closes.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::onLanguageChosen()
{
    const auto language = currentChoice<UiPreferences::Language>(m_language);
    UiPreferences::setLanguage(language);
    LanguageManager::instance()->apply(language);
    m_restartNote->setVisible(language != m_startLanguage);
}

void SettingsDialog::onThemeChosen()
{
    const auto theme = currentChoice<UiPreferences::Theme>(m_theme);
    UiPreferences::setTheme(theme);
    ThemeManager::instance()->apply(theme);
}

} // namespace Atrium

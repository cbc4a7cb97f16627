#include "settingsdialog.h"

#include "settings/languagemanager.h"
#include "settings/thememanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
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
    retranslate();

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);

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

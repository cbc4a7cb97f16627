#include "settings/languagemanager.h"
#include "settings/settingsdialog.h"
#include "settings/thememanager.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace Atrium;
using Theme = UiPreferences::Theme;
using Language = UiPreferences::Language;

namespace {
void choose(QComboBox* box, int value)
{
    const int row = box->findData(value);
    QVERIFY(row >= 0);
    box->setCurrentIndex(row);
}
} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtriumTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
        // First use remembers the platform's look, as at application start.
        m_platformStyle = QApplication::style()->name();
        m_platformWindow = QApplication::palette().color(QPalette::Window);
        ThemeManager::instance();
    }

    void init()
    {
        QSettings().clear();
        ThemeManager::instance()->apply(Theme::System);
        LanguageManager::instance()->apply(Language::English);
    }

    void cleanupTestCase() { init(); }

    void themeIsAppliedAndStored_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << int(Theme::Dark) << QStringLiteral("dark") << true;
        QTest::newRow("light") << int(Theme::Light) << QStringLiteral("light") << false;
    }

    void themeIsAppliedAndStored()
    {
        QFETCH(int, theme);
        QFETCH(QString, stored);
        QFETCH(bool, dark);
        SettingsDialog dialog;
        dialog.show();
        choose(dialog.themeBox(), theme);

        const QPalette palette = QApplication::palette();
        QCOMPARE(palette.color(QPalette::Window).lightness() < 128, dark);
        QCOMPARE(palette.color(QPalette::Base).lightness() < 128, dark);
        QCOMPARE(palette.color(QPalette::Text).lightness() < 128, !dark);
        QCOMPARE(palette.color(QPalette::ToolTipText).lightness() < 128, !dark);
        // Disabled text must differ from enabled text, or disabled controls look usable.
        QVERIFY(palette.color(QPalette::Disabled, QPalette::Text) != palette.color(QPalette::Active, QPalette::Text));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        // Open windows follow.
        QTRY_COMPARE(dialog.palette().color(QPalette::Window), palette.color(QPalette::Window));
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), stored);
        QCOMPARE(UiPreferences::theme(), Theme(theme));

        // A new dialog shows the stored choice.
        SettingsDialog again;
        QCOMPARE(again.themeBox()->currentData().toInt(), theme);
    }

    void followSystemRestoresThePlatformLook()
    {
        SettingsDialog dialog;
        choose(dialog.themeBox(), int(Theme::Dark));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        choose(dialog.themeBox(), int(Theme::System));
        QCOMPARE(QApplication::style()->name(), m_platformStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("system"));
    }

    void languageIsSwitchedAndStored()
    {
        const auto translatedTitle = [] { return QCoreApplication::translate("Atrium::SettingsDialog", "Settings"); };
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(!dialog.restartNote()->isVisible());

        choose(dialog.languageBox(), int(Language::German));
        QCOMPARE(translatedTitle(), QStringLiteral("Einstellungen"));
        // The dialog itself follows at once.
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        QCOMPARE(dialog.themeBox()->itemText(2), QStringLiteral("Dunkel"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QVERIFY(dialog.restartNote()->isVisible());

        choose(dialog.languageBox(), int(Language::English));
        QCOMPARE(translatedTitle(), QStringLiteral("Settings"));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
        QCOMPARE(UiPreferences::language(), Language::English);
    }

    void germanTranslationIsBundled() { QVERIFY(LanguageManager::instance()->isAvailable(Language::German)); }

private:
    QString m_platformStyle;
    QColor m_platformWindow;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"

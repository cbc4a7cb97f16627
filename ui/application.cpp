#include "application.h"

#include "backends/networkoptions.h"
#include "mainwindowhost.h"
#include "settings/languagemanager.h"
#include "settings/thememanager.h"

#include <QApplication>
#include <QCommandLineParser>

namespace Atrium {

int runGuiApplication(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Atrium"));
    QApplication::setOrganizationName(QStringLiteral("Atrium"));
    QApplication::setApplicationVersion(QStringLiteral(ATRIUM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.atrium.Atrium"));
    useSystemProxy();

    // Before any window exists: the theme manager remembers the platform's look first, and every widget is
    // created with the chosen language and palette.
    ThemeManager::instance()->apply(UiPreferences::theme());
    LanguageManager::instance()->apply(UiPreferences::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A native desktop developer portal"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QApplication::translate("main", "Workspace folder, atrium.yaml or app-config.yaml"));
    parser.process(app);

    MainWindowHost host;
    const QStringList positional = parser.positionalArguments();
    host.start(positional.isEmpty() ? QString() : positional.first());
    return QApplication::exec();
}

} // namespace Atrium

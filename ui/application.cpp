#include "application.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

namespace Atrium {

int runGuiApplication(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Atrium"));
    QApplication::setOrganizationName(QStringLiteral("Atrium"));
    QApplication::setApplicationVersion(QStringLiteral(ATRIUM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.atrium.Atrium"));

    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("atrium"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A native desktop developer portal"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QApplication::translate("main", "Workspace folder, atrium.yaml or app-config.yaml"));
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    window.openInitialWorkspace(positional.isEmpty() ? QString() : positional.first());
    return QApplication::exec();
}

} // namespace Atrium

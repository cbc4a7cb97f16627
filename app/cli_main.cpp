#include "backends/networkoptions.h"
#include "cli/cliapplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Atrium::useSystemProxy();
    return Atrium::CliApplication().run(QCoreApplication::arguments());
}

#include "cli/cliapplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return Atrium::CliApplication().run(QCoreApplication::arguments());
}

#include "application.h"

int main(int argc, char* argv[])
{
    return Atrium::runGuiApplication(argc, argv);
}

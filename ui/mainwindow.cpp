#include "mainwindow.h"

namespace Atrium {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Atrium"));
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::openInitialWorkspace(const QString& path)
{
    Q_UNUSED(path)
}

} // namespace Atrium

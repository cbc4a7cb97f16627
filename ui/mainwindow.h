#pragma once

#include <QMainWindow>

namespace Atrium {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path, or the last workspace, or the bundled demo on first run.
    void openInitialWorkspace(const QString& path);
};

} // namespace Atrium

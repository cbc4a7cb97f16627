#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Atrium {

class MainWindow;

/// Owns the main window, and replaces it with a new one when the user picks another language: every widget sets
/// its texts when it is made, so a window in another language is a new window. The old one hands over its state
/// (geometry, columns, stars and filters through QSettings; the workspace, opened again, from the cache).
class MainWindowHost : public QObject {
    Q_OBJECT
public:
    explicit MainWindowHost(QObject* parent = nullptr);
    ~MainWindowHost() override;

    /// Shows the first window on @p path (the last workspace or the demo when empty).
    void start(const QString& path);
    MainWindow* window() const { return m_window.get(); }

Q_SIGNALS:
    void windowReplaced(Atrium::MainWindow* window);

private:
    void show(const QString& workspace, bool initial);
    void replace();

    std::unique_ptr<MainWindow> m_window;
};

} // namespace Atrium

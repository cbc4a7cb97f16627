#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Atrium {

class BackendServices;
class MainWindow;
class Outbox;

/// Owns the main window, and replaces it with a new one when the user picks another language: every widget sets
/// its texts when it is made, so a window in another language is a new window. The old one hands over its state
/// (geometry, columns, stars and filters through QSettings; the workspace, opened again, from the cache).
///
/// Also owns the process's one Outbox: two would write the same files behind each other's back, and the outbox
/// must outlive every window that shows it.
class MainWindowHost : public QObject {
    Q_OBJECT
public:
    explicit MainWindowHost(QObject* parent = nullptr);
    ~MainWindowHost() override;

    /// Shows the first window on @p path (the last workspace or the demo when empty).
    void start(const QString& path);
    MainWindow* window() const { return m_window.get(); }
    Outbox* outbox() const { return m_outbox.get(); }
    BackendServices* backendServices() const { return m_services.get(); }

Q_SIGNALS:
    void windowReplaced(Atrium::MainWindow* window);

private:
    void show(const QString& workspace, bool initial);
    void replace();

    // Declared first, so that it is destroyed after the window.
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<BackendServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Atrium

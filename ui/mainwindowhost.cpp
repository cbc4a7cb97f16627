#include "mainwindowhost.h"

#include "backends/backendservices.h"
#include "backends/outbox.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QTimer>

namespace Atrium {

MainWindowHost::MainWindowHost(QObject* parent)
    : QObject(parent)
    , m_outbox(std::make_unique<Outbox>(Outbox::defaultDirectory()))
    , m_services(std::make_unique<BackendServices>(m_outbox.get()))
{
    m_services->start();
}

MainWindowHost::~MainWindowHost() = default;

void MainWindowHost::start(const QString& path)
{
    show(path, true);
}

void MainWindowHost::show(const QString& workspace, bool initial)
{
    auto next = std::make_unique<MainWindow>(m_outbox.get(), m_services.get());
    // Queued: the old window is still inside its Settings action when it asks.
    connect(next.get(), &MainWindow::languageChanged, this, &MainWindowHost::replace, Qt::QueuedConnection);
    next->show();
    if (initial)
        next->openInitialWorkspace(workspace);
    else
        next->openWorkspace(workspace);
    m_window = std::move(next);
}

void MainWindowHost::replace()
{
    if (!m_window)
        return;
    m_window->saveWindowState();
    const QString workspace = m_window->workspace()->path();
    show(workspace, workspace.isEmpty());
    Q_EMIT windowReplaced(m_window.get());
}

} // namespace Atrium

#pragma once

#include "catalog/catalogindex.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QToolButton;
class QDockWidget;
class QMenu;

namespace Atrium {

class CatalogPage;
class ProblemModel;
class Workspace;

/// The top-level window: the catalog page, the problems panel, and the status bar that tells what is loading.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path, or the last workspace, or the bundled demo on first run.
    void openInitialWorkspace(const QString& path);
    void openWorkspace(const QString& path);

    Workspace* workspace() const { return m_workspace; }
    CatalogPage* catalogPage() const { return m_catalogPage; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void onSnapshotChanged(const CatalogSnapshotPtr& snapshot);
    void onIndexReady();
    void rememberWorkspace(const QString& path);
    void updateRecentMenu();
    QString bundledDemoPath();

    Workspace* m_workspace = nullptr;
    CatalogPage* m_catalogPage = nullptr;
    ProblemModel* m_problemModel = nullptr;
    QDockWidget* m_problemsDock = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_entityCount = nullptr;
    QToolButton* m_problemCount = nullptr;
    QMenu* m_recentMenu = nullptr;
    QFutureWatcher<CatalogIndexPtr> m_indexWatcher;
};

} // namespace Atrium

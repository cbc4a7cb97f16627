#pragma once

#include "catalog/catalogindex.h"
#include "navigation/navigationhistory.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QProgressBar;
class QToolButton;
class QDockWidget;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Atrium {

class ActivityPage;
class BackendServices;
class BackstageCatalogSync;
class BackstageClient;
struct BackstageBackend;
struct TemplateDefinition;
class CatalogPage;
class CommandPalette;
class CreatePage;
class EntityPage;
class EnvironmentMonitor;
class EnvironmentsPage;
class HealthNotifier;
class Outbox;
class ProblemModel;
class RelationGraphWidget;
class TemplateWizard;
class WizardDraftStore;
class Workspace;

/// The top-level window: navigation on the left (Catalog, Create, Environments, Activity), the page in the middle,
/// the problems panel, and the status bar that tells what is loading. Every move between pages and entities goes
/// through navigateTo(), which keeps the back/forward history.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// The places of the left navigation, in its order.
    enum Section { CatalogSection, CreateSection, EnvironmentsSection, ActivitySection, SECTION_COUNT };

    /// @p outbox is the process's one outbox (MainWindowHost owns it) and must outlive the window; without one the
    /// window opens its own in Outbox::defaultDirectory(), for tests and tools that make a lone window.
    /// @p services send and follow what the outbox holds (MainWindowHost owns them, for the whole process); without
    /// them the window makes its own over its outbox.
    explicit MainWindow(Outbox* outbox = nullptr, BackendServices* services = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path, or the last workspace, or the bundled demo on first run.
    void openInitialWorkspace(const QString& path);
    void openWorkspace(const QString& path);

    Workspace* workspace() const { return m_workspace; }
    // The index the pages show: built off the GUI thread, so it can lag the workspace's newest snapshot.
    const CatalogIndexPtr& catalogIndex() const { return m_index; }
    CatalogPage* catalogPage() const { return m_catalogPage; }
    CreatePage* createPage() const { return m_createPage; }
    ActivityPage* activityPage() const { return m_activityPage; }
    EnvironmentsPage* environmentsPage() const { return m_environmentsPage; }
    EnvironmentMonitor* environmentMonitor() const { return m_environmentMonitor; }
    HealthNotifier* healthNotifier() const { return m_healthNotifier; }
    Outbox* outbox() const { return m_outbox; }
    BackendServices* backendServices() const { return m_services; }
    BackstageCatalogSync* catalogSync() const { return m_catalogSync; }
    EntityPage* entityPage() const { return m_entityPage; }
    RelationGraphWidget* relationGraph() const { return m_graph; }
    CommandPalette* commandPalette() const { return m_palette; }
    QStackedWidget* pages() const { return m_pages; }

    /// Shows the entity with @p ref (any form the index resolves); false when the catalog has no such entity.
    bool openEntity(const QString& ref);

    /// What to do with a saved draft when a template's wizard opens.
    enum class DraftChoice { Ask, Resume, StartOver };
    /// Opens the wizard for the template @p ref (or raises the one that is open). A template with errors opens its
    /// entity page instead, where the problems are listed. Returns the wizard, or null.
    TemplateWizard* startTemplate(const QString& ref, DraftChoice draftChoice = DraftChoice::Ask);
    WizardDraftStore* draftStore() const { return m_drafts.get(); }
    void showSection(Section section);
    void goBack();
    void goForward();
    const NavigationHistory& history() const { return m_history; }
    /// Geometry, dock layout and the catalog page's columns, filters and stars, for the next window.
    void saveWindowState() const;

Q_SIGNALS:
    /// The user chose another language in Settings; application.cpp replaces this window with one in it.
    void languageChanged();

public:
protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Shows @p place ("entity:REF" or "section:N"); records it in the history unless it comes from it.
    bool navigateTo(const QString& place, bool record);
    void updateNavigationActions();
    /// "Activity (3)" while three submissions are under way, so that they are seen from any page.
    void updateActivityBadge(int activeCount);
    void updateBackendStatus();
    TemplateWizard* openWizard(TemplateDefinition definition, const QString& canonical, DraftChoice draftChoice);
    void openBackendTemplate(const Entity& entity, TemplateDefinition definition, DraftChoice draftChoice);
    /// A client of @p backend once its token is known; null and the reason when it cannot be had.
    void connectToBackstage(const BackstageBackend& backend,
                            std::function<void(BackstageClient*, const QString& error)> done);
    void configureSubmission(TemplateWizard* wizard);
    void createActions();
    void createPalette();
    void onSnapshotChanged(const CatalogSnapshotPtr& snapshot);
    void onIndexReady();
    void rememberWorkspace(const QString& path);
    void updateRecentMenu();
    QString bundledDemoPath();

    Outbox* m_outbox = nullptr;
    Workspace* m_workspace = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    CatalogPage* m_catalogPage = nullptr;
    CreatePage* m_createPage = nullptr;
    ActivityPage* m_activityPage = nullptr;
    EnvironmentMonitor* m_environmentMonitor = nullptr;
    EnvironmentsPage* m_environmentsPage = nullptr;
    HealthNotifier* m_healthNotifier = nullptr;
    QString m_historyWorkspace; ///< the workspace whose environment history the monitor keeps
    EntityPage* m_entityPage = nullptr;
    RelationGraphWidget* m_graph = nullptr;
    CommandPalette* m_palette = nullptr;
    QList<QWidget*> m_sectionPages;
    NavigationHistory m_history;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    CatalogIndexPtr m_index;
    std::unique_ptr<WizardDraftStore> m_drafts;
    QHash<QString, QPointer<TemplateWizard>> m_wizards;
    ProblemModel* m_problemModel = nullptr;
    QDockWidget* m_problemsDock = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_entityCount = nullptr;
    QToolButton* m_problemCount = nullptr;
    QMenu* m_recentMenu = nullptr;
    BackendServices* m_services = nullptr;
    BackstageCatalogSync* m_catalogSync = nullptr;
    QToolButton* m_backendStatus = nullptr;
    QSet<QString> m_pendingTemplates; ///< backend templates whose form is being fetched
    /// What the index worker hands to the GUI thread.
    struct IndexedCatalog {
        CatalogIndexPtr index;
        int rankedColumn = -1;
        std::vector<int> ranks; ///< EntityTableModel::computeSortRanks of rankedColumn
    };
    QFutureWatcher<IndexedCatalog> m_indexWatcher;
};

} // namespace Atrium

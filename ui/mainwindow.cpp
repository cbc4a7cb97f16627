#include "mainwindow.h"

#include "activity/activitypage.h"
#include "backends/backendservices.h"
#include "backends/backstagecatalogsync.h"
#include "backends/backstageclient.h"
#include "backends/backstagedryrun.h"
#include "backends/endpointrequest.h"
#include "backends/outbox.h"
#include "backends/secretresolver.h"
#include "catalog/catalogpage.h"
#include "catalog/entityref.h"
#include "catalog/entitytablemodel.h"
#include "catalog/problemmodel.h"
#include "create/createpage.h"
#include "create/wizard/templatewizard.h"
#include "create/wizard/wizardstate.h"
#include "entity/entitypage.h"
#include "environments/environmentmonitor.h"
#include "environments/environmentspage.h"
#include "environments/healthnotifier.h"
#include "graph/relationgraphwidget.h"
#include "graph/snapshotgraphlookup.h"
#include "palette/commandpalette.h"
#include "scaffolder/wizarddraftstore.h"
#include "settings/settingsdialog.h"
#include "templates/templatedefinition.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QtConcurrent>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Atrium {

namespace {
constexpr int maxRecentWorkspaces = 8;
const auto recentKey = QLatin1String("workspace/recent");
// History places: an entity by its canonical ref, or a section of the left navigation by number.
const auto entityPlace = QLatin1String("entity:");
const auto sectionPlace = QLatin1String("section:");
} // namespace

MainWindow::MainWindow(Outbox* outbox, BackendServices* services, QWidget* parent)
    : QMainWindow(parent)
    , m_outbox(outbox ? outbox : new Outbox(Outbox::defaultDirectory(), this))
    , m_workspace(new Workspace(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_catalogPage(new CatalogPage(this))
    , m_createPage(new CreatePage(this))
    , m_activityPage(new ActivityPage(m_outbox, this))
    , m_entityPage(new EntityPage(this))
    , m_graph(new RelationGraphWidget(this))
    , m_problemModel(new ProblemModel(this))
    , m_progress(new QProgressBar(this))
    , m_entityCount(new QLabel(this))
    , m_problemCount(new QToolButton(this))
{
    setWindowTitle(tr("Atrium"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/atrium.svg")));
    m_environmentMonitor = new EnvironmentMonitor(this);
    m_environmentsPage = new EnvironmentsPage(m_environmentMonitor, this);
    m_healthNotifier = new HealthNotifier(this);

    const QString sectionNames[SECTION_COUNT] = { tr("Catalog"), tr("Create"), tr("Environments"), tr("Activity") };
    const QStyle::StandardPixmap sectionIcons[SECTION_COUNT]
        = { QStyle::SP_FileDialogDetailedView, QStyle::SP_FileDialogNewFolder, QStyle::SP_DriveNetIcon,
            QStyle::SP_FileDialogContentsView };
    for (int section = 0; section < SECTION_COUNT; ++section) {
        m_navigation->addItem(new QListWidgetItem(style()->standardIcon(sectionIcons[section]), sectionNames[section]));
        QWidget* page = section == CatalogSection ? m_catalogPage
            : section == CreateSection            ? m_createPage
            : section == ActivitySection          ? static_cast<QWidget*>(m_activityPage)
                                                  : m_environmentsPage;
        m_sectionPages.append(page);
        m_pages->addWidget(page);
    }
    m_pages->addWidget(m_entityPage);
    m_entityPage->setGraphWidget(m_graph);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    // Wide enough for the badge of updateActivityBadge(), so that the page does not move when a count appears.
    QListWidgetItem* activityItem = m_navigation->item(ActivitySection);
    const QString activityName = activityItem->text();
    activityItem->setText(tr("%1 (%2)").arg(activityName).arg(99));
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 36);
    activityItem->setText(activityName);
    m_navigation->setCurrentRow(CatalogSection);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            navigateTo(sectionPlace + QString::number(row), true);
    });
    connect(m_catalogPage, &CatalogPage::entityActivated, this, &MainWindow::openEntity);
    m_drafts = std::make_unique<WizardDraftStore>();
    connect(m_createPage, &CreatePage::templateActivated, this, [this](const QString& ref) { startTemplate(ref); });
    connect(m_entityPage, &EntityPage::entityActivated, this, &MainWindow::openEntity);
    connect(m_graph, &RelationGraphWidget::entityActivated, this, &MainWindow::openEntity);
    connect(m_activityPage, &ActivityPage::entityActivated, this, &MainWindow::openEntity);

    auto* central = new QWidget(this);
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto* problemsView = new QTableView(this);
    problemsView->setModel(m_problemModel);
    problemsView->verticalHeader()->hide();
    problemsView->horizontalHeader()->setStretchLastSection(true);
    problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    problemsView->setAccessibleName(tr("Problems"));
    connect(problemsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString file = index.data(ProblemModel::FilePathRole).toString();
        if (!file.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    });
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_problemCount->setAutoRaise(true);
    m_problemCount->setToolTip(tr("Show problems"));
    connect(m_problemCount, &QToolButton::clicked, this, [this] { m_problemsDock->setVisible(true); });
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_entityCount);
    statusBar()->addPermanentWidget(m_problemCount);

    connect(m_workspace, &Workspace::loadingStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
        statusBar()->showMessage(tr("Loading %1…").arg(QDir::toNativeSeparators(m_workspace->path())));
    });
    connect(m_workspace, &Workspace::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_workspace, &Workspace::snapshotChanged, this, &MainWindow::onSnapshotChanged);

    if (services) {
        m_services = services;
    } else {
        m_services = new BackendServices(m_outbox, this);
        m_services->start();
    }
    // Entries are sent to and followed on the backends of the workspace that is open.
    connect(m_workspace, &Workspace::configChanged, this, [this] {
        m_services->setBackends(m_workspace->backends());
        QSet<QString> hidden;
        for (const BackstageBackend& backend : m_workspace->backends().backstage) {
            if (!backend.templates)
                hidden.insert(backend.name);
        }
        m_createPage->setHiddenBackends(hidden);
        // The environments of the workspace that is open, watched while it is; their history is the workspace's.
        if (m_historyWorkspace != m_workspace->path()) {
            m_historyWorkspace = m_workspace->path();
            m_environmentMonitor->setHistoryFile(
                m_historyWorkspace.isEmpty() ? QString() : EnvironmentMonitor::defaultHistoryFile(m_historyWorkspace));
        }
        m_environmentMonitor->setConfig(m_workspace->environments());
        if (m_workspace->isOpen() && !m_environmentMonitor->isRunning())
            m_environmentMonitor->start();
    });
    connect(m_workspace, &Workspace::snapshotChanged, m_environmentMonitor, &EnvironmentMonitor::setCatalog);
    connect(m_environmentMonitor, &EnvironmentMonitor::statusChanged, m_healthNotifier,
            &HealthNotifier::onStatusChanged);
    connect(m_healthNotifier, &HealthNotifier::notified, this,
            [this](const QString& title) { statusBar()->showMessage(title, 15000); });
    connect(m_healthNotifier, &HealthNotifier::activated, this, [this](const QString& ref) {
        showSection(EnvironmentsSection);
        m_environmentsPage->selectCell(ref);
        raise();
        activateWindow();
    });
    connect(m_environmentsPage, &EnvironmentsPage::entityActivated, this, &MainWindow::openEntity);
    connect(m_activityPage, &ActivityPage::cancelRequested, this, [this](const QUuid& id) {
        QString error;
        if (!m_services->cancel(id, &error))
            QMessageBox::warning(this, tr("Cannot Cancel"), error);
    });
    m_catalogSync = new BackstageCatalogSync(m_workspace, this);
    m_backendStatus = new QToolButton(this);
    m_backendStatus->setAutoRaise(true);
    m_backendStatus->setObjectName(QStringLiteral("backendStatus"));
    m_backendStatus->hide();
    connect(m_backendStatus, &QToolButton::clicked, m_catalogSync, &BackstageCatalogSync::refresh);
    connect(m_catalogSync, &BackstageCatalogSync::statusChanged, this, &MainWindow::updateBackendStatus);
    statusBar()->addPermanentWidget(m_backendStatus);
    connect(&m_indexWatcher, &QFutureWatcher<IndexedCatalog>::finished, this, &MainWindow::onIndexReady);

    createActions();
    createPalette();
    // After the menus and the palette took the sections' names, which must not carry the count.
    connect(m_activityPage, &ActivityPage::activeCountChanged, this, &MainWindow::updateActivityBadge);
    updateActivityBadge(m_activityPage->activeCount());
    m_history.visit(sectionPlace + QString::number(CatalogSection));
    updateNavigationActions();
    // Mouse back/forward buttons work anywhere in the window, as in a browser.
    qApp->installEventFilter(this);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    m_indexWatcher.waitForFinished();
    // Open wizards save their drafts as they go; they must do so while the draft store still exists.
    qDeleteAll(findChildren<TemplateWizard*>(Qt::FindDirectChildrenOnly));
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* open = fileMenu->addAction(tr("&Open Workspace…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Workspace"), m_workspace->path(),
            tr("Workspaces (atrium.yaml app-config.yaml);;YAML files (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty())
            openWorkspace(path);
    });
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openWorkspace"));
    fileMenu->addAction(tr("Open &Folder…"), this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open Folder"), m_workspace->path());
        if (!path.isEmpty())
            openWorkspace(path);
    });
    m_recentMenu = fileMenu->addMenu(tr("Recent Workspaces"));
    updateRecentMenu();
    QAction* reload = fileMenu->addAction(tr("&Reload"), m_workspace, &Workspace::reload);
    QAction* refreshBackends
        = fileMenu->addAction(tr("Refresh &Backstage Catalogs"), m_catalogSync, &BackstageCatalogSync::refresh);
    refreshBackends->setObjectName(QStringLiteral("refreshBackends"));
    refreshBackends->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction* refreshEnvironments
        = fileMenu->addAction(tr("Refresh &Environments"), m_environmentMonitor, &EnvironmentMonitor::refreshNow);
    refreshEnvironments->setObjectName(QStringLiteral("refreshEnvironments"));
    refreshEnvironments->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    reload->setObjectName(QStringLiteral("reload"));
    reload->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    fileMenu
        ->addAction(tr("&Settings…"), this,
                    [this] {
                        const UiPreferences::Language language = UiPreferences::language();
                        SettingsDialog(m_workspace->config(), this).exec();
                        // Texts are set when widgets are made: a window in another language is a new window (see
                        // application.cpp).
                        if (UiPreferences::language() != language)
                            Q_EMIT languageChanged();
                    })
        ->setMenuRole(QAction::PreferencesRole);
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* find = viewMenu->addAction(tr("&Search Catalog"), this, [this] {
        m_catalogPage->searchField()->setFocus();
        m_catalogPage->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("searchCatalog"));
    viewMenu->addAction(m_problemsDock->toggleViewAction());
    viewMenu->addSeparator();
    viewMenu->addActions(m_catalogPage->actions());
    viewMenu->addMenu(m_catalogPage->columnsMenu());

    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    m_backAction
        = goMenu->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this, &MainWindow::goBack);
    m_backAction->setShortcuts(QKeySequence::Back);
    m_forwardAction = goMenu->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this,
                                        &MainWindow::goForward);
    m_forwardAction->setShortcuts(QKeySequence::Forward);
    goMenu->addSeparator();
    for (int section = 0; section < SECTION_COUNT; ++section) {
        QAction* action = goMenu->addAction(m_navigation->item(section)->text(), this,
                                            [this, section] { showSection(Section(section)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + section)));
    }
}

void MainWindow::createPalette()
{
    // Ctrl+K: entities and templates of the catalog, the sections, and the commands of the menus.
    m_palette = new CommandPalette(this);
    QList<PaletteItem> commands;
    for (int section = 0; section < SECTION_COUNT; ++section) {
        commands.append(PaletteItem {
            PaletteItem::Category::Page, QString::number(section), m_navigation->item(section)->text(), {}, {}, {} });
    }
    // Every menu entry is a command; the id (the action's object name) finds it again when one is chosen.
    QList<QAction*> actions;
    for (const QAction* menuAction : menuBar()->actions()) {
        const QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || action->menu() || action->text().isEmpty())
                continue;
            if (action->objectName().isEmpty())
                action->setObjectName(QStringLiteral("command-%1").arg(actions.size()));
            actions.append(action);
            commands.append(CommandPalette::commandFor(action));
        }
    }
    m_palette->setCommands(commands);
    connect(m_palette, &CommandPalette::activated, this, [this, actions](const PaletteItem& item) {
        switch (item.category) {
        case PaletteItem::Category::Entity:
        case PaletteItem::Category::Template:
            openEntity(item.id);
            break;
        case PaletteItem::Category::Page:
            showSection(Section(item.id.toInt()));
            break;
        case PaletteItem::Category::Command:
            for (QAction* action : std::as_const(actions)) {
                if (action->objectName() == item.id && action->isEnabled()) {
                    action->trigger();
                    break;
                }
            }
            break;
        }
    });
}

void MainWindow::updateBackendStatus()
{
    const QList<BackstageCatalogSync::Status> statuses = m_catalogSync->statuses();
    m_backendStatus->setVisible(!statuses.isEmpty());
    if (statuses.isEmpty())
        return;
    QStringList lines;
    bool failing = false;
    int entities = 0;
    for (const BackstageCatalogSync::Status& status : statuses) {
        lines.append(BackstageCatalogSync::describe(status));
        failing = failing || !status.error.isEmpty();
        entities += std::max(0, status.entities);
    }
    m_backendStatus->setText(m_catalogSync->isLoading() ? tr("Backstage: loading…")
                                 : failing              ? tr("Backstage: unreachable")
                                                        : tr("Backstage: %n entities", nullptr, entities));
    m_backendStatus->setIcon(failing ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_backendStatus->setToolTip(lines.join(u'\n') + u'\n' + tr("Click to refresh."));
}

void MainWindow::updateActivityBadge(int activeCount)
{
    QListWidgetItem* item = m_navigation->item(ActivitySection);
    const QString name = tr("Activity");
    item->setText(activeCount > 0 ? tr("%1 (%2)").arg(name).arg(activeCount) : name);
    item->setToolTip(activeCount > 0 ? tr("Requests in progress: %1").arg(activeCount) : QString());
}

bool MainWindow::openEntity(const QString& ref)
{
    return navigateTo(entityPlace + ref, true);
}

TemplateWizard* MainWindow::startTemplate(const QString& ref, DraftChoice draftChoice)
{
    if (!m_index)
        return nullptr;
    const int index = m_index->indexOf(ref);
    if (index < 0)
        return nullptr;
    const Entity entity = m_index->snapshot()->entities.at(index);
    const QString canonical = EntityRef::canonical(entity.kind(), entity.ns(), entity.name());
    if (QPointer<TemplateWizard> open = m_wizards.value(canonical)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    TemplateDefinition definition = TemplateDefinitionReader::read(entity);
    if (entity.hasErrors() || hasErrors(definition.problems)) {
        // The entity page lists what is wrong, with "Open in Editor".
        openEntity(canonical);
        return nullptr;
    }
    if (entity.file().isEmpty()) {
        // A backend's template: its form comes from the backend's scaffolder, so the wizard opens once it answers.
        openBackendTemplate(entity, std::move(definition), draftChoice);
        return nullptr;
    }
    return openWizard(std::move(definition), canonical, draftChoice);
}

void MainWindow::openBackendTemplate(const Entity& entity, TemplateDefinition definition, DraftChoice draftChoice)
{
    const QString canonical = EntityRef::canonical(entity.kind(), entity.ns(), entity.name());
    const QString backendName = entity.origin().toString();
    const BackstageBackend* backend = m_workspace->backends().backstageNamed(backendName);
    if (!backend) {
        QMessageBox::warning(this, tr("Backend Not Configured"),
                             tr("The template %1 comes from the backend %2, which this workspace's atrium.yaml no "
                                "longer lists.")
                                 .arg(definition.title, backendName));
        return;
    }
    if (m_pendingTemplates.contains(canonical))
        return; // its form is on the way
    m_pendingTemplates.insert(canonical);
    statusBar()->showMessage(tr("Loading the form of %1 from %2…").arg(definition.title, backendName));
    const QJsonObject templateEntity = entity.data();
    connectToBackstage(
        *backend,
        [this, canonical, backendName, definition, templateEntity, draftChoice](BackstageClient* client,
                                                                                const QString& error) mutable {
            if (!client) {
                m_pendingTemplates.remove(canonical);
                statusBar()->clearMessage();
                QMessageBox::warning(this, tr("Cannot Open the Template"), error);
                return;
            }
            client->parameterSchema(
                canonical,
                [this, client, canonical, backendName, definition, templateEntity,
                 draftChoice](const BackstageReply<QJsonObject>& reply) mutable {
                    m_pendingTemplates.remove(canonical);
                    statusBar()->clearMessage();
                    QString error = reply.error;
                    if (reply.ok()
                        && TemplateDefinitionReader::applyParameterSchema(definition, reply.outcome.body, &error))
                        error.clear();
                    if (!error.isEmpty()) {
                        client->deleteLater();
                        QMessageBox::warning(
                            this, tr("Cannot Open the Template"),
                            tr("%1 did not give the form of %2: %3").arg(backendName, definition.title, error));
                        return;
                    }
                    TemplateWizard* wizard = openWizard(std::move(definition), canonical, draftChoice);
                    if (!wizard) {
                        client->deleteLater();
                        return;
                    }
                    // The client lives as long as the wizard: its previews go through it.
                    client->setParent(wizard);
                    wizard->state()->setPreviewRunner(
                        [client, templateEntity](const TemplateDefinition&, const ScaffoldRequest& request) {
                            return BackstageDryRun::run(client, templateEntity, request);
                        });
                });
        });
}

void MainWindow::connectToBackstage(const BackstageBackend& backend,
                                    std::function<void(BackstageClient*, const QString&)> done)
{
    const auto make = [this, backend](const QByteArray& token) {
        BackstageConnection connection;
        connection.baseUrl = backend.url;
        connection.token = token;
        connection.network.caFile = backend.caFile;
        connection.network.transferTimeoutMs = backend.timeoutSeconds * 1000;
        return new BackstageClient(connection, this);
    };
    if (!backend.token.isSet()) {
        done(make({}), QString());
        return;
    }
    SecretResolver::resolve(backend.token, this, [make, done](const SecretResult& token) {
        if (!token.ok())
            done(nullptr, token.error);
        else
            done(make(token.value), QString());
    });
}

void MainWindow::configureSubmission(TemplateWizard* wizard)
{
    WizardState* state = wizard->state();
    const BackendsConfig& backends = m_workspace->backends();
    QList<SubmitTarget> targets;
    const int index = m_index ? m_index->indexOf(state->definition().ref) : -1;
    const Entity entity = index >= 0 ? m_index->snapshot()->entities.at(index) : Entity();
    if (entity && entity.file().isEmpty()) {
        // A backend's template runs on that backend's scaffolder.
        if (const BackstageBackend* backend = backends.backstageNamed(entity.origin().toString()))
            targets.append(SubmitTarget { backend->name, tr("Backstage (%1)").arg(backend->name),
                                          backend->url.toDisplayString() });
    } else {
        for (const HttpEndpoint& endpoint : backends.endpoints)
            targets.append(SubmitTarget { endpoint.name, endpoint.title, endpoint.url.toDisplayString() });
    }
    if (targets.isEmpty())
        state->setNoSubmitReason(tr("No request endpoint is configured: add one under backends in atrium.yaml "
                                    "(Settings ▸ Backends)."));
    state->setSubmission(targets, [this](const QString& target, const WizardState& state, QString* error) {
        const BackendsConfig& backends = m_workspace->backends();
        const TemplateDefinition& definition = state.definition();
        if (const BackstageBackend* backend = backends.backstageNamed(target)) {
            OutboxEntry entry = EndpointRequest::forScaffolderTask(*backend, definition.ref, state.answers(),
                                                                   state.secrets().keys(), definition.title);
            return m_services->submit(std::move(entry), state.secrets(), error);
        }
        const HttpEndpoint* endpoint = backends.endpointNamed(target);
        if (!endpoint) {
            *error = tr("%1 is no longer in atrium.yaml.").arg(target);
            return QUuid();
        }
        SubmissionInput input;
        input.parameters = state.answers();
        input.templateRef = definition.ref;
        input.templateTitle = definition.title;
        input.templateName = definition.ref.section(u'/', -1);
        for (const ScaffoldFile& file : state.result().files)
            input.files.append(SubmissionInput::File { file.path, file.content });
        std::optional<OutboxEntry> entry
            = EndpointRequest::forEndpoint(*endpoint, input, error, m_workspace->config().configFile);
        if (!entry)
            return QUuid();
        return m_services->submit(std::move(*entry), {}, error);
    });
}

TemplateWizard* MainWindow::openWizard(TemplateDefinition definition, const QString& canonical, DraftChoice draftChoice)
{
    auto* wizard = new TemplateWizard(std::move(definition), m_index->snapshot(), m_drafts.get(), this);
    wizard->setWindowFlag(Qt::Window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &TemplateWizard::entityActivated, this, &MainWindow::openEntity);
    connect(wizard, &TemplateWizard::activityRequested, this, [this](const QUuid& id) {
        showSection(ActivitySection);
        m_activityPage->selectEntry(id);
        raise();
        activateWindow();
    });
    configureSubmission(wizard);
    m_wizards.insert(canonical, wizard);

    if (const std::optional<WizardDraft> draft = m_drafts->load(canonical)) {
        bool resume = draftChoice == DraftChoice::Resume;
        if (draftChoice == DraftChoice::Ask) {
            QMessageBox question(QMessageBox::Question, tr("Resume Draft?"),
                                 tr("You started \"%1\" on %2 and did not finish. Resume where you left off?")
                                     .arg(wizard->state()->definition().title,
                                          QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)),
                                 QMessageBox::NoButton, this);
            QPushButton* resumeButton = question.addButton(tr("&Resume Draft"), QMessageBox::AcceptRole);
            question.addButton(tr("&Start Over"), QMessageBox::DestructiveRole);
            question.setDefaultButton(resumeButton);
            question.exec();
            resume = question.clickedButton() == resumeButton;
        }
        if (resume)
            wizard->restoreDraft(*draft);
        else
            m_drafts->remove(canonical);
    }
    wizard->show();
    return wizard;
}

void MainWindow::showSection(Section section)
{
    navigateTo(sectionPlace + QString::number(section), true);
}

bool MainWindow::navigateTo(const QString& place, bool record)
{
    QString visited = place;
    if (place.startsWith(entityPlace)) {
        if (!m_entityPage->showEntity(place.mid(entityPlace.size())))
            return false;
        visited = entityPlace + m_entityPage->currentRef();
        m_graph->setEntity(m_entityPage->currentRef());
        m_pages->setCurrentWidget(m_entityPage);
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(CatalogSection);
    } else if (place.startsWith(sectionPlace)) {
        const int section = place.mid(sectionPlace.size()).toInt();
        if (section < 0 || section >= SECTION_COUNT)
            return false;
        m_pages->setCurrentWidget(m_sectionPages.at(section));
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(section);
    } else {
        return false;
    }
    if (record)
        m_history.visit(visited);
    updateNavigationActions();
    return true;
}

void MainWindow::goBack()
{
    if (!m_history.canGoBack())
        return;
    // An entity that a reload removed is skipped and forgotten, as a browser skips a page that is gone.
    QString place = m_history.back();
    while (!place.isEmpty() && !navigateTo(place, false)) {
        m_history.forget(place);
        place = m_history.current();
    }
    updateNavigationActions();
}

void MainWindow::goForward()
{
    if (!m_history.canGoForward())
        return;
    QString place = m_history.forward();
    while (!place.isEmpty() && !navigateTo(place, false)) {
        m_history.forget(place);
        place = m_history.current();
    }
    updateNavigationActions();
}

void MainWindow::updateNavigationActions()
{
    if (m_backAction)
        m_backAction->setEnabled(m_history.canGoBack());
    if (m_forwardAction)
        m_forwardAction->setEnabled(m_history.canGoForward());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        const auto* widget = qobject_cast<QWidget*>(watched);
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (widget && widget->window() == this) {
            if (mouse->button() == Qt::BackButton) {
                goBack();
                return true;
            }
            if (mouse->button() == Qt::ForwardButton) {
                goForward();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openInitialWorkspace(const QString& path)
{
    if (!path.isEmpty()) {
        openWorkspace(path);
        return;
    }
    const QStringList recent = QSettings().value(recentKey).toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first())) {
        openWorkspace(recent.first());
        return;
    }
    openWorkspace(bundledDemoPath());
}

QString MainWindow::bundledDemoPath()
{
    // The demo is embedded so the app works from any install; it is copied out once because the loader, the file
    // watcher and "Open in editor" all need real files.
    const QString target = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
    const QString marker = target + QStringLiteral("/.atrium-demo-version");
    QFile markerFile(marker);
    if (markerFile.open(QIODevice::ReadOnly) && markerFile.readAll() == QByteArrayLiteral(ATRIUM_VERSION))
        return target;
    // Hidden too: template skeletons carry .github/ and .gitignore files.
    QDirIterator it(QStringLiteral(":/demo"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString destination = target + source.mid(QStringLiteral(":/demo").size());
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QFile::remove(destination);
        QFile::copy(source, destination);
        QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    if (markerFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        markerFile.write(QByteArrayLiteral(ATRIUM_VERSION));
    return target;
}

void MainWindow::openWorkspace(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    setWindowTitle(tr("%1 — Atrium").arg(QFileInfo(absolute).fileName()));
    rememberWorkspace(absolute);
    m_problemModel->setBaseDirectory(QFileInfo(absolute).isDir() ? absolute : QFileInfo(absolute).absolutePath());
    m_workspace->open(absolute);
}

void MainWindow::rememberWorkspace(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentWorkspaces)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openWorkspace(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::onSnapshotChanged(const CatalogSnapshotPtr& snapshot)
{
    // The panel lists the workspace file's own problems (a bad atrium.yaml) before the catalog's, as the CLI does.
    const Problems problems = m_workspace->problems();
    if (problems.size() == snapshot->problems.size()) {
        m_problemModel->setSnapshot(snapshot);
    } else {
        auto withConfigProblems = std::make_shared<CatalogSnapshot>(*snapshot); // implicitly shared: cheap
        withConfigProblems->problems = problems;
        m_problemModel->setSnapshot(withConfigProblems);
    }
    const int errors = m_problemModel->errorCount();
    const int warnings = m_problemModel->warningCount();
    m_problemCount->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                            + tr("%n warning(s)", nullptr, warnings));
    // Indexing 100,000 entities takes a moment: do it off the GUI thread and show the table when it is ready.
    // The ranks of the sorted column too: sorting 100,000 rows on the GUI thread would freeze it for ~70 ms.
    const int sortColumn = m_catalogPage->sortColumn();
    m_indexWatcher.setFuture(QtConcurrent::run([snapshot, sortColumn] {
        IndexedCatalog indexed { CatalogIndex::create(snapshot), sortColumn, {} };
        indexed.ranks = EntityTableModel::computeSortRanks(*indexed.index, sortColumn);
        return indexed;
    }));
}

void MainWindow::onIndexReady()
{
    IndexedCatalog indexed = m_indexWatcher.result();
    const CatalogIndexPtr index = indexed.index;
    if (!index || index->snapshot() != m_workspace->snapshot())
        return; // a newer load is on its way
    m_index = index;
    m_createPage->setIndex(index);
    if (indexed.rankedColumn == m_catalogPage->sortColumn())
        m_catalogPage->setIndex(index, indexed.rankedColumn, std::move(indexed.ranks));
    else
        m_catalogPage->setIndex(index); // the user sorted by another column meanwhile
    m_graph->setLookup(graphEntityLookup(index->snapshot()));
    m_palette->setCatalog(index);
    const QString shown = m_entityPage->currentRef();
    m_entityPage->setIndex(index);
    if (!shown.isEmpty() && index->indexOf(shown) < 0) {
        // The entity on screen is gone (renamed or deleted): leave its page instead of showing stale data.
        m_history.forget(entityPlace + shown);
        if (m_pages->currentWidget() == m_entityPage)
            navigateTo(m_history.current().isEmpty() ? sectionPlace + QString::number(CatalogSection)
                                                     : m_history.current(),
                       m_history.current().isEmpty());
    } else if (!shown.isEmpty()) {
        m_graph->setEntity(shown);
    }
    m_entityCount->setText(tr("%n entities", nullptr, index->entityCount()));
    m_progress->hide();
    statusBar()->showMessage(tr("Loaded %1").arg(QDir::toNativeSeparators(m_workspace->path())), 5000);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_catalogPage->saveState();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

} // namespace Atrium

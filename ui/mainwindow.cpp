#include "mainwindow.h"

#include "catalog/catalogpage.h"
#include "catalog/problemmodel.h"
#include "settings/settingsdialog.h"
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
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QtConcurrent>
#include <QToolButton>
#include <QUrl>

namespace Atrium {

namespace {
constexpr int maxRecentWorkspaces = 8;
const auto recentKey = QLatin1String("workspace/recent");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_catalogPage(new CatalogPage(this))
    , m_problemModel(new ProblemModel(this))
    , m_progress(new QProgressBar(this))
    , m_entityCount(new QLabel(this))
    , m_problemCount(new QToolButton(this))
{
    setWindowTitle(tr("Atrium"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/atrium.svg")));
    setCentralWidget(m_catalogPage);

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
    connect(&m_indexWatcher, &QFutureWatcher<CatalogIndexPtr>::finished, this, &MainWindow::onIndexReady);

    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    m_indexWatcher.waitForFinished();
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
    fileMenu->addAction(tr("Open &Folder…"), this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open Folder"), m_workspace->path());
        if (!path.isEmpty())
            openWorkspace(path);
    });
    m_recentMenu = fileMenu->addMenu(tr("Recent Workspaces"));
    updateRecentMenu();
    QAction* reload = fileMenu->addAction(tr("&Reload"), m_workspace, &Workspace::reload);
    reload->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Settings…"), this, [this] { SettingsDialog(this).exec(); })
        ->setMenuRole(QAction::PreferencesRole);
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* find = viewMenu->addAction(tr("&Search Catalog"), this, [this] {
        m_catalogPage->searchField()->setFocus();
        m_catalogPage->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    viewMenu->addAction(m_problemsDock->toggleViewAction());
    viewMenu->addSeparator();
    viewMenu->addActions(m_catalogPage->actions());
    viewMenu->addMenu(m_catalogPage->columnsMenu());
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
    QDirIterator it(QStringLiteral(":/demo"), QDir::Files, QDirIterator::Subdirectories);
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
    m_indexWatcher.setFuture(QtConcurrent::run([snapshot] { return CatalogIndex::create(snapshot); }));
}

void MainWindow::onIndexReady()
{
    const CatalogIndexPtr index = m_indexWatcher.result();
    if (!index || index->snapshot() != m_workspace->snapshot())
        return; // a newer load is on its way
    m_catalogPage->setIndex(index);
    m_entityCount->setText(tr("%n entities", nullptr, index->entityCount()));
    m_progress->hide();
    statusBar()->showMessage(tr("Loaded %1").arg(QDir::toNativeSeparators(m_workspace->path())), 5000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_catalogPage->saveState();
    event->accept();
}

} // namespace Atrium

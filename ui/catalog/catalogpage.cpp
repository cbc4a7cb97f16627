#include "catalogpage.h"

#include "catalog/csvexport.h"
#include "catalog/entityfilterproxymodel.h"
#include "catalog/entitytablemodel.h"
#include "catalog/facetmodel.h"
#include "entitynamedelegate.h"
#include "facetsection.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atrium {

namespace {
constexpr int searchDebounceMs = 120;
// Folded until opened: the facets people filter by most stay open, the long tail does not push them away.
constexpr CatalogIndex::Facet initiallyFolded[] = { CatalogIndex::Type, CatalogIndex::System, CatalogIndex::Namespace };

const auto headerKey = QLatin1String("catalog/header");
const auto splitterKey = QLatin1String("catalog/splitter");
const auto starredKey = QLatin1String("catalog/starred");
const auto starredOnlyKey = QLatin1String("catalog/starredOnly");
const auto problemsOnlyKey = QLatin1String("catalog/problemsOnly");
const auto foldedFacetsKey = QLatin1String("catalog/foldedFacets");

// Keys that belong to the table (navigation, selection, shortcuts) rather than to a search.
bool isTypedText(const QKeyEvent* event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QString text = event->text();
    return !text.trimmed().isEmpty() && text.at(0).isPrint();
}
} // namespace

CatalogPage::CatalogPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new EntityTableModel(this))
    , m_proxy(new EntityFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(this))
    , m_summary(new QLabel(this))
    , m_searchDebounce(new QTimer(this))
    , m_columnsMenu(new QMenu(tr("&Columns"), this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search name, title, description, tags, owner, type or system"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the catalog"));
    m_search->installEventFilter(this);

    // Typing restarts the timer: the query runs once the user pauses, not on every key.
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(searchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_proxy->setQueryText(m_search->text()); });

    auto* nameDelegate = new EntityNameDelegate(m_table);
    connect(nameDelegate, &EntityNameDelegate::starClicked, this, [this](const QModelIndex& index) {
        const QString ref = index.data(EntityTableModel::EntityRefRole).toString();
        setStarred(ref, !isStarred(ref));
    });
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(EntityTableModel::Name, nameDelegate);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EntityTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true); // the name cell's outlined star follows the mouse
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Catalog entities"));
    m_table->installEventFilter(this);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint& position) { m_columnsMenu->popup(header->mapToGlobal(position)); });
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &CatalogPage::rebuildColumnsMenu);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT entityActivated(index.data(EntityTableModel::EntityRefRole).toString());
    });

    createActions();
    m_table->addAction(m_toggleStar);
    m_table->addAction(m_export);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    for (QAction* action : { m_starredOnly, m_problemsOnly, m_export }) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        searchRow->addWidget(button);
    }

    m_splitter->addWidget(createFacetPanel());
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({ 260, 900 });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_summary);

    connect(m_proxy, &EntityFilterProxyModel::resultChanged, this, &CatalogPage::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CatalogPage::updateStarAction);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogPage::updateStarAction);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CatalogPage::updateStarAction);

    const QStringList starred = QSettings().value(starredKey).toStringList();
    m_model->setStarredRefs(QSet<QString>(starred.cbegin(), starred.cend()));
    setFocusProxy(m_search);
    restoreState();
    updateStarAction();
    updateSummary();
}

CatalogPage::~CatalogPage()
{
    saveState();
}

void CatalogPage::createActions()
{
    m_starredOnly = new QAction(tr("Show Sta&rred Only"), this);
    m_starredOnly->setIconText(tr("Starred"));
    m_starredOnly->setToolTip(tr("Show only the entities you starred"));
    m_starredOnly->setCheckable(true);
    connect(m_starredOnly, &QAction::toggled, m_proxy, &EntityFilterProxyModel::setStarredOnly);

    m_problemsOnly = new QAction(tr("Show Entities with &Problems Only"), this);
    m_problemsOnly->setIconText(tr("Has problems"));
    m_problemsOnly->setToolTip(tr("Show only the entities with errors or warnings"));
    m_problemsOnly->setCheckable(true);
    connect(m_problemsOnly, &QAction::toggled, m_proxy, &EntityFilterProxyModel::setProblemsOnly);

    m_toggleStar = new QAction(tr("S&tar Entity"), this);
    m_toggleStar->setCheckable(true);
    m_toggleStar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    // Only while the catalog has focus: other pages may want Ctrl+D for themselves.
    m_toggleStar->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_toggleStar, &QAction::triggered, this, [this](bool checked) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            setStarred(current.data(EntityTableModel::EntityRefRole).toString(), checked);
    });

    m_export = new QAction(tr("&Export View as CSV…"), this);
    m_export->setIconText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the shown rows and columns as a CSV file"));
    connect(m_export, &QAction::triggered, this, &CatalogPage::exportWithDialog);

    addActions({ m_starredOnly, m_problemsOnly, m_toggleStar, m_export });
}

QWidget* CatalogPage::createFacetPanel()
{
    auto* panel = new QWidget;
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->setSpacing(2);
    for (int facet = 0; facet < CatalogIndex::FACET_COUNT; ++facet) {
        auto* model = new FacetModel(CatalogIndex::Facet(facet), this);
        model->connectToProxy(m_proxy);
        auto* section = new FacetSection(model, panel);
        section->setExpanded(std::find(std::begin(initiallyFolded), std::end(initiallyFolded), facet)
                             == std::end(initiallyFolded));
        m_facetSections.append(section);
        panelLayout->addWidget(section);
    }
    panelLayout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Filters"));
    return scroll;
}

void CatalogPage::setIndex(const CatalogIndexPtr& index)
{
    setIndex(index, -1, {});
}

int CatalogPage::sortColumn() const
{
    return m_table->horizontalHeader()->sortIndicatorSection();
}

void CatalogPage::setIndex(const CatalogIndexPtr& index, int rankedColumn, std::vector<int> ranks)
{
    // A reload replaces every row: the current entity and the one at the top of the view are remembered by ref,
    // not by row, so a live reload neither loses the selection nor jumps the list.
    const QModelIndex current = m_table->currentIndex();
    const QString currentRef = current.data(EntityTableModel::EntityRefRole).toString();
    const QString topRef = m_table->indexAt(QPoint(0, 0)).data(EntityTableModel::EntityRefRole).toString();
    const int horizontalScroll = m_table->horizontalScrollBar()->value();

    m_model->setIndex(index, rankedColumn, std::move(ranks));
    for (FacetSection* section : std::as_const(m_facetSections))
        section->model()->setIndex(index);
    if (!m_columnsSized && index && index->entityCount() > 0) {
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    }

    // The reset only schedules the view's layout: lay it out now, or the scroll bar still has the old range and
    // scrolling to a row past it is clamped (to the top when the table was empty).
    m_table->doItemsLayout();
    if (const QModelIndex top = rowOf(topRef, 0); top.isValid())
        m_table->scrollTo(top, QAbstractItemView::PositionAtTop);
    if (const QModelIndex row = rowOf(currentRef, std::max(current.column(), 0)); row.isValid())
        m_table->selectionModel()->setCurrentIndex(row,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->horizontalScrollBar()->setValue(horizontalScroll);
    updateSummary();
}

QModelIndex CatalogPage::rowOf(const QString& ref, int column) const
{
    const CatalogIndexPtr& index = m_model->catalogIndex();
    const int entity = ref.isEmpty() || !index ? -1 : index->indexOf(ref);
    if (entity < 0)
        return {};
    return m_proxy->mapFromSource(m_model->index(m_model->rowOf(entity), column));
}

void CatalogPage::rebuildColumnsMenu()
{
    m_columnsMenu->clear();
    QHeaderView* header = m_table->horizontalHeader();
    const int visibleCount = header->count() - header->hiddenSectionCount();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction* action = m_columnsMenu->addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // A table without columns cannot be right-clicked to bring one back.
        action->setEnabled(header->isSectionHidden(column) || visibleCount > 1);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_table->horizontalHeader()->setSectionHidden(column, !shown);
            if (shown)
                m_table->resizeColumnToContents(column);
        });
    }
}

void CatalogPage::setStarred(const QString& ref, bool starred)
{
    if (ref.isEmpty() || isStarred(ref) == starred)
        return;
    QSet<QString> refs = m_model->starredRefs();
    if (starred)
        refs.insert(ref);
    else
        refs.remove(starKey(ref));
    m_model->setStarredRefs(refs);
    // Saved at once: stars are the user's data, not layout, and must survive a crash.
    QStringList stored(m_model->starredRefs().cbegin(), m_model->starredRefs().cend());
    stored.sort();
    QSettings().setValue(starredKey, stored);
}

QString CatalogPage::starKey(const QString& ref) const
{
    // The form EntityTableModel::starredRefs() keeps: canonical when the entity is known, lower-cased otherwise.
    const CatalogIndexPtr& index = m_model->catalogIndex();
    const Entity entity = index ? index->find(ref) : Entity();
    return entity ? entity.ref().toString() : ref.toLower();
}

bool CatalogPage::isStarred(const QString& ref) const
{
    return m_model->starredRefs().contains(starKey(ref));
}

void CatalogPage::updateStarAction()
{
    const QModelIndex current = m_table->currentIndex();
    m_toggleStar->setEnabled(current.isValid());
    m_toggleStar->setChecked(current.isValid() && current.data(EntityTableModel::StarredRole).toBool());
}

QByteArray CatalogPage::currentViewAsCsv() const
{
    const QHeaderView* header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    return CsvExport::writeModel(*m_proxy, columns);
}

bool CatalogPage::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(currentViewAsCsv()) >= 0 && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

void CatalogPage::exportWithDialog()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Catalog View"), directory + QStringLiteral("/catalog.csv"),
                                       tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(
            this, tr("Export Failed"),
            tr("The catalog view could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
}

bool CatalogPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    // Type-to-search: letters typed into the table go to the search box, which keeps the focus for the rest.
    if (watched == m_table && isTypedText(key)) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->end(false);
        m_search->insert(key->text());
        return true;
    }
    // And back: Down in the search box continues in the results.
    if (watched == m_search && key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->index(0, EntityTableModel::Name));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CatalogPage::updateSummary()
{
    m_summary->setText(tr("%1 of %2 entities shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void CatalogPage::saveState() const
{
    QSettings settings;
    settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(starredOnlyKey, m_starredOnly->isChecked());
    settings.setValue(problemsOnlyKey, m_problemsOnly->isChecked());
    QList<QVariant> folded;
    for (const FacetSection* section : m_facetSections) {
        if (!section->isExpanded())
            folded.append(int(section->model()->facet()));
    }
    settings.setValue(foldedFacetsKey, folded);
}

void CatalogPage::restoreState()
{
    QSettings settings;
    if (m_table->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray()))
        m_columnsSized = true;
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_starredOnly->setChecked(settings.value(starredOnlyKey, false).toBool());
    m_problemsOnly->setChecked(settings.value(problemsOnlyKey, false).toBool());
    if (settings.contains(foldedFacetsKey)) {
        const QList<QVariant> folded = settings.value(foldedFacetsKey).toList();
        for (FacetSection* section : std::as_const(m_facetSections))
            section->setExpanded(!folded.contains(int(section->model()->facet())));
    }
}

} // namespace Atrium

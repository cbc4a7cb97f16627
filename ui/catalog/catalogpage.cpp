#include "catalogpage.h"

#include "catalog/entityfilterproxymodel.h"
#include "catalog/entitytablemodel.h"
#include "catalog/facetmodel.h"
#include "entitynamedelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Atrium {

namespace {
constexpr int searchDebounceMs = 120;
const CatalogIndex::Facet shownFacets[]
    = { CatalogIndex::Kind, CatalogIndex::Owner, CatalogIndex::Lifecycle, CatalogIndex::Tag };
} // namespace

CatalogPage::CatalogPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new EntityTableModel(this))
    , m_proxy(new EntityFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_searchDebounce(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search name, title, description, tags, owner, type or system"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the catalog"));

    // Typing restarts the timer: the query runs once the user pauses, not on every key.
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(searchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_proxy->setQueryText(m_search->text()); });

    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(EntityTableModel::Name, new EntityNameDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EntityTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Catalog entities"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT entityActivated(index.data(EntityTableModel::EntityRefRole).toString());
    });

    auto* facetColumn = new QWidget(this);
    auto* facetLayout = new QVBoxLayout(facetColumn);
    facetLayout->setContentsMargins(0, 0, 0, 0);
    for (const CatalogIndex::Facet facet : shownFacets) {
        auto* model = new FacetModel(facet, this);
        model->connectToProxy(m_proxy);
        m_facets.append(model);
        auto* view = new QTableView(facetColumn);
        view->setModel(model);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(FacetModel::Value, QHeaderView::Stretch);
        view->horizontalHeader()->setSectionResizeMode(FacetModel::Count, QHeaderView::ResizeToContents);
        view->setSelectionMode(QAbstractItemView::NoSelection);
        view->setShowGrid(false);
        view->setAccessibleName(CatalogIndex::facetName(facet));
        facetLayout->addWidget(view);
    }

    auto* splitter = new QSplitter(this);
    splitter->addWidget(facetColumn);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({ 260, 900 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    connect(m_proxy, &EntityFilterProxyModel::resultChanged, this, &CatalogPage::updateSummary);
    setFocusProxy(m_search);
    restoreState();
}

CatalogPage::~CatalogPage()
{
    saveState();
}

void CatalogPage::setIndex(const CatalogIndexPtr& index)
{
    m_model->setIndex(index);
    for (FacetModel* facet : std::as_const(m_facets))
        facet->setIndex(index);
    m_table->resizeColumnsToContents();
    updateSummary();
}

void CatalogPage::updateSummary()
{
    m_summary->setText(tr("%1 of %2 entities shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void CatalogPage::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("catalog/header"), m_table->horizontalHeader()->saveState());
}

void CatalogPage::restoreState()
{
    QSettings settings;
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("catalog/header")).toByteArray());
}

} // namespace Atrium

#include "facetsection.h"

#include "catalog/facetmodel.h"

#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atrium {

namespace {
// Enough to show a typical Kind or Lifecycle facet whole; Owner and Tag lists scroll past it.
constexpr int maxVisibleRows = 8;
} // namespace

FacetSection::FacetSection(FacetModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_header(new QToolButton(this))
    , m_view(new QTableView(this))
{
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_header, &QToolButton::toggled, this, &FacetSection::setExpanded);

    m_view->setModel(model);
    m_view->verticalHeader()->hide();
    // The section's header already names the facet.
    m_view->horizontalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(FacetModel::Value, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(FacetModel::Count, QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_view->setAccessibleName(CatalogIndex::facetName(model->facet()));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_view);

    connect(model, &QAbstractItemModel::rowsInserted, this, &FacetSection::updateViewHeight);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FacetSection::updateViewHeight);
    connect(model, &QAbstractItemModel::modelReset, this, &FacetSection::updateViewHeight);
    connect(model, &FacetModel::selectionChanged, this, &FacetSection::updateTitle);
    updateTitle();
    updateViewHeight();
    setExpanded(true);
}

FacetSection::~FacetSection() = default;

bool FacetSection::isExpanded() const
{
    return m_header->isChecked();
}

void FacetSection::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_view->setVisible(expanded);
}

void FacetSection::updateTitle()
{
    const QString name = CatalogIndex::facetName(m_model->facet());
    const qsizetype selected = m_model->selectedKeys().size();
    // A folded section still tells that it filters.
    m_header->setText(selected == 0 ? name : tr("%1 (%n selected)", nullptr, int(selected)).arg(name));
}

void FacetSection::updateViewHeight()
{
    const int rows = std::clamp(m_model->rowCount(), 1, maxVisibleRows);
    m_view->setFixedHeight(rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth());
}

} // namespace Atrium

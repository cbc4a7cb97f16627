#include "createpage.h"

#include "templatecarddelegate.h"
#include "templates/templatefilterproxymodel.h"
#include "templates/templatelistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace Atrium {

CreatePage::CreatePage(QWidget* parent)
    : QWidget(parent)
    , m_model(new TemplateListModel(this))
    , m_proxy(new TemplateFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_gallery(new QListView(this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search templates by name, description, type, owner or tag"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search templates"));
    m_type->setAccessibleName(tr("Template type"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TemplateFilterProxyModel::setText);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setType(m_type->currentData().toString()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CreatePage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CreatePage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CreatePage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CreatePage::updateEmptyState);

    m_gallery->setModel(m_proxy);
    m_gallery->setItemDelegate(new TemplateCardDelegate(m_gallery));
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setFlow(QListView::LeftToRight);
    m_gallery->setWrapping(true);
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setUniformItemSizes(true);
    m_gallery->setMovement(QListView::Static);
    m_gallery->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gallery->setMouseTracking(true);
    m_gallery->setAccessibleName(tr("Templates"));
    connect(m_gallery, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT templateActivated(index.data(TemplateListModel::RefRole).toString());
    });
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto* heading = new QLabel(tr("Create"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_type);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addWidget(m_gallery, 1);
    layout->addWidget(m_empty, 1);
    updateTypes();
    updateEmptyState();
}

CreatePage::~CreatePage() = default;

void CreatePage::setHiddenBackends(const QSet<QString>& backends)
{
    m_model->setHiddenBackends(backends);
}

void CreatePage::setIndex(const CatalogIndexPtr& index)
{
    m_model->setIndex(index);
    updateTypes();
    updateEmptyState();
}

void CreatePage::updateTypes()
{
    const QString current = m_type->currentData().toString();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    for (const QString& type : m_model->types())
        m_type->addItem(type, type);
    const int keep = m_type->findData(current);
    m_type->setCurrentIndex(keep >= 0 ? keep : 0);
    m_proxy->setType(m_type->currentData().toString());
}

void CreatePage::updateEmptyState()
{
    const bool none = m_model->rowCount() == 0;
    const bool filteredOut = !none && m_proxy->rowCount() == 0;
    m_empty->setText(none ? tr("This workspace has no software templates. Templates are catalog entities of kind "
                               "Template (scaffolder.backstage.io/v1beta3); list their files as catalog locations.")
                          : tr("No template matches the search."));
    m_empty->setVisible(none || filteredOut);
    m_gallery->setVisible(!none && !filteredOut);
}

} // namespace Atrium

#include "entitynamedelegate.h"

#include "catalog/entitytablemodel.h"

#include <QApplication>
#include <QStyle>

namespace Atrium {

EntityNameDelegate::EntityNameDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

EntityNameDelegate::~EntityNameDelegate() = default;

void EntityNameDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(EntityTableModel::HasProblemsRole).toBool())
        return;
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize);
    option->decorationSize = QSize(size, size);
}

} // namespace Atrium

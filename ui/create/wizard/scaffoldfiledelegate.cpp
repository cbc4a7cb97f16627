#include "scaffoldfiledelegate.h"

#include "previewcolours.h"
#include "scaffolder/scaffoldfilemodel.h"

#include <QApplication>
#include <QPainter>

namespace Atrium {

namespace {
constexpr int pillPadding = 8;
constexpr int pillMargin = 3;
} // namespace

ScaffoldFileDelegate::ScaffoldFileDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

ScaffoldFileDelegate::~ScaffoldFileDelegate() = default;

void ScaffoldFileDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != ScaffoldFileModel::NameColumn)
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = m_icons.icon(index.data(ScaffoldFileModel::IsFolderRole).toBool() ? QFileIconProvider::Folder
                                                                                     : QFileIconProvider::File);
}

void ScaffoldFileDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant status = index.data(ScaffoldFileModel::StatusRole);
    if (index.column() != ScaffoldFileModel::StatusColumn || !status.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QColor colour = PreviewColours::status(ScaffoldFileComparison::Status(status.toInt()), option.palette);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const QRect cell = option.rect.adjusted(pillMargin, pillMargin, -pillMargin, -pillMargin);
    const int textWidth = metrics.horizontalAdvance(text);
    const int width = std::min(cell.width(), textWidth + 2 * pillPadding);
    const QRectF pill(cell.left() + 0.5, cell.top() + 0.5, width - 1, cell.height() - 1);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // On a selected row the pill keeps its own background, so that its colour stays readable on the highlight.
    if (option.state & QStyle::State_Selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Base));
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    }
    QColor fill = colour;
    fill.setAlphaF(0.16);
    QColor border = colour;
    border.setAlphaF(0.55);
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setFont(font);
    painter->setPen(colour);
    const QString shown = textWidth + 2 * pillPadding <= cell.width()
        ? text
        : metrics.elidedText(text, Qt::ElideRight, width - 2 * pillPadding);
    painter->drawText(pill, Qt::AlignCenter, shown);
    painter->restore();
}

QSize ScaffoldFileDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 2 * pillMargin + 4));
    if (index.column() == ScaffoldFileModel::StatusColumn) {
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.9);
        font.setWeight(QFont::DemiBold);
        const QString text = index.data(Qt::DisplayRole).toString();
        size.setWidth(QFontMetrics(font).horizontalAdvance(text) + 2 * (pillPadding + pillMargin) + 2);
    }
    return size;
}

} // namespace Atrium

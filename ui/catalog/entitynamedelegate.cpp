#include "entitynamedelegate.h"

#include "catalog/entitytablemodel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

#include <cmath>
#include <numbers>

namespace Atrium {

namespace {
constexpr int starSize = 14;
constexpr int starMargin = 4;

// Drawn rather than taken from a font or an icon theme: "★" is missing from some fonts and themes differ.
QPainterPath starPath(const QRectF& rect)
{
    QPainterPath path;
    const QPointF centre = rect.center();
    const qreal outer = rect.width() / 2;
    const qreal inner = outer * 0.45;
    for (int point = 0; point < 10; ++point) {
        const qreal radius = point % 2 == 0 ? outer : inner;
        const qreal angle = -std::numbers::pi / 2 + point * std::numbers::pi / 5;
        const QPointF vertex(centre.x() + radius * std::cos(angle), centre.y() + radius * std::sin(angle));
        if (point == 0)
            path.moveTo(vertex);
        else
            path.lineTo(vertex);
    }
    path.closeSubpath();
    return path;
}
} // namespace

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

QRect EntityNameDelegate::starRect(const QRect& cellRect)
{
    return QRect(cellRect.right() - starMargin - starSize + 1, cellRect.center().y() - starSize / 2, starSize,
                 starSize);
}

void EntityNameDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The text is elided before the star instead of running under it; the background still fills the whole cell.
    QStyleOptionViewItem textOption = option;
    initStyleOption(&textOption, index);
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &textOption, painter, option.widget);
    textOption.rect.setRight(textOption.rect.right() - starSize - 2 * starMargin);
    QStyledItemDelegate::paint(painter, textOption, index);

    const bool starred = index.data(EntityTableModel::StarredRole).toBool();
    if (!starred && !(option.state & QStyle::State_MouseOver))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPainterPath star = starPath(QRectF(starRect(option.rect)).adjusted(0.5, 0.5, -0.5, -0.5));
    if (starred) {
        // Gold reads as "favourite" on light and dark palettes alike.
        painter->setPen(QPen(QColor(0xb8, 0x86, 0x0b), 1));
        painter->setBrush(QColor(0xf5, 0xb3, 0x01));
    } else {
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(
            QPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText), 1));
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawPath(star);
    painter->restore();
}

QSize EntityNameDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += starSize + 2 * starMargin;
    return size;
}

bool EntityNameDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                     const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton && starRect(option.rect).contains(mouse->position().toPoint())) {
            Q_EMIT starClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Atrium

#include "environmentcelldelegate.h"

#include "environments/environmentmatrixmodel.h"
#include "healthstyle.h"

#include <QApplication>
#include <QPainter>

namespace Atrium {

namespace {
constexpr int Margin = 6;

/// A bold first line (underlined when asked) and a fainter second line of details joined with " · ".
void paintTwoLines(QPainter* painter, const QRect& area, const QStyleOptionViewItem& option, QPalette::ColorRole role,
                   const QString& first, bool underline, Qt::TextElideMode elide, const QStringList& details)
{
    const QFontMetrics metrics(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    bold.setUnderline(underline);
    painter->setFont(bold);
    painter->setPen(option.palette.color(role));
    const QRect firstLine(area.left(), area.top(), area.width(), metrics.height());
    painter->drawText(firstLine, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(first, elide, firstLine.width()));
    painter->setFont(option.font);
    QColor secondary = option.palette.color(role);
    secondary.setAlphaF(0.7);
    painter->setPen(secondary);
    const QRect secondLine(area.left(), firstLine.bottom() + 1, area.width(), metrics.height());
    painter->drawText(secondLine, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(details.join(QStringLiteral(" · ")), Qt::ElideRight, secondLine.width()));
}
} // namespace

QSize EnvironmentCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    if (index.column() == EnvironmentMatrixModel::ComponentColumn) {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        return { base.width() + 2 * Margin, 2 * metrics.height() + 2 * Margin };
    }
    const QString version = index.data(Qt::DisplayRole).toString();
    const int width
        = std::max(metrics.horizontalAdvance(version), metrics.horizontalAdvance(QStringLiteral("99/99 · 99 min ago")));
    return { metrics.height() + width + 4 * Margin, 2 * metrics.height() + 2 * Margin };
}

void EnvironmentCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const bool hasCell = index.data(EnvironmentMatrixModel::HasCellRole).toBool();
    const bool componentColumn = index.column() == EnvironmentMatrixModel::ComponentColumn;

    // The background and selection as the style draws them, without text.
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QFontMetrics metrics(opt.font);
    const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    painter->save();
    if (componentColumn) {
        QStringList details;
        for (const int role : { EnvironmentMatrixModel::OwnerRole, EnvironmentMatrixModel::SystemRole }) {
            const QString value = index.data(role).toString();
            if (!value.isEmpty())
                details.append(value);
        }
        if (!index.data(EnvironmentMatrixModel::InCatalogRole).toBool())
            details.append(tr("not in the catalog"));
        paintTwoLines(painter, area, opt, textRole, text, false, Qt::ElideRight, details);
        painter->restore();
        return;
    }
    if (!hasCell) {
        QColor faint = opt.palette.color(textRole);
        faint.setAlphaF(0.35);
        painter->setPen(faint);
        painter->drawText(area, Qt::AlignCenter, QStringLiteral("—"));
        painter->restore();
        return;
    }

    const auto health = Health(index.data(EnvironmentMatrixModel::HealthRole).toInt());
    const bool stale = index.data(EnvironmentMatrixModel::StaleRole).toBool();
    const bool drift = !index.data(EnvironmentMatrixModel::DriftRole).toString().isEmpty();
    if (stale)
        painter->setOpacity(0.45);

    const int badge = metrics.height();
    HealthStyle::paintBadge(*painter, QRectF(area.left(), area.top() + 1, badge - 2, badge - 2), health, opt.palette);

    const int textLeft = area.left() + badge + Margin / 2;
    QStringList details;
    const QString replicas = index.data(EnvironmentMatrixModel::ReplicasRole).toString();
    if (!replicas.isEmpty())
        details.append(replicas);
    if (stale) {
        details.append(tr("stale"));
    } else {
        const auto* model = qobject_cast<const EnvironmentMatrixModel*>(index.model());
        const QDateTime deployed = index.data(EnvironmentMatrixModel::DeployedAtRole).toDateTime();
        QDateTime now = QDateTime::currentDateTimeUtc();
        if (model && model->dashboard())
            now = model->dashboard()->builtAt;
        const QString age = EnvironmentMatrixModel::ageText(deployed, now);
        if (!age.isEmpty())
            details.append(age);
    }
    const QRect textArea(textLeft, area.top(), area.right() - textLeft - (drift ? badge / 2 : 0), area.height());
    paintTwoLines(painter, textArea, opt, textRole, text, drift, Qt::ElideMiddle, details);

    if (drift) {
        // A small triangle in the top right corner: this environment runs another version than the one before.
        painter->setOpacity(1.0);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(HealthStyle::colour(Health::Missing, opt.palette));
        const QRect corner = opt.rect;
        const int size = badge * 2 / 3;
        const QPointF triangle[3]
            = { QPointF(corner.right() - size, corner.top()), QPointF(corner.right(), corner.top()),
                QPointF(corner.right(), corner.top() + size) };
        painter->drawPolygon(triangle, 3);
    }
    painter->restore();
}

} // namespace Atrium

#pragma once

#include <QStyledItemDelegate>

namespace Atrium {

/// Paints a cell of the environment matrix: the health badge, the version, ready/desired replicas and the time
/// since the last deploy; a drift mark (▲ in the corner, the version underlined) when the version differs from the
/// previous environment's; stale data greyed and labelled, never shown as current.
class EnvironmentCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Atrium

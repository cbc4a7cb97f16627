#pragma once

#include <QStyledItemDelegate>

namespace Atrium {

/// Draws one palette result: the title with its matched characters in bold accent colour, the subtitle below it,
/// the shortcut as a key cap and the category as a small coloured label on the right.
class PaletteItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PaletteItemDelegate(QObject* parent = nullptr);
    ~PaletteItemDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Atrium

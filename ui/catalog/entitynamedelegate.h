#pragma once

#include <QStyledItemDelegate>

namespace Atrium {

/// Draws the entity's name with a warning or error sign when the loader reported problems for it, so that a
/// broken entity is kept in the table and visibly flagged rather than hidden; and a star at the cell's right end,
/// filled for starred entities, outlined under the mouse, that toggles the star when clicked.
class EntityNameDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit EntityNameDelegate(QObject* parent = nullptr);
    ~EntityNameDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// Where the star of a cell at @p cellRect is drawn.
    static QRect starRect(const QRect& cellRect);

Q_SIGNALS:
    /// The star of @p index was clicked.
    void starClicked(const QModelIndex& index);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
};

} // namespace Atrium

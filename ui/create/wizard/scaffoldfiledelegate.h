#pragma once

#include <QFileIconProvider>
#include <QStyledItemDelegate>

namespace Atrium {

/// Draws a ScaffoldFileModel row: folder and file icons by the name, and the status as a coloured pill with its word
/// in it (colour alone would not tell every reader).
class ScaffoldFileDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ScaffoldFileDelegate(QObject* parent = nullptr);
    ~ScaffoldFileDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QFileIconProvider m_icons;
};

} // namespace Atrium

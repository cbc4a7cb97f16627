#pragma once

#include <QStyledItemDelegate>

namespace Atrium {

/// Draws a template of TemplateListModel as a card: the title, two lines of description, then type, owner and tags.
class TemplateCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit TemplateCardDelegate(QObject* parent = nullptr);
    ~TemplateCardDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Atrium

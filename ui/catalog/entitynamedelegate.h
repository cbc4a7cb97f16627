#pragma once

#include <QStyledItemDelegate>

namespace Atrium {

/// Draws the entity's name with a warning or error sign when the loader reported problems for it, so that a
/// broken entity is kept in the table and visibly flagged rather than hidden.
class EntityNameDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit EntityNameDelegate(QObject* parent = nullptr);
    ~EntityNameDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Atrium

#include "fieldeditor.h"

namespace Atrium {

FieldEditor::FieldEditor(QWidget* parent)
    : QWidget(parent)
{
}

FieldEditor::~FieldEditor() = default;

void FieldEditor::setAccessibleTitle(const QString& title)
{
    input()->setAccessibleName(title);
}

void FieldEditor::focusInput()
{
    if (input() != this) {
        input()->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QList<QWidget*> children = findChildren<QWidget*>();
    for (QWidget* child : children) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->isEnabled() && child->isVisibleTo(this)) {
            child->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace Atrium

#pragma once

#include "fieldeditor.h"

#include <QJsonArray>
#include <QList>

class QAbstractButton;
class QButtonGroup;

namespace Atrium {

/// An enum's values as buttons: radio buttons for one answer (ui:widget radio), check boxes for a list of unique
/// answers (an array whose items are an enum), in the enum's order.
class ChoicesEditor : public FieldEditor {
    Q_OBJECT
public:
    enum class Mode { Radio, Checkboxes };

    ChoicesEditor(Mode mode, const QJsonArray& values, const QStringList& labels, QWidget* parent = nullptr);
    ~ChoicesEditor() override;

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    void setAccessibleTitle(const QString& title) override;
    QList<QAbstractButton*> buttons() const { return m_buttons; }

private:
    Mode m_mode;
    QJsonArray m_values;
    QList<QAbstractButton*> m_buttons;
    QButtonGroup* m_group = nullptr;
};

} // namespace Atrium

#pragma once

#include "fieldeditor.h"

class QCheckBox;

namespace Atrium {

/// A boolean answer: a check box that carries the field's title. Unanswered until clicked or given a default.
class CheckBoxEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit CheckBoxEditor(const QString& text, QWidget* parent = nullptr);
    ~CheckBoxEditor() override;

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* input() override;

private:
    QCheckBox* m_box = nullptr;
    bool m_answered = false;
};

} // namespace Atrium

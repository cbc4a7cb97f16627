#pragma once

#include "fieldeditor.h"

class QLineEdit;

namespace Atrium {

/// A number or integer answer typed as text, so that an optional one can stay empty. Text that is no number is
/// kept as text, for the schema check to say what is expected at the field.
class NumberEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit NumberEditor(bool integer, QWidget* parent = nullptr);
    ~NumberEditor() override;

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* input() override;

private:
    QLineEdit* m_edit = nullptr;
    bool m_integer = false;
};

} // namespace Atrium

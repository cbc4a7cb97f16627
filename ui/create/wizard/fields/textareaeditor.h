#pragma once

#include "fieldeditor.h"

class QPlainTextEdit;

namespace Atrium {

/// ui:widget textarea: several lines, ui:options.rows tall. Tab leaves it, so the form stays usable by keyboard.
class TextAreaEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit TextAreaEditor(int rows, QWidget* parent = nullptr);
    ~TextAreaEditor() override;

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* input() override;

protected:
    QPlainTextEdit* m_edit = nullptr;
};

} // namespace Atrium

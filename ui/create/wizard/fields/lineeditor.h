#pragma once

#include "fieldeditor.h"

class QLineEdit;

namespace Atrium {

/// A one-line text answer: plain text, ui:widget password, EntityNamePicker, and unknown extensions.
class LineEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit LineEditor(bool password, QWidget* parent = nullptr);
    ~LineEditor() override;

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* input() override;
    QLineEdit* lineEdit() const { return m_edit; }

private:
    QLineEdit* m_edit = nullptr;
};

} // namespace Atrium

#pragma once

#include "fieldeditor.h"

#include <QJsonObject>

class QLineEdit;

namespace Atrium {

/// A number or integer answer typed as text, so that an optional one can stay empty. Text that is no number is
/// kept as text, for the schema check to say what is expected at the field. Up and Down step by one within the
/// schema's minimum and maximum, as a spin box would.
class NumberEditor : public FieldEditor {
    Q_OBJECT
public:
    NumberEditor(bool integer, const QJsonObject& schema, QWidget* parent = nullptr);
    ~NumberEditor() override;

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* input() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void step(int direction);

    QLineEdit* m_edit = nullptr;
    bool m_integer = false;
    double m_minimum;
    double m_maximum;
};

} // namespace Atrium

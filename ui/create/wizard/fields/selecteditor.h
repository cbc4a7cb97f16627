#pragma once

#include "fieldeditor.h"

#include <QJsonArray>

class QComboBox;

namespace Atrium {

/// One of an enum's values in a drop-down, shown by their labels (enumNames, oneOf titles), with an empty choice
/// first for "no answer" as rjsf's select has.
class SelectEditor : public FieldEditor {
    Q_OBJECT
public:
    SelectEditor(const QJsonArray& values, const QStringList& labels, QWidget* parent = nullptr);
    ~SelectEditor() override;

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* input() override;

private:
    QComboBox* m_combo = nullptr;
    QJsonArray m_values;
};

} // namespace Atrium

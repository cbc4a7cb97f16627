#pragma once

#include "fieldeditor.h"

class QLineEdit;

namespace Atrium {

/// EntityTagsPicker: tags typed on one line, separated by commas or spaces, lower-cased and trimmed as Backstage
/// does before checking them; the answer is the list of tags.
class TagsEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit TagsEditor(QWidget* parent = nullptr);
    ~TagsEditor() override;

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* input() override;

private:
    QLineEdit* m_edit = nullptr;
};

} // namespace Atrium

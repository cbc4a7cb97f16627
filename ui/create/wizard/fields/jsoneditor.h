#pragma once

#include "textareaeditor.h"

namespace Atrium {

/// Anything the other widgets cannot edit (arrays of objects…) as JSON text; text that does not parse gives no
/// answer and a problem at the field.
class JsonEditor : public TextAreaEditor {
    Q_OBJECT
public:
    explicit JsonEditor(QWidget* parent = nullptr);
    ~JsonEditor() override;

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QString problem() const override;

private:
    /// The parsed text; sets @p error when it does not parse.
    QJsonValue parsed(QString* error) const;
};

} // namespace Atrium

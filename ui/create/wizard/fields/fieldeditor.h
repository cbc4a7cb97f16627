#pragma once

#include <QJsonValue>
#include <QWidget>

namespace Atrium {

/// The input of one form field: shows an answer and gives back the edited one. Subclasses hold one widget kind
/// each; the form page owns the answers, the label and the error text.
class FieldEditor : public QWidget {
    Q_OBJECT
public:
    explicit FieldEditor(QWidget* parent = nullptr);
    ~FieldEditor() override;

    /// The answer as edited; undefined when the field is left empty.
    virtual QJsonValue value() const = 0;
    /// Shows @p value without emitting edited(); undefined clears the input.
    virtual void setValue(const QJsonValue& value) = 0;
    /// The widget that takes the text or the click; the editor itself when it has several.
    virtual QWidget* input() { return this; }
    /// Why what was entered gives no answer (JSON that does not parse…); empty when there is nothing to say.
    virtual QString problem() const { return {}; }
    /// Names the inputs for assistive technology after the field's title.
    virtual void setAccessibleTitle(const QString& title);
    /// Gives the keyboard focus to the first input.
    void focusInput();

Q_SIGNALS:
    /// The user changed the answer.
    void edited();
};

} // namespace Atrium

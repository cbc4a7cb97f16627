#include "checkboxeditor.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace Atrium {

CheckBoxEditor::CheckBoxEditor(const QString& text, QWidget* parent)
    : FieldEditor(parent)
    , m_box(new QCheckBox(text, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_box);
    setFocusProxy(m_box);
    connect(m_box, &QCheckBox::clicked, this, [this] {
        m_answered = true;
        Q_EMIT edited();
    });
}

CheckBoxEditor::~CheckBoxEditor() = default;

QJsonValue CheckBoxEditor::value() const
{
    return m_answered ? QJsonValue(m_box->isChecked()) : QJsonValue(QJsonValue::Undefined);
}

void CheckBoxEditor::setValue(const QJsonValue& value)
{
    m_answered = value.isBool();
    m_box->setChecked(value.toBool());
}

QWidget* CheckBoxEditor::input()
{
    return m_box;
}

} // namespace Atrium

#include "lineeditor.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace Atrium {

LineEditor::LineEditor(bool password, QWidget* parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit(this))
{
    if (password)
        m_edit->setEchoMode(QLineEdit::Password);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

LineEditor::~LineEditor() = default;

QJsonValue LineEditor::value() const
{
    // rjsf drops an emptied text field's answer rather than keeping "".
    return m_edit->text().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(m_edit->text());
}

void LineEditor::setValue(const QJsonValue& value)
{
    if (value.isString())
        m_edit->setText(value.toString());
    else if (value.isDouble())
        m_edit->setText(QString::number(value.toDouble(), 'g', 17));
    else if (value.isBool())
        m_edit->setText(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    else
        m_edit->clear();
}

QWidget* LineEditor::input()
{
    return m_edit;
}

} // namespace Atrium

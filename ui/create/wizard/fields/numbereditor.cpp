#include "numbereditor.h"

#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace Atrium {

NumberEditor::NumberEditor(bool integer, QWidget* parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit(this))
    , m_integer(integer)
{
    m_edit->setInputMethodHints(integer ? Qt::ImhDigitsOnly : Qt::ImhFormattedNumbersOnly);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

NumberEditor::~NumberEditor() = default;

QJsonValue NumberEditor::value() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    // JSON numbers, whatever the user's locale: templates compare them with `${{ }}` expressions.
    bool ok = false;
    const double number = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return text;
    if (m_integer && number != std::trunc(number))
        return number;
    return number;
}

void NumberEditor::setValue(const QJsonValue& value)
{
    if (value.isDouble())
        m_edit->setText(QLocale::c().toString(value.toDouble(), 'g', 17));
    else if (value.isString())
        m_edit->setText(value.toString());
    else
        m_edit->clear();
}

QWidget* NumberEditor::input()
{
    return m_edit;
}

} // namespace Atrium

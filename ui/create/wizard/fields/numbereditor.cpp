#include "numbereditor.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Atrium {

NumberEditor::NumberEditor(bool integer, const QJsonObject& schema, QWidget* parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit(this))
    , m_integer(integer)
    , m_minimum(schema.value(QLatin1String("minimum")).toDouble(std::numeric_limits<double>::lowest()))
    , m_maximum(schema.value(QLatin1String("maximum")).toDouble(std::numeric_limits<double>::max()))
{
    m_edit->installEventFilter(this);
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

bool NumberEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            step(key == Qt::Key_Up ? 1 : -1);
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

void NumberEditor::step(int direction)
{
    const QJsonValue current = value();
    double next = 0;
    if (current.isDouble())
        next = std::floor(current.toDouble()) + direction;
    else if (!current.isUndefined())
        return; // text that is no number: leave it for the user to see the message
    else
        next = direction > 0 ? std::max(0.0, m_minimum) : std::min(0.0, m_maximum);
    next = std::clamp(next, m_minimum, m_maximum);
    m_edit->setText(QLocale::c().toString(next, 'g', 17));
    Q_EMIT edited();
}

} // namespace Atrium

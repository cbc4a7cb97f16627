#include "choiceseditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Atrium {

ChoicesEditor::ChoicesEditor(Mode mode, const QJsonArray& values, const QStringList& labels, QWidget* parent)
    : FieldEditor(parent)
    , m_mode(mode)
    , m_values(values)
    , m_group(new QButtonGroup(this))
{
    m_group->setExclusive(mode == Mode::Radio);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString label = labels.value(i);
        QAbstractButton* button = mode == Mode::Radio ? static_cast<QAbstractButton*>(new QRadioButton(label, this))
                                                      : new QCheckBox(label, this);
        m_group->addButton(button, int(i));
        m_buttons.append(button);
        layout->addWidget(button);
    }
    connect(m_group, &QButtonGroup::buttonClicked, this, &FieldEditor::edited);
}

ChoicesEditor::~ChoicesEditor() = default;

QJsonValue ChoicesEditor::value() const
{
    if (m_mode == Mode::Radio) {
        const int id = m_group->checkedId();
        return id >= 0 ? m_values.at(id) : QJsonValue(QJsonValue::Undefined);
    }
    QJsonArray chosen;
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        if (m_buttons.at(i)->isChecked())
            chosen.append(m_values.at(i));
    }
    return chosen;
}

void ChoicesEditor::setValue(const QJsonValue& value)
{
    const QVariantList values = m_values.toVariantList();
    QList<qsizetype> checked;
    if (m_mode == Mode::Radio) {
        if (!value.isUndefined())
            checked.append(values.indexOf(value.toVariant()));
    } else {
        for (const QJsonValue item : value.toArray())
            checked.append(values.indexOf(item.toVariant()));
    }
    // An exclusive group keeps one button checked; lift that to clear it.
    m_group->setExclusive(false);
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        m_buttons.at(i)->setChecked(checked.contains(i));
    m_group->setExclusive(m_mode == Mode::Radio);
}

void ChoicesEditor::setAccessibleTitle(const QString& title)
{
    setAccessibleName(title);
    for (QAbstractButton* button : std::as_const(m_buttons))
        button->setAccessibleName(title + QLatin1String(": ") + button->text());
}

} // namespace Atrium

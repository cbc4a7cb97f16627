#include "selecteditor.h"

#include <QComboBox>
#include <QVBoxLayout>

namespace Atrium {

SelectEditor::SelectEditor(const QJsonArray& values, const QStringList& labels, QWidget* parent)
    : FieldEditor(parent)
    , m_combo(new QComboBox(this))
    , m_values(values)
{
    m_combo->addItem(QString());
    m_combo->addItems(labels);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_combo);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
}

SelectEditor::~SelectEditor() = default;

QJsonValue SelectEditor::value() const
{
    const int index = m_combo->currentIndex() - 1;
    return index >= 0 && index < m_values.size() ? m_values.at(index) : QJsonValue(QJsonValue::Undefined);
}

void SelectEditor::setValue(const QJsonValue& value)
{
    const qsizetype index = value.isUndefined() ? -1 : m_values.toVariantList().indexOf(value.toVariant());
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(int(index) + 1);
}

QWidget* SelectEditor::input()
{
    return m_combo;
}

} // namespace Atrium

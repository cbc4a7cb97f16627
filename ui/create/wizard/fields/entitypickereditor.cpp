#include "entitypickereditor.h"

#include "templates/entitychoicemodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Atrium {

EntityPickerEditor::EntityPickerEditor(EntityChoiceModel* model, bool allowArbitraryValues, QWidget* parent)
    : FieldEditor(parent)
    , m_model(model)
    , m_combo(new QComboBox(this))
    , m_allowArbitraryValues(allowArbitraryValues)
{
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setModel(model);
    m_combo->setCurrentIndex(-1);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_combo);
    setFocusProxy(m_combo);
    connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
    connect(m_combo->completer(), qOverload<const QString&>(&QCompleter::activated), this, &FieldEditor::edited);
}

EntityPickerEditor::~EntityPickerEditor() = default;

QJsonValue EntityPickerEditor::value() const
{
    const QString ref = m_model->refForText(m_combo->currentText());
    if (ref.isEmpty() || (!m_allowArbitraryValues && m_model->rowOfRef(ref) < 0))
        return QJsonValue(QJsonValue::Undefined);
    return ref;
}

void EntityPickerEditor::setValue(const QJsonValue& value)
{
    const QSignalBlocker blocker(m_combo);
    const QString ref = value.toString();
    const bool single = m_model->rowCount() == 1;
    m_combo->setEnabled(!single);
    if (ref.isEmpty() && single) {
        m_combo->setCurrentIndex(0);
        return;
    }
    const int row = m_model->rowOfRef(ref);
    m_combo->setCurrentIndex(row);
    if (row < 0)
        m_combo->setEditText(ref.isEmpty() ? QString() : m_model->labelForRef(ref));
}

QWidget* EntityPickerEditor::input()
{
    return m_combo;
}

QString EntityPickerEditor::problem() const
{
    if (m_allowArbitraryValues || m_combo->currentText().trimmed().isEmpty() || !value().isUndefined())
        return {};
    return tr("Choose one of the catalog's entities: %1 is not one of them.").arg(m_combo->currentText().trimmed());
}

} // namespace Atrium

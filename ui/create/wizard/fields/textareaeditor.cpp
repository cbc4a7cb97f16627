#include "textareaeditor.h"

#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Atrium {

TextAreaEditor::TextAreaEditor(int rows, QWidget* parent)
    : FieldEditor(parent)
    , m_edit(new QPlainTextEdit(this))
{
    m_edit->setTabChangesFocus(true);
    const int lines = rows > 0 ? rows : 3;
    const QMargins margins = m_edit->contentsMargins();
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom()
                           + 2 * m_edit->frameWidth() + int(2 * m_edit->document()->documentMargin()));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    // textChanged also fires for setPlainText; setValue blocks it.
    connect(m_edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
}

TextAreaEditor::~TextAreaEditor() = default;

QJsonValue TextAreaEditor::value() const
{
    const QString text = m_edit->toPlainText();
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

void TextAreaEditor::setValue(const QJsonValue& value)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(value.toString());
}

QWidget* TextAreaEditor::input()
{
    return m_edit;
}

} // namespace Atrium

#include "fieldrow.h"

#include "fieldeditor.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Atrium {

namespace {
QLabel* note(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}
} // namespace

FieldRow::FieldRow(const FormField& field, FieldEditor* editor, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
    , m_editor(editor)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(2);
    if (field.widget == FormField::Widget::Group) {
        m_group = new QGroupBox(this);
        m_childLayout = new QVBoxLayout(m_group);
        layout->addWidget(m_group);
    } else if (field.widget != FormField::Widget::Checkbox) {
        // A check box carries its title itself.
        m_title = new QLabel(this);
        m_title->setTextFormat(Qt::PlainText);
        layout->addWidget(m_title);
    }
    if (m_editor) {
        m_editor->setParent(this);
        layout->addWidget(m_editor);
        if (m_title)
            m_title->setBuddy(m_editor->input());
    }
    if (field.unknownField) {
        QLabel* unknown = note(this);
        unknown->setText(tr("The field %1 is not available in Atrium; enter the value directly.").arg(field.uiField));
        layout->addWidget(unknown);
    }
    m_description = note(this);
    m_help = note(this);
    layout->addWidget(m_description);
    layout->addWidget(m_help);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    m_error->setPalette(palette);
    m_error->hide();
    layout->addWidget(m_error);
    setField(field);
    if (field.widget == FormField::Widget::Hidden)
        hide();
}

FieldRow::~FieldRow() = default;

void FieldRow::setField(const FormField& field)
{
    m_field = field;
    if (m_title)
        m_title->setText(titleText());
    if (m_group)
        m_group->setTitle(titleText());
    m_description->setText(field.description);
    m_description->setVisible(!field.description.isEmpty());
    m_help->setText(field.help);
    m_help->setVisible(!field.help.isEmpty());
    if (auto* box = m_editor ? qobject_cast<QCheckBox*>(m_editor->input()) : nullptr)
        box->setText(titleText());
    if (m_editor) {
        m_editor->setAccessibleTitle(field.title);
        m_editor->input()->setAccessibleDescription(field.help.isEmpty() ? field.description : field.help);
        m_editor->setEnabled(!field.readOnly);
    }
}

QString FieldRow::titleText() const
{
    return m_field.required ? m_field.title + QLatin1String(" *") : m_field.title;
}

void FieldRow::setError(const QString& message)
{
    if (m_error->text() == message)
        return;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (m_editor) {
        const QString described = m_field.help.isEmpty() ? m_field.description : m_field.help;
        m_editor->input()->setAccessibleDescription(message.isEmpty() ? described : message);
    }
}

QString FieldRow::error() const
{
    return m_error->text();
}

} // namespace Atrium

#include "tagseditor.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Atrium {

TagsEditor::TagsEditor(QWidget* parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setPlaceholderText(tr("Tags separated by commas, such as java, data"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

TagsEditor::~TagsEditor() = default;

QJsonValue TagsEditor::value() const
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QJsonArray tags;
    for (const QString& tag : m_edit->text().split(separators, Qt::SkipEmptyParts)) {
        // The picker keeps a tag only once.
        const QString lower = tag.toLower();
        if (!tags.contains(lower))
            tags.append(lower);
    }
    return tags;
}

void TagsEditor::setValue(const QJsonValue& value)
{
    QStringList tags;
    for (const QJsonValue tag : value.toArray())
        tags.append(tag.toString());
    m_edit->setText(tags.join(QLatin1String(", ")));
}

QWidget* TagsEditor::input()
{
    return m_edit;
}

} // namespace Atrium

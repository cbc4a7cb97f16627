#include "fieldeditorfactory.h"

#include "checkboxeditor.h"
#include "choiceseditor.h"
#include "entitypickereditor.h"
#include "jsoneditor.h"
#include "lineeditor.h"
#include "listeditor.h"
#include "numbereditor.h"
#include "repourleditor.h"
#include "secreteditor.h"
#include "selecteditor.h"
#include "tagseditor.h"
#include "templates/entitychoicemodel.h"
#include "textareaeditor.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Atrium {

namespace {

EntityChoiceModel* choices(const FormField& field, const CatalogSnapshotPtr& catalog)
{
    QJsonValue fallbackFilter;
    QString defaultKind = field.options.value(QLatin1String("defaultKind")).toString();
    if (field.widget == FormField::Widget::OwnerPicker) {
        // As Backstage's OwnerPicker: groups and users unless the template says otherwise, kind Group implied.
        fallbackFilter = QJsonObject { { QStringLiteral("kind"),
                                         QJsonArray { QStringLiteral("Group"), QStringLiteral("User") } } };
        defaultKind = QStringLiteral("Group");
    }
    auto* model = new EntityChoiceModel;
    model->setCatalog(catalog, CatalogFilter::fromOptions(field.options, fallbackFilter), defaultKind,
                      field.options.value(QLatin1String("defaultNamespace")).toString());
    return model;
}

} // namespace

FieldEditor* FieldEditorFactory::create(const FormField& field, const CatalogSnapshotPtr& catalog, QWidget* parent)
{
    const bool allowArbitraryValues = field.options.value(QLatin1String("allowArbitraryValues")).toBool(true);
    FieldEditor* editor = nullptr;
    switch (field.widget) {
    case FormField::Widget::Group:
    case FormField::Widget::Hidden:
        return nullptr;
    case FormField::Widget::Text:
    case FormField::Widget::EntityNamePicker:
        editor = new LineEditor(false, parent);
        break;
    case FormField::Widget::Password:
        editor = new LineEditor(true, parent);
        break;
    case FormField::Widget::Secret:
        editor = new SecretEditor(parent);
        break;
    case FormField::Widget::TextArea:
        editor = new TextAreaEditor(field.rows, parent);
        break;
    case FormField::Widget::Number:
    case FormField::Widget::Integer:
        editor = new NumberEditor(field.widget == FormField::Widget::Integer, field.schema, parent);
        break;
    case FormField::Widget::Checkbox:
        editor = new CheckBoxEditor(field.title, parent);
        break;
    case FormField::Widget::Select:
        editor = new SelectEditor(field.enumValues, field.enumLabels, parent);
        break;
    case FormField::Widget::Radio:
        editor = new ChoicesEditor(ChoicesEditor::Mode::Radio, field.enumValues, field.enumLabels, parent);
        break;
    case FormField::Widget::Checkboxes:
        editor = new ChoicesEditor(ChoicesEditor::Mode::Checkboxes, field.enumValues, field.enumLabels, parent);
        break;
    case FormField::Widget::StringList:
        editor = new ListEditor([](const QString& text) { return QJsonValue(text); },
                                [](const QJsonValue& value) { return value.toString(); }, parent);
        break;
    case FormField::Widget::Json:
        editor = new JsonEditor(parent);
        break;
    case FormField::Widget::EntityPicker:
    case FormField::Widget::OwnerPicker: {
        EntityChoiceModel* model = choices(field, catalog);
        editor = new EntityPickerEditor(model, allowArbitraryValues, parent);
        model->setParent(editor);
        break;
    }
    case FormField::Widget::MultiEntityPicker: {
        EntityChoiceModel* model = choices(field, catalog);
        auto* list = new ListEditor(
            [model, allowArbitraryValues](const QString& text) {
                const QString ref = model->refForText(text);
                if (ref.isEmpty() || (!allowArbitraryValues && model->rowOfRef(ref) < 0))
                    return QJsonValue(QJsonValue::Undefined);
                return QJsonValue(ref);
            },
            [model](const QJsonValue& value) { return model->labelForRef(value.toString()); }, parent);
        model->setParent(list);
        list->setCompletionModel(model);
        editor = list;
        break;
    }
    case FormField::Widget::EntityTagsPicker:
        editor = new TagsEditor(parent);
        break;
    case FormField::Widget::RepoUrlPicker:
        editor = new RepoUrlEditor(field.options, parent);
        break;
    }
    auto* line = qobject_cast<QLineEdit*>(editor->input());
    if (!line)
        line = editor->input()->findChild<QLineEdit*>();
    if (line && !field.placeholder.isEmpty())
        line->setPlaceholderText(field.placeholder);
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor->input()); text && !field.placeholder.isEmpty())
        text->setPlaceholderText(field.placeholder);
    return editor;
}

} // namespace Atrium

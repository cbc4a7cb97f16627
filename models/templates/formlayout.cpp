#include "formlayout.h"

#include "parametervalidation.h"
#include "templatedefinition.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

constexpr int maxDepth = 32;

/// Merges @p addition into @p schema as rjsf does for resolved branches: properties are added (a later one wins),
/// required lists are joined, the written order of the added properties follows the existing one.
QJsonObject merge(QJsonObject schema, const QJsonObject& addition)
{
    QJsonObject properties = schema.value(u"properties"_s).toObject();
    const QJsonObject added = addition.value(u"properties"_s).toObject();
    for (auto it = added.begin(); it != added.end(); ++it) {
        // A branch that repeats a property with only a const/enum (the oneOf selector) keeps the original.
        if (properties.contains(it.key())) {
            QJsonObject merged = properties.value(it.key()).toObject();
            const QJsonObject extra = it.value().toObject();
            for (auto e = extra.begin(); e != extra.end(); ++e)
                merged.insert(e.key(), e.value());
            properties.insert(it.key(), merged);
        } else {
            properties.insert(it.key(), it.value());
        }
    }
    if (!properties.isEmpty() || schema.contains(u"properties"_s))
        schema.insert(u"properties"_s, properties);

    QJsonArray required = schema.value(u"required"_s).toArray();
    for (const QJsonValue& name : addition.value(u"required"_s).toArray()) {
        if (!required.contains(name))
            required.append(name);
    }
    if (!required.isEmpty())
        schema.insert(u"required"_s, required);

    QJsonArray order = schema.value(TemplateParameterPage::propertyOrderKey()).toArray();
    QStringList addedOrder;
    for (const QJsonValue& name : addition.value(TemplateParameterPage::propertyOrderKey()).toArray())
        addedOrder.append(name.toString());
    if (addedOrder.isEmpty())
        addedOrder = added.keys();
    for (const QString& name : std::as_const(addedOrder)) {
        if (!order.contains(name))
            order.append(name);
    }
    if (!order.isEmpty())
        schema.insert(TemplateParameterPage::propertyOrderKey(), order);

    // Other keywords of the branch (if/then/else, dependencies, allOf) are resolved by the caller's next pass.
    for (auto it = addition.begin(); it != addition.end(); ++it) {
        if (it.key() != u"properties" && it.key() != u"required"
            && it.key() != TemplateParameterPage::propertyOrderKey() && !schema.contains(it.key()))
            schema.insert(it.key(), it.value());
    }
    return schema;
}

bool matches(const QJsonObject& schema, const QJsonObject& answers)
{
    return ParameterValidator::validate(schema, answers).isEmpty();
}

QJsonObject resolve(QJsonObject schema, const QJsonObject& answers, int depth)
{
    if (depth > maxDepth)
        return schema;
    // In rjsf's retrieveSchema order: if/then/else, allOf, then dependencies.
    // if/then/else: the branch the answers select.
    if (schema.value(u"if"_s).isObject()) {
        const QJsonObject condition = schema.take(u"if"_s).toObject();
        const QJsonObject thenBranch = schema.take(u"then"_s).toObject();
        const QJsonObject elseBranch = schema.take(u"else"_s).toObject();
        // As JSON Schema (and rjsf, through ajv) has it: a property the answers lack does not fail `properties`.
        const bool holds = matches(condition, answers);
        schema = merge(schema, resolve(holds ? thenBranch : elseBranch, answers, depth + 1));
    }
    // allOf: every branch applies (its own conditions resolved first).
    if (schema.value(u"allOf"_s).isArray()) {
        const QJsonArray branches = schema.take(u"allOf"_s).toArray();
        for (const QJsonValue& branch : branches)
            schema = merge(schema, resolve(branch.toObject(), answers, depth + 1));
    }
    // dependencies: only for keys that have an answer.
    if (schema.value(u"dependencies"_s).isObject()) {
        const QJsonObject dependencies = schema.take(u"dependencies"_s).toObject();
        for (auto it = dependencies.begin(); it != dependencies.end(); ++it) {
            if (!answers.contains(it.key()) || answers.value(it.key()).isUndefined())
                continue;
            if (it.value().isArray()) {
                schema = merge(schema, QJsonObject { { u"required"_s, it.value() } });
                continue;
            }
            QJsonObject dependency = it.value().toObject();
            if (dependency.value(u"oneOf"_s).isArray()) {
                const QJsonArray branches = dependency.take(u"oneOf"_s).toArray();
                schema = merge(schema, dependency);
                for (const QJsonValue& value : branches) {
                    QJsonObject branch = value.toObject();
                    const QJsonObject selector = branch.value(u"properties"_s).toObject().value(it.key()).toObject();
                    const QJsonObject probe { { u"type"_s, u"object"_s },
                                              { u"properties"_s, QJsonObject { { it.key(), selector } } } };
                    if (!matches(probe, QJsonObject { { it.key(), answers.value(it.key()) } }))
                        continue;
                    QJsonObject properties = branch.value(u"properties"_s).toObject();
                    properties.remove(it.key());
                    branch.insert(u"properties"_s, properties);
                    QJsonArray order;
                    for (const QJsonValue& name : branch.value(TemplateParameterPage::propertyOrderKey()).toArray()) {
                        if (name.toString() != it.key())
                            order.append(name);
                    }
                    branch.insert(TemplateParameterPage::propertyOrderKey(), order);
                    schema = merge(schema, resolve(branch, answers, depth + 1));
                    break;
                }
            } else {
                schema = merge(schema, resolve(dependency, answers, depth + 1));
            }
        }
    }
    return schema;
}

/// Backstage moves `ui:*` keys into the uiSchema; the hints are read from the property itself.
QJsonValue hint(const QJsonObject& schema, const QString& name)
{
    return schema.value(u"ui:"_s + name);
}

FormField field(const QString& key, const QString& parentPath, const QJsonObject& propertySchema, bool required,
                const QJsonObject& answers, int depth);

QList<FormField> fieldsOf(const QJsonObject& schema, const QString& parentPath, const QJsonObject& answers, int depth)
{
    const QJsonObject resolvedSchema = resolve(schema, answers, depth);
    const QJsonObject properties = resolvedSchema.value(u"properties"_s).toObject();
    QSet<QString> required;
    for (const QJsonValue& name : resolvedSchema.value(u"required"_s).toArray())
        required.insert(name.toString());
    QList<FormField> fields;
    for (const QString& key : FormLayout::propertyOrder(resolvedSchema)) {
        fields.append(field(key, parentPath, properties.value(key).toObject(), required.contains(key),
                            answers.value(key).toObject(), depth + 1));
    }
    return fields;
}

FormField field(const QString& key, const QString& parentPath, const QJsonObject& propertySchema, bool required,
                const QJsonObject& answers, int depth)
{
    FormField f;
    f.key = key;
    f.path = parentPath.isEmpty() ? key : parentPath + u'.' + key;
    f.schema = propertySchema;
    f.required = required;
    f.title = propertySchema.value(u"title"_s).toString(key);
    f.description = propertySchema.value(u"description"_s).toString();
    f.help = hint(propertySchema, u"help"_s).toString();
    f.placeholder = hint(propertySchema, u"placeholder"_s).toString();
    f.readOnly = hint(propertySchema, u"readonly"_s).toBool() || propertySchema.value(u"readOnly"_s).toBool();
    f.autofocus = hint(propertySchema, u"autofocus"_s).toBool();
    f.options = hint(propertySchema, u"options"_s).toObject();
    f.rows = f.options.value(u"rows"_s).toInt();
    f.defaultValue = propertySchema.value(u"default"_s);
    f.uiField = hint(propertySchema, u"field"_s).toString();
    const QJsonObject review = hint(propertySchema, u"backstage"_s).toObject().value(u"review"_s).toObject();
    f.reviewHidden = review.value(u"show"_s) == QJsonValue(false);
    if (review.contains(u"mask"_s)) {
        f.reviewMasked = true;
        f.reviewMask = review.value(u"mask"_s).toString();
    }

    const QString type = propertySchema.value(u"type"_s).toString();
    const QString uiWidget = hint(propertySchema, u"widget"_s).toString();
    f.enumValues = propertySchema.value(u"enum"_s).toArray();
    const QJsonArray enumNames = propertySchema.value(u"enumNames"_s).toArray();
    if (f.enumValues.isEmpty() && propertySchema.value(u"oneOf"_s).isArray()) {
        // oneOf of consts is rjsf's titled enum.
        bool allConst = true;
        QJsonArray values;
        QStringList labels;
        for (const QJsonValue& option : propertySchema.value(u"oneOf"_s).toArray()) {
            const QJsonObject object = option.toObject();
            if (!object.contains(u"const"_s)) {
                allConst = false;
                break;
            }
            values.append(object.value(u"const"_s));
            labels.append(object.value(u"title"_s).toString(FormLayout::valueText(object.value(u"const"_s))));
        }
        if (allConst && !values.isEmpty()) {
            f.enumValues = values;
            f.enumLabels = labels;
        }
    }
    if (f.enumLabels.isEmpty()) {
        for (qsizetype i = 0; i < f.enumValues.size(); ++i)
            f.enumLabels.append(i < enumNames.size() ? enumNames.at(i).toString()
                                                     : FormLayout::valueText(f.enumValues.at(i)));
    }

    // The extensions first, as Backstage picks the field before the type's widget.
    static const QList<std::pair<QString, FormField::Widget>> extensions {
        { u"EntityPicker"_s, FormField::Widget::EntityPicker },
        { u"OwnedEntityPicker"_s, FormField::Widget::EntityPicker },
        { u"OwnerPicker"_s, FormField::Widget::OwnerPicker },
        { u"MultiEntityPicker"_s, FormField::Widget::MultiEntityPicker },
        { u"EntityNamePicker"_s, FormField::Widget::EntityNamePicker },
        { u"EntityTagsPicker"_s, FormField::Widget::EntityTagsPicker },
        { u"RepoUrlPicker"_s, FormField::Widget::RepoUrlPicker },
        { u"Secret"_s, FormField::Widget::Secret },
    };
    for (const auto& [name, widget] : extensions) {
        if (f.uiField == name) {
            f.widget = widget;
            break;
        }
    }
    if (!f.uiField.isEmpty() && !FormLayout::knowsField(f.uiField))
        f.unknownField = true;

    if (!f.uiField.isEmpty() && !f.unknownField) {
        // chosen above
    } else if (uiWidget == u"hidden") {
        f.widget = FormField::Widget::Hidden;
    } else if (type == u"object" || propertySchema.contains(u"properties"_s)) {
        f.widget = FormField::Widget::Group;
        f.children = fieldsOf(propertySchema, f.path, answers, depth);
    } else if (type == u"array") {
        const QJsonObject items = propertySchema.value(u"items"_s).toObject();
        if (items.value(u"enum"_s).isArray() && propertySchema.value(u"uniqueItems"_s).toBool()) {
            f.widget = FormField::Widget::Checkboxes;
            f.enumValues = items.value(u"enum"_s).toArray();
            const QJsonArray names = items.value(u"enumNames"_s).toArray();
            f.enumLabels.clear();
            for (qsizetype i = 0; i < f.enumValues.size(); ++i)
                f.enumLabels.append(i < names.size() ? names.at(i).toString()
                                                     : FormLayout::valueText(f.enumValues.at(i)));
        } else if (items.value(u"type"_s).toString(u"string"_s) == u"string" && !items.contains(u"properties"_s)) {
            f.widget = FormField::Widget::StringList;
        } else {
            f.widget = FormField::Widget::Json;
        }
    } else if (!f.enumValues.isEmpty()) {
        f.widget = uiWidget == u"radio" ? FormField::Widget::Radio : FormField::Widget::Select;
    } else if (type == u"boolean" && (uiWidget == u"radio" || uiWidget == u"select")) {
        // react-jsonschema-form's boolean as two choices: "Yes" and "No", or the schema's enumNames.
        f.widget = uiWidget == u"radio" ? FormField::Widget::Radio : FormField::Widget::Select;
        f.enumValues = QJsonArray { true, false };
        const QJsonArray names = propertySchema.value(u"enumNames"_s).toArray();
        f.enumLabels = { names.size() > 0 ? names.at(0).toString() : FormLayout::tr("Yes"),
                         names.size() > 1 ? names.at(1).toString() : FormLayout::tr("No") };
    } else if (type == u"boolean") {
        f.widget = FormField::Widget::Checkbox;
    } else if (type == u"integer") {
        f.widget = FormField::Widget::Integer;
    } else if (type == u"number") {
        f.widget = FormField::Widget::Number;
    } else if (uiWidget == u"textarea") {
        f.widget = FormField::Widget::TextArea;
    } else if (uiWidget == u"password") {
        f.widget = FormField::Widget::Password;
    } else if (type.isEmpty() && propertySchema.isEmpty()) {
        f.widget = FormField::Widget::Json;
    } else {
        f.widget = FormField::Widget::Text;
    }
    if (f.widget == FormField::Widget::Secret || f.widget == FormField::Widget::Password) {
        f.reviewMasked = true;
        if (f.reviewMask.isEmpty())
            f.reviewMask = u"******"_s;
    }
    return f;
}

void flatten(const QList<FormField>& fields, QList<FormField>& into)
{
    for (const FormField& f : fields) {
        into.append(f);
        flatten(f.children, into);
    }
}

} // namespace

QList<FormField> FormLayout::fields(const QJsonObject& pageSchema, const QJsonObject& answers)
{
    return fieldsOf(pageSchema, QString(), answers, 0);
}

QJsonObject FormLayout::resolved(const QJsonObject& schema, const QJsonObject& answers)
{
    return resolve(schema, answers, 0);
}

QString FormLayout::valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        return {};
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
}

QStringList FormLayout::propertyOrder(const QJsonObject& schema)
{
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    QStringList written;
    for (const QJsonValue& name : schema.value(TemplateParameterPage::propertyOrderKey()).toArray()) {
        if (properties.contains(name.toString()) && !written.contains(name.toString()))
            written.append(name.toString());
    }
    for (const QString& key : properties.keys()) {
        if (!written.contains(key))
            written.append(key);
    }
    const QJsonArray uiOrder = schema.value(u"ui:order"_s).toArray();
    if (uiOrder.isEmpty())
        return written;
    // ui:order lists names; "*" stands for every property not listed, in written order.
    QStringList listed;
    for (const QJsonValue& name : uiOrder)
        listed.append(name.toString());
    QStringList rest;
    for (const QString& key : std::as_const(written)) {
        if (!listed.contains(key))
            rest.append(key);
    }
    QStringList order;
    bool restPlaced = false;
    for (const QString& name : std::as_const(listed)) {
        if (name == u"*") {
            order += rest;
            restPlaced = true;
        } else if (properties.contains(name)) {
            order.append(name);
        }
    }
    if (!restPlaced)
        order += rest;
    return order;
}

QList<FormField> FormLayout::flattened(const QList<FormField>& fields)
{
    QList<FormField> all;
    flatten(fields, all);
    return all;
}

bool FormLayout::knowsField(const QString& uiField)
{
    static const QStringList known { u"EntityPicker"_s,     u"OwnedEntityPicker"_s,
                                     u"OwnerPicker"_s,      u"MultiEntityPicker"_s,
                                     u"EntityNamePicker"_s, u"EntityTagsPicker"_s,
                                     u"RepoUrlPicker"_s,    u"Secret"_s };
    return known.contains(uiField);
}

} // namespace Atrium

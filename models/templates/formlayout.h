#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Atrium {

/// One field of a template's form as react-jsonschema-form and Backstage's field extensions would show it, read from
/// the property's JSON Schema and its `ui:*` hints.
struct FormField {
    enum class Widget {
        Text,
        TextArea, ///< ui:widget textarea (ui:options.rows)
        Password, ///< ui:widget password
        Secret, ///< Backstage's Secret field: never stored, masked on review
        Number,
        Integer,
        Checkbox,
        Select, ///< enum (enumNames as labels), or oneOf of consts
        Radio, ///< enum with ui:widget radio
        StringList, ///< array of strings: a list editor
        Checkboxes, ///< array with an items enum and uniqueItems
        Group, ///< nested object: children
        Json, ///< anything the widgets above cannot edit (arrays of objects…), as JSON text
        Hidden, ///< ui:widget hidden: keeps its value, shows nothing
        EntityPicker, ///< one entity of the catalog (ui:options catalogFilter, defaultKind, defaultNamespace…)
        OwnerPicker, ///< an entity picker for groups and users
        MultiEntityPicker, ///< several entities
        EntityNamePicker, ///< a name that follows Backstage's entity name rules
        EntityTagsPicker, ///< tags that follow Backstage's tag rules
        RepoUrlPicker, ///< host, owner, repo → "host?owner=o&repo=r"
    };

    QString key; ///< the property's name
    QString path; ///< dotted path in the answers ("database.size")
    Widget widget = Widget::Text;
    QString title; ///< `title`, else the key
    QString description;
    QString help; ///< ui:help
    QString placeholder; ///< ui:placeholder
    bool required = false;
    bool readOnly = false; ///< ui:readonly or readOnly
    bool autofocus = false;
    QJsonArray enumValues;
    QStringList enumLabels; ///< as shown: enumNames, oneOf titles, or the values as text
    QJsonValue defaultValue;
    QJsonObject schema; ///< the property's schema, after conditions were applied
    QJsonObject options; ///< ui:options
    QString uiField; ///< ui:field as written
    /// ui:field names an extension Atrium does not know: the plain widget for the type is used, with a note.
    bool unknownField = false;
    int rows = 0; ///< ui:options.rows for text areas
    bool reviewHidden = false; ///< ui:backstage.review.show: false
    bool reviewMasked = false; ///< ui:backstage.review.mask (or a secret/password)
    QString reviewMask; ///< what is shown instead of the value
    QList<FormField> children; ///< for Group

    bool isPicker() const { return widget >= Widget::EntityPicker; }
};

/// The fields of one form page for the current answers: `dependencies` (with oneOf) and `if`/`then`/`else` (also
/// inside `allOf`) are resolved against the answers the way react-jsonschema-form's retrieveSchema does, so fields
/// appear and disappear as answers change. Properties are in the order the template wrote them.
class FormLayout {
    Q_DECLARE_TR_FUNCTIONS(Atrium::FormLayout)
public:
    static QList<FormField> fields(const QJsonObject& pageSchema, const QJsonObject& answers);

    /// @p schema with its conditions resolved against @p answers: merged `properties` and `required`.
    static QJsonObject resolved(const QJsonObject& schema, const QJsonObject& answers);

    /// The properties of a resolved object schema in display order: ui:order (with "*"), then the written order,
    /// then the rest.
    static QStringList propertyOrder(const QJsonObject& schema);

    /// A value as a choice or a review shows it: strings as they are, numbers as written, objects and lists as
    /// JSON.
    static QString valueText(const QJsonValue& value);

    /// Every field of @p fields and their children, depth first.
    static QList<FormField> flattened(const QList<FormField>& fields);

    /// The ui:field extensions Atrium builds widgets for.
    static bool knowsField(const QString& uiField);
};

} // namespace Atrium

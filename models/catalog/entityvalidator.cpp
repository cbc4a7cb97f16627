#include "entityvalidator.h"

#include "validationpath.h"
#include "validationrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <span>

namespace Atrium {

using namespace Qt::StringLiterals;
using Validation::Messages;
using Validation::Path;
using Validation::Reporter;

namespace {

constexpr QLatin1StringView backstageV1alpha1 = "backstage.io/v1alpha1"_L1;
constexpr QLatin1StringView backstageV1beta1 = "backstage.io/v1beta1"_L1;
constexpr QLatin1StringView scaffolderV1beta3 = "scaffolder.backstage.io/v1beta3"_L1;

// What FieldFormatEntityPolicy says each rule expects (its wording, with the tag rule's ':' that
// makeValidator allows, and spelled-out key rules instead of "a valid prefix and/or suffix").
QString expectObjectName()
{
    return Messages::tr(
        "a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total");
}
QString expectKey()
{
    return Messages::tr(
        "an optional DNS subdomain prefix and a slash (like backstage.io/), then a string that is sequences of "
        "[a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total");
}

// ---- The schema of each kind's spec -----------------------------------------------------------------

enum class SpecFieldType {
    NonEmptyString, // {type: string, minLength: 1}
    StringList, // {type: array, items: {type: string, minLength: 1}}
    Profile, // {displayName, email, picture}: non-empty strings
    Presence, // Location's {enum: [required, optional]}
};

struct SpecField {
    QLatin1StringView name;
    SpecFieldType type;
    bool required = false;
};

using T = SpecFieldType;
constexpr SpecField componentFields[] = {
    { "type"_L1, T::NonEmptyString, true },     { "lifecycle"_L1, T::NonEmptyString, true },
    { "owner"_L1, T::NonEmptyString, true },    { "system"_L1, T::NonEmptyString },
    { "subcomponentOf"_L1, T::NonEmptyString }, { "providesApis"_L1, T::StringList },
    { "consumesApis"_L1, T::StringList },       { "dependsOn"_L1, T::StringList },
};
constexpr SpecField apiFields[] = {
    { "type"_L1, T::NonEmptyString, true },  { "lifecycle"_L1, T::NonEmptyString, true },
    { "owner"_L1, T::NonEmptyString, true }, { "definition"_L1, T::NonEmptyString, true },
    { "system"_L1, T::NonEmptyString },
};
constexpr SpecField resourceFields[] = {
    { "type"_L1, T::NonEmptyString, true },
    { "owner"_L1, T::NonEmptyString, true },
    { "dependsOn"_L1, T::StringList },
    { "system"_L1, T::NonEmptyString },
};
constexpr SpecField systemFields[] = {
    { "owner"_L1, T::NonEmptyString, true },
    { "domain"_L1, T::NonEmptyString },
    { "type"_L1, T::NonEmptyString },
};
constexpr SpecField domainFields[] = {
    { "owner"_L1, T::NonEmptyString, true },
    { "subdomainOf"_L1, T::NonEmptyString },
    { "type"_L1, T::NonEmptyString },
};
constexpr SpecField groupFields[] = {
    { "type"_L1, T::NonEmptyString, true }, { "children"_L1, T::StringList, true }, { "profile"_L1, T::Profile },
    { "parent"_L1, T::NonEmptyString },     { "members"_L1, T::StringList },
};
constexpr SpecField userFields[] = {
    { "memberOf"_L1, T::StringList, true },
    { "profile"_L1, T::Profile },
};
constexpr SpecField locationFields[] = {
    { "type"_L1, T::NonEmptyString },
    { "target"_L1, T::NonEmptyString },
    { "targets"_L1, T::StringList },
    { "presence"_L1, T::Presence },
};

struct KindInfo {
    QLatin1StringView kind;
    bool scaffolder; // scaffolder.backstage.io/v1beta3 instead of backstage.io/v1alpha1|v1beta1
    std::span<const SpecField> fields;
};

// In BuiltinKindsEntityProcessor's validator order, then ScaffolderEntitiesProcessor's Template.
constexpr KindInfo builtinKinds[] = {
    { "API"_L1, false, apiFields },
    { "Component"_L1, false, componentFields },
    { "Resource"_L1, false, resourceFields },
    { "Group"_L1, false, groupFields },
    { "Location"_L1, false, locationFields },
    { "User"_L1, false, userFields },
    { "System"_L1, false, systemFields },
    { "Domain"_L1, false, domainFields },
    { "Template"_L1, true, {} },
};

const KindInfo* findKind(QStringView kind)
{
    for (const KindInfo& info : builtinKinds) {
        if (kind == info.kind)
            return &info;
    }
    return nullptr;
}

bool apiVersionMatches(const KindInfo& info, QStringView apiVersion)
{
    if (info.scaffolder)
        return apiVersion == scaffolderV1beta3;
    return apiVersion == backstageV1alpha1 || apiVersion == backstageV1beta1;
}

// ---- Envelope -----------------------------------------------------------------------------------------

// The fields every step reads, looked up and converted once per entity: each QJsonObject::value() is a
// binary search over the keys and each QJsonValue::toString() allocates. The texts are filled in by
// checkEnvelope(); the later steps only run when it passed, so then they are the non-empty strings.
struct EntityFields {
    QJsonValue apiVersion;
    QJsonValue kind;
    QJsonValue metadata;
    QJsonValue spec;
    QJsonObject meta;
    QJsonValue ns; // metadata.namespace
    QString apiVersionText;
    QString kindText;
    QString nameText;
    QString nsText;

    explicit EntityFields(const QJsonObject& entity)
        : apiVersion(entity.value("apiVersion"_L1))
        , kind(entity.value("kind"_L1))
        , metadata(entity.value("metadata"_L1))
        , spec(entity.value("spec"_L1))
    {
    }
};

void checkEnvelope(Reporter& r, EntityFields& fields)
{
    const Path root;
    if (fields.apiVersion.isUndefined())
        r.missing(root, "apiVersion"_L1);
    else
        r.string(fields.apiVersion, root.child(u"apiVersion"), true, fields.apiVersionText);
    if (fields.kind.isUndefined())
        r.missing(root, "kind"_L1);
    else
        r.string(fields.kind, root.child(u"kind"), true, fields.kindText);
    const Path metadataPath = root.child(u"metadata");
    if (fields.metadata.isUndefined()) {
        r.missing(root, "metadata"_L1);
        return;
    }
    if (!r.object(fields.metadata, metadataPath))
        return;
    fields.meta = fields.metadata.toObject();
    const QJsonValue name = fields.meta.value("name"_L1);
    if (name.isUndefined())
        r.missing(metadataPath, "name"_L1);
    else
        r.string(name, metadataPath.child(u"name"), true, fields.nameText);
    fields.ns = fields.meta.value("namespace"_L1);
    if (!fields.ns.isUndefined())
        r.string(fields.ns, metadataPath.child(u"namespace"), true, fields.nsText);
}

// ---- Policies: SchemaValidEntityPolicy + NoForeignRootFieldsEntityPolicy + FieldFormatEntityPolicy ------

// @p expectation is a callable that returns the expectation's text: translating it is only worth it when
// there is something to report, and almost every value is valid.
template <typename Expectation>
void checkFormat(Reporter& r, const Path& path, QStringView value, bool valid, Expectation expectation)
{
    if (!valid) {
        r.error(
            path,
            Messages::tr("%1 \"%2\" is not valid; expected %3").arg(path.toString(), value.toString(), expectation()));
    }
}

void checkKeyValueMap(Reporter& r, const QJsonValue& value, const Path& path, bool labels)
{
    if (!r.object(value, path))
        return;
    const QJsonObject map = value.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key();
        const Path entry = path.child(key);
        if (!ValidationRules::isValidLabelKey(key)) {
            const QString message = labels ? Messages::tr("Label key \"%1\" is not valid; expected %2")
                                           : Messages::tr("Annotation key \"%1\" is not valid; expected %2");
            r.error(entry, message.arg(key, expectKey()), true);
        }
        if (!labels) {
            r.string(it.value(), entry, false);
            continue;
        }
        QString text;
        if (!r.string(it.value(), entry, false, text))
            continue;
        checkFormat(r, entry, text, ValidationRules::isValidLabelValue(text),
                    [] { return Messages::tr("an empty string or %1").arg(expectObjectName()); });
    }
}

void checkLinks(Reporter& r, const QJsonValue& value, const Path& path)
{
    if (!r.array(value, path))
        return;
    const QJsonArray links = value.toArray();
    for (qsizetype i = 0; i < links.size(); ++i) {
        const Path linkPath = path.at(i);
        if (!r.object(links.at(i), linkPath))
            continue;
        const QJsonObject link = links.at(i).toObject();
        const QJsonValue url = link.value("url"_L1);
        QString text;
        if (url.isUndefined()) {
            r.missing(linkPath, "url"_L1);
        } else if (r.string(url, linkPath.child(u"url"), true, text)) {
            checkFormat(r, linkPath.child(u"url"), text, ValidationRules::isValidUrl(text),
                        [] { return Messages::tr("an absolute URL, like https://example.com/page"); });
        }
        for (const QLatin1StringView key : { "title"_L1, "icon"_L1, "type"_L1 }) {
            const QJsonValue field = link.value(key);
            if (field.isUndefined() || !r.string(field, linkPath.child(key), true, text))
                continue;
            // FieldFormatEntityPolicy trims title and icon (not type) before its non-empty check.
            if (key != "type"_L1 && !ValidationRules::isNonEmptyString(text))
                r.error(linkPath.child(key), Messages::tr("%1 must not be blank").arg(linkPath.child(key).toString()));
        }
    }
}

void checkMetadata(Reporter& r, const EntityFields& fields, const Path& path)
{
    const QJsonObject& meta = fields.meta;
    checkFormat(r, path.child(u"name"), fields.nameText, ValidationRules::isValidObjectName(fields.nameText),
                expectObjectName);
    if (!fields.ns.isUndefined()) {
        checkFormat(r, path.child(u"namespace"), fields.nsText, ValidationRules::isValidNamespace(fields.nsText), [] {
            return Messages::tr(
                "a string that is sequences of [a-z0-9] separated by [-], at most 63 characters in total");
        });
    }
    for (const QLatin1StringView key : { "uid"_L1, "etag"_L1, "title"_L1 }) {
        const QJsonValue value = meta.value(key);
        if (!value.isUndefined())
            r.string(value, path.child(key), true);
    }
    const QJsonValue description = meta.value("description"_L1);
    if (!description.isUndefined())
        r.string(description, path.child(u"description"), false);
    const QJsonValue labels = meta.value("labels"_L1);
    if (!labels.isUndefined())
        checkKeyValueMap(r, labels, path.child(u"labels"), true);
    const QJsonValue annotations = meta.value("annotations"_L1);
    if (!annotations.isUndefined())
        checkKeyValueMap(r, annotations, path.child(u"annotations"), false);
    const QJsonValue tags = meta.value("tags"_L1);
    if (!tags.isUndefined()) {
        const Path tagsPath = path.child(u"tags");
        if (r.array(tags, tagsPath)) {
            const QJsonArray list = tags.toArray();
            QString tag;
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!r.string(list.at(i), tagsPath.at(i), true, tag))
                    continue;
                checkFormat(r, tagsPath.at(i), tag, ValidationRules::isValidTag(tag), [] {
                    return Messages::tr(
                        "a string that is sequences of [a-z0-9:+#] separated by [-], at most 63 characters in total");
                });
            }
        }
    }
    const QJsonValue links = meta.value("links"_L1);
    if (!links.isUndefined())
        checkLinks(r, links, path.child(u"links"));
}

void checkPolicies(Reporter& r, const QJsonObject& entity, const EntityFields& fields)
{
    const Path root;
    // Only walk the keys (which allocates) when there is something besides the four known ones. A QJsonObject
    // never holds an undefined value, so "defined" is "contained".
    const qsizetype known = qsizetype(!fields.apiVersion.isUndefined()) + qsizetype(!fields.kind.isUndefined())
        + qsizetype(!fields.metadata.isUndefined()) + qsizetype(!fields.spec.isUndefined());
    for (auto it = entity.constBegin(); known != entity.size() && it != entity.constEnd(); ++it) {
        const QString key = it.key();
        if (key != "apiVersion"_L1 && key != "kind"_L1 && key != "metadata"_L1 && key != "spec"_L1) {
            r.error(
                root.child(key),
                Messages::tr("Unknown field \"%1\" at the root of the entity; only apiVersion, kind, metadata and spec "
                             "are allowed")
                    .arg(key),
                true);
        }
    }
    const QString& apiVersion = fields.apiVersionText;
    checkFormat(r, root.child(u"apiVersion"), apiVersion, ValidationRules::isValidApiVersion(apiVersion), [] {
        return Messages::tr(
            "an optional DNS subdomain prefix and a slash, then a version of at most 63 letters and digits, "
            "like backstage.io/v1alpha1");
    });
    const QString& kind = fields.kindText;
    checkFormat(r, root.child(u"kind"), kind, ValidationRules::isValidKind(kind), [] {
        return Messages::tr("a string that is a sequence of [a-zA-Z][a-z0-9A-Z], at most 63 characters in total");
    });
    checkMetadata(r, fields, root.child(u"metadata"));
    if (!fields.spec.isUndefined())
        r.object(fields.spec, root.child(u"spec"));
}

// ---- Kind schemas -------------------------------------------------------------------------------------

void checkStringList(Reporter& r, const QJsonValue& value, const Path& path, bool nonEmptyItems)
{
    if (!r.array(value, path))
        return;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        r.string(list.at(i), path.at(i), nonEmptyItems);
}

void checkSpecField(Reporter& r, const SpecField& field, const QJsonValue& value, const Path& path)
{
    switch (field.type) {
    case SpecFieldType::NonEmptyString:
        r.string(value, path, true);
        break;
    case SpecFieldType::StringList:
        checkStringList(r, value, path, true);
        break;
    case SpecFieldType::Profile:
        if (r.object(value, path)) {
            const QJsonObject profile = value.toObject();
            for (const QLatin1StringView key : { "displayName"_L1, "email"_L1, "picture"_L1 }) {
                const QJsonValue item = profile.value(key);
                if (!item.isUndefined())
                    r.string(item, path.child(key), true);
            }
        }
        break;
    case SpecFieldType::Presence: {
        QString text;
        if (r.string(value, path, false, text) && text != "required"_L1 && text != "optional"_L1) {
            r.error(path,
                    Messages::tr("%1 must be one of \"required\" or \"optional\", but found \"%2\"")
                        .arg(path.toString(), text));
        }
        break;
    }
    }
}

// {"backstage:permissions": {tags: [string]}} on template parameters and steps.
void checkPermissions(Reporter& r, const QJsonObject& owner, const Path& ownerPath)
{
    const QJsonValue permissions = owner.value("backstage:permissions"_L1);
    if (permissions.isUndefined())
        return;
    const Path path = ownerPath.child(u"backstage:permissions");
    if (!r.object(permissions, path))
        return;
    const QJsonValue tags = permissions.toObject().value("tags"_L1);
    if (!tags.isUndefined())
        checkStringList(r, tags, path.child(u"tags"), false);
}

void checkOptional(Reporter& r, const QJsonObject& object, const Path& path, QLatin1StringView key,
                   void (Reporter::*check)(const QJsonValue&, const Path&))
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined())
        (r.*check)(value, path.child(key));
}

void checkOptionalString(Reporter& r, const QJsonObject& object, const Path& path, QLatin1StringView key, bool nonEmpty)
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined())
        r.string(value, path.child(key), nonEmpty);
}

void checkOptionalObject(Reporter& r, const QJsonObject& object, const Path& path, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined())
        r.object(value, path.child(key));
}

// Shape of a list of mappings; calls @p item for each mapping.
template <typename F> void forEachObject(Reporter& r, const QJsonValue& value, const Path& path, F item)
{
    if (!r.array(value, path))
        return;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Path itemPath = path.at(i);
        if (r.object(list.at(i), itemPath))
            item(list.at(i).toObject(), itemPath);
    }
}

// plugins/scaffolder-common/src/Template.v1beta3.schema.json
void checkTemplateSpec(Reporter& r, const QJsonObject& spec, const Path& path)
{
    const QJsonValue type = spec.value("type"_L1);
    if (type.isUndefined())
        r.missing(path, "type"_L1, u"Template");
    else
        r.string(type, path.child(u"type"), true);
    const QJsonValue steps = spec.value("steps"_L1);
    if (steps.isUndefined()) {
        r.missing(path, "steps"_L1, u"Template");
    } else {
        forEachObject(r, steps, path.child(u"steps"), [&r](const QJsonObject& step, const Path& stepPath) {
            const QJsonValue action = step.value("action"_L1);
            if (action.isUndefined())
                r.missing(stepPath, "action"_L1, u"Template steps");
            else
                r.string(action, stepPath.child(u"action"), false);
            checkOptionalString(r, step, stepPath, "id"_L1, false);
            checkOptionalString(r, step, stepPath, "name"_L1, false);
            checkOptionalObject(r, step, stepPath, "input"_L1);
            checkOptional(r, step, stepPath, "if"_L1, &Reporter::stringOrBoolean);
            checkPermissions(r, step, stepPath);
        });
    }
    checkOptionalString(r, spec, path, "owner"_L1, true);
    checkOptionalString(r, spec, path, "lifecycle"_L1, true);

    const QJsonValue parameters = spec.value("parameters"_L1);
    if (!parameters.isUndefined()) {
        const Path parametersPath = path.child(u"parameters");
        if (parameters.isObject()) {
            checkPermissions(r, parameters.toObject(), parametersPath);
        } else if (parameters.isArray()) {
            forEachObject(r, parameters, parametersPath, [&r](const QJsonObject& form, const Path& formPath) {
                checkOptional(r, form, formPath, "when"_L1, &Reporter::stringOrBoolean);
                checkPermissions(r, form, formPath);
            });
        } else {
            r.wrongType(parameters, parametersPath, Messages::tr("a mapping or a list of mappings"));
        }
    }

    const QJsonValue secrets = spec.value("secrets"_L1);
    if (!secrets.isUndefined() && r.object(secrets, path.child(u"secrets")))
        checkOptionalObject(r, secrets.toObject(), path.child(u"secrets"), "schema"_L1);

    const QJsonValue presentation = spec.value("presentation"_L1);
    const Path presentationPath = path.child(u"presentation");
    if (!presentation.isUndefined() && r.object(presentation, presentationPath)) {
        const QJsonValue labels = presentation.toObject().value("buttonLabels"_L1);
        const Path labelsPath = presentationPath.child(u"buttonLabels");
        if (!labels.isUndefined() && r.object(labels, labelsPath)) {
            for (const QLatin1StringView key : { "backButtonText"_L1, "createButtonText"_L1, "reviewButtonText"_L1 })
                checkOptionalString(r, labels.toObject(), labelsPath, key, false);
        }
    }

    const QJsonValue recovery = spec.value("EXPERIMENTAL_recovery"_L1);
    if (!recovery.isUndefined() && r.object(recovery, path.child(u"EXPERIMENTAL_recovery"))) {
        checkOptionalString(r, recovery.toObject(), path.child(u"EXPERIMENTAL_recovery"), "EXPERIMENTAL_strategy"_L1,
                            false);
    }

    for (const QLatin1StringView key : { "formDecorators"_L1, "EXPERIMENTAL_formDecorators"_L1 }) {
        const QJsonValue decorators = spec.value(key);
        if (decorators.isUndefined())
            continue;
        forEachObject(r, decorators, path.child(key), [&r](const QJsonObject& decorator, const Path& decoratorPath) {
            checkOptionalString(r, decorator, decoratorPath, "id"_L1, false);
            checkOptionalObject(r, decorator, decoratorPath, "input"_L1);
        });
    }

    const QJsonValue output = spec.value("output"_L1);
    const Path outputPath = path.child(u"output");
    if (!output.isUndefined() && r.object(output, outputPath)) {
        const QJsonObject outputs = output.toObject();
        for (auto it = outputs.constBegin(); it != outputs.constEnd(); ++it) {
            const QString key = it.key();
            const Path itemPath = outputPath.child(key);
            if (key == "links"_L1) {
                forEachObject(r, it.value(), itemPath, [&r](const QJsonObject& link, const Path& linkPath) {
                    checkOptional(r, link, linkPath, "if"_L1, &Reporter::stringOrBoolean);
                    for (const QLatin1StringView key : { "url"_L1, "entityRef"_L1, "title"_L1, "icon"_L1 })
                        checkOptionalString(r, link, linkPath, key, true);
                });
            } else if (key == "text"_L1) {
                forEachObject(r, it.value(), itemPath, [&r](const QJsonObject& text, const Path& textPath) {
                    checkOptional(r, text, textPath, "if"_L1, &Reporter::stringOrBoolean);
                    checkOptionalString(r, text, textPath, "title"_L1, true);
                    checkOptionalString(r, text, textPath, "icon"_L1, true);
                    checkOptionalString(r, text, textPath, "content"_L1, false);
                });
            } else {
                r.string(it.value(), itemPath, false);
            }
        }
    }
}

void checkKind(Reporter& r, const EntityFields& fields)
{
    const QString& apiVersion = fields.apiVersionText;
    const QString& kind = fields.kindText;
    const KindInfo* info = findKind(kind);
    if (!info || !apiVersionMatches(*info, apiVersion)) {
        const QJsonObject& meta = fields.meta;
        const QString ref = kind.toLower() % u':'
            % meta.value("namespace"_L1).toString(QStringLiteral("default")).toLower() % u'/'
            % meta.value("name"_L1).toString().toLower();
        QString detail;
        if (info) {
            detail = Messages::tr("apiVersion \"%1\" is not supported for kind %2; expected %3")
                         .arg(apiVersion, kind,
                              info->scaffolder ? QString(scaffolderV1beta3)
                                               : Messages::tr("%1 or %2").arg(backstageV1alpha1, backstageV1beta1));
        } else {
            detail = Messages::tr("kind \"%1\" with apiVersion \"%2\" is not supported").arg(kind, apiVersion);
            for (const KindInfo& known : builtinKinds) {
                if (kind.compare(known.kind, Qt::CaseInsensitive) == 0)
                    detail += Messages::tr(" (kinds are case-sensitive: did you mean %1?)").arg(known.kind);
            }
        }
        r.error(Path().child(info ? u"apiVersion" : u"kind"),
                Messages::tr("No processor recognized the entity %1 as valid: %2").arg(ref, detail));
        return;
    }

    const Path root;
    const QJsonValue& specValue = fields.spec;
    if (specValue.isUndefined()) {
        r.missing(root, "spec"_L1, kind);
        return;
    }
    const QJsonObject spec = specValue.toObject(); // its type was checked with the policies
    const Path specPath = root.child(u"spec");
    if (info->scaffolder) {
        checkTemplateSpec(r, spec, specPath);
        return;
    }
    for (const SpecField& field : info->fields) {
        const QJsonValue value = spec.value(field.name);
        if (value.isUndefined()) {
            if (field.required)
                r.missing(specPath, field.name, kind);
            continue;
        }
        checkSpecField(r, field, value, specPath.child(field.name));
    }
}

} // namespace

ValidationIssues validateEntity(const QJsonObject& entity)
{
    ValidationIssues issues;
    Reporter r(issues);
    EntityFields fields(entity);
    checkEnvelope(r, fields);
    if (!issues.isEmpty())
        return issues;
    checkPolicies(r, entity, fields);
    if (!issues.isEmpty())
        return issues;
    checkKind(r, fields);
    return issues;
}

bool isBuiltinKind(QStringView apiVersion, QStringView kind)
{
    const KindInfo* info = findKind(kind);
    return info && apiVersionMatches(*info, apiVersion);
}

QString validationPathToString(const QStringList& path)
{
    return path.isEmpty() ? QStringLiteral("<root>") : path.join(QLatin1Char('.'));
}

} // namespace Atrium

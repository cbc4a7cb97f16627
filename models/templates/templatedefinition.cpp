#include "templatedefinition.h"

#include "catalog/catalogfile.h"
#include "catalog/yamlreader.h"
#include "parametervalidation.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <array>

namespace Atrium {

namespace {

// The actions of the local scaffolding, all of them Backstage built-ins with the same names.
constexpr std::array<QStringView, 9> kLocalActions {
    u"fetch:template", u"fetch:template:file", u"fetch:plain", u"fetch:plain:file", u"fs:rename",
    u"fs:delete",      u"catalog:write",       u"debug:log",   u"debug:wait",
};

QString stringAt(const QJsonObject& object, QLatin1String key)
{
    return object.value(key).toString();
}

/// @p json with its objects' keys in the order @p document writes them at @p path (the order Backstage keeps);
/// without a document, or where the document has no mapping (an alias), in QJsonObject's order.
TemplateValue inWrittenOrder(const QJsonValue& json, const YamlDocument* document, const QStringList& path)
{
    if (json.isArray()) {
        const QJsonArray array = json.toArray();
        TemplateValue::Array items;
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            items.append(inWrittenOrder(array.at(i), document, path + QStringList { QString::number(i) }));
        return TemplateValue::array(std::move(items));
    }
    if (!json.isObject())
        return TemplateValue::fromJson(json);
    const QJsonObject object = json.toObject();
    QStringList keys = document ? document->keysAt(path) : QStringList();
    keys.removeIf([&](const QString& key) { return !object.contains(key); });
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            keys.append(it.key());
    }
    TemplateValue::Object members;
    for (const QString& key : std::as_const(keys))
        members.insert(key, inWrittenOrder(object.value(key), document, path + QStringList { key }));
    return TemplateValue::object(std::move(members));
}

} // namespace

bool TemplateDefinition::needsBackend() const
{
    return std::any_of(steps.cbegin(), steps.cend(), [](const TemplateStep& step) { return step.needsBackend; });
}

bool TemplateDefinitionReader::runsLocally(QStringView action)
{
    return std::find(kLocalActions.cbegin(), kLocalActions.cend(), action) != kLocalActions.cend();
}

namespace {

/// @p schema with the written order of every `properties` object recorded in `x-atrium-property-order` (a JSON
/// object forgets it, and a form must show the fields as the author wrote them), for the schema at @p path.
QJsonObject withPropertyOrder(QJsonObject schema, const YamlDocument& document, const QStringList& path, int depth = 0)
{
    if (depth > 64)
        return schema;
    const QLatin1String properties("properties");
    if (schema.value(properties).isObject()) {
        const QStringList order = document.keysAt(path + QStringList { properties });
        if (!order.isEmpty())
            schema.insert(TemplateParameterPage::propertyOrderKey(), QJsonArray::fromStringList(order));
        QJsonObject members = schema.value(properties).toObject();
        for (auto it = members.begin(); it != members.end(); ++it) {
            if (it.value().isObject())
                it.value() = withPropertyOrder(it.value().toObject(), document,
                                               path + QStringList { properties, it.key() }, depth + 1);
        }
        schema.insert(properties, members);
    }
    for (const QLatin1String key : { QLatin1String("items"), QLatin1String("then"), QLatin1String("else") }) {
        if (schema.value(key).isObject())
            schema.insert(
                key, withPropertyOrder(schema.value(key).toObject(), document, path + QStringList { key }, depth + 1));
    }
    for (const QLatin1String key : { QLatin1String("oneOf"), QLatin1String("anyOf"), QLatin1String("allOf") }) {
        if (!schema.value(key).isArray())
            continue;
        QJsonArray branches = schema.value(key).toArray();
        for (qsizetype i = 0; i < branches.size(); ++i) {
            if (branches.at(i).isObject())
                branches[i] = withPropertyOrder(branches.at(i).toObject(), document,
                                                path + QStringList { key, QString::number(i) }, depth + 1);
        }
        schema.insert(key, branches);
    }
    if (schema.value(QLatin1String("dependencies")).isObject()) {
        QJsonObject dependencies = schema.value(QLatin1String("dependencies")).toObject();
        for (auto it = dependencies.begin(); it != dependencies.end(); ++it) {
            if (it.value().isObject())
                it.value()
                    = withPropertyOrder(it.value().toObject(), document,
                                        path + QStringList { QStringLiteral("dependencies"), it.key() }, depth + 1);
        }
        schema.insert(QLatin1String("dependencies"), dependencies);
    }
    return schema;
}

} // namespace

TemplateDefinition TemplateDefinitionReader::read(const QJsonObject& descriptor, const QString& file,
                                                  const YamlDocument* document, SourcePosition position)
{
    const QJsonObject metadata = descriptor.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = descriptor.value(QLatin1String("spec")).toObject();
    TemplateDefinition definition;
    definition.name = stringAt(metadata, QLatin1String("name"));
    const QString ns = metadata.value(QLatin1String("namespace")).toString(QStringLiteral("default"));
    definition.ref = (QStringLiteral("template:") + ns + QLatin1Char('/') + definition.name).toLower();
    definition.title = metadata.value(QLatin1String("title")).toString(definition.name);
    definition.description = stringAt(metadata, QLatin1String("description"));
    definition.type = stringAt(spec, QLatin1String("type"));
    definition.owner = stringAt(spec, QLatin1String("owner"));
    for (const QJsonValue& tag : metadata.value(QLatin1String("tags")).toArray()) {
        if (tag.isString())
            definition.tags.append(tag.toString());
    }
    const QJsonValue output = spec.value(QLatin1String("output"));
    definition.output = inWrittenOrder(output.isObject() ? output : QJsonObject(), document,
                                       { QStringLiteral("spec"), QStringLiteral("output") });
    definition.presentation = spec.value(QLatin1String("presentation")).toObject();
    definition.file = file;

    auto problem = [&](const QStringList& path, Problem::Severity severity, const QString& message) {
        const SourcePosition at = document ? document->positionOf(path) : position;
        definition.problems.append(Problem { file, at.line, at.column, severity, definition.ref, message });
    };

    // spec.parameters: one schema object is one page, an array is a page each (Backstage's form steps).
    const QJsonValue parameters = spec.value(QLatin1String("parameters"));
    QJsonArray pages;
    if (parameters.isObject())
        pages.append(parameters);
    else if (parameters.isArray())
        pages = parameters.toArray();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QStringList path = parameters.isArray()
            ? QStringList { QStringLiteral("spec"), QStringLiteral("parameters"), QString::number(i) }
            : QStringList { QStringLiteral("spec"), QStringLiteral("parameters") };
        if (!pages.at(i).isObject()) {
            problem(path, Problem::Severity::Error,
                    tr("Parameter page %1 is not an object (a JSON Schema)").arg(i + 1));
            continue;
        }
        const QJsonObject schema
            = document ? withPropertyOrder(pages.at(i).toObject(), *document, path) : pages.at(i).toObject();
        TemplateParameterPage page { stringAt(schema, QLatin1String("title")),
                                     stringAt(schema, QLatin1String("description")), schema };
        // A schema the form engine cannot read would only fail when someone fills the form in: say it now.
        if (const QString unusable = ParameterValidator::schemaProblem(schema); !unusable.isEmpty()) {
            problem(path, Problem::Severity::Error,
                    tr("Parameter page %1 cannot be used as a form: %2").arg(i + 1).arg(unusable));
        }
        definition.pages.append(page);
    }

    const QJsonArray steps = spec.value(QLatin1String("steps")).toArray();
    QHash<QString, int> stepIds;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject object = steps.at(i).toObject();
        TemplateStep step;
        step.id = stringAt(object, QLatin1String("id"));
        step.name = stringAt(object, QLatin1String("name"));
        step.action = stringAt(object, QLatin1String("action"));
        const QStringList stepPath { QStringLiteral("spec"), QStringLiteral("steps"), QString::number(i) };
        const QJsonValue input = object.value(QLatin1String("input"));
        step.input = inWrittenOrder(input.isObject() ? input : QJsonObject(), document,
                                    stepPath + QStringList { QStringLiteral("input") });
        step.condition = object.value(QLatin1String("if"));
        step.each = inWrittenOrder(object.value(QLatin1String("each")), document,
                                   stepPath + QStringList { QStringLiteral("each") });
        step.needsBackend = !runsLocally(step.action);
        if (!step.id.isEmpty()) {
            if (const auto first = stepIds.constFind(step.id); first != stepIds.cend()) {
                problem(stepPath + QStringList { QStringLiteral("id") }, Problem::Severity::Error,
                        tr("Step id %1 is also the id of step %2: later steps could read only one of their outputs")
                            .arg(step.id)
                            .arg(first.value() + 1));
            } else {
                stepIds.insert(step.id, int(i));
            }
        }
        definition.steps.append(step);
    }
    return definition;
}

TemplateDefinition TemplateDefinitionReader::read(const Entity& entity)
{
    const QJsonObject descriptor = entity.data();
    const QString file = entity.file().toString();
    QFile source(file);
    if (file.isEmpty() || source.size() > kMaxCatalogFileSize || !source.open(QIODevice::ReadOnly))
        return read(descriptor, file, nullptr, entity.position());
    const YamlReadResult yaml = readYamlDocuments(source.readAll(), file);
    for (const YamlDocument& document : yaml.documents) {
        if (document.start == entity.position())
            return read(descriptor, file, &document, entity.position());
    }
    return read(descriptor, file, nullptr, entity.position()); // the file changed since it was loaded
}

bool TemplateDefinitionReader::applyParameterSchema(TemplateDefinition& definition, const QByteArray& json,
                                                    QString* error)
{
    // JSON is YAML: the YAML reader keeps the order of keys that a QJsonObject sorts away.
    const YamlReadResult yaml = readYamlDocuments(json, QStringLiteral("parameter-schema.json"));
    if (yaml.documents.empty() || !yaml.documents.front().value.isObject()) {
        *error = tr("The parameter schema is not a JSON object");
        return false;
    }
    const YamlDocument& document = yaml.documents.front();
    const QJsonArray steps = document.value.toObject().value(QLatin1String("steps")).toArray();
    QList<TemplateParameterPage> pages;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        const QStringList path { QStringLiteral("steps"), QString::number(i), QStringLiteral("schema") };
        const QJsonObject schema = withPropertyOrder(step.value(QLatin1String("schema")).toObject(), document, path);
        if (const QString unusable = ParameterValidator::schemaProblem(schema); !unusable.isEmpty()) {
            *error = tr("Parameter page %1 cannot be used as a form: %2").arg(i + 1).arg(unusable);
            return false;
        }
        pages.append(TemplateParameterPage { step.value(QLatin1String("title")).toString(),
                                             step.value(QLatin1String("description")).toString(), schema });
    }
    definition.pages = pages;
    return true;
}

} // namespace Atrium

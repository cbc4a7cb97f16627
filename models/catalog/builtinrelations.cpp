#include "builtinrelations.h"

#include "entityref.h"
#include "validationpath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>

namespace Atrium {

using namespace Qt::StringLiterals;
using Validation::Path;

namespace {

struct RelationField {
    QLatin1StringView field;
    QLatin1StringView defaultKind; // empty: the reference must name its kind
    QLatin1StringView forward;
    QLatin1StringView reverse;
};

// BuiltinKindsEntityProcessor.postProcessEntity, field by field, in its order.
constexpr RelationField componentRelations[] = {
    { "owner"_L1, "Group"_L1, "ownedBy"_L1, "ownerOf"_L1 },
    { "subcomponentOf"_L1, "Component"_L1, "partOf"_L1, "hasPart"_L1 },
    { "providesApis"_L1, "API"_L1, "providesApi"_L1, "apiProvidedBy"_L1 },
    { "consumesApis"_L1, "API"_L1, "consumesApi"_L1, "apiConsumedBy"_L1 },
    { "dependsOn"_L1, {}, "dependsOn"_L1, "dependencyOf"_L1 },
    { "dependencyOf"_L1, {}, "dependencyOf"_L1, "dependsOn"_L1 },
    { "system"_L1, "System"_L1, "partOf"_L1, "hasPart"_L1 },
};
constexpr RelationField apiRelations[] = {
    { "owner"_L1, "Group"_L1, "ownedBy"_L1, "ownerOf"_L1 },
    { "system"_L1, "System"_L1, "partOf"_L1, "hasPart"_L1 },
};
constexpr RelationField resourceRelations[] = {
    { "owner"_L1, "Group"_L1, "ownedBy"_L1, "ownerOf"_L1 },
    { "dependsOn"_L1, {}, "dependsOn"_L1, "dependencyOf"_L1 },
    { "dependencyOf"_L1, {}, "dependencyOf"_L1, "dependsOn"_L1 },
    { "system"_L1, "System"_L1, "partOf"_L1, "hasPart"_L1 },
};
constexpr RelationField userRelations[] = {
    { "memberOf"_L1, "Group"_L1, "memberOf"_L1, "hasMember"_L1 },
};
constexpr RelationField groupRelations[] = {
    { "parent"_L1, "Group"_L1, "childOf"_L1, "parentOf"_L1 },
    { "children"_L1, "Group"_L1, "parentOf"_L1, "childOf"_L1 },
    { "members"_L1, "User"_L1, "hasMember"_L1, "memberOf"_L1 },
};
constexpr RelationField systemRelations[] = {
    { "owner"_L1, "Group"_L1, "ownedBy"_L1, "ownerOf"_L1 },
    { "domain"_L1, "Domain"_L1, "partOf"_L1, "hasPart"_L1 },
};
constexpr RelationField domainRelations[] = {
    { "owner"_L1, "Group"_L1, "ownedBy"_L1, "ownerOf"_L1 },
    { "subdomainOf"_L1, "Domain"_L1, "partOf"_L1, "hasPart"_L1 },
};
// ScaffolderEntitiesProcessor.postProcessEntity
constexpr RelationField templateRelations[] = {
    { "owner"_L1, "Group"_L1, "ownedBy"_L1, "ownerOf"_L1 },
};

std::span<const RelationField> relationFieldsFor(const QString& apiVersion, const QString& kind)
{
    // Backstage compares the kind exactly (entity.kind === "Component"), not case-insensitively.
    if (kind == "Component"_L1)
        return componentRelations;
    if (kind == "API"_L1)
        return apiRelations;
    if (kind == "Resource"_L1)
        return resourceRelations;
    if (kind == "User"_L1)
        return userRelations;
    if (kind == "Group"_L1)
        return groupRelations;
    if (kind == "System"_L1)
        return systemRelations;
    if (kind == "Domain"_L1)
        return domainRelations;
    if (kind == "Template"_L1 && apiVersion == "scaffolder.backstage.io/v1beta3"_L1)
        return templateRelations;
    return {};
}

// The relation type names as shared strings, so that emitting an edge does not allocate its type.
QString relationType(QLatin1StringView type)
{
    static const QStringList types = {
        QStringLiteral("ownedBy"),      QStringLiteral("ownerOf"),       QStringLiteral("partOf"),
        QStringLiteral("hasPart"),      QStringLiteral("providesApi"),   QStringLiteral("apiProvidedBy"),
        QStringLiteral("consumesApi"),  QStringLiteral("apiConsumedBy"), QStringLiteral("dependsOn"),
        QStringLiteral("dependencyOf"), QStringLiteral("memberOf"),      QStringLiteral("hasMember"),
        QStringLiteral("childOf"),      QStringLiteral("parentOf"),
    };
    for (const QString& known : types) {
        if (known == type)
            return known;
    }
    return QString(type);
}

// The fields BuiltinKindsEntityProcessor.preProcessEntity sorts when they are lists of strings.
bool isSortedField(QLatin1StringView field)
{
    return field == "providesApis"_L1 || field == "consumesApis"_L1 || field == "dependsOn"_L1
        || field == "dependencyOf"_L1 || field == "memberOf"_L1 || field == "children"_L1 || field == "members"_L1;
}

// JavaScript truthiness, for `if (!targets)` and parseEntityRef's `if (!ref)`.
bool isTruthy(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0 && !std::isnan(value.toDouble());
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

// JSON.stringify, as parseEntityRef quotes a reference that is not a string.
QString jsonText(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isString())
        return u'"' % value.toString() % u'"';
    return QStringLiteral("null");
}

// parseEntityRef for a value that is not a string: a compound {kind, namespace, name} reference.
std::optional<EntityRef> parseCompoundRef(const QJsonValue& value, QStringView defaultKind,
                                          QStringView defaultNamespace, QString* error)
{
    const QJsonObject object = value.toObject(); // numbers, booleans and lists have none of the fields
    const QJsonValue kind = object.value("kind"_L1);
    const QJsonValue ns = object.value("namespace"_L1);
    const QJsonValue name = object.value("name"_L1);
    auto orDefault = [](const QJsonValue& v, QStringView fallback) {
        return (v.isUndefined() || v.isNull()) ? QJsonValue(fallback.toString()) : v;
    };
    const QJsonValue effectiveKind = orDefault(kind, defaultKind);
    const QJsonValue effectiveNamespace = orDefault(ns, defaultNamespace);
    const QString text = jsonText(value);
    auto fail = [&](QString message) -> std::optional<EntityRef> {
        *error = std::move(message);
        return std::nullopt;
    };
    if (!isTruthy(effectiveKind)) {
        return fail(
            QStringLiteral("Entity reference %1 had missing or empty kind (e.g. did not start with \"component:\" or "
                           "similar)")
                .arg(text));
    }
    if (!isTruthy(effectiveNamespace))
        return fail(QStringLiteral("Entity reference %1 had missing or empty namespace").arg(text));
    if (!isTruthy(name))
        return fail(QStringLiteral("Entity reference %1 had missing or empty name").arg(text));
    if (!effectiveKind.isString() || !effectiveNamespace.isString() || !name.isString()) {
        // Backstage accepts these here and fails later, when it lower-cases them to store the relation.
        return fail(QStringLiteral("Entity reference %1 must have string kind, namespace and name").arg(text));
    }
    return EntityRef { effectiveKind.toString(), effectiveNamespace.toString(), name.toString() };
}

} // namespace

EmittedRelations emitBuiltinRelations(const QJsonObject& entity)
{
    EmittedRelations result;
    const QString apiVersion = entity.value("apiVersion"_L1).toString();
    const QString kind = entity.value("kind"_L1).toString();
    const std::span<const RelationField> fields = relationFieldsFor(apiVersion, kind);
    if (fields.empty())
        return result;

    const QJsonObject metadata = entity.value("metadata"_L1).toObject();
    QString ns = metadata.value("namespace"_L1).toString();
    if (ns.isEmpty())
        ns = EntityRef::defaultNamespace().toString();
    const QString selfRef = EntityRef::canonical(kind, ns, metadata.value("name"_L1).toString());
    const QJsonObject spec = entity.value("spec"_L1).toObject();

    const Path root;
    const Path specPath = root.child(u"spec");
    Validation::Reporter reporter(result.issues);

    for (const RelationField& field : fields) {
        const QJsonValue value = spec.value(field.field);
        if (!isTruthy(value))
            continue;
        const Path fieldPath = specPath.child(field.field);

        // The targets with their index in the list (-1 for a single value), in emission order.
        QList<std::pair<QJsonValue, qsizetype>> targets;
        if (value.isArray()) {
            const QJsonArray list = value.toArray();
            targets.reserve(list.size());
            for (qsizetype i = 0; i < list.size(); ++i)
                targets.append({ list.at(i), i });
            const bool allStrings
                = std::all_of(list.begin(), list.end(), [](const QJsonValue& v) { return v.isString(); });
            if (isSortedField(field.field) && allStrings) {
                std::stable_sort(targets.begin(), targets.end(),
                                 [](const auto& a, const auto& b) { return a.first.toString() < b.first.toString(); });
            }
        } else {
            targets.append({ value, -1 });
        }

        for (const auto& [target, index] : targets) {
            QString error;
            std::optional<EntityRef> ref;
            if (!isTruthy(target)) {
                error = QStringLiteral("Entity reference must not be empty");
            } else if (target.isString()) {
                ref = EntityRef::parse(target.toString(),
                                       field.defaultKind.isEmpty() ? QString() : QString(field.defaultKind), ns,
                                       &error);
            } else {
                ref = parseCompoundRef(target, field.defaultKind.isEmpty() ? QString() : QString(field.defaultKind), ns,
                                       &error);
            }
            if (!ref) {
                const Path targetPath = index >= 0 ? fieldPath.at(index) : fieldPath;
                reporter.error(targetPath, Validation::Messages::tr("%1: %2").arg(targetPath.toString(), error));
                continue;
            }
            const QString targetRef = ref->toString();
            result.edges.append(RelationEdge { selfRef, relationType(field.forward), targetRef });
            result.edges.append(RelationEdge { targetRef, relationType(field.reverse), selfRef });
        }
    }
    return result;
}

ValidationIssues validateEntityAndReferences(const QJsonObject& entity)
{
    ValidationIssues issues = validateEntity(entity);
    if (issues.isEmpty())
        issues = emitBuiltinRelations(entity).issues;
    return issues;
}

} // namespace Atrium

#include "builtinrelations.h"

#include "common/javascripttruth.h"
#include "entityref.h"
#include "validationpath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

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
    QStringView defaultKind; // empty: the reference must name its kind (UTF-16, so parsing needs no conversion)
    QLatin1StringView forward;
    QLatin1StringView reverse;
};

// BuiltinKindsEntityProcessor.postProcessEntity, field by field, in its order.
constexpr RelationField componentRelations[] = {
    { "owner"_L1, u"Group", "ownedBy"_L1, "ownerOf"_L1 },
    { "subcomponentOf"_L1, u"Component", "partOf"_L1, "hasPart"_L1 },
    { "providesApis"_L1, u"API", "providesApi"_L1, "apiProvidedBy"_L1 },
    { "consumesApis"_L1, u"API", "consumesApi"_L1, "apiConsumedBy"_L1 },
    { "dependsOn"_L1, {}, "dependsOn"_L1, "dependencyOf"_L1 },
    { "dependencyOf"_L1, {}, "dependencyOf"_L1, "dependsOn"_L1 },
    { "system"_L1, u"System", "partOf"_L1, "hasPart"_L1 },
};
constexpr RelationField apiRelations[] = {
    { "owner"_L1, u"Group", "ownedBy"_L1, "ownerOf"_L1 },
    { "system"_L1, u"System", "partOf"_L1, "hasPart"_L1 },
};
constexpr RelationField resourceRelations[] = {
    { "owner"_L1, u"Group", "ownedBy"_L1, "ownerOf"_L1 },
    { "dependsOn"_L1, {}, "dependsOn"_L1, "dependencyOf"_L1 },
    { "dependencyOf"_L1, {}, "dependencyOf"_L1, "dependsOn"_L1 },
    { "system"_L1, u"System", "partOf"_L1, "hasPart"_L1 },
};
constexpr RelationField userRelations[] = {
    { "memberOf"_L1, u"Group", "memberOf"_L1, "hasMember"_L1 },
};
constexpr RelationField groupRelations[] = {
    { "parent"_L1, u"Group", "childOf"_L1, "parentOf"_L1 },
    { "children"_L1, u"Group", "parentOf"_L1, "childOf"_L1 },
    { "members"_L1, u"User", "hasMember"_L1, "memberOf"_L1 },
};
constexpr RelationField systemRelations[] = {
    { "owner"_L1, u"Group", "ownedBy"_L1, "ownerOf"_L1 },
    { "domain"_L1, u"Domain", "partOf"_L1, "hasPart"_L1 },
};
constexpr RelationField domainRelations[] = {
    { "owner"_L1, u"Group", "ownedBy"_L1, "ownerOf"_L1 },
    { "subdomainOf"_L1, u"Domain", "partOf"_L1, "hasPart"_L1 },
};
// ScaffolderEntitiesProcessor.postProcessEntity
constexpr RelationField templateRelations[] = {
    { "owner"_L1, u"Group", "ownedBy"_L1, "ownerOf"_L1 },
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
    return isJavaScriptTruthy(value);
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

// EntityRef::canonical() for parts that are usually plain ASCII: one allocation instead of one per part
// and per toLower(). Any other character goes through QString::toLower() as before, whose Unicode case
// mapping can change the length.
QString canonicalRef(QStringView kind, QStringView ns, QStringView name)
{
    QString ref(kind.size() + ns.size() + name.size() + 2, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(ref.data());
    auto append = [&out](QStringView part) {
        for (const QChar c : part) {
            const char16_t u = c.unicode();
            if (u >= 0x80)
                return false;
            *out++ = (u >= u'A' && u <= u'Z') ? char16_t(u + (u'a' - u'A')) : u;
        }
        return true;
    };
    bool ascii = append(kind);
    if (ascii) {
        *out++ = u':';
        ascii = append(ns);
    }
    if (ascii) {
        *out++ = u'/';
        ascii = append(name);
    }
    return ascii ? ref : EntityRef::canonical(kind, ns, name);
}

// EntityRef::parse(text, defaultKind, defaultNamespace)->toString() for a reference it accepts, without
// building the EntityRef; nothing when it rejects it (the caller asks EntityRef::parse for the message).
// Mirrors parseRefString + parseEntityRef exactly as EntityRef::parse does.
std::optional<QString> parsedCanonicalRef(QStringView text, QStringView defaultKind, QStringView defaultNamespace)
{
    if (text.isEmpty())
        return std::nullopt;
    qsizetype colon = text.indexOf(u':');
    const qsizetype slash = text.indexOf(u'/');
    if (slash != -1 && slash < colon)
        colon = -1;
    const bool hasKind = colon != -1;
    const bool hasNamespace = slash != -1;
    const QStringView kindPart = hasKind ? text.first(colon) : QStringView();
    const QStringView namespacePart = hasNamespace ? text.sliced(colon + 1, slash - colon - 1) : QStringView();
    const QStringView namePart = text.sliced(std::max(colon + 1, slash + 1));
    if ((hasKind && kindPart.isEmpty()) || (hasNamespace && namespacePart.isEmpty()) || namePart.isEmpty())
        return std::nullopt;
    const QStringView kind = hasKind ? kindPart : defaultKind;
    if (kind.isEmpty())
        return std::nullopt;
    const QStringView ns = hasNamespace
        ? namespacePart
        : (defaultNamespace.isEmpty() ? EntityRef::defaultNamespace() : defaultNamespace);
    return canonicalRef(kind, ns, namePart);
}

// One target of a relation field: its value, its text when it is a string (converted once), and its index
// in the list (-1 for a single value).
struct Target {
    QJsonValue value;
    QString text;
    qsizetype index = -1;
};

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
    const QString selfRef = canonicalRef(kind, ns, metadata.value("name"_L1).toString());
    const QJsonObject spec = entity.value("spec"_L1).toObject();

    const Path root;
    const Path specPath = root.child(u"spec");
    Validation::Reporter reporter(result.issues);

    // Most entities emit one or two edges per field; one allocation up front instead of growing.
    result.edges.reserve(2 * qsizetype(fields.size()));
    for (const RelationField& field : fields) {
        const QJsonValue value = spec.value(field.field);
        // A string is converted here once and reused as the target's text (every toString() allocates).
        const QString valueText = value.isString() ? value.toString() : QString();
        if (value.isString() ? valueText.isEmpty() : !isTruthy(value))
            continue;
        const Path fieldPath = specPath.child(field.field);
        const QStringView defaultKind = field.defaultKind;
        const QString forward = relationType(field.forward);
        const QString reverse = relationType(field.reverse);

        // The targets in emission order; each string converted once (the sort used to convert both sides
        // of every comparison).
        QVarLengthArray<Target, 8> targets; // most fields have a handful of targets: no allocation
        if (value.isArray()) {
            const QJsonArray list = value.toArray();
            targets.reserve(list.size());
            bool allStrings = true;
            for (qsizetype i = 0; i < list.size(); ++i) {
                Target& target = targets.emplace_back(Target { list.at(i), QString(), i });
                if (target.value.isString())
                    target.text = target.value.toString();
                else
                    allStrings = false;
            }
            if (isSortedField(field.field) && allStrings) {
                std::stable_sort(targets.begin(), targets.end(),
                                 [](const Target& a, const Target& b) { return a.text < b.text; });
            }
        } else {
            targets.append(Target { value, valueText, -1 });
        }

        for (const Target& target : std::as_const(targets)) {
            QString error;
            std::optional<QString> targetRef;
            if (target.value.isString() ? target.text.isEmpty() : !isTruthy(target.value)) {
                error = QStringLiteral("Entity reference must not be empty");
            } else if (target.value.isString()) {
                targetRef = parsedCanonicalRef(target.text, defaultKind, ns);
                if (!targetRef) {
                    // Rejected: EntityRef::parse has Backstage's message for why.
                    if (const std::optional<EntityRef> ref = EntityRef::parse(target.text, defaultKind, ns, &error))
                        targetRef = ref->toString();
                }
            } else if (const std::optional<EntityRef> ref = parseCompoundRef(target.value, defaultKind, ns, &error)) {
                targetRef = ref->toString();
            }
            if (!targetRef) {
                const Path targetPath = target.index >= 0 ? fieldPath.at(target.index) : fieldPath;
                reporter.error(targetPath, Validation::Messages::tr("%1: %2").arg(targetPath.toString(), error));
                continue;
            }
            result.edges.append(RelationEdge { selfRef, forward, *targetRef });
            result.edges.append(RelationEdge { *targetRef, reverse, selfRef });
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

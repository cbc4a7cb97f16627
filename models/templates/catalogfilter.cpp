#include "catalogfilter.h"

#include "catalog/entity.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

void collect(const QJsonValue& value, QStringList& into)
{
    if (value.isArray()) {
        for (const QJsonValue item : value.toArray())
            collect(item, into);
    } else if (!value.isObject() && !value.isUndefined() && !value.isNull()) {
        into.append(value.toVariant().toString().toLower());
    }
}

/// The values the catalog's search table holds for @p key (lower case) of @p entity.
QStringList fieldValues(const Entity& entity, const QString& key)
{
    if (key == u"kind")
        return { entity.kind().toString().toLower() };
    if (key == u"metadata.name")
        return { entity.name().toString().toLower() };
    if (key == u"metadata.namespace")
        return { entity.ns().toString().toLower() };
    if (key == u"spec.type")
        return entity.specType().isEmpty() ? QStringList() : QStringList { entity.specType().toString().toLower() };
    if (key == u"metadata.tags") {
        QStringList tags;
        for (const QStringView tag : entity.tags())
            tags.append(tag.toString().toLower());
        return tags;
    }
    if (key.startsWith(u"relations.")) {
        const QStringView type = QStringView(key).sliced(10);
        QStringList targets;
        for (int i = 0; i < entity.relationCount(); ++i) {
            const RelationView relation = entity.relation(i);
            if (relation.type.compare(type, Qt::CaseInsensitive) == 0)
                targets.append(relation.targetRef.toString().toLower());
        }
        return targets;
    }
    // Anything else: walk the descriptor, matching each key without regard to case as the search table does.
    QJsonValue value = entity.data();
    for (const QString& part : key.split(u'.')) {
        const QJsonObject object = value.toObject();
        QJsonValue next;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().compare(part, Qt::CaseInsensitive) == 0) {
                next = it.value();
                break;
            }
        }
        if (next.isUndefined())
            return {};
        value = next;
    }
    QStringList values;
    collect(value, values);
    return values;
}

} // namespace

CatalogFilter CatalogFilter::fromOptions(const QJsonObject& options, const QJsonValue& fallback)
{
    const QJsonValue catalogFilter = options.value(u"catalogFilter"_s);
    if (catalogFilter.isObject() || catalogFilter.isArray())
        return fromJson(catalogFilter);
    const QJsonValue allowedKinds = options.value(u"allowedKinds"_s);
    if (allowedKinds.isArray() || allowedKinds.isString())
        return fromJson(QJsonObject { { u"kind"_s, allowedKinds } });
    return fromJson(fallback);
}

CatalogFilter CatalogFilter::fromJson(const QJsonValue& catalogFilter)
{
    CatalogFilter filter;
    QJsonArray objects;
    if (catalogFilter.isArray())
        objects = catalogFilter.toArray();
    else if (catalogFilter.isObject())
        objects.append(catalogFilter);
    for (const QJsonValue object : std::as_const(objects)) {
        QList<Condition> conditions;
        const QJsonObject keys = object.toObject();
        for (auto it = keys.begin(); it != keys.end(); ++it) {
            Condition condition;
            condition.key = it.key().toLower();
            if (it.value().isObject()) {
                // {exists: false} and {} say nothing (Backstage leaves them out of the query).
                if (!it.value().toObject().value(u"exists"_s).toBool())
                    continue;
                condition.exists = true;
            } else if (it.value().isNull() || it.value().isUndefined()) {
                continue;
            } else {
                collect(it.value(), condition.values);
            }
            conditions.append(condition);
        }
        filter.m_alternatives.append(conditions);
    }
    return filter;
}

bool CatalogFilter::matches(const Entity& entity) const
{
    if (m_alternatives.isEmpty())
        return true;
    for (const QList<Condition>& conditions : m_alternatives) {
        bool all = true;
        for (const Condition& condition : conditions) {
            const QStringList values = fieldValues(entity, condition.key);
            if (condition.exists) {
                all = !values.isEmpty();
            } else {
                all = false;
                for (const QString& wanted : condition.values) {
                    if (values.contains(wanted)) {
                        all = true;
                        break;
                    }
                }
            }
            if (!all)
                break;
        }
        if (all)
            return true;
    }
    return false;
}

} // namespace Atrium

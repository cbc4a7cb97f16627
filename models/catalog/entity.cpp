#include "entity.h"

#include <QJsonArray>

namespace Atrium {

namespace {
QString stringAt(const QJsonObject& object, QLatin1String key)
{
    return object.value(key).toString();
}
} // namespace

QString Entity::apiVersion() const { return stringAt(data, QLatin1String("apiVersion")); }
QString Entity::kind() const { return stringAt(data, QLatin1String("kind")); }
QString Entity::name() const { return stringAt(metadata(), QLatin1String("name")); }
QString Entity::ns() const
{
    const QString value = stringAt(metadata(), QLatin1String("namespace"));
    return value.isEmpty() ? QStringLiteral("default") : value;
}
QString Entity::title() const { return stringAt(metadata(), QLatin1String("title")); }
QString Entity::description() const { return stringAt(metadata(), QLatin1String("description")); }
QString Entity::specType() const { return stringAt(spec(), QLatin1String("type")); }
QString Entity::lifecycle() const { return stringAt(spec(), QLatin1String("lifecycle")); }
QString Entity::owner() const { return stringAt(spec(), QLatin1String("owner")); }
QString Entity::system() const { return stringAt(spec(), QLatin1String("system")); }

QStringList Entity::tags() const
{
    QStringList result;
    const QJsonArray array = metadata().value(QLatin1String("tags")).toArray();
    result.reserve(array.size());
    for (const QJsonValue& tag : array) {
        if (tag.isString())
            result.append(tag.toString());
    }
    return result;
}

QString Entity::displayName() const
{
    const QString t = title();
    return t.isEmpty() ? name() : t;
}

QJsonObject Entity::toBackstageJson() const
{
    QJsonObject result = data;
    QJsonArray relationArray;
    for (const Relation& relation : relations) {
        relationArray.append(QJsonObject {{QLatin1String("type"), relation.type},
                                          {QLatin1String("targetRef"), relation.targetRef}});
    }
    result.insert(QLatin1String("relations"), relationArray);
    return result;
}

} // namespace Atrium

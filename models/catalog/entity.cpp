#include "entity.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>

namespace Atrium {

namespace {
QString stringAt(const QJsonObject& object, QLatin1String key)
{
    return object.value(key).toString();
}

void share(QString& text, QSet<QString>& pool)
{
    if (text.isEmpty())
        return;
    const auto it = pool.constFind(text);
    if (it == pool.cend())
        pool.insert(text);
    else
        text = *it;
}
} // namespace

Entity::Summary Entity::Summary::fromDescriptor(const QJsonObject& descriptor)
{
    const QJsonObject metadata = descriptor.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = descriptor.value(QLatin1String("spec")).toObject();
    Summary summary;
    summary.apiVersion = stringAt(descriptor, QLatin1String("apiVersion"));
    summary.kind = stringAt(descriptor, QLatin1String("kind"));
    summary.name = stringAt(metadata, QLatin1String("name"));
    summary.ns = stringAt(metadata, QLatin1String("namespace"));
    summary.title = stringAt(metadata, QLatin1String("title"));
    summary.description = stringAt(metadata, QLatin1String("description"));
    summary.specType = stringAt(spec, QLatin1String("type"));
    summary.lifecycle = stringAt(spec, QLatin1String("lifecycle"));
    summary.owner = stringAt(spec, QLatin1String("owner"));
    summary.system = stringAt(spec, QLatin1String("system"));
    const QJsonArray tags = metadata.value(QLatin1String("tags")).toArray();
    summary.tags.reserve(tags.size());
    for (const QJsonValue& tag : tags) {
        if (tag.isString())
            summary.tags.append(tag.toString());
    }
    return summary;
}

QJsonObject Entity::data() const
{
    if (m_encoded.isEmpty())
        return {};
    return QCborValue::fromCbor(m_encoded).toMap().toJsonObject();
}

void Entity::setData(const QJsonObject& descriptor)
{
    m_encoded = QCborValue::fromJsonValue(descriptor).toCbor();
    // The encoder grows its buffer geometrically: without this, slack would be a third of what 100,000 entities hold.
    m_encoded.squeeze();
    m_summary = Summary::fromDescriptor(descriptor);
}

void Entity::setEncodedData(QByteArray encoded, Summary summary)
{
    m_encoded = std::move(encoded);
    m_summary = std::move(summary);
}

void Entity::shareStrings(QSet<QString>& pool)
{
    share(m_summary.apiVersion, pool);
    share(m_summary.kind, pool);
    share(m_summary.ns, pool);
    share(m_summary.specType, pool);
    share(m_summary.lifecycle, pool);
    share(m_summary.owner, pool);
    share(m_summary.system, pool);
    for (QString& tag : m_summary.tags)
        share(tag, pool);
    // Targets repeat too: every component of a team points at the same group and system.
    for (Relation& relation : relations) {
        share(relation.type, pool);
        share(relation.targetRef, pool);
    }
}

QString Entity::ns() const
{
    return m_summary.ns.isEmpty() ? QStringLiteral("default") : m_summary.ns;
}

QString Entity::displayName() const
{
    return m_summary.title.isEmpty() ? m_summary.name : m_summary.title;
}

QJsonObject Entity::toBackstageJson() const
{
    QJsonObject result = data();
    QJsonArray relationArray;
    for (const Relation& relation : relations) {
        relationArray.append(QJsonObject { { QLatin1String("type"), relation.type },
                                           { QLatin1String("targetRef"), relation.targetRef } });
    }
    result.insert(QLatin1String("relations"), relationArray);
    return result;
}

} // namespace Atrium

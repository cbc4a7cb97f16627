#include "entityrecord.h"

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

EntityRecord::Summary EntityRecord::Summary::fromDescriptor(const QJsonObject& descriptor)
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

EntityRecord EntityRecord::fromEntity(const Entity& entity)
{
    EntityRecord record;
    record.setData(entity.data());
    record.relations = entity.relations();
    record.ref = entity.ref().toString();
    record.file = entity.file().toString();
    record.position = entity.position();
    record.documentIndex = entity.documentIndex();
    record.hasErrors = entity.hasErrors();
    record.origin = entity.origin().toString();
    return record;
}

const EntityRecord::Summary& EntityRecord::emptySummary()
{
    static const Summary empty;
    return empty;
}

QJsonObject EntityRecord::data() const
{
    if (m_encoded.isEmpty())
        return {};
    return QCborValue::fromCbor(m_encoded).toMap().toJsonObject();
}

void EntityRecord::setData(const QJsonObject& descriptor)
{
    m_encoded = QCborValue::fromJsonValue(descriptor).toCbor();
    // The encoder grows its buffer geometrically: without this, slack would be a third of what 100,000 entities hold.
    m_encoded.squeeze();
    m_summary = std::make_shared<Summary>(Summary::fromDescriptor(descriptor));
}

void EntityRecord::setEncodedData(QByteArray encoded, Summary summary)
{
    m_encoded = std::move(encoded);
    m_summary = std::make_shared<Summary>(std::move(summary));
}

void EntityRecord::shareStrings(QSet<QString>& pool)
{
    if (m_summary) {
        if (m_summary.use_count() > 1) // copies of this entity keep their summary as it is
            m_summary = std::make_shared<Summary>(*m_summary);
        Summary& summary = *m_summary;
        share(summary.apiVersion, pool);
        share(summary.kind, pool);
        share(summary.ns, pool);
        share(summary.specType, pool);
        share(summary.lifecycle, pool);
        share(summary.owner, pool);
        share(summary.system, pool);
        for (QString& tag : summary.tags)
            share(tag, pool);
    }
    // Targets repeat too: every component of a team points at the same group and system.
    for (Relation& relation : relations) {
        share(relation.type, pool);
        share(relation.targetRef, pool);
    }
}

QString EntityRecord::ns() const
{
    const QString& ns = summary().ns;
    return ns.isEmpty() ? QStringLiteral("default") : ns;
}

QString EntityRecord::displayName() const
{
    const Summary& s = summary();
    return s.title.isEmpty() ? s.name : s.title;
}

} // namespace Atrium

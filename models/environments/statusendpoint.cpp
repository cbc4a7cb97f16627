#include "statusendpoint.h"

#include "catalog/entityref.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {
constexpr Health allHealths[]
    = { Health::Healthy, Health::Progressing, Health::Degraded, Health::Suspended, Health::Missing, Health::Unknown };

QString healthWords()
{
    QStringList words;
    for (const Health health : allHealths)
        words.append(healthWord(health));
    return words.join(u", ");
}

std::optional<Health> exactHealth(QStringView word)
{
    for (const Health health : allHealths) {
        if (word.compare(healthWord(health), Qt::CaseInsensitive) == 0)
            return health;
    }
    return std::nullopt;
}

QString shown(const QJsonValue& value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return u"null"_s;
}

QDateTime isoTime(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    // A time without an offset would be read in the viewer's zone, which the producer cannot have meant.
    return time.isValid() && time.timeSpec() != Qt::LocalTime ? time : QDateTime();
}

bool isCount(const QJsonValue& value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() == double(qint64(value.toDouble()))
        && value.toDouble() <= 1e9;
}
} // namespace

StatusEndpointFacts StatusEndpoint::parse(const QByteArray& body)
{
    StatusEndpointFacts facts;
    const auto error = [&facts](const QString& path, const QString& message) {
        facts.problems.append({ StatusEndpointProblem::Severity::Error, path, message });
    };
    // For what the dashboard can do without: nothing is left out because of it.
    const auto warning = [&facts](const QString& path, const QString& message) {
        facts.problems.append({ StatusEndpointProblem::Severity::Warning, path, message });
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error({}, tr("Not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
        return facts;
    }
    if (!document.isObject()) {
        error({}, tr("Expected a JSON object with \"format\": \"atrium-status\", found an array"));
        return facts;
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value("format"_L1);
    if (format.toString() != "atrium-status"_L1) {
        error(u"format"_s,
              format.isUndefined() ? tr("format: missing; expected \"atrium-status\"")
                                   : tr("format: expected \"atrium-status\", found %1").arg(shown(format)));
        return facts;
    }
    const QJsonValue version = root.value("version"_L1);
    if (!version.isDouble() || version.toDouble() != supportedVersion) {
        error(u"version"_s,
              version.isUndefined()
                  ? tr("version: missing; expected %1").arg(supportedVersion)
                  : tr("version: %1 is not supported; expected %2").arg(shown(version)).arg(supportedVersion));
        return facts;
    }
    facts.readable = true;

    const QJsonValue environment = root.value("environment"_L1);
    if (environment.isString())
        facts.environment = environment.toString();
    else if (!environment.isUndefined())
        warning(u"environment"_s, tr("environment: expected a string, found %1").arg(shown(environment)));

    const QJsonValue generatedAt = root.value("generatedAt"_L1);
    if (!generatedAt.isUndefined()) {
        facts.generatedAt = isoTime(generatedAt);
        if (!facts.generatedAt.isValid())
            warning(u"generatedAt"_s,
                    tr("generatedAt: expected an ISO 8601 time with an offset (2026-01-31T12:00:00Z), found %1")
                        .arg(shown(generatedAt)));
    }

    const QJsonValue services = root.value("services"_L1);
    if (!services.isArray()) {
        error(u"services"_s,
              services.isUndefined() ? tr("services: missing; expected a list of services")
                                     : tr("services: expected a list of services, found %1").arg(shown(services)));
        return facts;
    }

    QSet<QString> seen;
    const QJsonArray entries = services.toArray();
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const QString at = u"services[%1]"_s.arg(index);
        const auto entryError = [&](const QString& key, const QString& message) {
            const QString path = key.isEmpty() ? at : at + u'.' + key;
            error(path, path + u": "_s + message);
        };
        if (!entries.at(index).isObject()) {
            entryError({}, tr("expected an object, found %1").arg(shown(entries.at(index))));
            continue;
        }
        const QJsonObject entry = entries.at(index).toObject();
        StatusEndpointService service;

        const bool hasEntity = entry.contains("entity"_L1);
        const QString refKey = hasEntity ? u"entity"_s : u"name"_s;
        const QJsonValue ref = entry.value(refKey);
        if (ref.isUndefined()) {
            entryError({}, tr("an \"entity\" (component:default/payments) or a \"name\" (payments) is missing"));
            continue;
        }
        if (!ref.isString()) {
            entryError(refKey, tr("expected a string, found %1").arg(shown(ref)));
            continue;
        }
        QString refError;
        const std::optional<EntityRef> parsed
            = EntityRef::parse(ref.toString(), u"component", EntityRef::defaultNamespace(), &refError);
        if (!parsed
            || (!hasEntity
                && parsed->toString()
                    != EntityRef::canonical(u"component", EntityRef::defaultNamespace(), ref.toString()))) {
            entryError(refKey,
                       hasEntity
                           ? tr("%1 is not an entity reference: %2").arg(shown(ref), refError)
                           : tr("%1 is not a component name; write a kind or namespace in \"entity\"").arg(shown(ref)));
            continue;
        }
        service.entity = parsed->toString();
        if (seen.contains(service.entity)) {
            entryError(refKey, tr("%1 is reported twice; the first entry is kept").arg(service.entity));
            continue;
        }

        const QJsonValue health = entry.value("health"_L1);
        const std::optional<Health> healthValue = health.isString() ? exactHealth(health.toString()) : std::nullopt;
        if (!healthValue) {
            entryError(u"health"_s,
                       health.isUndefined() ? tr("missing; expected a health word (%1)").arg(healthWords())
                                            : tr("%1 is not a health word (%2)").arg(shown(health), healthWords()));
            continue;
        }
        service.health = *healthValue;

        bool ok = true;
        for (const auto& [key, target] :
             { std::pair { "version"_L1, &service.version }, std::pair { "message"_L1, &service.message },
               std::pair { "url"_L1, &service.url } }) {
            const QJsonValue value = entry.value(key);
            if (value.isString()) {
                *target = value.toString();
            } else if (!value.isUndefined()) {
                entryError(key, tr("expected a string, found %1").arg(shown(value)));
                ok = false;
            }
        }
        const QJsonValue replicas = entry.value("replicas"_L1);
        if (replicas.isObject()) {
            for (const auto& [key, target] : { std::pair { "ready"_L1, &service.readyReplicas },
                                               std::pair { "desired"_L1, &service.desiredReplicas } }) {
                const QJsonValue value = replicas.toObject().value(key);
                if (isCount(value)) {
                    *target = int(value.toDouble());
                } else if (!value.isUndefined()) {
                    entryError(u"replicas."_s + key,
                               tr("expected a whole number of 0 or more, found %1").arg(shown(value)));
                    ok = false;
                }
            }
        } else if (!replicas.isUndefined()) {
            entryError(u"replicas"_s,
                       tr("expected an object like {\"ready\": 3, \"desired\": 3}, found %1").arg(shown(replicas)));
            ok = false;
        }
        const QJsonValue deployedAt = entry.value("deployedAt"_L1);
        if (!deployedAt.isUndefined()) {
            service.deployedAt = isoTime(deployedAt);
            if (!service.deployedAt.isValid()) {
                entryError(u"deployedAt"_s,
                           tr("expected an ISO 8601 time with an offset (2026-01-31T12:00:00Z), found %1")
                               .arg(shown(deployedAt)));
                ok = false;
            }
        }
        if (!ok)
            continue;
        seen.insert(service.entity);
        facts.services.append(service);
    }
    return facts;
}

} // namespace Atrium

#include "argocdapplications.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Atrium {

namespace {

QDateTime timestamp(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

ArgoApplicationFacts facts(const QJsonObject& application)
{
    const QJsonObject metadata = application.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = application.value(QLatin1String("spec")).toObject();
    const QJsonObject status = application.value(QLatin1String("status")).toObject();
    ArgoApplicationFacts facts;
    facts.name = metadata.value(QLatin1String("name")).toString();
    facts.project = spec.value(QLatin1String("project")).toString();
    const QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        facts.labels.insert(it.key(), it.value().toString());
    const QJsonObject destination = spec.value(QLatin1String("destination")).toObject();
    facts.destinationServer = destination.value(QLatin1String("server")).toString();
    facts.destinationNamespace = destination.value(QLatin1String("namespace")).toString();
    const QJsonObject health = status.value(QLatin1String("health")).toObject();
    // An application Argo CD has not assessed yet has no health: that is unknown, not healthy.
    facts.health = { healthFromWord(health.value(QLatin1String("status")).toString()),
                     health.value(QLatin1String("message")).toString() };
    const QJsonObject sync = status.value(QLatin1String("sync")).toObject();
    facts.syncStatus = sync.value(QLatin1String("status")).toString(QStringLiteral("Unknown"));
    facts.revision = sync.value(QLatin1String("revision")).toString();
    for (const QJsonValue& image :
         status.value(QLatin1String("summary")).toObject().value(QLatin1String("images")).toArray())
        facts.images.append(image.toString());
    facts.lastDeployed
        = timestamp(status.value(QLatin1String("operationState")).toObject().value(QLatin1String("finishedAt")));
    const QJsonArray history = status.value(QLatin1String("history")).toArray();
    for (const QJsonValue& entry : history) {
        const QDateTime deployed = timestamp(entry.toObject().value(QLatin1String("deployedAt")));
        if (deployed.isValid() && (!facts.lastDeployed.isValid() || deployed > facts.lastDeployed))
            facts.lastDeployed = deployed;
    }
    for (const QJsonValue& value : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject condition = value.toObject();
        facts.conditions.append({ condition.value(QLatin1String("type")).toString(),
                                  condition.value(QLatin1String("message")).toString() });
    }
    return facts;
}

} // namespace

ArgoApplicationList ArgoCdApplications::parse(const QByteArray& body)
{
    ArgoApplicationList list;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        list.error = tr("The answer is not Argo CD JSON: %1").arg(error.errorString());
        return list;
    }
    const QJsonObject root = document.object();
    if (root.contains(QLatin1String("error"))
        || (root.contains(QLatin1String("code")) && root.contains(QLatin1String("message")))) {
        // grpc-gateway's error shape: {"error": "...", "code": 16, "message": "..."}
        list.error
            = tr("Argo CD answered: %1")
                  .arg(root.value(QLatin1String("message")).toString(root.value(QLatin1String("error")).toString()));
        return list;
    }
    if (root.contains(QLatin1String("items"))) {
        // `items` is null, not [], when there is no application.
        for (const QJsonValue& item : root.value(QLatin1String("items")).toArray())
            list.applications.append(facts(item.toObject()));
    } else if (root.value(QLatin1String("kind")).toString() == QLatin1String("Application")
               || root.contains(QLatin1String("spec"))) {
        list.applications.append(facts(root));
    } else {
        list.error = tr("The answer is neither an Application nor a list of them");
    }
    return list;
}

} // namespace Atrium

#include "kubernetesdeployments.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Atrium {

namespace {

int intAt(const QJsonObject& object, QLatin1String key, int fallback = 0)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? value.toInt() : fallback;
}

std::optional<DeploymentFacts::Condition> condition(const QJsonObject& status, QLatin1String type)
{
    for (const QJsonValue& value : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("type")).toString() == type) {
            return DeploymentFacts::Condition { object.value(QLatin1String("status")).toString(),
                                                object.value(QLatin1String("reason")).toString(),
                                                object.value(QLatin1String("message")).toString(),
                                                object.value(QLatin1String("lastTransitionTime")).toString() };
        }
    }
    return std::nullopt;
}

} // namespace

HealthStatus KubernetesDeployments::health(const QJsonObject& deployment)
{
    const QJsonObject metadata = deployment.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = deployment.value(QLatin1String("spec")).toObject();
    const QJsonObject status = deployment.value(QLatin1String("status")).toObject();
    if (spec.value(QLatin1String("paused")).toBool())
        return { Health::Suspended, QStringLiteral("Deployment is paused") };
    // Messages as Argo CD words them, in English like the rest of what a cluster says.
    if (intAt(metadata, QLatin1String("generation")) > intAt(status, QLatin1String("observedGeneration"))) {
        return { Health::Progressing,
                 QStringLiteral("Waiting for rollout to finish: observed deployment generation less than desired "
                                "generation") };
    }
    const std::optional<DeploymentFacts::Condition> progressing = condition(status, QLatin1String("Progressing"));
    if (progressing && progressing->reason == QLatin1String("ProgressDeadlineExceeded")) {
        return { Health::Degraded,
                 QStringLiteral("Deployment \"%1\" exceeded its progress deadline")
                     .arg(metadata.value(QLatin1String("name")).toString()) };
    }
    const int updated = intAt(status, QLatin1String("updatedReplicas"));
    const int replicas = intAt(status, QLatin1String("replicas"));
    const int available = intAt(status, QLatin1String("availableReplicas"));
    if (spec.value(QLatin1String("replicas")).isDouble() && updated < intAt(spec, QLatin1String("replicas"))) {
        return { Health::Progressing,
                 QStringLiteral("Waiting for rollout to finish: %1 out of %2 new replicas have been updated...")
                     .arg(updated)
                     .arg(intAt(spec, QLatin1String("replicas"))) };
    }
    if (replicas > updated) {
        return { Health::Progressing,
                 QStringLiteral("Waiting for rollout to finish: %1 old replicas are pending termination...")
                     .arg(replicas - updated) };
    }
    if (available < updated) {
        return { Health::Progressing,
                 QStringLiteral("Waiting for rollout to finish: %1 of %2 updated replicas are available...")
                     .arg(available)
                     .arg(updated) };
    }
    return { Health::Healthy, QString() };
}

DeploymentFacts KubernetesDeployments::facts(const QJsonObject& deployment)
{
    const QJsonObject metadata = deployment.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = deployment.value(QLatin1String("spec")).toObject();
    const QJsonObject status = deployment.value(QLatin1String("status")).toObject();
    DeploymentFacts facts;
    facts.name = metadata.value(QLatin1String("name")).toString();
    facts.namespaceName = metadata.value(QLatin1String("namespace")).toString();
    const QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        facts.labels.insert(it.key(), it.value().toString());
    facts.desiredReplicas = intAt(spec, QLatin1String("replicas"), 1);
    facts.replicas = intAt(status, QLatin1String("replicas"));
    facts.updatedReplicas = intAt(status, QLatin1String("updatedReplicas"));
    facts.readyReplicas = intAt(status, QLatin1String("readyReplicas"));
    facts.availableReplicas = intAt(status, QLatin1String("availableReplicas"));
    const QJsonArray containers = spec.value(QLatin1String("template"))
                                      .toObject()
                                      .value(QLatin1String("spec"))
                                      .toObject()
                                      .value(QLatin1String("containers"))
                                      .toArray();
    for (const QJsonValue& container : containers)
        facts.images.append(container.toObject().value(QLatin1String("image")).toString());
    facts.available = condition(status, QLatin1String("Available"));
    facts.progressing = condition(status, QLatin1String("Progressing"));
    facts.health = health(deployment);
    return facts;
}

DeploymentList KubernetesDeployments::parseList(const QByteArray& body)
{
    DeploymentList list;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        list.error = tr("The answer is not a Kubernetes object: %1").arg(error.errorString());
        return list;
    }
    const QJsonObject root = document.object();
    const QString kind = root.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("Status")) { // the API server's error shape
        list.error
            = tr("Kubernetes answered %1 (%2): %3")
                  .arg(root.value(QLatin1String("code")).toInt())
                  .arg(root.value(QLatin1String("reason")).toString(), root.value(QLatin1String("message")).toString());
        return list;
    }
    if (kind != QLatin1String("DeploymentList")) {
        list.error = tr("Expected a DeploymentList, got %1").arg(kind.isEmpty() ? tr("something else") : kind);
        return list;
    }
    for (const QJsonValue& item : root.value(QLatin1String("items")).toArray())
        list.deployments.append(facts(item.toObject()));
    list.continueToken = root.value(QLatin1String("metadata")).toObject().value(QLatin1String("continue")).toString();
    return list;
}

} // namespace Atrium

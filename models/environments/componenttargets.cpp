#include "componenttargets.h"

namespace Atrium {

bool ComponentTargets::matches(const ArgoApplicationFacts& application) const
{
    if (!argoAppName.isEmpty())
        return application.name == argoAppName;
    return argoSelector && argoSelector->matches(application.labels);
}

bool ComponentTargets::matches(const DeploymentFacts& deployment) const
{
    if (!kubernetesNamespace.isEmpty() && deployment.namespaceName != kubernetesNamespace)
        return false;
    if (!kubernetesId.isEmpty())
        return deployment.labels.value(QStringLiteral("backstage.io/kubernetes-id")) == kubernetesId;
    return kubernetesSelector && kubernetesSelector->matches(deployment.labels);
}

ComponentTargets ComponentTargetsReader::read(const QJsonObject& annotations, const QString& environment)
{
    auto value = [&](const QString& key) {
        return annotations.value(key).toString().replace(QLatin1String("{environment}"), environment).trimmed();
    };
    ComponentTargets targets;
    auto selector = [&](const QString& key) -> std::optional<LabelSelector> {
        const QString text = value(key);
        if (text.isEmpty())
            return std::nullopt;
        QString error;
        std::optional<LabelSelector> parsed = LabelSelector::parse(text, &error);
        if (!parsed)
            targets.problems.append(tr("%1: %2").arg(key, error));
        return parsed;
    };
    targets.argoAppName = value(QStringLiteral("argocd/app-name"));
    if (targets.argoAppName.isEmpty())
        targets.argoSelector = selector(QStringLiteral("argocd/app-selector"));
    targets.kubernetesId = value(QStringLiteral("backstage.io/kubernetes-id"));
    if (targets.kubernetesId.isEmpty())
        targets.kubernetesSelector = selector(QStringLiteral("backstage.io/kubernetes-label-selector"));
    targets.kubernetesNamespace = value(QStringLiteral("backstage.io/kubernetes-namespace"));
    targets.healthUrl = value(QStringLiteral("atrium.dev/health-url.") + environment);
    if (targets.healthUrl.isEmpty())
        targets.healthUrl = value(QStringLiteral("atrium.dev/health-url"));
    return targets;
}

} // namespace Atrium

#pragma once

#include "argocdapplications.h"
#include "kubernetesdeployments.h"
#include "labelselector.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atrium {

/// Which Argo CD applications, Kubernetes Deployments and health URL are a component's in one environment, from
/// its catalog annotations (docs/environments.md): `argocd/app-name`, `argocd/app-selector`,
/// `backstage.io/kubernetes-id`, `backstage.io/kubernetes-label-selector`, `backstage.io/kubernetes-namespace`,
/// `atrium.dev/health-url[.ENV]`.
/// `{environment}` in any of them is replaced by the environment's name.
struct ComponentTargets {
    QString argoAppName;
    std::optional<LabelSelector> argoSelector;
    QString kubernetesId;
    std::optional<LabelSelector> kubernetesSelector;
    QString kubernetesNamespace; ///< `backstage.io/kubernetes-namespace`: only Deployments in it; "" = any
    QString healthUrl;
    QStringList problems; ///< annotations that could not be used (a selector that does not parse)

    bool hasArgo() const { return !argoAppName.isEmpty() || argoSelector.has_value(); }
    bool hasKubernetes() const { return !kubernetesId.isEmpty() || kubernetesSelector.has_value(); }
    bool matches(const ArgoApplicationFacts& application) const;
    bool matches(const DeploymentFacts& deployment) const;
};

class ComponentTargetsReader {
    Q_DECLARE_TR_FUNCTIONS(Atrium::ComponentTargetsReader)
public:
    static ComponentTargets read(const QJsonObject& annotations, const QString& environment);
};

} // namespace Atrium

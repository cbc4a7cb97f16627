#pragma once

#include "health.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atrium {

/// What the environment dashboard shows of one Kubernetes Deployment.
struct DeploymentFacts {
    QString name;
    QString namespaceName;
    QMap<QString, QString> labels;
    int desiredReplicas = 1; ///< spec.replicas (1 when absent, as the API server defaults it)
    int replicas = 0; ///< status.replicas
    int updatedReplicas = 0;
    int readyReplicas = 0;
    int availableReplicas = 0;
    QStringList images; ///< container images, in spec order
    /// status.conditions Available and Progressing: status ("True", "False", "Unknown"), reason, message
    struct Condition {
        QString status;
        QString reason;
        QString message;
        QString lastTransitionTime;
    };
    std::optional<Condition> available;
    std::optional<Condition> progressing;
    HealthStatus health;
};

/// One page of `GET /apis/apps/v1/namespaces/{ns}/deployments`.
struct DeploymentList {
    QList<DeploymentFacts> deployments;
    QString continueToken; ///< metadata.continue: ask again with `continue=` for the next page; empty at the end
    QString error; ///< why the body could not be read; the dashboard shows it for the environment
};

class KubernetesDeployments {
    Q_DECLARE_TR_FUNCTIONS(Atrium::KubernetesDeployments)
public:
    /// A Deployment's health as `kubectl rollout status` decides it, in Argo CD's words and messages
    /// (gitops-engine pkg/health/health_deployment.go): paused is suspended; an older observed generation, fewer
    /// updated than desired, old replicas still terminating or updated ones not yet available is progressing; a
    /// Progressing condition with reason ProgressDeadlineExceeded is degraded; otherwise healthy.
    static HealthStatus health(const QJsonObject& deployment);
    /// The facts of one Deployment object.
    static DeploymentFacts facts(const QJsonObject& deployment);
    /// A `DeploymentList` body (or a Kubernetes `Status` error body).
    static DeploymentList parseList(const QByteArray& body);
};

} // namespace Atrium

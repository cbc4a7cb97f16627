#pragma once

#include "health.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Atrium {

struct ArgoApplicationFacts;
struct DeploymentFacts;

/// What the dashboard shows for one component in one environment.
struct EnvironmentCell {
    Health health = Health::Unknown;
    QString version; ///< several versions joined with ", " when the sources disagree
    int readyReplicas = -1; ///< -1: the source does not know
    int desiredReplicas = -1;
    QDateTime deployedAt;
    QString source; ///< the source types it came from, e.g. "argocd, kubernetes"
    QString message;
    bool stale = false;
    QStringList links;

    friend bool operator==(const EnvironmentCell&, const EnvironmentCell&) = default;
};

/// An environment whose version differs from the one before it in the promotion order.
struct Drift {
    QString environment;
    QString previousEnvironment;
    QString version;
    QString previousVersion;

    /// "prod runs 1.4.2, staging 1.5.0"
    QString describe() const;

    friend bool operator==(const Drift&, const Drift&) = default;
};

/// A component whose version in one environment would replace another's on promotion.
struct Promotion {
    QString component;
    QString fromVersion;
    QString toVersion;

    friend bool operator==(const Promotion&, const Promotion&) = default;
};

/// Cells by environment name, for one component.
using ComponentCells = QMap<QString, EnvironmentCell>;

class EnvironmentMatrix {
    Q_DECLARE_TR_FUNCTIONS(Atrium::EnvironmentMatrix)
public:
    /// The version an image reference names: its tag, else its digest's short form ("sha256:" and 7 hex digits),
    /// else "latest" as the container runtime pulls it. A registry port ("localhost:5000/app") is not a tag.
    static QString imageVersion(const QString& image);

    /// The first container's image version, ready and desired replicas, and the Deployment's health.
    static EnvironmentCell fromDeployment(const DeploymentFacts& deployment);
    /// The first summary image's version, else the sync revision's first 7 characters; the last deploy, health,
    /// and in the message the sync status, the health message and the conditions.
    static EnvironmentCell fromArgoApplication(const ArgoApplicationFacts& application);
    /// Several sources' cells for the same component and environment: the worse health wins, differing versions
    /// are joined, replicas add up, the newest deploy counts, stale when any part is.
    static EnvironmentCell combine(const QList<EnvironmentCell>& cells);

    /// Data older than two refresh intervals is stale; it is never shown as current. No fetch time is stale too.
    static bool isStale(const QDateTime& fetchedAt, int refreshSeconds, const QDateTime& now);

    /// The environments, in promotion order, whose version differs from the previous environment's; both must
    /// be known, so a missing cell or version breaks the chain rather than comparing across it.
    static QList<Drift> drift(const QStringList& environments, const ComponentCells& cells);
    /// The components (by name) whose known version in @p from differs from their known version in @p to.
    static QList<Promotion> promotions(const QString& from, const QString& to,
                                       const QMap<QString, ComponentCells>& components);
};

} // namespace Atrium

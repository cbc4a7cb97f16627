#pragma once

#include "argocdapplications.h"
#include "environmentsconfig.h"
#include "kubernetesdeployments.h"
#include "statusendpoint.h"
#include "terraformstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Atrium {

/// One HTTP probe of a component's health URL.
struct HealthProbe {
    QString url;
    int httpStatus = 0; ///< 0: no response
    qint64 latencyMs = -1; ///< from the request to the whole answer; -1 without an answer
    HealthStatus status;

    friend bool operator==(const HealthProbe&, const HealthProbe&) = default;
};

/// What Atrium knows of one source of one environment: the facts of its last successful read, and how the last
/// attempt went. Pure data: the fetchers (app/environments) fill it, the dashboard is built from it.
struct SourceReading {
    QString environment; ///< the environment's name
    int sourceIndex = 0; ///< position in the environment's `sources:`
    EnvironmentSource::Type type = EnvironmentSource::Type::Health;
    QString location; ///< the URL or file read, for people

    QDateTime attemptedAt; ///< when the last attempt ended; invalid before the first
    QDateTime succeededAt; ///< when the facts below were read; invalid when never
    QString error; ///< why the last attempt failed; empty when it succeeded (or none was made)
    int failures = 0; ///< attempts failed in a row

    // The facts of the last successful read, kept when a later attempt fails (they go stale, not blank).
    QList<ArgoApplicationFacts> applications; ///< argocd
    QList<DeploymentFacts> deployments; ///< kubernetes, every namespace listed
    std::optional<TerraformStateFacts> terraform; ///< terraform-state
    std::optional<StatusEndpointFacts> status; ///< status-endpoint
    QHash<QString, HealthProbe> probes; ///< health: by component ref

    bool hasSucceeded() const { return succeededAt.isValid(); }
    bool failed() const { return !error.isEmpty(); }

    /// Records a failed attempt: the facts stay.
    void fail(const QString& why, const QDateTime& at)
    {
        error = why;
        attemptedAt = at;
        ++failures;
    }
    /// Records a successful attempt; the caller has set the facts.
    void succeed(const QDateTime& at)
    {
        error.clear();
        attemptedAt = at;
        succeededAt = at;
        failures = 0;
    }
};

class HealthProbeVerdict {
    Q_DECLARE_TR_FUNCTIONS(Atrium::HealthProbeVerdict)
public:
    /// The probe's verdict in Argo CD's words: 2xx and 3xx healthy; any other status degraded; no answer at all
    /// degraded too (refused, timed out, TLS), except a host name that does not resolve, which is missing: the
    /// service is not deployed there. The message names the status and the latency, or the network error.
    static HealthStatus judge(int httpStatus, qint64 latencyMs, const QString& networkError, bool hostNotFound);
};

} // namespace Atrium

#pragma once

#include "health.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Atrium {

/// One service as a `status-endpoint` source reports it (docs/environments.md, "The status-endpoint schema").
struct StatusEndpointService {
    QString entity; ///< canonical `kind:namespace/name`; a bare name is `component:default/NAME`
    QString version;
    Health health = Health::Unknown;
    std::optional<int> readyReplicas;
    std::optional<int> desiredReplicas;
    QDateTime deployedAt; ///< invalid when not given
    QString message;
    QString url;
};

struct StatusEndpointProblem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString path; ///< JSON path of the value at fault (`services[2].health`); empty for the document as a whole
    QString message; ///< for people; names the path, what was expected and what was found
};

struct StatusEndpointFacts {
    bool readable = false; ///< false when the document as a whole was rejected (not JSON, unknown format or version)
    QString environment;
    QDateTime generatedAt; ///< invalid when not given
    QList<StatusEndpointService> services; ///< in the document's order, entries with problems left out
    QList<StatusEndpointProblem> problems;
};

/// Reads the body of a `status-endpoint` source: `{"format": "atrium-status", "version": 1, ...}`.
class StatusEndpoint {
    Q_DECLARE_TR_FUNCTIONS(Atrium::StatusEndpoint)
public:
    static constexpr int supportedVersion = 1;
    static StatusEndpointFacts parse(const QByteArray& body);
};

} // namespace Atrium

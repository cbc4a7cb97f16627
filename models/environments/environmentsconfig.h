#pragma once

#include "catalog/problem.h"
#include "common/secretreference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Atrium {

/// One place an environment's status comes from (docs/environments.md).
struct EnvironmentSource {
    enum class Type { ArgoCd, Kubernetes, TerraformState, StatusEndpoint, Health };
    Type type = Type::Health;
    QString url; ///< argocd, kubernetes; terraform-state and status-endpoint when read over HTTP
    QString path; ///< terraform-state, status-endpoint from a file: absolute
    QStringList namespaces; ///< kubernetes: the namespaces to list Deployments in
    QString project; ///< argocd: only applications of this project ("" = all)
    SecretReference token;
    QString caFile; ///< absolute; "" = the system's certificate authorities
    int timeoutMs = 5000;
    int refreshSeconds = 60;
    SourcePosition position;

    /// The URL or file it reads, for people.
    QString location() const { return url.isEmpty() ? path : url; }
    /// #url with @p apiPath (starting with '/') after it, one slash between them however #url ends.
    QString urlFor(const QString& apiPath) const
    {
        QString base = url;
        while (base.endsWith(u'/'))
            base.chop(1);
        return base + apiPath;
    }
};

struct Environment {
    QString name; ///< as annotations name it: lower case, digits, '-'
    QString title; ///< for people; the name when not given
    QList<EnvironmentSource> sources;
    SourcePosition position;
};

struct EnvironmentsConfig {
    QList<Environment> environments; ///< in the order written: dev before staging before prod
    Problems problems;
};

/// Reads `environments:` of atrium.yaml (kept as JSON by WorkspaceConfig). @p positionOf, when given, places
/// problems at their line (a path like {"environments", "0", "sources", "1", "type"}).
class EnvironmentsConfigReader {
    Q_DECLARE_TR_FUNCTIONS(Atrium::EnvironmentsConfigReader)
public:
    using PositionOf = std::function<SourcePosition(const QStringList& path)>;
    static EnvironmentsConfig read(const QJsonArray& environments, const QString& configFile,
                                   const QString& rootDirectory, const PositionOf& positionOf = {});
    static QString typeName(EnvironmentSource::Type type);
};

} // namespace Atrium

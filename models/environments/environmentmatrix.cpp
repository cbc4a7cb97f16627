#include "environmentmatrix.h"

#include "argocdapplications.h"
#include "kubernetesdeployments.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {
constexpr qsizetype ShortLength = 7;

void appendUnique(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}
} // namespace

QString Drift::describe() const
{
    return EnvironmentMatrix::tr("%1 runs %2, %3 %4").arg(environment, version, previousEnvironment, previousVersion);
}

QString EnvironmentMatrix::imageVersion(const QString& image)
{
    QString reference = image.trimmed();
    const qsizetype at = reference.indexOf(u'@');
    if (at >= 0) {
        const QString digest = reference.mid(at + 1);
        reference.truncate(at);
        // The tag, when there is one, says more to a reader than a digest does.
        const qsizetype slash = reference.lastIndexOf(u'/');
        const qsizetype colon = reference.lastIndexOf(u':');
        if (colon > slash)
            return reference.mid(colon + 1);
        const qsizetype algorithmEnd = digest.indexOf(u':');
        return digest.left(algorithmEnd + 1 + ShortLength);
    }
    const qsizetype slash = reference.lastIndexOf(u'/');
    const qsizetype colon = reference.lastIndexOf(u':');
    if (colon > slash && colon + 1 < reference.size())
        return reference.mid(colon + 1);
    return reference.isEmpty() ? QString() : u"latest"_s;
}

EnvironmentCell EnvironmentMatrix::fromDeployment(const DeploymentFacts& deployment)
{
    EnvironmentCell cell;
    cell.health = deployment.health.health;
    cell.message = deployment.health.message;
    if (!deployment.images.isEmpty())
        cell.version = imageVersion(deployment.images.constFirst());
    cell.readyReplicas = deployment.readyReplicas;
    cell.desiredReplicas = deployment.desiredReplicas;
    cell.source = u"kubernetes"_s;
    return cell;
}

EnvironmentCell EnvironmentMatrix::fromArgoApplication(const ArgoApplicationFacts& application)
{
    EnvironmentCell cell;
    cell.health = application.health.health;
    if (!application.images.isEmpty())
        cell.version = imageVersion(application.images.constFirst());
    else
        cell.version = application.revision.left(ShortLength);
    cell.deployedAt = application.lastDeployed;
    cell.source = u"argocd"_s;
    QStringList message;
    if (!application.syncStatus.isEmpty())
        message.append(tr("sync: %1").arg(application.syncStatus));
    appendUnique(message, application.health.message);
    // Argo CD's conditions say what stops a sync (SyncError, ComparisonError, …): a reader needs them here.
    for (const ArgoApplicationFacts::Condition& condition : application.conditions)
        appendUnique(message,
                     condition.message.isEmpty() ? condition.type : condition.type + u": "_s + condition.message);
    cell.message = message.join(u"; "_s);
    return cell;
}

EnvironmentCell EnvironmentMatrix::combine(const QList<EnvironmentCell>& cells)
{
    if (cells.isEmpty())
        return {};
    if (cells.size() == 1)
        return cells.constFirst();
    EnvironmentCell combined;
    combined.health = cells.constFirst().health;
    QStringList versions, sources, messages;
    for (const EnvironmentCell& cell : cells) {
        combined.health = worseHealth(combined.health, cell.health);
        for (const QString& version : cell.version.split(u", "_s, Qt::SkipEmptyParts))
            appendUnique(versions, version);
        for (const QString& source : cell.source.split(u", "_s, Qt::SkipEmptyParts))
            appendUnique(sources, source);
        appendUnique(messages, cell.message);
        if (cell.readyReplicas >= 0)
            combined.readyReplicas = std::max(combined.readyReplicas, 0) + cell.readyReplicas;
        if (cell.desiredReplicas >= 0)
            combined.desiredReplicas = std::max(combined.desiredReplicas, 0) + cell.desiredReplicas;
        if (cell.deployedAt.isValid() && (!combined.deployedAt.isValid() || cell.deployedAt > combined.deployedAt))
            combined.deployedAt = cell.deployedAt;
        combined.stale = combined.stale || cell.stale;
        for (const QString& link : cell.links)
            appendUnique(combined.links, link);
    }
    combined.version = versions.join(u", "_s);
    combined.source = sources.join(u", "_s);
    combined.message = messages.join(u"; "_s);
    return combined;
}

bool EnvironmentMatrix::isStale(const QDateTime& fetchedAt, int refreshSeconds, const QDateTime& now)
{
    if (!fetchedAt.isValid())
        return true;
    return fetchedAt.secsTo(now) > 2 * qint64(std::max(refreshSeconds, 0));
}

QList<Drift> EnvironmentMatrix::drift(const QStringList& environments, const ComponentCells& cells)
{
    QList<Drift> drifts;
    for (qsizetype i = 1; i < environments.size(); ++i) {
        const QString& previous = environments.at(i - 1);
        const QString& current = environments.at(i);
        const QString previousVersion = cells.value(previous).version;
        const QString version = cells.value(current).version;
        if (!previousVersion.isEmpty() && !version.isEmpty() && version != previousVersion)
            drifts.append({ current, previous, version, previousVersion });
    }
    return drifts;
}

QList<Promotion> EnvironmentMatrix::promotions(const QString& from, const QString& to,
                                               const QMap<QString, ComponentCells>& components)
{
    QList<Promotion> result;
    for (auto it = components.cbegin(); it != components.cend(); ++it) {
        const QString fromVersion = it->value(from).version;
        const QString toVersion = it->value(to).version;
        if (!fromVersion.isEmpty() && !toVersion.isEmpty() && fromVersion != toVersion)
            result.append({ it.key(), fromVersion, toVersion });
    }
    return result;
}

} // namespace Atrium

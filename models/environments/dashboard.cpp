#include "dashboard.h"

#include "catalog/catalogsnapshot.h"
#include "catalog/entityref.h"
#include "componenttargets.h"

#include <QCollator>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atrium {

bool EnvironmentSummary::anyFailed() const
{
    return std::any_of(sources.cbegin(), sources.cend(), [](const SourceSummary& s) { return !s.error.isEmpty(); });
}

QStringList Dashboard::environmentNames() const
{
    QStringList names;
    names.reserve(environments.size());
    for (const EnvironmentSummary& environment : environments)
        names.append(environment.name);
    return names;
}

bool Dashboard::anySourceFailed() const
{
    return std::any_of(environments.cbegin(), environments.cend(),
                       [](const EnvironmentSummary& environment) { return environment.anyFailed(); });
}

int Dashboard::rowOf(const QString& ref) const
{
    return rowIndex.value(ref, -1);
}

QMap<QString, ComponentCells> Dashboard::cellsByComponent() const
{
    QMap<QString, ComponentCells> components;
    for (const DashboardRow& row : rows)
        components.insert(row.ref, row.cells);
    return components;
}

namespace {

/// Collects the cells of one environment, per component, before they are combined.
using PendingCells = QHash<QString, QList<EnvironmentCell>>;

QString sourceName(EnvironmentSource::Type type)
{
    return EnvironmentsConfigReader::typeName(type);
}

/// A cell for a component the source should know of but cannot say anything about.
EnvironmentCell unknownCell(EnvironmentSource::Type type, const QString& message)
{
    EnvironmentCell cell;
    cell.health = Health::Unknown;
    cell.source = sourceName(type);
    cell.message = message;
    return cell;
}

/// Marks a cell read from @p reading: its source, staleness, and the failure of the last attempt.
void stamp(EnvironmentCell& cell, const SourceReading& reading, const EnvironmentSource& source, const QDateTime& now)
{
    cell.source = sourceName(reading.type);
    cell.stale = EnvironmentMatrix::isStale(reading.succeededAt, source.refreshSeconds, now);
    if (reading.failed()) {
        const QString failure = DashboardBuilder::tr("last refresh failed: %1").arg(reading.error);
        cell.message = cell.message.isEmpty() ? failure : cell.message + u"; "_s + failure;
    }
}

class EnvironmentCells {
public:
    EnvironmentCells(const Environment& environment, const QList<CatalogComponent>& components, const QDateTime& now)
        : m_components(components)
        , m_now(now)
    {
        m_targets.reserve(components.size());
        for (const CatalogComponent& component : components)
            m_targets.append(ComponentTargetsReader::read(component.annotations, environment.name));
    }

    const QList<ComponentTargets>& targets() const { return m_targets; }
    PendingCells& pending() { return m_pending; }

    void add(const EnvironmentSource& source, const SourceReading* reading, SourceSummary& summary)
    {
        // Not asked yet (the app just started): no cells rather than unknown ones, which would go into the
        // history as a change on every start.
        if (!reading || !reading->attemptedAt.isValid())
            return;
        switch (source.type) {
        case EnvironmentSource::Type::ArgoCd:
            addArgo(source, *reading, summary);
            break;
        case EnvironmentSource::Type::Kubernetes:
            addKubernetes(source, *reading, summary);
            break;
        case EnvironmentSource::Type::StatusEndpoint:
            addStatus(source, *reading, summary);
            break;
        case EnvironmentSource::Type::Health:
            addProbes(source, *reading, summary);
            break;
        case EnvironmentSource::Type::TerraformState:
            // The environment's infrastructure: on its card, not in a component's cell.
            summary.terraform = reading->terraform;
            summary.objects = reading->terraform ? reading->terraform->resourceCount : 0;
            break;
        }
    }

private:
    void addArgo(const EnvironmentSource& source, const SourceReading& reading, SourceSummary& summary)
    {
        summary.objects = int(reading.applications.size());
        QHash<QString, qsizetype> byName;
        for (qsizetype i = 0; i < reading.applications.size(); ++i)
            byName.insert(reading.applications.at(i).name, i);
        for (qsizetype c = 0; c < m_components.size(); ++c) {
            const ComponentTargets& targets = m_targets.at(c);
            if (!targets.hasArgo())
                continue;
            const QString& ref = m_components.at(c).ref;
            if (!reading.hasSucceeded()) {
                m_pending[ref].append(unknownCell(source.type, reading.error));
                continue;
            }
            QList<EnvironmentCell> found;
            auto addApplication = [&](const ArgoApplicationFacts& application) {
                EnvironmentCell cell = EnvironmentMatrix::fromArgoApplication(application);
                cell.links.append(source.urlFor(u"/applications/"_s + application.name));
                stamp(cell, reading, source, m_now);
                found.append(cell);
            };
            if (!targets.argoAppName.isEmpty()) {
                if (const auto it = byName.constFind(targets.argoAppName); it != byName.cend())
                    addApplication(reading.applications.at(*it));
            } else {
                for (const ArgoApplicationFacts& application : reading.applications) {
                    if (targets.matches(application))
                        addApplication(application);
                }
            }
            if (found.isEmpty()) {
                EnvironmentCell cell;
                cell.health = Health::Missing;
                cell.message = targets.argoAppName.isEmpty()
                    ? DashboardBuilder::tr("No Argo CD application matches %1").arg(targets.argoSelector->text())
                    : DashboardBuilder::tr("No Argo CD application named %1").arg(targets.argoAppName);
                stamp(cell, reading, source, m_now);
                found.append(cell);
            }
            m_pending[ref].append(found);
        }
    }

    void addKubernetes(const EnvironmentSource& source, const SourceReading& reading, SourceSummary& summary)
    {
        summary.objects = int(reading.deployments.size());
        QMultiHash<QString, qsizetype> byId;
        for (qsizetype i = 0; i < reading.deployments.size(); ++i) {
            const QString id = reading.deployments.at(i).labels.value(u"backstage.io/kubernetes-id"_s);
            if (!id.isEmpty())
                byId.insert(id, i);
        }
        for (qsizetype c = 0; c < m_components.size(); ++c) {
            const ComponentTargets& targets = m_targets.at(c);
            if (!targets.hasKubernetes())
                continue;
            const QString& ref = m_components.at(c).ref;
            if (!reading.hasSucceeded()) {
                m_pending[ref].append(unknownCell(source.type, reading.error));
                continue;
            }
            QList<qsizetype> matched;
            if (!targets.kubernetesId.isEmpty()) {
                matched = byId.values(targets.kubernetesId);
                matched.removeIf([&](qsizetype i) { return !targets.matches(reading.deployments.at(i)); });
                std::sort(matched.begin(), matched.end()); // in the order the API listed them
            } else {
                for (qsizetype i = 0; i < reading.deployments.size(); ++i) {
                    if (targets.matches(reading.deployments.at(i)))
                        matched.append(i);
                }
            }
            QList<EnvironmentCell> found;
            for (const qsizetype i : std::as_const(matched)) {
                const DeploymentFacts& deployment = reading.deployments.at(i);
                EnvironmentCell cell = EnvironmentMatrix::fromDeployment(deployment);
                cell.links.append(source.urlFor(
                    u"/apis/apps/v1/namespaces/%1/deployments/%2"_s.arg(deployment.namespaceName, deployment.name)));
                stamp(cell, reading, source, m_now);
                found.append(cell);
            }
            if (found.isEmpty()) {
                EnvironmentCell cell;
                cell.health = Health::Missing;
                cell.message = targets.kubernetesId.isEmpty()
                    ? DashboardBuilder::tr("No Deployment matches %1").arg(targets.kubernetesSelector->text())
                    : DashboardBuilder::tr("No Deployment labelled backstage.io/kubernetes-id=%1")
                          .arg(targets.kubernetesId);
                stamp(cell, reading, source, m_now);
                found.append(cell);
            }
            m_pending[ref].append(found);
        }
    }

    void addStatus(const EnvironmentSource& source, const SourceReading& reading, SourceSummary& summary)
    {
        if (!reading.status)
            return; // never read: there is no way to know which components it would have named
        summary.objects = int(reading.status->services.size());
        // Entries left out and other problems of a document that read: said on the card, not lost.
        for (const StatusEndpointProblem& problem : reading.status->problems)
            summary.warnings.append(problem.message);
        for (const StatusEndpointService& service : reading.status->services) {
            EnvironmentCell cell;
            cell.health = service.health;
            cell.version = service.version;
            cell.readyReplicas = service.readyReplicas.value_or(-1);
            cell.desiredReplicas = service.desiredReplicas.value_or(-1);
            cell.deployedAt = service.deployedAt;
            cell.message = service.message;
            if (!service.url.isEmpty())
                cell.links.append(service.url);
            stamp(cell, reading, source, m_now);
            m_pending[service.entity].append(cell);
        }
    }

    void addProbes(const EnvironmentSource& source, const SourceReading& reading, SourceSummary& summary)
    {
        summary.objects = int(reading.probes.size());
        for (qsizetype c = 0; c < m_components.size(); ++c) {
            const ComponentTargets& targets = m_targets.at(c);
            if (targets.healthUrl.isEmpty())
                continue;
            const QString& ref = m_components.at(c).ref;
            const auto probe = reading.probes.constFind(ref);
            if (probe == reading.probes.cend()) {
                // Not probed yet (the annotation is new, or the targets were not known at the first read): nothing
                // current to say, so stale, and kept out of the history. Or the source never answered: unknown.
                EnvironmentCell cell = unknownCell(
                    source.type,
                    reading.error.isEmpty() ? DashboardBuilder::tr("Not probed yet: %1").arg(targets.healthUrl)
                                            : reading.error);
                cell.stale = reading.error.isEmpty();
                m_pending[ref].append(cell);
                continue;
            }
            EnvironmentCell cell;
            cell.health = probe->status.health;
            cell.message = probe->status.message;
            cell.links.append(probe->url);
            stamp(cell, reading, source, m_now);
            m_pending[ref].append(cell);
        }
    }

    const QList<CatalogComponent>& m_components;
    QDateTime m_now;
    QList<ComponentTargets> m_targets;
    PendingCells m_pending;
};

const SourceReading* findReading(const QList<SourceReading>& readings, const QString& environment, int sourceIndex)
{
    for (const SourceReading& reading : readings) {
        if (reading.environment == environment && reading.sourceIndex == sourceIndex)
            return &reading;
    }
    return nullptr;
}

} // namespace

QList<CatalogComponent> DashboardBuilder::components(const CatalogSnapshot& snapshot)
{
    QList<CatalogComponent> components;
    for (const Entity entity : snapshot.entities) {
        if (entity.kind().compare(u"component", Qt::CaseInsensitive) != 0 || entity.ref().isEmpty())
            continue;
        const QJsonObject annotations = entity.metadata().value(u"annotations"_s).toObject();
        components.append({ entity.ref().toString(), entity.displayName().toString(), entity.owner().toString(),
                            entity.system().toString(), entity.lifecycle().toString(), annotations });
    }
    return components;
}

Dashboard DashboardBuilder::build(const CatalogSnapshot* snapshot, const EnvironmentsConfig& config,
                                  const QList<SourceReading>& readings, const QDateTime& now)
{
    // No environments: no need to read a large catalog's annotations.
    return build(snapshot && !config.environments.isEmpty() ? components(*snapshot) : QList<CatalogComponent>(), config,
                 readings, now);
}

Dashboard DashboardBuilder::build(const QList<CatalogComponent>& components, const EnvironmentsConfig& config,
                                  const QList<SourceReading>& readings, const QDateTime& now)
{
    Dashboard dashboard;
    dashboard.builtAt = now;
    QHash<QString, qsizetype> byRef;
    byRef.reserve(components.size());
    for (qsizetype i = 0; i < components.size(); ++i)
        byRef.insert(components.at(i).ref, i);

    QHash<QString, DashboardRow> rows;
    auto rowFor = [&](const QString& ref) -> DashboardRow& {
        auto it = rows.find(ref);
        if (it != rows.end())
            return *it;
        DashboardRow row;
        row.ref = ref;
        if (const auto known = byRef.constFind(ref); known != byRef.cend()) {
            const CatalogComponent& component = components.at(*known);
            row.name = component.name;
            row.owner = component.owner;
            row.system = component.system;
            row.lifecycle = component.lifecycle;
        } else {
            row.inCatalog = false;
            const std::optional<EntityRef> parsed = EntityRef::parse(ref);
            row.name = parsed ? parsed->name : ref;
        }
        return *rows.insert(ref, row);
    };

    for (const Environment& environment : config.environments) {
        EnvironmentSummary summary;
        summary.name = environment.name;
        summary.title = environment.title.isEmpty() ? environment.name : environment.title;
        EnvironmentCells cells(environment, components, now);
        for (qsizetype i = 0; i < environment.sources.size(); ++i) {
            const EnvironmentSource& source = environment.sources.at(i);
            const SourceReading* reading = findReading(readings, environment.name, int(i));
            SourceSummary sourceSummary;
            sourceSummary.sourceIndex = int(i);
            sourceSummary.type = source.type;
            sourceSummary.location = source.location();
            sourceSummary.refreshSeconds = source.refreshSeconds;
            if (reading) {
                sourceSummary.attemptedAt = reading->attemptedAt;
                sourceSummary.succeededAt = reading->succeededAt;
                sourceSummary.error = reading->error;
                sourceSummary.stale = EnvironmentMatrix::isStale(reading->succeededAt, source.refreshSeconds, now);
            }
            cells.add(source, reading, sourceSummary);
            summary.sources.append(sourceSummary);
        }
        // Components that name a target but no source of this environment knows of them get no cell: the matrix
        // shows nothing there rather than guessing. They still get a row.
        for (qsizetype c = 0; c < components.size(); ++c) {
            const ComponentTargets& targets = cells.targets().at(c);
            if (targets.hasArgo() || targets.hasKubernetes() || !targets.healthUrl.isEmpty())
                rowFor(components.at(c).ref);
        }
        for (auto it = cells.pending().cbegin(); it != cells.pending().cend(); ++it) {
            const EnvironmentCell cell = EnvironmentMatrix::combine(it.value());
            rowFor(it.key()).cells.insert(environment.name, cell);
            ++summary.healthCounts[size_t(cell.health)];
        }
        dashboard.environments.append(summary);
    }

    const QStringList names = dashboard.environmentNames();
    dashboard.rows.reserve(rows.size());
    for (DashboardRow& row : rows) {
        row.drift = EnvironmentMatrix::drift(names, row.cells);
        dashboard.rows.append(std::move(row));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(dashboard.rows.begin(), dashboard.rows.end(), [&](const DashboardRow& a, const DashboardRow& b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.ref < b.ref;
    });
    dashboard.rowIndex.reserve(dashboard.rows.size());
    for (qsizetype i = 0; i < dashboard.rows.size(); ++i)
        dashboard.rowIndex.insert(dashboard.rows.at(i).ref, int(i));
    return dashboard;
}

QList<ProbeTarget> DashboardBuilder::probeTargets(const QList<CatalogComponent>& components, const QString& environment)
{
    QList<ProbeTarget> targets;
    for (const CatalogComponent& component : components) {
        const QString url = ComponentTargetsReader::read(component.annotations, environment).healthUrl;
        if (!url.isEmpty())
            targets.append({ component.ref, url });
    }
    return targets;
}

} // namespace Atrium

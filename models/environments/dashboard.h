#pragma once

#include "environmentmatrix.h"
#include "environmentsconfig.h"
#include "sourcereading.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace Atrium {

struct CatalogSnapshot;

/// One row of the environment matrix: a component and its cells by environment name.
struct DashboardRow {
    QString ref; ///< canonical `component:namespace/name`
    QString name; ///< title, else name
    QString owner; ///< spec.owner as written
    QString system;
    QString lifecycle;
    bool inCatalog = true; ///< false for a service a status endpoint reports that the catalog does not have
    ComponentCells cells;
    QList<Drift> drift;

    friend bool operator==(const DashboardRow&, const DashboardRow&) = default;
};

/// How one source of an environment stands, for the environment's card.
struct SourceSummary {
    int sourceIndex = 0;
    EnvironmentSource::Type type = EnvironmentSource::Type::Health;
    QString location;
    int refreshSeconds = 60;
    QDateTime attemptedAt;
    QDateTime succeededAt;
    QString error;
    bool stale = true;
    int objects = 0; ///< what the last read found: applications, Deployments, services, probes or resources
    QStringList warnings; ///< problems of what was read that did not stop it, e.g. a status entry left out
    std::optional<TerraformStateFacts> terraform;
};

struct EnvironmentSummary {
    QString name;
    QString title;
    /// Cells per health word, indexed by Health.
    std::array<int, 6> healthCounts {};
    QList<SourceSummary> sources;

    int count(Health health) const { return healthCounts.at(size_t(health)); }
    bool anyFailed() const;
};

/// Everything the dashboard shows at one moment, built from the catalog, the environments and the sources'
/// readings without touching the network (DashboardBuilder). Shared between threads read-only.
struct Dashboard {
    QList<EnvironmentSummary> environments; ///< in promotion order
    QList<DashboardRow> rows; ///< by name, case-insensitively
    QHash<QString, int> rowIndex; ///< rows by ref
    QDateTime builtAt;

    QStringList environmentNames() const;
    bool anySourceFailed() const;
    /// The row of @p ref; -1 when there is none.
    int rowOf(const QString& ref) const;
    /// Components by ref with their cells, for EnvironmentMatrix::promotions.
    QMap<QString, ComponentCells> cellsByComponent() const;
};

using DashboardPtr = std::shared_ptr<const Dashboard>;

/// What the dashboard needs of a catalog Component, read once per catalog (reading 100,000 entities' annotations
/// takes a while).
struct CatalogComponent {
    QString ref;
    QString name; ///< title, else name
    QString owner;
    QString system;
    QString lifecycle;
    QJsonObject annotations;
};

/// A component's health URL in one environment, to probe.
struct ProbeTarget {
    QString ref;
    QString url;

    friend bool operator==(const ProbeTarget&, const ProbeTarget&) = default;
};

class DashboardBuilder {
    Q_DECLARE_TR_FUNCTIONS(Atrium::DashboardBuilder)
public:
    /// The matrix: a row per component that names a target (annotations, docs/environments.md) or that a status
    /// endpoint reports; a cell per environment whose sources know something of it. A source that never answered
    /// gives its components unknown cells with its error; one that failed after answering keeps its facts, which
    /// go stale after two refresh intervals. @p snapshot may be null (no catalog yet).
    static Dashboard build(const QList<CatalogComponent>& components, const EnvironmentsConfig& config,
                           const QList<SourceReading>& readings, const QDateTime& now);
    /// The same from a catalog: its components() first.
    static Dashboard build(const CatalogSnapshot* snapshot, const EnvironmentsConfig& config,
                           const QList<SourceReading>& readings, const QDateTime& now);

    /// The catalog's Components, in catalog order.
    static QList<CatalogComponent> components(const CatalogSnapshot& snapshot);
    /// The components with a health URL in @p environment, in their order.
    static QList<ProbeTarget> probeTargets(const QList<CatalogComponent>& components, const QString& environment);
};

} // namespace Atrium

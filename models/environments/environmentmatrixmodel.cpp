#include "environmentmatrixmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Atrium {

EnvironmentMatrixModel::EnvironmentMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EnvironmentMatrixModel::setDashboard(DashboardPtr dashboard)
{
    const QStringList environments = dashboard ? dashboard->environmentNames() : QStringList();
    const bool sameShape = m_dashboard && dashboard && environments == m_environments
        && m_dashboard->rows.size() == dashboard->rows.size()
        && std::equal(m_dashboard->rows.cbegin(), m_dashboard->rows.cend(), dashboard->rows.cbegin(),
                      [](const DashboardRow& a, const DashboardRow& b) { return a.ref == b.ref; });
    if (!sameShape) {
        beginResetModel();
        m_dashboard = std::move(dashboard);
        m_environments = environments;
        endResetModel();
        return;
    }
    const DashboardPtr previous = std::exchange(m_dashboard, std::move(dashboard));
    // Every cell's age moves on with the clock, so the whole row of a changed component is announced, and the
    // rest too when time passed: the ages ("5 min ago") are recomputed from builtAt.
    const bool timeMoved = previous->builtAt != m_dashboard->builtAt;
    int first = -1;
    for (int row = 0; row <= int(m_dashboard->rows.size()); ++row) {
        const bool changed
            = row < m_dashboard->rows.size() && (timeMoved || !(previous->rows.at(row) == m_dashboard->rows.at(row)));
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            Q_EMIT dataChanged(index(first, 0), index(row - 1, columnCount() - 1));
            first = -1;
        }
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1); // the environments' counts
}

QString EnvironmentMatrixModel::environmentAt(int column) const
{
    return column >= FirstEnvironmentColumn && column - FirstEnvironmentColumn < m_environments.size()
        ? m_environments.at(column - FirstEnvironmentColumn)
        : QString();
}

const EnvironmentCell* EnvironmentMatrixModel::cellAt(const QModelIndex& index) const
{
    if (!index.isValid() || !m_dashboard || index.row() >= m_dashboard->rows.size())
        return nullptr;
    const QString environment = environmentAt(index.column());
    if (environment.isEmpty())
        return nullptr;
    const ComponentCells& cells = m_dashboard->rows.at(index.row()).cells;
    const auto it = cells.constFind(environment);
    return it == cells.cend() ? nullptr : &it.value();
}

QModelIndex EnvironmentMatrixModel::indexOf(const QString& ref, int column) const
{
    const int row = m_dashboard ? m_dashboard->rowOf(ref) : -1;
    return row < 0 ? QModelIndex() : index(row, column);
}

int EnvironmentMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_dashboard ? 0 : int(m_dashboard->rows.size());
}

int EnvironmentMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstEnvironmentColumn + int(m_environments.size());
}

QString EnvironmentMatrixModel::replicasText(const EnvironmentCell& cell)
{
    if (cell.readyReplicas < 0 && cell.desiredReplicas < 0)
        return {};
    const auto count = [](int n) { return n < 0 ? u"?"_s : QString::number(n); };
    return count(cell.readyReplicas) + u'/' + count(cell.desiredReplicas);
}

QString EnvironmentMatrixModel::ageText(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(at.secsTo(now), 0);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n d ago", nullptr, int(seconds / 86400));
}

Health EnvironmentMatrixModel::worstHealth(const DashboardRow& row) const
{
    Health worst = Health::Healthy;
    bool any = false;
    for (const EnvironmentCell& cell : row.cells) {
        worst = any ? worseHealth(worst, cell.health) : cell.health;
        any = true;
    }
    return any ? worst : Health::Unknown;
}

QString EnvironmentMatrixModel::toolTip(const DashboardRow& row, const QString& environment,
                                        const EnvironmentCell& cell) const
{
    QStringList lines;
    lines.append(tr("%1 in %2: %3").arg(row.name, environment, healthWord(cell.health)));
    if (!cell.version.isEmpty())
        lines.append(tr("Version: %1").arg(cell.version));
    if (const QString replicas = replicasText(cell); !replicas.isEmpty())
        lines.append(tr("Replicas ready: %1").arg(replicas));
    if (cell.deployedAt.isValid())
        lines.append(tr("Deployed: %1 (%2)")
                         .arg(QLocale().toString(cell.deployedAt.toLocalTime(), QLocale::ShortFormat),
                              ageText(cell.deployedAt, m_dashboard->builtAt)));
    for (const Drift& drift : row.drift) {
        if (drift.environment == environment)
            lines.append(tr("Drift: %1").arg(drift.describe()));
    }
    if (cell.stale)
        lines.append(tr("Stale: not refreshed for more than two intervals"));
    if (!cell.message.isEmpty())
        lines.append(cell.message);
    lines.append(tr("From: %1").arg(cell.source));
    return lines.join(u'\n');
}

QVariant EnvironmentMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DashboardRow& row = m_dashboard->rows.at(index.row());
    // What every column says of its row.
    switch (role) {
    case EntityRefRole:
        return row.ref;
    case OwnerRole:
        return row.owner;
    case SystemRole:
        return row.system;
    case LifecycleRole:
        return row.lifecycle;
    case InCatalogRole:
        return row.inCatalog;
    default:
        break;
    }
    if (index.column() == ComponentColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.name;
        case Qt::ToolTipRole:
            return row.inCatalog ? row.ref : tr("%1 (not in the catalog)").arg(row.ref);
        case EnvironmentRole:
            return QString();
        case HasCellRole:
            return false;
        case HealthRole:
            return int(worstHealth(row));
        case DriftRole:
            return row.drift.isEmpty() ? QString() : row.drift.constFirst().describe();
        case SortRole:
            return row.name.toLower();
        default:
            return {};
        }
    }
    const QString environment = environmentAt(index.column());
    const EnvironmentCell* cell = cellAt(index);
    if (role == EnvironmentRole)
        return environment;
    if (role == HasCellRole)
        return cell != nullptr;
    if (!cell)
        return role == SortRole ? QVariant(-1) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return cell->version.isEmpty() ? healthWord(cell->health) : cell->version;
    case Qt::ToolTipRole:
        return toolTip(row, environment, *cell);
    case Qt::AccessibleTextRole:
        return toolTip(row, environment, *cell).replace(u'\n', u"; "_s);
    case HealthRole:
        return int(cell->health);
    case VersionRole:
        return cell->version;
    case ReplicasRole:
        return replicasText(*cell);
    case DeployedAtRole:
        return cell->deployedAt;
    case StaleRole:
        return cell->stale;
    case DriftRole:
        for (const Drift& drift : row.drift) {
            if (drift.environment == environment)
                return drift.describe();
        }
        return QString();
    case MessageRole:
        return cell->message;
    case SourceRole:
        return cell->source;
    case LinksRole:
        return cell->links;
    case SortRole:
        return int(cell->health);
    default:
        return {};
    }
}

QVariant EnvironmentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == ComponentColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Component")) : QVariant();
    const EnvironmentSummary& summary = m_dashboard->environments.at(section - FirstEnvironmentColumn);
    switch (role) {
    case Qt::DisplayRole:
        return summary.title;
    case Qt::ToolTipRole:
        return summary.title == summary.name ? summary.name : tr("%1 (%2)").arg(summary.title, summary.name);
    case EnvironmentRole:
        return summary.name;
    default:
        return {};
    }
}

EnvironmentFilterModel::EnvironmentFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EnvironmentMatrixModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void EnvironmentFilterModel::refilter()
{
    invalidateFilter();
}

void EnvironmentFilterModel::setOwner(const QString& owner)
{
    if (std::exchange(m_owner, owner) != owner)
        refilter();
}

void EnvironmentFilterModel::setSystem(const QString& system)
{
    if (std::exchange(m_system, system) != system)
        refilter();
}

void EnvironmentFilterModel::setLifecycle(const QString& lifecycle)
{
    if (std::exchange(m_lifecycle, lifecycle) != lifecycle)
        refilter();
}

void EnvironmentFilterModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (std::exchange(m_text, trimmed) != trimmed)
        refilter();
}

void EnvironmentFilterModel::setOnlyDrift(bool only)
{
    if (std::exchange(m_onlyDrift, only) != only)
        refilter();
}

void EnvironmentFilterModel::setOnlyUnhealthy(bool only)
{
    if (std::exchange(m_onlyUnhealthy, only) != only)
        refilter();
}

bool EnvironmentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, EnvironmentMatrixModel::ComponentColumn, sourceParent);
    const auto text = [&](int role) { return index.data(role).toString(); };
    if (!m_owner.isEmpty() && text(EnvironmentMatrixModel::OwnerRole).compare(m_owner, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_system.isEmpty() && text(EnvironmentMatrixModel::SystemRole).compare(m_system, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_lifecycle.isEmpty()
        && text(EnvironmentMatrixModel::LifecycleRole).compare(m_lifecycle, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_text.isEmpty() && !text(Qt::DisplayRole).contains(m_text, Qt::CaseInsensitive)
        && !text(EnvironmentMatrixModel::EntityRefRole).contains(m_text, Qt::CaseInsensitive))
        return false;
    if (m_onlyDrift && text(EnvironmentMatrixModel::DriftRole).isEmpty())
        return false;
    if (m_onlyUnhealthy && index.data(EnvironmentMatrixModel::HealthRole).toInt() == int(Health::Healthy))
        return false;
    return true;
}

} // namespace Atrium

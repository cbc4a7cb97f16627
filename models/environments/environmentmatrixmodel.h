#pragma once

#include "dashboard.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Atrium {

/// The environment matrix as a table: a row per component, column 0 its name, then a column per environment in
/// promotion order. A new dashboard with the same rows and environments updates the cells in place (dataChanged),
/// so the selection and the scroll position stay; anything else resets.
class EnvironmentMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { ComponentColumn, FirstEnvironmentColumn };
    enum Roles {
        EntityRefRole = Qt::UserRole, ///< QString, canonical ref of the row's component
        EnvironmentRole, ///< QString, the column's environment name ("" for the component column)
        HasCellRole, ///< bool: a source knows something of this component here
        HealthRole, ///< int (Health); the row's worst health in the component column
        VersionRole, ///< QString
        ReplicasRole, ///< QString "ready/desired", "" when unknown
        DeployedAtRole, ///< QDateTime, invalid when unknown
        StaleRole, ///< bool
        DriftRole, ///< QString: "prod runs 1.4.2, staging 1.5.0" when the version differs from the previous one
        MessageRole, ///< QString
        SourceRole, ///< QString: the source types, "argocd, kubernetes"
        LinksRole, ///< QStringList
        OwnerRole, ///< QString, component column: spec.owner as written
        SystemRole,
        LifecycleRole,
        InCatalogRole, ///< bool
        SortRole, ///< for the filter model's sorting: name, or health severity then version
    };
    Q_ENUM(Roles)

    explicit EnvironmentMatrixModel(QObject* parent = nullptr);

    void setDashboard(DashboardPtr dashboard);
    const DashboardPtr& dashboard() const { return m_dashboard; }

    /// The environment of @p column, "" for the component column.
    QString environmentAt(int column) const;
    /// The cell of @p index; nullptr for the component column or where no source knows the component.
    const EnvironmentCell* cellAt(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& ref, int column = ComponentColumn) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "3/3", "" when neither count is known.
    static QString replicasText(const EnvironmentCell& cell);
    /// "5 min ago", "3 h ago", "2 d ago"; "" when @p at is invalid.
    static QString ageText(const QDateTime& at, const QDateTime& now);

private:
    QString toolTip(const DashboardRow& row, const QString& environment, const EnvironmentCell& cell) const;
    Health worstHealth(const DashboardRow& row) const;

    DashboardPtr m_dashboard;
    QStringList m_environments;
};

/// Filters the matrix by owner, system, lifecycle and text (name or ref, any case), and optionally to the rows
/// that drift or are not healthy; sorts by the sort role.
class EnvironmentFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EnvironmentFilterModel(QObject* parent = nullptr);

    void setOwner(const QString& owner);
    void setSystem(const QString& system);
    void setLifecycle(const QString& lifecycle);
    void setText(const QString& text);
    void setOnlyDrift(bool only);
    void setOnlyUnhealthy(bool only);

    QString owner() const { return m_owner; }
    QString system() const { return m_system; }
    QString lifecycle() const { return m_lifecycle; }
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    QString m_owner;
    QString m_system;
    QString m_lifecycle;
    QString m_text;
    bool m_onlyDrift = false;
    bool m_onlyUnhealthy = false;
};

} // namespace Atrium

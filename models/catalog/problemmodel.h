#pragma once

#include "catalogsnapshot.h"

#include <QAbstractTableModel>

namespace Atrium {

/// The problems of one catalog load, one row each, in the order the loader reported them.
class ProblemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { Severity, File, Line, Column, Entity, Message, COLUMN_COUNT };
    enum Roles {
        SeverityRole = Qt::UserRole, ///< Problem::Severity as int
        FilePathRole, ///< QString, absolute path as reported
        LineRole, ///< int, 1-based, 0 when unknown
        ColumnRole, ///< int, 1-based, 0 when unknown
        EntityRefRole, ///< QString, "" when the problem belongs to no entity
        /// Sort key: numbers for Line/Column, severity rank for Severity, text otherwise; with
        /// EntityFilterProxyModel-style natural comparison this orders "a2.yaml" before "a10.yaml".
        SortRole,
    };
    Q_ENUM(Columns)

    explicit ProblemModel(QObject* parent = nullptr);
    ~ProblemModel() override;

    void setSnapshot(CatalogSnapshotPtr snapshot);
    /// Files are shown relative to @p directory when they are inside it (tool tips keep the absolute path).
    void setBaseDirectory(const QString& directory);

    const Problem& problem(int row) const { return m_snapshot->problems.at(row); }
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayFile(const QString& file) const;

    CatalogSnapshotPtr m_snapshot;
    QString m_baseDirectory;
};

} // namespace Atrium

#include "problemmodel.h"

#include "entityref.h"

#include <QDir>

#include <algorithm>

namespace Atrium {

ProblemModel::ProblemModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

ProblemModel::~ProblemModel() = default;

void ProblemModel::setSnapshot(CatalogSnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

void ProblemModel::setBaseDirectory(const QString& directory)
{
    m_baseDirectory = directory.isEmpty() ? QString() : QDir::cleanPath(directory);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, File), index(rowCount() - 1, File), { Qt::DisplayRole });
}

int ProblemModel::errorCount() const
{
    if (!m_snapshot)
        return 0;
    return int(std::count_if(m_snapshot->problems.cbegin(), m_snapshot->problems.cend(),
                             [](const Problem& p) { return p.isError(); }));
}

int ProblemModel::warningCount() const
{
    return (m_snapshot ? int(m_snapshot->problems.size()) : 0) - errorCount();
}

int ProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->problems.size());
}

int ProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : COLUMN_COUNT;
}

QString ProblemModel::displayFile(const QString& file) const
{
    if (m_baseDirectory.isEmpty() || file.isEmpty())
        return file;
    const QString prefix = m_baseDirectory + QLatin1Char('/');
    return file.startsWith(prefix) ? file.mid(prefix.size()) : file;
}

QVariant ProblemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem& p = problem(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return p.isError() ? tr("Error") : tr("Warning");
        case File:
            return displayFile(p.file);
        case Line:
            return p.line > 0 ? QVariant(p.line) : QVariant();
        case Column:
            return p.column > 0 ? QVariant(p.column) : QVariant();
        case Entity:
            if (const std::optional<EntityRef> ref = EntityRef::parse(p.entityRef))
                return ref->toDisplayString();
            return p.entityRef;
        case Message:
            return p.message;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case File:
            return p.file;
        case Entity:
            return p.entityRef;
        default:
            return p.toCompilerStyle();
        }
    case SeverityRole:
        return int(p.severity);
    case FilePathRole:
        return p.file;
    case LineRole:
        return p.line;
    case ColumnRole:
        return p.column;
    case EntityRefRole:
        return p.entityRef;
    case SortRole:
        switch (index.column()) {
        case Severity:
            return int(p.severity);
        case File:
            return displayFile(p.file);
        case Line:
            return p.line;
        case Column:
            return p.column;
        case Entity:
            return p.entityRef;
        case Message:
            return p.message;
        }
        return {};
    }
    return {};
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case Column:
        return tr("Column");
    case Entity:
        return tr("Entity");
    case Message:
        return tr("Message");
    }
    return {};
}

} // namespace Atrium

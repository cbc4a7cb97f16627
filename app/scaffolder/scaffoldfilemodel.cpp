#include "scaffoldfilemodel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Atrium {

using Status = ScaffoldFileComparison::Status;

ScaffoldFileModel::ScaffoldFileModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    m_nodes.append(Node {});
}

ScaffoldFileModel::~ScaffoldFileModel() = default;

QString ScaffoldFileModel::statusText(Status status)
{
    switch (status) {
    case Status::New:
        return tr("New");
    case Status::Changed:
        return tr("Changed");
    case Status::Unchanged:
        return tr("Unchanged");
    case Status::Blocked:
        return tr("Blocked");
    }
    return {};
}

int ScaffoldFileModel::childFolder(int parent, const QString& name, const QString& path)
{
    for (const int child : std::as_const(m_nodes[parent].children)) {
        if (m_nodes.at(child).file < 0 && m_nodes.at(child).name == name)
            return child;
    }
    m_nodes.append(Node { name, path, parent, 0, -1, {} });
    const int node = int(m_nodes.size() - 1);
    m_nodes[parent].children.append(node);
    return node;
}

void ScaffoldFileModel::sortChildren(int node)
{
    QList<int>& children = m_nodes[node].children;
    std::sort(children.begin(), children.end(), [this](int a, int b) {
        const Node& left = m_nodes.at(a);
        const Node& right = m_nodes.at(b);
        if ((left.file < 0) != (right.file < 0))
            return left.file < 0; // folders first, as file managers list them
        const int byName = left.name.compare(right.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : left.name < right.name;
    });
    for (int row = 0; row < children.size(); ++row) {
        m_nodes[children.at(row)].row = row;
        sortChildren(children.at(row));
    }
}

void ScaffoldFileModel::setFiles(const QList<ScaffoldFile>& files)
{
    beginResetModel();
    m_files = files;
    m_comparisons = ScaffoldComparison::compare(files, QString()).files;
    m_binary.clear();
    m_nodes.clear();
    m_nodes.append(Node {});
    for (int i = 0; i < m_files.size(); ++i) {
        const QString& path = m_files.at(i).path;
        m_binary.append(ScaffoldComparison::isBinary(m_files.at(i).content));
        int parent = 0;
        QString name = path;
        // A path the writer refuses has no trustworthy folders ("/etc/passwd", "a//b"): it is listed whole.
        if (ScaffoldWriter::pathProblem(path).isEmpty()) {
            const QStringList segments = path.split(QLatin1Char('/'));
            for (qsizetype s = 0; s + 1 < segments.size(); ++s)
                parent = childFolder(parent, segments.at(s), segments.mid(0, s + 1).join(QLatin1Char('/')));
            name = segments.last();
        }
        m_nodes.append(Node { name, path, parent, 0, i, {} });
        m_nodes[parent].children.append(int(m_nodes.size() - 1));
    }
    sortChildren(0);
    endResetModel();
}

void ScaffoldFileModel::setComparison(const ScaffoldComparisonResult& comparison)
{
    if (comparison.files.size() != m_files.size())
        return;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        if (comparison.files.at(i).path != m_files.at(i).path)
            return;
    }
    m_comparisons = comparison.files;
    for (int node = 1; node < m_nodes.size(); ++node) {
        if (m_nodes.at(node).file < 0)
            continue;
        const int row = m_nodes.at(node).row;
        Q_EMIT dataChanged(createIndex(row, 0, quintptr(node)), createIndex(row, COLUMN_COUNT - 1, quintptr(node)));
    }
}

QModelIndex ScaffoldFileModel::indexForPath(const QString& path, int column) const
{
    for (int node = 1; node < m_nodes.size(); ++node) {
        if (m_nodes.at(node).path == path)
            return createIndex(m_nodes.at(node).row, column, quintptr(node));
    }
    return {};
}

const ScaffoldFile* ScaffoldFileModel::file(const QString& path) const
{
    const auto it
        = std::find_if(m_files.cbegin(), m_files.cend(), [&path](const ScaffoldFile& f) { return f.path == path; });
    return it == m_files.cend() ? nullptr : &*it;
}

const ScaffoldFileComparison* ScaffoldFileModel::comparison(const QString& path) const
{
    const ScaffoldFile* found = file(path);
    return found ? &m_comparisons.at(found - m_files.constData()) : nullptr;
}

int ScaffoldFileModel::count(Status status) const
{
    return int(std::count_if(m_comparisons.cbegin(), m_comparisons.cend(),
                             [status](const ScaffoldFileComparison& file) { return file.status == status; }));
}

const ScaffoldFileModel::Node& ScaffoldFileModel::nodeOf(const QModelIndex& index) const
{
    return m_nodes.at(index.isValid() ? qsizetype(index.internalId()) : 0);
}

QModelIndex ScaffoldFileModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(nodeOf(parent).children.at(row)));
}

QModelIndex ScaffoldFileModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parent = nodeOf(child).parent;
    if (parent <= 0)
        return {};
    return createIndex(m_nodes.at(parent).row, 0, quintptr(parent));
}

int ScaffoldFileModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent).children.size());
}

int ScaffoldFileModel::columnCount(const QModelIndex&) const
{
    return COLUMN_COUNT;
}

QVariant ScaffoldFileModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& node = nodeOf(index);
    if (role == PathRole)
        return node.path;
    if (role == IsFolderRole)
        return node.file < 0;
    if (node.file < 0)
        return role == Qt::DisplayRole && index.column() == NameColumn ? QVariant(node.name) : QVariant();

    const ScaffoldFile& file = m_files.at(node.file);
    const ScaffoldFileComparison& comparison = m_comparisons.at(node.file);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node.name;
        case StatusColumn:
            return statusText(comparison.status);
        case SizeColumn:
            return QLocale().formattedDataSize(file.content.size());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !comparison.problem.isEmpty())
            return QString(statusText(comparison.status) + QLatin1String(": ") + comparison.problem);
        if (index.column() == NameColumn)
            return file.executable ? tr("%1 (executable)").arg(file.path) : file.path;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return int(comparison.status);
    case ContentRole:
        return file.content;
    case ExecutableRole:
        return file.executable;
    case SizeRole:
        return qint64(file.content.size());
    case ProblemRole:
        return comparison.problem;
    case ExistingContentRole:
        return comparison.existingContentKept ? QVariant(comparison.existingContent) : QVariant();
    case BinaryRole:
        return m_binary.at(node.file);
    }
    return {};
}

QVariant ScaffoldFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

} // namespace Atrium

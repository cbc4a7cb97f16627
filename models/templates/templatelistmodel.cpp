#include "templatelistmodel.h"

#include <QSet>

#include <algorithm>

namespace Atrium {

TemplateListModel::TemplateListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

TemplateListModel::~TemplateListModel() = default;

void TemplateListModel::setIndex(const CatalogIndexPtr& index)
{
    beginResetModel();
    m_rows.clear();
    if (index) {
        for (const Entity entity : index->snapshot()->entities) {
            // Templates with errors cannot run; the catalog page lists them with their problems.
            if (entity.hasErrors() || entity.kind().compare(u"Template", Qt::CaseInsensitive) != 0)
                continue;
            if (entity.file().isEmpty() && m_hiddenBackends.contains(entity.origin().toString()))
                continue;
            QStringList tags;
            for (const QStringView tag : entity.tags())
                tags.append(tag.toString());
            m_rows.append(Row { entity.ref().toString(), entity.displayName().toString(),
                                entity.description().toString(), entity.specType().toString(),
                                entity.owner().toString(), tags,
                                entity.file().isEmpty() ? entity.origin().toString() : QString() });
        }
        std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
            const int byTitle = a.title.compare(b.title, Qt::CaseInsensitive);
            return byTitle != 0 ? byTitle < 0 : a.ref < b.ref;
        });
    }
    endResetModel();
}

QStringList TemplateListModel::types() const
{
    QSet<QString> types;
    for (const Row& row : m_rows) {
        if (!row.type.isEmpty())
            types.insert(row.type);
    }
    QStringList sorted(types.cbegin(), types.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

int TemplateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return row.description;
    case RefRole:
        return row.ref;
    case TypeRole:
        return row.type;
    case OwnerRole:
        return row.owner;
    case TagsRole:
        return row.tags;
    case BackendRole:
        return row.backend;
    }
    return {};
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RefRole, QByteArrayLiteral("ref"));
    names.insert(TitleRole, QByteArrayLiteral("title"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(TypeRole, QByteArrayLiteral("type"));
    names.insert(OwnerRole, QByteArrayLiteral("owner"));
    names.insert(TagsRole, QByteArrayLiteral("tags"));
    names.insert(BackendRole, QByteArrayLiteral("backend"));
    return names;
}

} // namespace Atrium

#include "templatefilterproxymodel.h"

#include "templatelistmodel.h"

namespace Atrium {

TemplateFilterProxyModel::TemplateFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

TemplateFilterProxyModel::~TemplateFilterProxyModel() = default;

void TemplateFilterProxyModel::setText(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void TemplateFilterProxyModel::setType(const QString& type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

bool TemplateFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString type = index.data(TemplateListModel::TypeRole).toString();
    if (!m_type.isEmpty() && type.compare(m_type, Qt::CaseInsensitive) != 0)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack
        = (index.data(TemplateListModel::TitleRole).toString() + QLatin1Char('\n')
           + index.data(TemplateListModel::DescriptionRole).toString() + QLatin1Char('\n') + type + QLatin1Char('\n')
           + index.data(TemplateListModel::OwnerRole).toString() + QLatin1Char('\n')
           + index.data(TemplateListModel::TagsRole).toStringList().join(QLatin1Char('\n')))
              .toLower();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString& word) { return haystack.contains(word); });
}

} // namespace Atrium

#include "palettemodel.h"

#include <QCoreApplication>

namespace Atrium {

PaletteModel::PaletteModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

PaletteModel::~PaletteModel() = default;

void PaletteModel::setResults(PaletteResults results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

PaletteItem PaletteModel::item(int row) const
{
    return row >= 0 && row < m_results.size() ? m_results.at(row).item : PaletteItem();
}

int PaletteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant PaletteModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaletteResult& result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return result.item.title;
    case Qt::ToolTipRole:
        return result.item.subtitle.isEmpty() ? result.item.title : result.item.subtitle;
    case SubtitleRole:
        return result.item.subtitle;
    case CategoryRole:
        return int(result.item.category);
    case CategoryNameRole:
        return categoryName(result.item.category);
    case IdRole:
        return result.item.id;
    case ShortcutRole:
        return result.item.shortcut;
    case TitlePositionsRole:
        return QVariant::fromValue(result.titlePositions);
    case SubtitlePositionsRole:
        return QVariant::fromValue(result.subtitlePositions);
    case ScoreRole:
        return result.score;
    case ItemRole:
        return QVariant::fromValue(result.item);
    }
    return {};
}

QHash<int, QByteArray> PaletteModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SubtitleRole, "subtitle");
    names.insert(CategoryRole, "category");
    names.insert(CategoryNameRole, "categoryName");
    names.insert(IdRole, "id");
    names.insert(ShortcutRole, "shortcut");
    names.insert(TitlePositionsRole, "titlePositions");
    names.insert(SubtitlePositionsRole, "subtitlePositions");
    names.insert(ScoreRole, "score");
    names.insert(ItemRole, "item");
    return names;
}

QString PaletteModel::categoryName(PaletteItem::Category category)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("Atrium::PaletteModel", "Entity"),
        QT_TRANSLATE_NOOP("Atrium::PaletteModel", "Template"),
        QT_TRANSLATE_NOOP("Atrium::PaletteModel", "Page"),
        QT_TRANSLATE_NOOP("Atrium::PaletteModel", "Command"),
    };
    return QCoreApplication::translate("Atrium::PaletteModel", names[int(category)]);
}

} // namespace Atrium

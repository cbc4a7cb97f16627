#pragma once

#include "paletteitem.h"

#include <QAbstractListModel>

namespace Atrium {

/// The palette's current results, one row each, best first. Replaced as a whole for every query.
class PaletteModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        SubtitleRole = Qt::UserRole, ///< QString
        CategoryRole, ///< int, a PaletteItem::Category
        CategoryNameRole, ///< QString, translated ("Entity", "Command", ...)
        IdRole, ///< QString: the entity ref or the page or command id
        ShortcutRole, ///< QString, as shown
        TitlePositionsRole, ///< QList<int>: matched characters of the title (Qt::DisplayRole)
        SubtitlePositionsRole, ///< QList<int>: matched characters of the subtitle
        ScoreRole, ///< int
        ItemRole, ///< PaletteItem
    };

    explicit PaletteModel(QObject* parent = nullptr);
    ~PaletteModel() override;

    void setResults(PaletteResults results);
    const PaletteResults& results() const { return m_results; }
    /// The item of @p row; a default PaletteItem when out of range.
    PaletteItem item(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString categoryName(PaletteItem::Category category);

private:
    PaletteResults m_results;
};

} // namespace Atrium

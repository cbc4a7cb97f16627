#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Atrium {

/// One thing the command palette can go to: an entity, a template, a page or a command.
/// A plain value: results carry copies across threads, and the palette remembers recent ones.
struct PaletteItem {
    /// Also the order of results with equal scores.
    enum class Category : quint8 { Entity, Template, Page, Command };

    Category category = Category::Command;
    QString id; ///< what activating it means: the entity ref, or the page or command id
    QString title; ///< translated for pages and commands; the display name of an entity
    QString subtitle; ///< second line: `Kind · ref` for entities, an optional description otherwise
    QString shortcut; ///< key sequence as shown (`Ctrl+R`), empty when there is none
    QString keywords; ///< more words that find the item without being shown (synonyms, the English name)

    /// Goes to the same place as @p other (titles may differ, e.g. after a language change).
    bool isSameTarget(const PaletteItem& other) const { return category == other.category && id == other.id; }

    friend bool operator==(const PaletteItem&, const PaletteItem&) = default;
};

/// An item that matched a query, with where, so the view can highlight the matched characters.
struct PaletteResult {
    PaletteItem item;
    int score = 0;
    QList<int> titlePositions; ///< ascending indexes into item.title
    QList<int> subtitlePositions; ///< ascending indexes into item.subtitle
};

using PaletteResults = QList<PaletteResult>;

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::PaletteItem)
Q_DECLARE_METATYPE(Atrium::PaletteResults)

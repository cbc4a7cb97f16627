#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QPalette;
class QWidget;

namespace Atrium {

/// How the relation graph looks, derived from the widget's palette and font so that it follows light and dark
/// themes and the user's font size. A value: recompute it where the palette or font may have changed.
struct GraphStyle {
    static constexpr qreal cornerRadius = 6;
    static constexpr qreal padding = 6; ///< inside a node, around each text line
    static constexpr qreal minNodeWidth = 96;
    static constexpr qreal maxNodeWidth = 220; ///< longer names are elided
    static constexpr qreal labelPadding = 3; ///< around an edge label's text

    QFont nameFont; ///< the entity's display name
    QFont smallFont; ///< the kind in the header and the edge labels

    QColor nodeFill;
    QColor nodeBorder;
    QColor text;
    QColor mutedText; ///< kinds, relation labels, missing entities
    QColor edge;
    QColor highlight; ///< the start entity, the hovered or focused one, and its edges
    QColor missingFill;
    QColor labelFill; ///< behind an edge label, so it reads over crossing edges
    bool dark = false;

    static GraphStyle from(const QPalette& palette, const QFont& font);
    /// The style for items painted on @p widget (the application's when null).
    static GraphStyle of(const QWidget* widget);

    /// The header colour for entities of @p kind (any case): a fixed hue for Backstage's kinds, a stable hashed one
    /// for others, light on light palettes and dark on dark ones so that #text stays readable on it.
    QColor kindColour(const QString& kind) const;
};

} // namespace Atrium

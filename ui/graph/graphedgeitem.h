#pragma once

#include "graph/relationneighbourhood.h"
#include "graphlayout/graphlayout.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace Atrium {

struct GraphStyle;

/// One relation of the relation graph: Graphviz's spline, an arrowhead at the target and the relation type as a
/// small label. Takes no mouse input, so that clicks and hovers reach the nodes.
class GraphEdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    GraphEdgeItem(NeighbourhoodEdge edge, const GraphLayout::Edge& geometry);
    ~GraphEdgeItem() override;

    /// Room the label of @p type needs in @p style's fonts: what the layout is asked to keep free.
    static QSizeF labelSizeFor(const QString& type, const GraphStyle& style);

    const NeighbourhoodEdge& edge() const { return m_edge; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    NeighbourhoodEdge m_edge;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QRectF m_labelRect;
    bool m_highlighted = false;
};

} // namespace Atrium

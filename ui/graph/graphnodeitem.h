#pragma once

#include "graph/relationneighbourhood.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace Atrium {

struct GraphStyle;

/// One entity of the relation graph: a rounded box with a header in its kind's colour, the kind above the
/// display name. Knows nothing of the view; RelationGraphView tells it when it is hovered.
class GraphNodeItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(Atrium::GraphNodeItem)
public:
    enum { Type = UserType + 1 };

    GraphNodeItem(NeighbourhoodNode node, const QRectF& rect, bool isStart);
    ~GraphNodeItem() override;

    /// The box @p node needs in @p style's fonts: what the layout is asked to place.
    static QSizeF sizeFor(const NeighbourhoodNode& node, const GraphStyle& style);

    const NeighbourhoodNode& node() const { return m_node; }
    const QString& ref() const { return m_node.ref; }
    bool isStart() const { return m_isStart; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    NeighbourhoodNode m_node;
    QRectF m_rect;
    bool m_isStart;
    bool m_highlighted = false;
};

} // namespace Atrium

#include "graphedgeitem.h"

#include "graphstyle.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Atrium {

namespace {

constexpr qreal minLabelZoom = 0.4;

QPainterPath splinePath(const QList<QPointF>& spline)
{
    QPainterPath path;
    if (spline.isEmpty())
        return path;
    path.moveTo(spline.first());
    for (qsizetype i = 1; i + 2 < spline.size(); i += 3)
        path.cubicTo(spline.at(i), spline.at(i + 1), spline.at(i + 2));
    return path;
}

// Graphviz leaves the gap between the spline's end and the tip for the arrowhead; it is as wide as it is long.
QPolygonF arrowHead(const QPointF& base, const QPointF& tip)
{
    const QLineF axis(base, tip);
    if (axis.length() < 0.5)
        return {};
    QLineF side = axis.normalVector();
    side.setLength(axis.length() * 0.45);
    const QPointF offset = side.p2() - side.p1();
    return QPolygonF { tip, base + offset, base - offset };
}

} // namespace

GraphEdgeItem::GraphEdgeItem(NeighbourhoodEdge edge, const GraphLayout::Edge& geometry)
    : m_edge(std::move(edge))
    , m_path(splinePath(geometry.spline))
    , m_labelRect(geometry.labelRect)
{
    if (geometry.arrowTip && !geometry.spline.isEmpty())
        m_arrow = arrowHead(geometry.spline.last(), *geometry.arrowTip);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(0);
}

GraphEdgeItem::~GraphEdgeItem() = default;

QSizeF GraphEdgeItem::labelSizeFor(const QString& type, const GraphStyle& style)
{
    const QFontMetricsF metrics(style.smallFont);
    return { std::ceil(metrics.horizontalAdvance(type) + 2 * GraphStyle::labelPadding),
             std::ceil(metrics.height() + GraphStyle::labelPadding) };
}

void GraphEdgeItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    // Above the other edges, so that a highlighted edge is not hidden where edges cross.
    setZValue(highlighted ? 0.5 : 0);
    update();
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_path.boundingRect().united(m_arrow.boundingRect()).united(m_labelRect).adjusted(-2, -2, 2, 2);
}

void GraphEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    const GraphStyle style = GraphStyle::of(widget);
    const QColor colour = m_highlighted ? style.highlight : style.edge;
    painter->setRenderHint(QPainter::Antialiasing);

    QPen pen(colour, m_highlighted ? 2 : 1.2);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (!m_arrow.isEmpty()) {
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(colour);
        painter->drawPolygon(m_arrow);
    }

    // Zoomed far out, a hundred labels are grey noise over the edges.
    if (m_labelRect.isNull() || option->levelOfDetailFromTransform(painter->worldTransform()) < minLabelZoom)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.labelFill);
    painter->drawRoundedRect(m_labelRect, 3, 3);
    painter->setFont(style.smallFont);
    painter->setPen(m_highlighted ? style.text : style.mutedText);
    painter->drawText(m_labelRect, Qt::AlignCenter, m_edge.type);
}

} // namespace Atrium

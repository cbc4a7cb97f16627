#include "graphnodeitem.h"

#include "graphstyle.h"

#include <QFocusEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace Atrium {

namespace {

constexpr qreal minTextZoom = 0.2;

qreal headerHeight(const GraphStyle& style)
{
    return QFontMetricsF(style.smallFont).height() + GraphStyle::padding;
}

} // namespace

GraphNodeItem::GraphNodeItem(NeighbourhoodNode node, const QRectF& rect, bool isStart)
    : m_node(std::move(node))
    , m_rect(rect)
    , m_isStart(isStart)
{
    setFlag(ItemIsFocusable);
    setCursor(Qt::PointingHandCursor);
    setZValue(1);
    setToolTip(m_node.missing ? tr("%1\nNot in the catalog").arg(m_node.ref) : m_node.ref);
}

GraphNodeItem::~GraphNodeItem() = default;

QSizeF GraphNodeItem::sizeFor(const NeighbourhoodNode& node, const GraphStyle& style)
{
    const qreal textWidth = std::max(QFontMetricsF(style.smallFont).horizontalAdvance(node.kind),
                                     QFontMetricsF(style.nameFont).horizontalAdvance(node.displayName));
    const qreal width
        = std::clamp(textWidth + 2 * GraphStyle::padding + 2, GraphStyle::minNodeWidth, GraphStyle::maxNodeWidth);
    const qreal height = headerHeight(style) + QFontMetricsF(style.nameFont).height() + 2 * GraphStyle::padding;
    return { std::ceil(width), std::ceil(height) };
}

void GraphNodeItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

void GraphNodeItem::focusInEvent(QFocusEvent* event)
{
    // Tabbing through a zoomed-in graph must not leave the focused node out of sight; a click must not scroll.
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason)
        ensureVisible(boundingRect(), 24, 24);
    update();
}

void GraphNodeItem::focusOutEvent(QFocusEvent* event)
{
    Q_UNUSED(event)
    update();
}

QRectF GraphNodeItem::boundingRect() const
{
    return m_rect.adjusted(-4, -4, 4, 4); // room for the start entity's halo
}

QPainterPath GraphNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_rect, GraphStyle::cornerRadius, GraphStyle::cornerRadius);
    return path;
}

void GraphNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    const GraphStyle style = GraphStyle::of(widget);
    const bool emphasised = m_highlighted || hasFocus();
    painter->setRenderHint(QPainter::Antialiasing);

    const QPainterPath outline = shape();
    if (m_isStart) {
        // A halo, so that the start entity stays distinct from the hovered or focused one.
        QColor halo = style.highlight;
        halo.setAlpha(70);
        painter->strokePath(outline, QPen(halo, 8));
    }
    painter->fillPath(outline, m_node.missing ? style.missingFill : style.nodeFill);

    // The header is the top of the same rounded box, so its corners follow the outline.
    const QRectF header(m_rect.topLeft(), QSizeF(m_rect.width(), headerHeight(style)));
    QPainterPath headerArea;
    headerArea.addRect(header);
    QColor headerColour = style.kindColour(m_node.kind);
    if (m_node.missing)
        headerColour.setAlpha(90);
    painter->fillPath(outline.intersected(headerArea), headerColour);

    QPen border(emphasised || m_isStart ? style.highlight : style.nodeBorder);
    border.setWidthF(emphasised || m_isStart ? 2 : 1);
    if (m_node.missing)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);

    // Text a few pixels high cannot be read, and laying it out for 150 nodes makes zooming stutter.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < minTextZoom)
        return;

    const QRectF textArea = m_rect.adjusted(GraphStyle::padding, 0, -GraphStyle::padding, 0);
    painter->setFont(style.smallFont);
    painter->setPen(m_node.missing ? style.mutedText : style.text);
    const QRectF kindRect(textArea.left(), header.top(), textArea.width(), header.height());
    painter->drawText(kindRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(style.smallFont).elidedText(m_node.kind, Qt::ElideRight, kindRect.width()));

    QFont nameFont = style.nameFont;
    nameFont.setItalic(m_node.missing);
    painter->setFont(nameFont);
    const QRectF nameRect(textArea.left(), header.bottom(), textArea.width(), m_rect.bottom() - header.bottom());
    painter->drawText(nameRect, Qt::AlignCenter,
                      QFontMetricsF(nameFont).elidedText(m_node.displayName, Qt::ElideRight, nameRect.width()));
}

} // namespace Atrium

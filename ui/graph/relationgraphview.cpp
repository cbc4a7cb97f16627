#include "relationgraphview.h"

#include "graphedgeitem.h"
#include "graphnodeitem.h"
#include "graphstyle.h"

#include <QAction>
#include <QApplication>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Atrium {

namespace {

constexpr qreal zoomStep = 1.25;
constexpr qreal minZoom = 0.05;
constexpr qreal maxZoom = 4.0;
constexpr qreal sceneMargin = 24;
// Below this the names are too small to read: a graph that only fits smaller opens on its start entity instead.
constexpr qreal readableZoom = 0.5;

} // namespace

RelationGraphView::RelationGraphView(QWidget* parent)
    : QGraphicsView(parent)
    , m_zoomIn(new QAction(tr("Zoom In"), this))
    , m_zoomOut(new QAction(tr("Zoom Out"), this))
    , m_fit(new QAction(tr("Fit to View"), this))
{
    setScene(new QGraphicsScene(this));
    setDragMode(ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Relation graph"));

    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomIn->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    m_zoomOut->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    m_fit->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-best")));
    for (QAction* action : { m_zoomIn, m_zoomOut, m_fit }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_zoomIn, &QAction::triggered, this, &RelationGraphView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &RelationGraphView::zoomOut);
    connect(m_fit, &QAction::triggered, this, &RelationGraphView::fitToView);
}

RelationGraphView::~RelationGraphView() = default;

GraphLayoutRequest RelationGraphView::layoutRequest(const RelationNeighbourhood& graph) const
{
    const GraphStyle style = GraphStyle::of(viewport());
    GraphLayoutRequest request;
    // Left to right: a group's dozens of members stack into a column instead of a row wider than any screen.
    request.direction = GraphLayoutRequest::Direction::LeftToRight;
    QHash<QString, int> indexes;
    request.nodeSizes.reserve(graph.nodes.size());
    for (const NeighbourhoodNode& node : graph.nodes) {
        indexes.insert(node.ref, int(request.nodeSizes.size()));
        request.nodeSizes.append(GraphNodeItem::sizeFor(node, style));
    }
    request.edges.reserve(graph.edges.size());
    for (const NeighbourhoodEdge& edge : graph.edges)
        request.edges.append({ indexes.value(edge.fromRef, -1), indexes.value(edge.toRef, -1),
                               GraphEdgeItem::labelSizeFor(edge.type, style) });
    return request;
}

void RelationGraphView::setGraph(const RelationNeighbourhood& graph, const GraphLayout& layout)
{
    clear();
    if (layout.nodes.size() != graph.nodes.size() || layout.edges.size() != graph.edges.size())
        return; // not this graph's layout: a caller's bug, but no reason to draw nonsense

    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        auto* item = new GraphNodeItem(graph.nodes.at(i), layout.nodes.at(i), i == 0);
        scene()->addItem(item);
        m_nodes.insert(item->ref(), item);
    }
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        auto* item = new GraphEdgeItem(graph.edges.at(i), layout.edges.at(i));
        scene()->addItem(item);
        m_edges.append(item);
    }
    setSceneRect(layout.bounds.adjusted(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin));
    m_fitOnResize = true;
    showStart();
}

void RelationGraphView::clear()
{
    m_hovered = nullptr;
    m_pressed = nullptr;
    m_nodes.clear();
    m_edges.clear();
    scene()->clear();
    setSceneRect(QRectF());
}

QList<GraphNodeItem*> RelationGraphView::nodeItems() const
{
    QList<GraphNodeItem*> items;
    for (QGraphicsItem* item : scene()->items(Qt::AscendingOrder)) {
        if (item->type() == GraphNodeItem::Type)
            items.append(static_cast<GraphNodeItem*>(item));
    }
    return items;
}

qreal RelationGraphView::zoom() const
{
    return transform().m11();
}

void RelationGraphView::zoomIn()
{
    zoomBy(zoomStep);
}

void RelationGraphView::zoomOut()
{
    zoomBy(1 / zoomStep);
}

void RelationGraphView::fitToView()
{
    if (sceneRect().isEmpty())
        return;
    const QSizeF available = viewport()->size();
    const qreal fit = std::min(available.width() / sceneRect().width(), available.height() / sceneRect().height());
    const qreal scale = std::clamp(fit, minZoom, 1.0);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(sceneRect().center());
}

void RelationGraphView::showStart()
{
    fitToView();
    if (zoom() >= readableZoom || m_nodes.isEmpty())
        return;
    setTransform(QTransform::fromScale(readableZoom, readableZoom));
    for (const GraphNodeItem* node : std::as_const(m_nodes)) {
        if (node->isStart())
            centerOn(node);
    }
}

void RelationGraphView::zoomBy(qreal factor)
{
    m_fitOnResize = false;
    const qreal target = std::clamp(zoom() * factor, minZoom, maxZoom);
    scale(target / zoom(), target / zoom());
}

void RelationGraphView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // angleDelta is in eighths of a degree; a mouse notch is 15 degrees, touchpads send fractions of one.
    const qreal notches = event->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomBy(std::pow(zoomStep, notches));
    event->accept();
}

void RelationGraphView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (QGraphicsItem* focused = scene()->focusItem(); focused && focused->type() == GraphNodeItem::Type) {
            Q_EMIT entityActivated(static_cast<GraphNodeItem*>(focused)->ref());
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void RelationGraphView::mousePressEvent(QMouseEvent* event)
{
    // The base class starts a hand drag even on a node: a press that moves pans, one that does not is a click.
    m_pressed = event->button() == Qt::LeftButton ? nodeAt(event->position().toPoint()) : nullptr;
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void RelationGraphView::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() == Qt::NoButton)
        setHovered(nodeAt(event->position().toPoint()));
    else if ((event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_fitOnResize = false; // panned
    QGraphicsView::mouseMoveEvent(event);
}

void RelationGraphView::mouseReleaseEvent(QMouseEvent* event)
{
    GraphNodeItem* pressed = std::exchange(m_pressed, nullptr);
    const bool click = (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && click && pressed && pressed == nodeAt(event->position().toPoint()))
        Q_EMIT entityActivated(pressed->ref());
}

void RelationGraphView::leaveEvent(QEvent* event)
{
    setHovered(nullptr);
    QGraphicsView::leaveEvent(event);
}

void RelationGraphView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitOnResize)
        showStart();
}

void RelationGraphView::changeEvent(QEvent* event)
{
    // Items take their colours from the viewport's palette when painted; they only need painting again.
    if (event->type() == QEvent::PaletteChange)
        viewport()->update();
    QGraphicsView::changeEvent(event);
}

GraphNodeItem* RelationGraphView::nodeAt(const QPoint& viewportPos) const
{
    for (QGraphicsItem* item : items(viewportPos)) {
        if (item->type() == GraphNodeItem::Type)
            return static_cast<GraphNodeItem*>(item);
    }
    return nullptr;
}

void RelationGraphView::setHovered(GraphNodeItem* node)
{
    if (m_hovered == node)
        return;
    m_hovered = node;
    for (GraphNodeItem* item : std::as_const(m_nodes))
        item->setHighlighted(item == node);
    const QString ref = node ? node->ref() : QString();
    for (GraphEdgeItem* edge : std::as_const(m_edges))
        edge->setHighlighted(node && (edge->edge().fromRef == ref || edge->edge().toRef == ref));
}

} // namespace Atrium

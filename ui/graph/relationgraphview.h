#pragma once

#include "graph/relationneighbourhood.h"
#include "graphlayout/graphlayout.h"

#include <QGraphicsView>
#include <QHash>
#include <QPoint>
#include <QPointer>

class QAction;

namespace Atrium {

class GraphEdgeItem;
class GraphNodeItem;

/// Draws a laid-out RelationNeighbourhood: zoom with Ctrl+wheel, +/- and the actions, pan by dragging, click (or
/// Enter on the focused node) to open an entity. Draws only: the walk and the layout happen outside.
class RelationGraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit RelationGraphView(QWidget* parent = nullptr);
    ~RelationGraphView() override;

    /// What the layout must place for @p graph, sized in this view's fonts.
    GraphLayoutRequest layoutRequest(const RelationNeighbourhood& graph) const;
    /// Shows @p graph as @p layout placed it; @p layout must come from layoutRequest(graph). Fits it to the view
    /// when it is readable there, else centres the start entity.
    void setGraph(const RelationNeighbourhood& graph, const GraphLayout& layout);
    void clear();

    GraphNodeItem* nodeItem(const QString& ref) const { return m_nodes.value(ref); }
    QList<GraphNodeItem*> nodeItems() const;
    QList<GraphEdgeItem*> edgeItems() const { return m_edges; }

    qreal zoom() const;
    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QAction* fitAction() const { return m_fit; }

    void zoomIn();
    void zoomOut();
    /// The whole graph in view, but never enlarged beyond its natural size.
    void fitToView();

Q_SIGNALS:
    void entityActivated(const QString& ref);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The whole graph when it fits at a readable size, else the start entity at that size.
    void showStart();
    void zoomBy(qreal factor);
    GraphNodeItem* nodeAt(const QPoint& viewportPos) const;
    void setHovered(GraphNodeItem* node);

    QHash<QString, GraphNodeItem*> m_nodes;
    QList<GraphEdgeItem*> m_edges;
    GraphNodeItem* m_hovered = nullptr;
    GraphNodeItem* m_pressed = nullptr;
    QPoint m_pressPos;
    // Until the user zooms, a resize refits the graph: the view's first size is rarely its final one.
    bool m_fitOnResize = true;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_fit = nullptr;
};

} // namespace Atrium

#pragma once

#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace Atrium {

/// Boxes of known size and the edges between them, to be placed. Sizes are in points (1/72 inch), as Graphviz's.
struct GraphLayoutRequest {
    enum class Direction { TopToBottom, LeftToRight };

    struct Edge {
        int from = 0; ///< index into nodeSizes
        int to = 0;
        QSizeF labelSize; ///< room to keep free for the edge's label; empty for an edge without one
    };

    QList<QSizeF> nodeSizes;
    QList<Edge> edges;
    Direction direction = Direction::TopToBottom;
    qreal nodeSeparation = 24; ///< between neighbours of one rank
    qreal rankSeparation = 42; ///< between ranks
};

/// Where everything of a GraphLayoutRequest goes, in Qt's coordinates (y grows downwards), with the drawing's
/// top-left corner at (0, 0). Plain values: built on a worker thread, drawn on the GUI thread.
struct GraphLayout {
    struct Edge {
        /// A cubic Bézier spline: the start point, then control, control, end for each segment, as QPainterPath's
        /// moveTo and cubicTo take them. Empty when Graphviz could not route the edge.
        QList<QPointF> spline;
        /// The arrowhead's tip, on the target's border; the spline ends at the arrowhead's base.
        std::optional<QPointF> arrowTip;
        QRectF labelRect; ///< where the label goes; null for an edge without one
    };

    QList<QRectF> nodes; ///< by request index
    QList<Edge> edges; ///< by request index
    QRectF bounds;
    QString error; ///< what Graphviz said when it could not lay the graph out; empty on success

    bool isValid() const { return error.isEmpty(); }
};

/// Lays @p request out with Graphviz's dot, in this process. Callable from any thread: calls are serialised,
/// because Graphviz keeps global state that two layouts at once would corrupt.
GraphLayout layOutGraph(const GraphLayoutRequest& request);

} // namespace Atrium

Q_DECLARE_METATYPE(Atrium::GraphLayoutRequest)
Q_DECLARE_METATYPE(Atrium::GraphLayout)

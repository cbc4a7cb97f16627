#include "graphlayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace Atrium {

namespace {

constexpr double pointsPerInch = 72.0;

QMutex graphvizMutex;

// One context for the process, made on first use and never freed. Graphviz 2.42's gvContext() reads its plugin
// configuration into a buffer that gvFreeContext() does not release (about 4 KB per context), so a context per
// layout would leak on every layout; kept alive, the buffer stays reachable and is paid for once.
GVC_t* sharedContext()
{
    static GVC_t* const context = gvContext();
    return context;
}

// Where agerr() sends messages while a layout runs; guarded by graphvizMutex like the rest of Graphviz's state.
QStringList* graphvizMessages = nullptr;

int collectGraphvizMessage(char* message)
{
    if (graphvizMessages)
        graphvizMessages->append(QString::fromUtf8(message).trimmed());
    return 0;
}

// Graphviz 2.42 declares its string parameters `char*` although it copies them and never writes through them.
char* text(const char* value)
{
    return const_cast<char*>(value);
}

QByteArray inches(qreal points)
{
    return QByteArray::number(points / pointsPerInch, 'f', 4);
}

// A label of exactly the size the view will draw: an empty fixed-size HTML cell leaves Graphviz no text to measure,
// so its font metrics never disagree with Qt's.
QByteArray labelTable(const QSizeF& size)
{
    const QByteArray width = QByteArray::number(int(std::ceil(size.width())));
    const QByteArray height = QByteArray::number(int(std::ceil(size.height())));
    return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>"
           "<TD FIXEDSIZE=\"TRUE\" WIDTH=\""
        + width + "\" HEIGHT=\"" + height + "\"></TD></TR></TABLE>";
}

bool validEdge(const GraphLayoutRequest::Edge& edge, qsizetype nodeCount)
{
    return edge.from >= 0 && edge.from < nodeCount && edge.to >= 0 && edge.to < nodeCount;
}

// The edges that close a cycle, found as dot's own acyclic pass finds them: depth first, in input order.
// They are handed to dot already reversed, because dot 2.42 leaks the edges it reverses itself.
QList<bool> backEdges(const GraphLayoutRequest& request)
{
    const qsizetype nodeCount = request.nodeSizes.size();
    QList<QList<qsizetype>> outgoing(nodeCount);
    for (qsizetype e = 0; e < request.edges.size(); ++e) {
        const GraphLayoutRequest::Edge& edge = request.edges.at(e);
        if (validEdge(edge, nodeCount) && edge.from != edge.to)
            outgoing[edge.from].append(e);
    }
    enum : char { Unvisited, OnPath, Done };
    QList<char> state(nodeCount, Unvisited);
    QList<bool> back(request.edges.size(), false);
    QList<std::pair<qsizetype, qsizetype>> path; // node, next outgoing edge to follow
    for (qsizetype root = 0; root < nodeCount; ++root) {
        if (state.at(root) != Unvisited)
            continue;
        state[root] = OnPath;
        path.append({ root, 0 });
        while (!path.isEmpty()) {
            auto& [node, next] = path.last();
            if (next == outgoing.at(node).size()) {
                state[node] = Done;
                path.removeLast();
                continue;
            }
            const qsizetype e = outgoing.at(node).at(next++);
            const qsizetype target = request.edges.at(e).to;
            if (state.at(target) == OnPath) {
                back[e] = true;
            } else if (state.at(target) == Unvisited) {
                state[target] = OnPath;
                path.append({ target, 0 });
            }
        }
    }
    return back;
}

class GraphvizSession {
public:
    GraphvizSession()
        : m_context(sharedContext())
    {
        graphvizMessages = &m_messages;
        m_previousHandler = agseterrf(collectGraphvizMessage);
    }
    ~GraphvizSession()
    {
        if (m_graph) {
            if (m_laidOut)
                gvFreeLayout(m_context, m_graph);
            agclose(m_graph);
        }
        agseterrf(m_previousHandler);
        graphvizMessages = nullptr;
    }
    GraphvizSession(const GraphvizSession&) = delete;
    GraphvizSession& operator=(const GraphvizSession&) = delete;

    Agraph_t* openGraph()
    {
        m_graph = agopen(text("relations"), Agdirected, nullptr);
        return m_graph;
    }
    bool layOut()
    {
        m_laidOut = gvLayout(m_context, m_graph, "dot") == 0;
        return m_laidOut;
    }
    QString messages() const { return m_messages.join(QLatin1Char('\n')); }

private:
    GVC_t* m_context;
    Agraph_t* m_graph = nullptr;
    bool m_laidOut = false;
    QStringList m_messages;
    agusererrf m_previousHandler = nullptr;
};

// Graphviz's origin is the bottom-left corner of the drawing, y growing upwards.
class FlipToQt {
public:
    explicit FlipToQt(const boxf& bounds)
        : m_bounds(bounds)
    {
    }
    QPointF point(const pointf& p) const { return { p.x - m_bounds.LL.x, m_bounds.UR.y - p.y }; }
    QRectF rect(const pointf& centre, const QSizeF& size) const
    {
        QRectF r(QPointF(), size);
        r.moveCenter(point(centre));
        return r;
    }
    QRectF bounds() const { return { 0, 0, m_bounds.UR.x - m_bounds.LL.x, m_bounds.UR.y - m_bounds.LL.y }; }

private:
    boxf m_bounds;
};

// @p reversed: the edge was handed to dot the other way round with dir=back; its arrowhead is at the start.
GraphLayout::Edge edgeGeometry(Agedge_t* edge, bool reversed, const FlipToQt& flip)
{
    GraphLayout::Edge geometry;
    if (const splines* spl = ED_spl(edge); spl && spl->size > 0) {
        // One bezier per edge: several appear only for compound edges, which this graph has none of.
        const bezier& curve = spl->list[0];
        geometry.spline.reserve(curve.size);
        for (int i = 0; i < curve.size; ++i)
            geometry.spline.append(flip.point(curve.list[i]));
        if (reversed) {
            std::reverse(geometry.spline.begin(), geometry.spline.end());
            if (curve.sflag)
                geometry.arrowTip = flip.point(curve.sp);
        } else if (curve.eflag) {
            geometry.arrowTip = flip.point(curve.ep);
        }
    }
    if (const textlabel_t* label = ED_label(edge); label && label->set)
        geometry.labelRect = flip.rect(label->pos, QSizeF(label->dimen.x, label->dimen.y));
    return geometry;
}

// What was handed to Graphviz for each node and edge of the request, by request index.
struct DotGraph {
    QList<Agnode_t*> nodes;
    QList<Agedge_t*> edges; ///< null for an edge the request got wrong
    QList<bool> reversed; ///< see backEdges()
};

DotGraph buildDotGraph(Agraph_t* graph, const GraphLayoutRequest& request)
{
    const bool leftToRight = request.direction == GraphLayoutRequest::Direction::LeftToRight;
    agattr(graph, AGRAPH, text("rankdir"), text(leftToRight ? "LR" : "TB"));
    agattr(graph, AGRAPH, text("nodesep"), inches(request.nodeSeparation).data());
    agattr(graph, AGRAPH, text("ranksep"), inches(request.rankSeparation).data());
    // Nodes are drawn by the view; Graphviz only needs their boxes, without text to measure.
    agattr(graph, AGNODE, text("shape"), text("box"));
    agattr(graph, AGNODE, text("fixedsize"), text("true"));
    agattr(graph, AGNODE, text("label"), text(""));
    Agsym_t* width = agattr(graph, AGNODE, text("width"), text("1"));
    Agsym_t* height = agattr(graph, AGNODE, text("height"), text("0.5"));
    Agsym_t* label = agattr(graph, AGEDGE, text("label"), text(""));
    Agsym_t* direction = agattr(graph, AGEDGE, text("dir"), text("forward"));

    DotGraph dot;
    dot.nodes.reserve(request.nodeSizes.size());
    for (qsizetype i = 0; i < request.nodeSizes.size(); ++i) {
        Agnode_t* node = agnode(graph, QByteArray("n" + QByteArray::number(i)).data(), 1);
        agxset(node, width, inches(request.nodeSizes.at(i).width()).data());
        agxset(node, height, inches(request.nodeSizes.at(i).height()).data());
        dot.nodes.append(node);
    }
    dot.reversed = backEdges(request);
    dot.edges.reserve(request.edges.size());
    for (qsizetype e = 0; e < request.edges.size(); ++e) {
        const GraphLayoutRequest::Edge& requested = request.edges.at(e);
        if (!validEdge(requested, dot.nodes.size())) {
            dot.edges.append(nullptr);
            continue;
        }
        const bool reversed = dot.reversed.at(e);
        // Unnamed: a graph that is not strict gets a new edge for each call, so parallel edges stay apart.
        Agedge_t* edge = agedge(graph, dot.nodes.at(reversed ? requested.to : requested.from),
                                dot.nodes.at(reversed ? requested.from : requested.to), nullptr, 1);
        if (reversed)
            agxset(edge, direction, text("back"));
        if (!requested.labelSize.isEmpty()) {
            char* html = agstrdup_html(graph, labelTable(requested.labelSize).data());
            agxset(edge, label, html);
            agstrfree(graph, html);
        }
        dot.edges.append(edge);
    }
    return dot;
}

GraphLayout readLayout(Agraph_t* graph, const DotGraph& dot)
{
    const FlipToQt flip(GD_bb(graph));
    GraphLayout layout;
    layout.bounds = flip.bounds();
    layout.nodes.reserve(dot.nodes.size());
    for (Agnode_t* node : dot.nodes)
        layout.nodes.append(
            flip.rect(ND_coord(node), QSizeF(ND_width(node) * pointsPerInch, ND_height(node) * pointsPerInch)));
    layout.edges.reserve(dot.edges.size());
    for (qsizetype e = 0; e < dot.edges.size(); ++e) {
        Agedge_t* edge = dot.edges.at(e);
        layout.edges.append(edge ? edgeGeometry(edge, dot.reversed.at(e), flip) : GraphLayout::Edge {});
    }
    return layout;
}

} // namespace

GraphLayout layOutGraph(const GraphLayoutRequest& request)
{
    if (request.nodeSizes.isEmpty())
        return {};

    QMutexLocker locker(&graphvizMutex);
    GraphvizSession session;
    Agraph_t* graph = session.openGraph();
    const DotGraph dot = buildDotGraph(graph, request);
    if (!session.layOut()) {
        GraphLayout failed;
        failed.error = session.messages();
        if (failed.error.isEmpty())
            failed.error = QCoreApplication::translate("Atrium::GraphLayout", "Graphviz gave no reason.");
        return failed;
    }
    return readLayout(graph, dot);
}

} // namespace Atrium

#include "relationneighbourhood.h"

#include "catalog/entityref.h"
#include "relationdirection.h"

#include <QHash>

#include <algorithm>

namespace Atrium {

namespace {

NeighbourhoodNode missingNode(const QString& ref, int depth)
{
    NeighbourhoodNode node { ref, {}, ref, depth, true };
    if (const auto parsed = EntityRef::parse(ref)) {
        node.kind = parsed->kind;
        node.displayName = parsed->name;
    }
    return node;
}

class Walk {
public:
    Walk(const NeighbourhoodQuery& query, const GraphEntityLookup& lookup)
        : m_query(query)
        , m_lookup(lookup)
        , m_depth(std::clamp(query.depth, NeighbourhoodQuery::minDepth, NeighbourhoodQuery::maxDepth))
        , m_maxNodes(std::max(1, query.maxNodes))
    {
    }

    RelationNeighbourhood run()
    {
        if (m_query.startRef.isEmpty())
            return {};
        // Refs are canonical in lower case; people and links may write them otherwise.
        reach(m_query.startRef.toLower(), 0);
        // The node list doubles as the queue: every node of a level is appended before the first of the next one
        // is expanded, so edges between nodes of the last level are found too.
        for (qsizetype i = 0; i < m_result.nodes.size(); ++i)
            expand(i);

        QStringList types(m_types.cbegin(), m_types.cend());
        std::sort(types.begin(), types.end());
        m_result.availableTypes = std::move(types);
        return std::move(m_result);
    }

private:
    // Adds the node for @p ref unless it is there; returns its index, or -1 when the cap left it out.
    qsizetype reach(const QString& ref, int depth)
    {
        if (const auto it = m_indexByRef.constFind(ref); it != m_indexByRef.cend())
            return it.value();
        if (m_result.nodes.size() >= m_maxNodes) {
            m_result.truncated = true;
            return -1;
        }
        std::optional<GraphEntity> entity = m_lookup ? m_lookup(ref) : std::nullopt;
        const qsizetype index = m_result.nodes.size();
        if (entity) {
            m_result.nodes.append({ entity->ref, entity->kind, entity->displayName, depth, false });
            m_relations.append(std::move(entity->relations));
        } else {
            m_result.nodes.append(missingNode(ref, depth));
            m_relations.append(QList<GraphRelation>());
        }
        // Both spellings: a lookup may answer with its own canonical form of the ref it was asked for.
        m_indexByRef.insert(ref, index);
        m_indexByRef.insert(m_result.nodes.at(index).ref, index);
        return index;
    }

    void expand(qsizetype index)
    {
        const int depth = m_result.nodes.at(index).depth;
        const QList<GraphRelation> relations = std::move(m_relations[index]);
        for (const GraphRelation& relation : relations) {
            const RelationDirection direction = RelationDirection::of(relation.type);
            m_types.insert(direction.type);
            if (m_query.allowedTypes && !m_query.allowedTypes->contains(direction.type))
                continue;
            qsizetype other = m_indexByRef.value(relation.targetRef, -1);
            if (other < 0 && depth < m_depth)
                other = reach(relation.targetRef, depth + 1);
            if (other < 0)
                continue;
            const QString& self = m_result.nodes.at(index).ref;
            const QString& target = m_result.nodes.at(other).ref;
            addEdge(direction.reversed ? NeighbourhoodEdge { target, self, direction.type }
                                       : NeighbourhoodEdge { self, target, direction.type });
        }
    }

    void addEdge(NeighbourhoodEdge edge)
    {
        // Each side of a pair lists the relation, and a descriptor may list one twice.
        const QString key = edge.fromRef + QLatin1Char('\n') + edge.type + QLatin1Char('\n') + edge.toRef;
        if (m_edgeKeys.contains(key))
            return;
        m_edgeKeys.insert(key);
        m_result.edges.append(std::move(edge));
    }

    const NeighbourhoodQuery& m_query;
    const GraphEntityLookup& m_lookup;
    const int m_depth;
    const qsizetype m_maxNodes;
    RelationNeighbourhood m_result;
    QList<QList<GraphRelation>> m_relations; // per node, until it is expanded
    QHash<QString, qsizetype> m_indexByRef;
    QSet<QString> m_edgeKeys;
    QSet<QString> m_types;
};

} // namespace

int RelationNeighbourhood::indexOf(const QString& ref) const
{
    const auto it
        = std::find_if(nodes.cbegin(), nodes.cend(), [&](const NeighbourhoodNode& n) { return n.ref == ref; });
    return it == nodes.cend() ? -1 : int(it - nodes.cbegin());
}

RelationNeighbourhood RelationNeighbourhood::walk(const NeighbourhoodQuery& query, const GraphEntityLookup& lookup)
{
    return Walk(query, lookup).run();
}

} // namespace Atrium

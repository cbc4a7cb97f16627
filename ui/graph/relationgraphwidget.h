#pragma once

#include "graph/graphinput.h"
#include "graph/relationneighbourhood.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QMenu;
class QSpinBox;
class QToolButton;

namespace Atrium {

class GraphLayoutJob;
class RelationGraphView;
struct GraphLayout;

/// The relation graph of one entity with its controls: depth, relation-type filter, zoom. Walks the neighbourhood
/// when the entity, the depth or the filter change, and shows it once its layout, computed off the GUI thread,
/// is back. Wire it with setLookup(graphEntityLookup(snapshot)) and setEntity(ref).
class RelationGraphWidget : public QWidget {
    Q_OBJECT
public:
    explicit RelationGraphWidget(QWidget* parent = nullptr);
    ~RelationGraphWidget() override;

    /// Where entities come from; a new catalog needs a new lookup. Redraws the current entity.
    void setLookup(GraphEntityLookup lookup);
    /// The entity in the middle of the graph (canonical ref, any case).
    void setEntity(const QString& ref);
    QString entity() const { return m_startRef; }

    int depth() const;
    void setDepth(int depth);

    /// Canonical relation types (see RelationDirection) the user chose not to follow.
    QSet<QString> hiddenRelationTypes() const { return m_hiddenTypes; }
    void setRelationTypeVisible(const QString& type, bool visible);
    /// Types the relation-type menu offers: those around the shown entities, plus any hidden one.
    QStringList offeredRelationTypes() const;

    /// What is drawn now (empty until the first layout is back).
    const RelationNeighbourhood& shownGraph() const { return m_shown; }
    RelationGraphView* view() const { return m_view; }
    QSpinBox* depthSpinBox() const { return m_depth; }
    QMenu* relationTypeMenu() const { return m_typeMenu; }
    QLabel* truncatedLabel() const { return m_truncated; }

Q_SIGNALS:
    void entityActivated(const QString& ref);
    /// A graph was drawn (after every change, once its layout is back).
    void graphShown();

private:
    void refresh();
    std::optional<QSet<QString>> allowedTypes() const;
    void showLayout(const GraphLayout& layout);
    void fillTypeMenu();
    void updateTypeButton();

    GraphEntityLookup m_lookup;
    QString m_startRef;
    QSet<QString> m_hiddenTypes;
    // Every type seen around any graph so far: a filter allows these minus the hidden ones.
    QSet<QString> m_knownTypes;
    RelationNeighbourhood m_pending; // walked, waiting for its layout
    RelationNeighbourhood m_shown;

    GraphLayoutJob* m_job = nullptr;
    RelationGraphView* m_view = nullptr;
    QSpinBox* m_depth = nullptr;
    QToolButton* m_typeButton = nullptr;
    QMenu* m_typeMenu = nullptr;
    QLabel* m_truncated = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace Atrium

#include "relationgraphwidget.h"

#include "graphlayout/graphlayoutjob.h"
#include "relationgraphview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Atrium {

RelationGraphWidget::RelationGraphWidget(QWidget* parent)
    : QWidget(parent)
    , m_job(new GraphLayoutJob(this))
    , m_view(new RelationGraphView(this))
    , m_depth(new QSpinBox(this))
    , m_typeButton(new QToolButton(this))
    , m_typeMenu(new QMenu(this))
    , m_truncated(new QLabel(this))
    , m_status(new QLabel(this))
{
    m_depth->setRange(NeighbourhoodQuery::minDepth, NeighbourhoodQuery::maxDepth);
    m_depth->setValue(1);
    m_depth->setAccessibleName(tr("Depth"));
    m_depth->setToolTip(tr("How many relations away from this entity to show"));
    auto* depthLabel = new QLabel(tr("&Depth:"), this);
    depthLabel->setBuddy(m_depth);

    m_typeButton->setText(tr("Relations"));
    m_typeButton->setMenu(m_typeMenu);
    m_typeButton->setPopupMode(QToolButton::InstantPopup);
    m_typeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_typeButton->setAccessibleName(tr("Relation types"));
    // Built when opened: rebuilding it while one of its actions is being triggered would delete that action.
    connect(m_typeMenu, &QMenu::aboutToShow, this, &RelationGraphWidget::fillTypeMenu);

    auto* controls = new QHBoxLayout;
    controls->addWidget(depthLabel);
    controls->addWidget(m_depth);
    controls->addWidget(m_typeButton);
    controls->addStretch(1);
    for (QAction* action : { m_view->zoomOutAction(), m_view->zoomInAction(), m_view->fitAction() }) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        controls->addWidget(button);
    }

    m_truncated->setWordWrap(true);
    m_truncated->hide();
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_truncated);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_depth, &QSpinBox::valueChanged, this, &RelationGraphWidget::refresh);
    connect(m_job, &GraphLayoutJob::finished, this, &RelationGraphWidget::showLayout);
    connect(m_view, &RelationGraphView::entityActivated, this, &RelationGraphWidget::entityActivated);
    setFocusProxy(m_view);
}

RelationGraphWidget::~RelationGraphWidget() = default;

void RelationGraphWidget::setLookup(GraphEntityLookup lookup)
{
    m_lookup = std::move(lookup);
    refresh();
}

void RelationGraphWidget::setEntity(const QString& ref)
{
    if (m_startRef == ref)
        return;
    m_startRef = ref;
    refresh();
}

int RelationGraphWidget::depth() const
{
    return m_depth->value();
}

void RelationGraphWidget::setDepth(int depth)
{
    m_depth->setValue(depth); // refreshes through valueChanged
}

void RelationGraphWidget::setRelationTypeVisible(const QString& type, bool visible)
{
    if (m_hiddenTypes.contains(type) != visible)
        return;
    if (visible)
        m_hiddenTypes.remove(type);
    else
        m_hiddenTypes.insert(type);
    updateTypeButton();
    refresh();
}

QStringList RelationGraphWidget::offeredRelationTypes() const
{
    QSet<QString> types = m_hiddenTypes;
    for (const QString& type : m_pending.availableTypes)
        types.insert(type);
    QStringList sorted(types.cbegin(), types.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

std::optional<QSet<QString>> RelationGraphWidget::allowedTypes() const
{
    if (m_hiddenTypes.isEmpty())
        return std::nullopt;
    return QSet<QString>(m_knownTypes).subtract(m_hiddenTypes);
}

void RelationGraphWidget::refresh()
{
    if (m_startRef.isEmpty() || !m_lookup) {
        m_job->cancel();
        m_pending = {};
        m_shown = {};
        m_view->clear();
        m_truncated->hide();
        return;
    }
    NeighbourhoodQuery query;
    query.startRef = m_startRef;
    query.depth = m_depth->value();
    // The walk reports every type it passes, followed or not. A type seen for the first time while a filter is on
    // was not followed although the user never hid it: walk again with it allowed (the set only grows).
    for (;;) {
        query.allowedTypes = allowedTypes();
        m_pending = RelationNeighbourhood::walk(query, m_lookup);
        const qsizetype known = m_knownTypes.size();
        for (const QString& type : std::as_const(m_pending.availableTypes))
            m_knownTypes.insert(type);
        if (!query.allowedTypes || m_knownTypes.size() == known)
            break;
    }
    m_job->start(m_view->layoutRequest(m_pending));
}

void RelationGraphWidget::showLayout(const GraphLayout& layout)
{
    m_shown = m_pending;
    if (!layout.isValid()) {
        m_view->clear();
        m_status->setText(tr("The relation graph could not be laid out: %1").arg(layout.error));
        m_status->show();
        Q_EMIT graphShown();
        return;
    }
    m_status->hide();
    m_view->setGraph(m_shown, layout);
    m_truncated->setText(tr("Only the nearest %n entities are shown. Lower the depth or hide relation types to see "
                            "the rest.",
                            nullptr, int(m_shown.nodes.size())));
    m_truncated->setVisible(m_shown.truncated);
    Q_EMIT graphShown();
}

void RelationGraphWidget::fillTypeMenu()
{
    m_typeMenu->clear();
    const QStringList types = offeredRelationTypes();
    QAction* all = m_typeMenu->addAction(tr("Show All Relation Types"));
    all->setEnabled(!m_hiddenTypes.isEmpty());
    connect(all, &QAction::triggered, this, [this] {
        m_hiddenTypes.clear();
        updateTypeButton();
        refresh();
    });
    m_typeMenu->addSeparator();
    if (types.isEmpty())
        m_typeMenu->addAction(tr("No relations"))->setEnabled(false);
    for (const QString& type : types) {
        // Relation types are Backstage's identifiers (ownedBy, dependsOn...): shown as they are, not translated.
        QAction* action = m_typeMenu->addAction(type);
        action->setCheckable(true);
        action->setChecked(!m_hiddenTypes.contains(type));
        connect(action, &QAction::toggled, this, [this, type](bool checked) { setRelationTypeVisible(type, checked); });
    }
}

void RelationGraphWidget::updateTypeButton()
{
    m_typeButton->setText(m_hiddenTypes.isEmpty() ? tr("Relations")
                                                  : tr("Relations (%n hidden)", nullptr, int(m_hiddenTypes.size())));
}

} // namespace Atrium

#include "catalog/catalogsnapshot.h"
#include "catalog/entityref.h"
#include "graph/graphedgeitem.h"
#include "graph/graphnodeitem.h"
#include "graph/graphstyle.h"
#include "graph/relationgraphview.h"
#include "graph/relationgraphwidget.h"
#include "graph/snapshotgraphlookup.h"
#include "screenshot.h"

#include <QAction>
#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Atrium;

namespace {

struct Fact {
    const char* source;
    const char* type;
    const char* reverse; // stored on the target too, as Backstage does; nullptr for a one-way custom type
    const char* target;
};

// A small shop. The database is referenced but not in the catalog.
constexpr Fact shopFacts[] = {
    { "user:default/jane", "memberOf", "hasMember", "group:default/team-a" },
    { "group:default/team-a", "childOf", "parentOf", "group:default/engineering" },
    { "component:default/web", "ownedBy", "ownerOf", "group:default/team-a" },
    { "component:default/web", "dependsOn", "dependencyOf", "component:default/checkout" },
    { "component:default/web", "consumesApi", "apiConsumedBy", "api:default/orders" },
    { "component:default/web", "partOf", "hasPart", "system:default/shop" },
    { "component:default/checkout", "ownedBy", "ownerOf", "group:default/team-a" },
    { "component:default/checkout", "providesApi", "apiProvidedBy", "api:default/orders" },
    { "component:default/checkout", "partOf", "hasPart", "system:default/shop" },
    { "component:default/checkout", "dependsOn", "dependencyOf", "resource:default/orders-db" },
    { "api:default/orders", "ownedBy", "ownerOf", "group:default/team-a" },
    { "system:default/shop", "ownedBy", "ownerOf", "group:default/team-a" },
    { "system:default/shop", "partOf", "hasPart", "domain:default/commerce" },
};

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

EntityRecord makeEntity(const QString& ref, const QString& title = {})
{
    const auto parsed = EntityRef::parse(ref);
    static const QHash<QString, QString> kinds {
        { QStringLiteral("component"), QStringLiteral("Component") },
        { QStringLiteral("api"), QStringLiteral("API") },
        { QStringLiteral("group"), QStringLiteral("Group") },
        { QStringLiteral("user"), QStringLiteral("User") },
        { QStringLiteral("system"), QStringLiteral("System") },
        { QStringLiteral("domain"), QStringLiteral("Domain") },
    };
    QJsonObject metadata { { QStringLiteral("name"), parsed->name }, { QStringLiteral("namespace"), parsed->ns } };
    if (!title.isEmpty())
        metadata.insert(QStringLiteral("title"), title);
    EntityRecord entity;
    entity.setData(QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1") },
                                 { QStringLiteral("kind"), kinds.value(parsed->kind) },
                                 { QStringLiteral("metadata"), metadata } });
    entity.ref = ref;
    return entity;
}

/// Entities and relations while a test catalog is put together; packed into a snapshot at the end.
struct Draft {
    EntityRecords entities;
    QHash<QString, int> byRef;

    CatalogSnapshotPtr snapshot() const
    {
        auto snapshot = std::make_shared<CatalogSnapshot>();
        snapshot->entities = EntityStore::fromRecords(entities);
        return snapshot;
    }
};

void addEntity(Draft& draft, EntityRecord entity)
{
    draft.byRef.insert(entity.ref, int(draft.entities.size()));
    draft.entities.append(std::move(entity));
}

void relate(Draft& draft, const QString& source, const QString& type, const QString& reverse, const QString& target)
{
    if (const auto it = draft.byRef.constFind(source); it != draft.byRef.cend())
        draft.entities[*it].relations.append({ type, target });
    if (const auto it = draft.byRef.constFind(target); it != draft.byRef.cend() && !reverse.isEmpty())
        draft.entities[*it].relations.append({ reverse, source });
}

CatalogSnapshotPtr shopSnapshot()
{
    Draft draft;
    addEntity(draft, makeEntity(QStringLiteral("user:default/jane"), QStringLiteral("Jane Doe")));
    addEntity(draft, makeEntity(QStringLiteral("group:default/team-a"), QStringLiteral("Team A")));
    addEntity(draft, makeEntity(QStringLiteral("group:default/engineering")));
    addEntity(draft, makeEntity(QStringLiteral("component:default/web"), QStringLiteral("Web Shop")));
    addEntity(draft, makeEntity(QStringLiteral("component:default/checkout")));
    addEntity(draft, makeEntity(QStringLiteral("api:default/orders"), QStringLiteral("Orders API")));
    addEntity(draft, makeEntity(QStringLiteral("system:default/shop")));
    addEntity(draft, makeEntity(QStringLiteral("domain:default/commerce")));
    for (const Fact& fact : shopFacts)
        relate(draft, latin1(fact.source), latin1(fact.type), latin1(fact.reverse), latin1(fact.target));
    return draft.snapshot();
}

// One group that owns more components than a graph shows.
CatalogSnapshotPtr crowdedSnapshot(int components)
{
    Draft draft;
    addEntity(draft, makeEntity(QStringLiteral("group:default/platform")));
    for (int i = 0; i < components; ++i) {
        const QString ref = QStringLiteral("component:default/service-%1").arg(i, 3, 10, QLatin1Char('0'));
        addEntity(draft, makeEntity(ref));
        relate(draft, ref, QStringLiteral("ownedBy"), QStringLiteral("ownerOf"),
               QStringLiteral("group:default/platform"));
    }
    return draft.snapshot();
}

QStringList shownRefs(const RelationGraphWidget& widget)
{
    QStringList refs;
    for (const GraphNodeItem* item : widget.view()->nodeItems())
        refs.append(item->ref());
    std::sort(refs.begin(), refs.end());
    return refs;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QPoint viewportPosOf(const RelationGraphWidget& widget, const QString& ref)
{
    const GraphNodeItem* item = widget.view()->nodeItem(ref);
    return item ? widget.view()->mapFromScene(item->sceneBoundingRect().center()) : QPoint(-1, -1);
}

// The widget on a catalog, shown, asked for one entity's graph.
class GraphFixture {
public:
    explicit GraphFixture(const QString& ref, QSize size = QSize(900, 600),
                          const CatalogSnapshotPtr& snapshot = shopSnapshot(), const QPalette& palette = QPalette())
    {
        widget.setPalette(palette);
        widget.resize(size);
        widget.show();
        widget.setLookup(graphEntityLookup(snapshot));
        widget.setEntity(ref);
    }

    /// Until @p count graphs were drawn in all.
    [[nodiscard]] bool waitForGraphs(int count = 1) const
    {
        return QTest::qWaitFor([&] { return shown.size() >= count; }, 10000);
    }
    RelationGraphView* view() const { return widget.view(); }

    RelationGraphWidget widget;
    QSignalSpy shown { &widget, &RelationGraphWidget::graphShown };
    QSignalSpy activated { &widget, &RelationGraphWidget::entityActivated };
};

void sendMouse(QWidget* target, QEvent::Type type, const QPoint& pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), QPointF(target->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

} // namespace

class TestRelationGraphWidget : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheNeighbourhoodAndActivatesNodes()
    {
        GraphFixture f(QStringLiteral("component:default/web"));
        QVERIFY(f.waitForGraphs());
        RelationGraphWidget& widget = f.widget;
        QSignalSpy& activated = f.activated;

        QCOMPARE(shownRefs(widget),
                 sorted({ QStringLiteral("component:default/web"), QStringLiteral("group:default/team-a"),
                          QStringLiteral("component:default/checkout"), QStringLiteral("api:default/orders"),
                          QStringLiteral("system:default/shop") }));
        QVERIFY(widget.view()->nodeItem(QStringLiteral("component:default/web"))->isStart());
        QCOMPARE(widget.view()->nodeItem(QStringLiteral("component:default/web"))->node().displayName,
                 QStringLiteral("Web Shop"));
        // Each pair of stored relations is one edge: web-checkout, web-orders, web-shop, web-team and the five
        // between the first level (checkout-orders, checkout-shop, checkout-team, orders-team, shop-team).
        QCOMPARE(widget.view()->edgeItems().size(), 9);
        QVERIFY(widget.truncatedLabel()->isHidden());

        QWidget* viewport = widget.view()->viewport();
        const QPoint team = viewportPosOf(widget, QStringLiteral("group:default/team-a"));
        QVERIFY(viewport->rect().contains(team));
        // Hovering highlights the node and its edges (the four ownedBy edges of Team A).
        QTest::mouseMove(viewport, team);
        QVERIFY(widget.view()->nodeItem(QStringLiteral("group:default/team-a"))->isHighlighted());
        const QList<GraphEdgeItem*> edges = widget.view()->edgeItems();
        QCOMPARE(std::count_if(edges.cbegin(), edges.cend(), [](const GraphEdgeItem* e) { return e->isHighlighted(); }),
                 4);

        QTest::mouseClick(viewport, Qt::LeftButton, {}, team);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("group:default/team-a"));

        // Empty space activates nothing.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(activated.size(), 1);

        // Keyboard: Enter on the focused node.
        widget.view()->setFocus();
        widget.view()->nodeItem(QStringLiteral("api:default/orders"))->setFocus();
        QTest::keyClick(widget.view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().toString(), QStringLiteral("api:default/orders"));

        WidgetTest::saveScreenshot(widget, QStringLiteral("relationgraph-depth1"));
    }

    void draggingPansInsteadOfActivating()
    {
        GraphFixture f(QStringLiteral("group:default/team-a"), QSize(500, 400));
        RelationGraphWidget& widget = f.widget;
        widget.setDepth(2); // supersedes the depth-1 layout before it is back
        QVERIFY(f.waitForGraphs());
        QCOMPARE(widget.shownGraph().nodes.size(), 9);
        QCOMPARE(f.shown.size(), 1); // the stale depth-1 layout was dropped
        RelationGraphView* view = f.view();
        for (int i = 0; i < 4; ++i)
            view->zoomIn();
        // Room to scroll both ways, and a node under the cursor where the drag starts.
        for (QScrollBar* bar : { view->horizontalScrollBar(), view->verticalScrollBar() }) {
            QVERIFY(bar->maximum() > bar->minimum() + 80);
            bar->setValue((bar->minimum() + bar->maximum()) / 2);
        }
        QWidget* viewport = view->viewport();
        const QList<GraphNodeItem*> nodes = view->nodeItems();
        const auto visible = std::find_if(nodes.cbegin(), nodes.cend(), [&](const GraphNodeItem* node) {
            return viewport->rect().contains(viewportPosOf(widget, node->ref()));
        });
        QVERIFY(visible != nodes.cend());
        const QPoint start = viewportPosOf(widget, (*visible)->ref());
        const QPoint end = start + QPoint(30, 30);
        const QPointF sceneBefore = view->mapToScene(start);
        sendMouse(viewport, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, start + QPoint(15, 15), Qt::NoButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, end, Qt::NoButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(f.activated.size(), 0);
        // The point under the cursor moved with it: the scene scrolled.
        QVERIFY(QLineF(view->mapToScene(end), sceneBefore).length() < 5);
    }

    void depthAndFilterChangeTheNodes()
    {
        GraphFixture f(QStringLiteral("user:default/jane"));
        RelationGraphWidget& widget = f.widget;
        QVERIFY(f.waitForGraphs(1));
        QCOMPARE(shownRefs(widget),
                 sorted({ QStringLiteral("user:default/jane"), QStringLiteral("group:default/team-a") }));

        // Depth through the spin box, as the user changes it.
        widget.depthSpinBox()->setFocus();
        QTest::keyClick(widget.depthSpinBox(), Qt::Key_Up);
        QVERIFY(f.waitForGraphs(2));
        QCOMPARE(widget.depth(), 2);
        QCOMPARE(shownRefs(widget),
                 sorted({ QStringLiteral("user:default/jane"), QStringLiteral("group:default/team-a"),
                          QStringLiteral("group:default/engineering"), QStringLiteral("component:default/web"),
                          QStringLiteral("component:default/checkout"), QStringLiteral("api:default/orders"),
                          QStringLiteral("system:default/shop") }));

        // The menu offers the types around the graph; unchecking ownedBy drops what only ownership reached.
        widget.relationTypeMenu()->popup(widget.mapToGlobal(QPoint(0, 0))); // aboutToShow fills it
        QAction* ownedBy = nullptr;
        QStringList offered;
        for (QAction* action : widget.relationTypeMenu()->actions()) {
            if (action->isCheckable())
                offered.append(action->text());
            if (action->text() == QLatin1String("ownedBy"))
                ownedBy = action;
        }
        widget.relationTypeMenu()->hide();
        QCOMPARE(offered, widget.offeredRelationTypes());
        QVERIFY(offered.contains(QLatin1String("memberOf")));
        QVERIFY2(!offered.contains(QLatin1String("ownerOf")), "reverse types are folded into their pair");
        QVERIFY(ownedBy && ownedBy->isChecked());
        ownedBy->trigger();
        QVERIFY(f.waitForGraphs(3));
        QCOMPARE(widget.hiddenRelationTypes(), QSet<QString> { QStringLiteral("ownedBy") });
        QCOMPARE(shownRefs(widget),
                 sorted({ QStringLiteral("user:default/jane"), QStringLiteral("group:default/team-a"),
                          QStringLiteral("group:default/engineering") }));

        // Depth 3 with the filter on follows the remaining types only.
        widget.setDepth(3);
        QVERIFY(f.waitForGraphs(4));
        QCOMPARE(shownRefs(widget),
                 sorted({ QStringLiteral("user:default/jane"), QStringLiteral("group:default/team-a"),
                          QStringLiteral("group:default/engineering") }));

        widget.setRelationTypeVisible(QStringLiteral("ownedBy"), true);
        QVERIFY(f.waitForGraphs(5));
        QVERIFY(shownRefs(widget).contains(QStringLiteral("domain:default/commerce")));
        QVERIFY(shownRefs(widget).contains(QStringLiteral("resource:default/orders-db")));
        WidgetTest::saveScreenshot(widget, QStringLiteral("relationgraph-depth3"));
    }

    void missingTargetsAreDrawnDashed()
    {
        GraphFixture f(QStringLiteral("component:default/checkout"));
        QVERIFY(f.waitForGraphs());
        const GraphNodeItem* database = f.view()->nodeItem(QStringLiteral("resource:default/orders-db"));
        QVERIFY(database);
        QVERIFY(database->node().missing);
        QCOMPARE(database->node().displayName, QStringLiteral("orders-db"));
        QVERIFY(database->toolTip().contains(QLatin1String("resource:default/orders-db")));
    }

    void largeNeighbourhoodsAreTruncated()
    {
        GraphFixture f(QStringLiteral("group:default/platform"), QSize(900, 700), crowdedSnapshot(220));
        QVERIFY(f.waitForGraphs());
        RelationGraphWidget& widget = f.widget;
        QCOMPARE(widget.view()->nodeItems().size(), NeighbourhoodQuery::defaultMaxNodes);
        QVERIFY(widget.truncatedLabel()->isVisible());
        QVERIFY(widget.truncatedLabel()->text().contains(QString::number(NeighbourhoodQuery::defaultMaxNodes)));
        // Too large to read when fitted: it opens at a readable size on the group.
        RelationGraphView* view = widget.view();
        const QPoint group = viewportPosOf(widget, QStringLiteral("group:default/platform"));
        QVERIFY(view->viewport()->rect().contains(group));
        const qreal opened = view->zoom();
        WidgetTest::saveScreenshot(widget, QStringLiteral("relationgraph-truncated"));
        view->fitAction()->trigger();
        QVERIFY(view->zoom() < opened);
        const QRect whole = view->mapFromScene(view->sceneRect()).boundingRect();
        QVERIFY2(view->viewport()->rect().adjusted(-1, -1, 1, 1).contains(whole), "rounded to whole pixels");
    }

    void zooms()
    {
        GraphFixture f(QStringLiteral("system:default/shop"), QSize(600, 400));
        QVERIFY(f.waitForGraphs());
        RelationGraphView* view = f.view();
        view->setFocus();

        const qreal fitted = view->zoom();
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->zoom() > fitted);
        QTest::keyClick(view, Qt::Key_Minus);
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY(view->zoom() < fitted);

        const qreal before = view->zoom();
        QWheelEvent wheel(QPointF(50, 50), QPointF(view->viewport()->mapToGlobal(QPoint(50, 50))), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > before);

        for (int i = 0; i < 30; ++i)
            view->zoomInAction()->trigger();
        QCOMPARE(view->zoom(), 4.0);
        view->fitAction()->trigger();
        QCOMPARE(view->zoom(), fitted);
    }

    void styleFollowsThePalette_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << QColor(Qt::white) << QColor(Qt::black);
        QTest::newRow("dark") << QColor(30, 30, 34) << QColor(230, 230, 230);
    }

    void styleFollowsThePalette()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, text);
        const GraphStyle style = GraphStyle::from(palette, QFont());
        const QString kinds[] = { QStringLiteral("Component"), QStringLiteral("API"),      QStringLiteral("Group"),
                                  QStringLiteral("User"),      QStringLiteral("System"),   QStringLiteral("Domain"),
                                  QStringLiteral("Resource"),  QStringLiteral("Template"), QStringLiteral("Custom") };
        for (const QString& kind : kinds) {
            // The header's text is the palette's text colour: it must stand out from every kind's colour.
            const int contrast = std::abs(style.kindColour(kind).lightness() - text.lightness());
            QVERIFY2(contrast > 110, qPrintable(kind + QLatin1Char(' ') + QString::number(contrast)));
        }
        QCOMPARE(style.kindColour(QStringLiteral("component")), style.kindColour(QStringLiteral("Component")));
        QVERIFY(style.kindColour(QStringLiteral("Component")) != style.kindColour(QStringLiteral("Group")));
        QCOMPARE(style.nodeFill, base);
    }

    void drawsOnADarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(40, 40, 44));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(28, 28, 32));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Button, QColor(50, 50, 55));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        dark.setColor(QPalette::PlaceholderText, QColor(160, 160, 165));
        GraphFixture f(QStringLiteral("component:default/checkout"), QSize(900, 600), shopSnapshot(), dark);
        RelationGraphWidget& widget = f.widget;
        widget.setDepth(2);
        QVERIFY(f.waitForGraphs());
        QCOMPARE(widget.shownGraph().nodes.size(), 9);

        // Sample the middle of the start node's body: the dark base, not a light default.
        const QImage image = widget.view()->viewport()->grab().toImage();
        const GraphNodeItem* start = widget.view()->nodeItem(QStringLiteral("component:default/checkout"));
        const QRectF rect = start->sceneBoundingRect().adjusted(4, 4, -4, -4); // without the halo
        const QPoint body = widget.view()->mapFromScene(QPointF(rect.left() + 8, rect.bottom() - 6));
        QVERIFY2(image.pixelColor(body).lightness() < 80, qPrintable(image.pixelColor(body).name()));
        WidgetTest::saveScreenshot(widget, QStringLiteral("relationgraph-dark"));
    }
};

QTEST_MAIN(TestRelationGraphWidget)
#include "tst_relationgraphwidget.moc"

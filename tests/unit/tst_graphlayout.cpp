#include "graphlayout/graphlayout.h"
#include "graphlayout/graphlayoutjob.h"

#include <QLineF>
#include <QSignalSpy>
#include <QtConcurrent/QtConcurrentMap>
#include <QTest>

#include <cmath>

using namespace Atrium;
using Direction = GraphLayoutRequest::Direction;

Q_DECLARE_METATYPE(Direction)

namespace {

constexpr qreal nearTolerance = 3.0; // points; Graphviz clips edges at the box, rounding to whole points

GraphLayoutRequest chain(int count, Direction direction = Direction::TopToBottom)
{
    GraphLayoutRequest request;
    request.direction = direction;
    for (int i = 0; i < count; ++i)
        request.nodeSizes.append(QSizeF(120, 40));
    for (int i = 0; i + 1 < count; ++i)
        request.edges.append({ i, i + 1, {} });
    return request;
}

GraphLayoutRequest star(int leaves)
{
    GraphLayoutRequest request;
    request.nodeSizes.append(QSizeF(160, 48));
    for (int i = 1; i <= leaves; ++i) {
        request.nodeSizes.append(QSizeF(80 + 10 * (i % 5), 36));
        request.edges.append({ i, 0, QSizeF(52, 12) });
    }
    return request;
}

// What RelationNeighbourhood hands over at its cap: a tree three levels deep plus cross links, labelled.
GraphLayoutRequest large()
{
    GraphLayoutRequest request;
    for (int i = 0; i < 150; ++i)
        request.nodeSizes.append(QSizeF(100 + (i * 37) % 80, 40));
    for (int i = 1; i < 150; ++i)
        request.edges.append({ i, (i - 1) / 6, QSizeF(48, 12) });
    for (int i = 20; i < 150; i += 13)
        request.edges.append({ i, (i * 7) % 150, QSizeF(60, 12) });
    return request;
}

GraphLayoutRequest awkward()
{
    GraphLayoutRequest request;
    request.nodeSizes = { QSizeF(100, 40), QSizeF(100, 40), QSizeF(100, 40) };
    request.edges = {
        { 0, 1, QSizeF(40, 12) },
        { 0, 1, QSizeF(40, 12) }, // parallel
        { 1, 2, {} },
        { 2, 0, {} }, // a cycle
        { 2, 2, {} }, // a loop
    };
    return request;
}

// Every node points at a few others, so there are cycles of every length.
GraphLayoutRequest tangled()
{
    GraphLayoutRequest request;
    for (int i = 0; i < 40; ++i)
        request.nodeSizes.append(QSizeF(90 + (i * 13) % 50, 40));
    for (int i = 0; i < 40; ++i) {
        request.edges.append({ i, (i * 7 + 3) % 40, QSizeF(40, 12) });
        request.edges.append({ i, (i * 11 + 5) % 40, {} });
    }
    request.edges.append({ 5, 5, QSizeF(30, 12) });
    return request;
}

bool finite(const QPointF& p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

qreal distance(const QPointF& p, const QRectF& rect)
{
    const qreal dx = std::max({ rect.left() - p.x(), 0.0, p.x() - rect.right() });
    const qreal dy = std::max({ rect.top() - p.y(), 0.0, p.y() - rect.bottom() });
    return std::hypot(dx, dy);
}

} // namespace

class TestGraphLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layout_data()
    {
        QTest::addColumn<GraphLayoutRequest>("request");

        QTest::newRow("single node") << chain(1);
        QTest::newRow("chain") << chain(4);
        QTest::newRow("chain left to right") << chain(4, Direction::LeftToRight);
        QTest::newRow("star with labels") << star(12);
        QTest::newRow("parallel edges, cycle, loop") << awkward();
        QTest::newRow("150 nodes") << large();
        QTest::newRow("cycles everywhere") << tangled();
    }

    void layout()
    {
        QFETCH(GraphLayoutRequest, request);
        const GraphLayout layout = layOutGraph(request);
        QVERIFY2(layout.isValid(), qPrintable(layout.error));
        QCOMPARE(layout.nodes.size(), request.nodeSizes.size());
        QCOMPARE(layout.edges.size(), request.edges.size());
        QVERIFY(layout.bounds.isValid());
        const QRectF bounds = layout.bounds.adjusted(-1, -1, 1, 1);

        for (qsizetype i = 0; i < layout.nodes.size(); ++i) {
            const QRectF& rect = layout.nodes.at(i);
            QVERIFY2(finite(rect.topLeft()), qPrintable(QString::number(i)));
            QCOMPARE(rect.size(), request.nodeSizes.at(i));
            QVERIFY2(bounds.contains(rect), qPrintable(QString::number(i)));
            for (qsizetype j = i + 1; j < layout.nodes.size(); ++j)
                QVERIFY2(!rect.intersects(layout.nodes.at(j)), qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
        }

        for (qsizetype e = 0; e < layout.edges.size(); ++e) {
            const GraphLayout::Edge& edge = layout.edges.at(e);
            const QRectF& from = layout.nodes.at(request.edges.at(e).from);
            const QRectF& to = layout.nodes.at(request.edges.at(e).to);
            const QString where = QStringLiteral("edge %1").arg(e);
            QVERIFY2(edge.spline.size() >= 4 && edge.spline.size() % 3 == 1, qPrintable(where));
            for (const QPointF& p : edge.spline)
                QVERIFY2(finite(p) && bounds.contains(p), qPrintable(where));
            QVERIFY2(distance(edge.spline.first(), from) < nearTolerance, qPrintable(where));
            QVERIFY2(edge.arrowTip, qPrintable(where));
            QVERIFY2(distance(*edge.arrowTip, to) < nearTolerance, qPrintable(where));
            // The arrowhead sits between the spline's end and the target, an arrow's length long.
            const qreal arrowLength = QLineF(edge.spline.last(), *edge.arrowTip).length();
            QVERIFY2(arrowLength > 5 && arrowLength < 15, qPrintable(where + QString::number(arrowLength)));

            const QSizeF labelSize = request.edges.at(e).labelSize;
            if (labelSize.isEmpty()) {
                QVERIFY(edge.labelRect.isNull());
                continue;
            }
            QVERIFY2(qAbs(edge.labelRect.width() - std::ceil(labelSize.width())) < 1, qPrintable(where));
            QVERIFY2(qAbs(edge.labelRect.height() - std::ceil(labelSize.height())) < 1, qPrintable(where));
            QVERIFY2(bounds.contains(edge.labelRect), qPrintable(where));
            for (const QRectF& node : layout.nodes)
                QVERIFY2(!edge.labelRect.intersects(node), qPrintable(where));
        }
    }

    void directionOrdersRanks_data()
    {
        QTest::addColumn<Direction>("direction");
        QTest::newRow("top to bottom") << Direction::TopToBottom;
        QTest::newRow("left to right") << Direction::LeftToRight;
    }

    void directionOrdersRanks()
    {
        QFETCH(Direction, direction);
        const GraphLayout layout = layOutGraph(chain(3, direction));
        QVERIFY2(layout.isValid(), qPrintable(layout.error));
        // Graphviz's y axis points up: unflipped, a top-to-bottom chain would run upwards.
        for (int i = 0; i + 1 < 3; ++i) {
            const QPointF a = layout.nodes.at(i).center();
            const QPointF b = layout.nodes.at(i + 1).center();
            if (direction == Direction::TopToBottom) {
                QVERIFY(b.y() > a.y());
                QCOMPARE(b.x(), a.x());
            } else {
                QVERIFY(b.x() > a.x());
                QCOMPARE(b.y(), a.y());
            }
        }
        QCOMPARE(layout.bounds.topLeft(), QPointF(0, 0));
    }

    void emptyAndInvalidInput()
    {
        const GraphLayout empty = layOutGraph({});
        QVERIFY(empty.isValid());
        QVERIFY(empty.nodes.isEmpty());

        GraphLayoutRequest request = chain(2);
        request.edges.append({ 0, 7, {} });
        request.edges.append({ -1, 1, {} });
        const GraphLayout layout = layOutGraph(request);
        QVERIFY(layout.isValid());
        QCOMPARE(layout.edges.size(), 3);
        QVERIFY(!layout.edges.at(0).spline.isEmpty());
        QVERIFY(layout.edges.at(1).spline.isEmpty());
        QVERIFY(layout.edges.at(2).spline.isEmpty());
    }

    void concurrentCallsAreSerialised()
    {
        const QList<GraphLayoutRequest> requests { large(), star(30), chain(20), tangled(), awkward(), star(5) };
        const QList<GraphLayout> layouts = QtConcurrent::blockingMapped(requests, layOutGraph);
        const QList<GraphLayout> again = QtConcurrent::blockingMapped(requests, layOutGraph);
        for (qsizetype i = 0; i < requests.size(); ++i) {
            QVERIFY2(layouts.at(i).isValid(), qPrintable(layouts.at(i).error));
            QCOMPARE(layouts.at(i).nodes.size(), requests.at(i).nodeSizes.size());
            // Same input, same drawing: nothing leaked from one layout into another.
            QCOMPARE(layouts.at(i).nodes, again.at(i).nodes);
            QCOMPARE(layouts.at(i).bounds, again.at(i).bounds);
        }
    }

    void jobDeliversOnlyTheNewest()
    {
        GraphLayoutJob job;
        QSignalSpy finished(&job, &GraphLayoutJob::finished);
        job.start(large());
        job.start(star(3));
        job.start(chain(5));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<GraphLayout>().nodes.size(), 5);
        // Nothing stale arrives later.
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!job.isRunning());
    }

    void cancelledJobDeliversNothing()
    {
        GraphLayoutJob job;
        QSignalSpy finished(&job, &GraphLayoutJob::finished);
        job.start(large());
        job.cancel();
        QTRY_VERIFY(!job.isRunning());
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);

        job.start(chain(2));
        QTRY_COMPARE(finished.size(), 1);
    }

    void jobCanBeDestroyedWhileRunning()
    {
        auto job = std::make_unique<GraphLayoutJob>();
        job->start(large());
        job.reset();
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"

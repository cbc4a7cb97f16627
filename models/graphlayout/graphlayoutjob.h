#pragma once

#include "graphlayout.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <utility>

namespace Atrium {

/// Runs layOutGraph() on the global thread pool and hands the result back on this object's thread.
/// Only the newest request is delivered: a layout that another start() superseded is dropped, and skipped
/// entirely when it had not begun yet.
class GraphLayoutJob : public QObject {
    Q_OBJECT
public:
    explicit GraphLayoutJob(QObject* parent = nullptr);
    /// Waits for the running layout: it cannot be interrupted, and it is short.
    ~GraphLayoutJob() override;

    void start(GraphLayoutRequest request);
    /// Drops the running layout's result, as a newer start() would.
    void cancel() { ++*m_latest; }
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void finished(const Atrium::GraphLayout& layout);

private:
    using Result = std::pair<quint64, GraphLayout>;

    QFutureWatcher<Result> m_watcher;
    // Shared with the workers, which read it to skip a request that is stale before it starts.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace Atrium

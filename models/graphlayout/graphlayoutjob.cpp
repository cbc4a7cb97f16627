#include "graphlayoutjob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Atrium {

GraphLayoutJob::GraphLayoutJob(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const QFuture<Result> future = m_watcher.future();
        if (future.isCanceled() || future.resultCount() == 0)
            return;
        Result result = future.result();
        // setFuture() stops most signals of the future it replaces, but one already queued may still arrive.
        if (result.first == m_latest->load())
            Q_EMIT finished(result.second);
    });
}

GraphLayoutJob::~GraphLayoutJob()
{
    m_watcher.waitForFinished();
}

void GraphLayoutJob::start(GraphLayoutRequest request)
{
    const quint64 generation = ++*m_latest;
    m_watcher.setFuture(QtConcurrent::run([latest = m_latest, generation, request = std::move(request)]() -> Result {
        if (latest->load() != generation)
            return { generation, {} };
        return { generation, layOutGraph(request) };
    }));
}

} // namespace Atrium

#pragma once

// The longest time the GUI thread spends without returning to its event loop, for the responsiveness benchmarks.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/// Records the longest gap between the ticks of a 1 ms timer, i.e. the longest time the event loop was blocked.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0 && now - m_last > m_longest) {
                m_longest = now - m_last;
                m_when = m_phase;
            }
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = -1;
        m_longest = 0;
        m_timer.start();
    }
    void setPhase(const char* phase) { m_phase = phase; }
    double longestMs() const { return double(m_longest) / 1e6; }
    const char* when() const { return m_when; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_longest = 0;
    const char* m_phase = "start";
    const char* m_when = "";
};

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <ctime>

// Measures how long the event loop of its thread goes without running timers: a 1 ms
// precise timer notes the gap between two of its ticks; the longest gap, less the interval,
// is the longest stall the user would have felt as a frozen window. It also notes the CPU
// time the thread used within each gap: a gap with little CPU time is the machine running
// something else (or a blocking wait), a busy gap is work done on the UI thread itself.
class StallProbe : public QObject
{
    Q_OBJECT

public:
    explicit StallProbe(QObject *parent = nullptr) : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart() - IntervalMs;
            const qint64 cpuNow = threadCpuUs();
            const qint64 busy = (cpuNow - m_cpuUs) / 1000;
            m_cpuUs = cpuNow;
            if (gap > m_longestMs) {
                m_longestMs = gap;
                m_busyInLongestMs = busy;
            }
            m_longestBusyMs = qMax(m_longestBusyMs, busy);
            if (gap >= 50)
                ++m_gapsOver50Ms;
        });
    }

    void start()
    {
        m_cpuUs = threadCpuUs();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 longestStallMs() const { return m_longestMs; }
    qint64 busyInLongestStallMs() const { return m_busyInLongestMs; } // CPU time within it
    qint64 longestBusyMs() const { return m_longestBusyMs; } // most CPU time in one gap
    int stallsOver50Ms() const { return m_gapsOver50Ms; }

private:
    static constexpr int IntervalMs = 1;

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestMs = 0;
    qint64 m_busyInLongestMs = 0;
    qint64 m_longestBusyMs = 0;
    qint64 m_cpuUs = 0;
    int m_gapsOver50Ms = 0;

    static qint64 threadCpuUs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
    }
};

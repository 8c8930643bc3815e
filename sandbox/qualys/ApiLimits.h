#pragma once

#include "http/HttpExchange.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <deque>

namespace sandbox {

// Qualys' two limits per API (reference §1.4): calls in a rolling window and calls running
// at once. Calls are counted per API path; the settings apply to every API. Its clock can be
// moved forward so tests see a window expire without waiting.
class ApiLimits
{
public:
    struct Settings
    {
        int callsPerWindow = 0;
        int windowSeconds = 0;
        int concurrency = 0;
    };

    // What the six headers report for one call.
    struct Usage
    {
        int limit = 0;
        int windowSeconds = 0;
        int remaining = 0;
        int toWaitSeconds = 0;
        int concurrencyLimit = 0;
        int running = 0;
    };

    enum class Verdict { Allowed, ConcurrencyBlocked, RateBlocked };

    explicit ApiLimits(const Settings &settings);

    // Checks a call to api with running calls in progress (this one included): concurrency
    // first, then rate, as Qualys does. An allowed call is counted in the window.
    Verdict admit(const QString &api, int running, Usage *usage);
    Usage usage(const QString &api, int running);

    Settings settings() const { return m_settings; }
    void setSettings(const Settings &settings) { m_settings = settings; }
    void resetCounters() { m_calls.clear(); }
    void advanceClock(qint64 seconds) { m_offsetMs += seconds * 1000; }

    // Adds the six X-RateLimit-* / X-Concurrency-Limit-* headers.
    static void addHeaders(HttpReply &reply, const Usage &usage);

private:
    qint64 nowMs() const { return m_clock.elapsed() + m_offsetMs; }
    void expire(std::deque<qint64> &calls, qint64 now) const;

    Settings m_settings;
    QElapsedTimer m_clock;
    qint64 m_offsetMs = 0;
    QHash<QString, std::deque<qint64>> m_calls; // start times of counted calls, oldest first
};

} // namespace sandbox

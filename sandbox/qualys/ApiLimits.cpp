#include "qualys/ApiLimits.h"

#include <algorithm>

namespace sandbox {

ApiLimits::ApiLimits(const Settings &settings) : m_settings(settings)
{
    m_clock.start();
}

void ApiLimits::expire(std::deque<qint64> &calls, qint64 now) const
{
    const qint64 windowMs = qint64(m_settings.windowSeconds) * 1000;
    while (!calls.empty() && calls.front() + windowMs <= now)
        calls.pop_front();
}

ApiLimits::Usage ApiLimits::usage(const QString &api, int running)
{
    const qint64 now = nowMs();
    std::deque<qint64> &calls = m_calls[api];
    expire(calls, now);

    Usage result;
    result.limit = m_settings.callsPerWindow;
    result.windowSeconds = m_settings.windowSeconds;
    result.remaining = std::max(0, m_settings.callsPerWindow - int(calls.size()));
    result.concurrencyLimit = m_settings.concurrency;
    result.running = running;
    if (result.remaining == 0 && !calls.empty()) {
        const qint64 waitMs = calls.front() + qint64(m_settings.windowSeconds) * 1000 - now;
        result.toWaitSeconds = int(std::max<qint64>(1, (waitMs + 999) / 1000));
    }
    return result;
}

ApiLimits::Verdict ApiLimits::admit(const QString &api, int running, Usage *usage)
{
    *usage = this->usage(api, running);
    if (running > m_settings.concurrency)
        return Verdict::ConcurrencyBlocked;
    if (usage->remaining == 0)
        return Verdict::RateBlocked;

    m_calls[api].push_back(nowMs());
    *usage = this->usage(api, running);
    return Verdict::Allowed;
}

void ApiLimits::addHeaders(HttpReply &reply, const Usage &usage)
{
    const auto add = [&reply](const char *name, int value) {
        reply.headers.append({ QByteArray(name), QByteArray::number(value) });
    };
    add("X-RateLimit-Limit", usage.limit);
    add("X-RateLimit-Window-Sec", usage.windowSeconds);
    add("X-RateLimit-Remaining", usage.remaining);
    add("X-RateLimit-ToWait-Sec", usage.toWaitSeconds);
    add("X-Concurrency-Limit-Limit", usage.concurrencyLimit);
    add("X-Concurrency-Limit-Running", usage.running);
}

} // namespace sandbox

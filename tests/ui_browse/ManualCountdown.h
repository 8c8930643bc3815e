#pragma once

#include "Countdown.h"

// A countdown the test expires by hand: no sleeps, no wall clock.
class ManualCountdown final : public Countdown
{
    Q_OBJECT

public:
    using Countdown::Countdown;

    void start(std::chrono::milliseconds interval) override
    {
        m_interval = interval;
        m_active = true;
        ++m_starts;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }

    // Fires as the real timer would when its time is up.
    void expire()
    {
        if (!m_active)
            return;
        m_active = false;
        emit expired();
    }

    std::chrono::milliseconds interval() const { return m_interval; }
    int starts() const { return m_starts; }

private:
    std::chrono::milliseconds m_interval { 0 };
    bool m_active = false;
    int m_starts = 0;
};

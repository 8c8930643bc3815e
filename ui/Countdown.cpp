#include "Countdown.h"

TimerCountdown::TimerCountdown(QObject *parent) : Countdown(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Countdown::expired);
}

void TimerCountdown::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

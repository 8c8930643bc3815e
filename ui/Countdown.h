#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

// A restartable one-shot countdown: the seam between the console's timed behaviours
// (clipboard clearing, idle lock) and the clock. The console uses TimerCountdown; tests
// inject a countdown they expire by hand instead of sleeping.
class Countdown : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts or restarts the countdown.
    virtual void start(std::chrono::milliseconds interval) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    void expired();
};

// The real countdown, over a single-shot QTimer.
class TimerCountdown final : public Countdown
{
    Q_OBJECT

public:
    explicit TimerCountdown(QObject *parent = nullptr);

    void start(std::chrono::milliseconds interval) override;
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

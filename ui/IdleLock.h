#pragma once

#include <QObject>
#include <chrono>

class Countdown;

// Locks the console after a period without keyboard or mouse input: watches the
// application's input events and restarts its Countdown on each. Owns the countdown.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject *parent = nullptr);

    // Replaces the countdown (tests pass one they expire by hand); takes ownership.
    void setCountdown(Countdown *countdown);
    // 0 minutes switches idle locking off.
    void setTimeout(std::chrono::minutes timeout);
    std::chrono::minutes timeout() const { return m_timeout; }

    // Arms the lock (after sign-in) or disarms it (signed out, already locked).
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }
    // Starts the idle period again, as user input does.
    void restart();

signals:
    void idleTimeout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onExpired();

    Countdown *m_countdown = nullptr;
    std::chrono::minutes m_timeout { 10 };
    bool m_armed = false;
};

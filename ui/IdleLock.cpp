#include "IdleLock.h"

#include "Countdown.h"

#include <QCoreApplication>
#include <QEvent>

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    setCountdown(new TimerCountdown(this));
    qApp->installEventFilter(this);
}

void IdleLock::setCountdown(Countdown *countdown)
{
    delete m_countdown;
    m_countdown = countdown;
    m_countdown->setParent(this);
    connect(m_countdown, &Countdown::expired, this, &IdleLock::onExpired);
    restart();
}

void IdleLock::setTimeout(std::chrono::minutes timeout)
{
    m_timeout = timeout;
    restart();
}

void IdleLock::setArmed(bool armed)
{
    m_armed = armed;
    restart();
}

void IdleLock::restart()
{
    if (!m_armed || m_timeout.count() <= 0) {
        m_countdown->stop();
        return;
    }
    m_countdown->start(m_timeout);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_armed)
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::onExpired()
{
    if (!m_armed)
        return;
    m_armed = false;
    emit idleTimeout();
}

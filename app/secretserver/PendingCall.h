#pragma once

#include <QObject>

namespace secretserver {

// A call in flight, returned by every client method. Owned by the client and deleted after
// it finished; keep a QPointer if you hold on to it. cancel() ends it with Cancelled.
class PendingCall : public QObject
{
    Q_OBJECT

public:
    explicit PendingCall(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }

    // Aborts the HTTP request (or drops it from the queue); the callback then receives
    // CallStatus::Cancelled. No effect once finished.
    void cancel();

    // For the clients: marks the call finished and schedules its deletion.
    void finish();

signals:
    void finished();
    void cancelRequested();

private:
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace secretserver

#include "secretserver/PendingCall.h"

namespace secretserver {

PendingCall::PendingCall(QObject *parent)
    : QObject(parent)
{
}

void PendingCall::cancel()
{
    if (m_finished || m_cancelled)
        return;

    m_cancelled = true;
    emit cancelRequested();
}

void PendingCall::finish()
{
    if (m_finished)
        return;

    m_finished = true;
    emit finished();
    deleteLater();
}

} // namespace secretserver

#pragma once

#include "secret/SecretPage.h"

#include <QPointer>

class QLabel;

namespace secretserver {
class PendingCall;
}

// The Heartbeat tab: the last heartbeat's status and time, the last password change
// attempt, and whether (and why) the password is out of sync with the account. The time
// of the last heartbeat needs a read of the secret, made only when the tab is shown and
// never for a secret that would be checked out by it.
class SecretHeartbeatPage : public SecretPage
{
    Q_OBJECT

public:
    explicit SecretHeartbeatPage(QWidget *parent = nullptr);

    QString title() const override;
    void showSecret(secretserver::RestClient *client,
                    const secretserver::SecretSummary &secret) override;
    void clear() override;

    // The facts as shown, for tests and screen readers.
    QString text() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void readDetails();

    QPointer<secretserver::RestClient> m_client;
    QPointer<secretserver::PendingCall> m_call;
    secretserver::SecretSummary m_secret;
    QDateTime m_lastHeartbeat;
    QString m_detailsNote;
    bool m_detailsRequested = false;
    quint64 m_generation = 0;
    QLabel *m_facts = nullptr;
};

#pragma once

#include "changes/ServerChange.h"
#include "secretserver/SecretSecurity.h"

// Turns on check-out with change password on check-in, for an interval, on one secret.
// Unlike CheckOutPolicyChange it can confirm itself once check-out is on: the secret can no
// longer be read without checking it out, so the change-on-check-in flag is then read from
// the check-out security model (an empty PATCH, which changes nothing).
// TODO: use CheckOutPolicyChange once it reads the flag of a secret that requires check-out.
class RotationChange : public ServerChange
{
    Q_DECLARE_TR_FUNCTIONS(RotationChange)

public:
    RotationChange(const SecretRef &secret, int intervalMinutes);

    QString title() const override;
    void read(secretserver::RestClient *client, QObject *context, Done done) override;
    bool isInPlace() const override;
    QStringList preview() const override;
    void apply(secretserver::RestClient *client, QObject *context, Done done) override;

private:
    void readChangeOnCheckIn(secretserver::RestClient *client, QObject *context, Done done);

    SecretRef m_secret;
    int m_intervalMinutes;
    secretserver::CheckOutPolicy m_current;
};

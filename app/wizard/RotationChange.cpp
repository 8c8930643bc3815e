#include "wizard/RotationChange.h"

#include "changes/SecretLookup.h"
#include "secretserver/RestClient.h"

using namespace secretserver;

RotationChange::RotationChange(const SecretRef &secret, int intervalMinutes)
    : m_secret(secret), m_intervalMinutes(intervalMinutes)
{
}

QString RotationChange::title() const
{
    return tr("Rotate secret %1 after scans").arg(m_secret.name);
}

void RotationChange::read(RestClient *client, QObject *context, Done done)
{
    m_current = {};
    SecretLookup::find(client, m_secret, context,
                       [this, client, context, done](const Result<SecretSummary> &summary) {
                           if (!summary.ok()) {
                               done(summary);
                               return;
                           }
                           m_current.checkOutEnabled = summary.value.checkOutEnabled;
                           client->secretState(
                                   m_secret.id, context,
                                   [this, client, context, done](const Result<SecretState> &state) {
                                       if (!state.ok()) {
                                           done(state);
                                           return;
                                       }
                                       m_current.intervalMinutes
                                               = state.value.checkOutIntervalMinutes;
                                       readChangeOnCheckIn(client, context, done);
                                   });
                       });
}

void RotationChange::readChangeOnCheckIn(RestClient *client, QObject *context, Done done)
{
    if (m_current.checkOutEnabled != true) {
        // Without check-out the secret reads without side effects.
        SecretReadOptions options;
        options.noAutoCheckout = true;
        client->secret(m_secret.id, options, context, [this, done](const Result<Secret> &secret) {
            if (secret.ok())
                m_current.changePasswordOnCheckIn = secret.value.checkOutChangePasswordEnabled;
            done(CallResult {});
        });
        return;
    }
    client->setCheckOutPolicy(m_secret.id, CheckOutPolicy {}, context,
                              [this, done](const Result<CheckOutPolicy> &policy) {
                                  if (policy.ok())
                                      m_current.changePasswordOnCheckIn
                                              = policy.value.changePasswordOnCheckIn;
                                  done(CallResult {});
                              });
}

bool RotationChange::isInPlace() const
{
    return m_current.checkOutEnabled == true && m_current.intervalMinutes == m_intervalMinutes
            && m_current.changePasswordOnCheckIn == true;
}

QStringList RotationChange::preview() const
{
    if (isInPlace())
        return { tr("Secret %1 is already checked out for %2 minutes and changes its password "
                    "on check-in.")
                         .arg(m_secret.name)
                         .arg(m_intervalMinutes) };
    return { tr("Require check-out on secret %1 for %2 minutes (now: %3) and change its "
                "password on check-in (now: %4)")
                     .arg(m_secret.name)
                     .arg(m_intervalMinutes)
                     .arg(m_current.checkOutEnabled == true && m_current.intervalMinutes
                                  ? QString::number(*m_current.intervalMinutes)
                                  : tr("off"),
                          m_current.changePasswordOnCheckIn
                                  ? onOff(*m_current.changePasswordOnCheckIn)
                                  : tr("unknown")) };
}

void RotationChange::apply(RestClient *client, QObject *context, Done done)
{
    CheckOutPolicy wanted;
    wanted.checkOutEnabled = true;
    wanted.intervalMinutes = m_intervalMinutes;
    wanted.changePasswordOnCheckIn = true;
    client->setCheckOutPolicy(m_secret.id, wanted, context,
                              [done](const Result<CheckOutPolicy> &result) { done(result); });
}

#include "changes/SecuritySettingChanges.h"

#include "changes/SecretLookup.h"
#include "secretserver/RestClient.h"

using namespace secretserver;

namespace {

template<typename T>
bool differs(const std::optional<T> &wanted, const std::optional<T> &current)
{
    return wanted.has_value() && wanted != current;
}

} // namespace

// --- CheckOutPolicyChange -------------------------------------------------------------------

CheckOutPolicyChange::CheckOutPolicyChange(const SecretRef &secret, const CheckOutPolicy &wanted)
    : m_secret(secret)
    , m_wanted(wanted)
{
}

QString CheckOutPolicyChange::title() const
{
    return tr("Set the check-out policy of secret %1").arg(m_secret.name);
}

void CheckOutPolicyChange::read(RestClient *client, QObject *context, Done done)
{
    m_current = {};
    m_rpcReady.reset();
    SecretLookup::find(client, m_secret, context,
                       [this, client, context, done](const Result<SecretSummary> &summary) {
        if (!summary.ok()) {
            done(summary);
            return;
        }
        m_current.checkOutEnabled = summary.value.checkOutEnabled;
        client->secretState(m_secret.id, context,
                            [this, client, context, done](const Result<SecretState> &state) {
            if (!state.ok()) {
                done(state);
                return;
            }
            m_current.intervalMinutes = state.value.checkOutIntervalMinutes;
            readChangeOnCheckIn(client, context, done);
        });
    });
}

// Only the secret itself and the security view model say whether its password changes on
// check-in. Read the secret without checking it out; when that is refused (check-out
// required, restricted) ask the security view model instead.
void CheckOutPolicyChange::readChangeOnCheckIn(RestClient *client, QObject *context, Done done)
{
    if (!m_wanted.changePasswordOnCheckIn.has_value()) {
        readRpc(client, context, done);
        return;
    }
    SecretReadOptions options;
    options.noAutoCheckout = true;
    client->secret(m_secret.id, options, context,
                   [this, client, context, done](const Result<Secret> &secret) {
        if (secret.ok()) {
            m_current.changePasswordOnCheckIn = secret.value.checkOutChangePasswordEnabled;
            readRpc(client, context, done);
            return;
        }
        readSecurityView(client, context, done);
    });
}

// Secret Server has no documented GET for the check-out settings; the security-checkout PATCH
// answers with the whole security view model, so a PATCH with no dirty field reads it without
// changing anything and without checking the secret out (reference §6, "Set check-out": the
// no-dirty-field form is inferred from the dirty/value pattern of §1, not documented).
void CheckOutPolicyChange::readSecurityView(RestClient *client, QObject *context, Done done)
{
    client->setCheckOutPolicy(m_secret.id, CheckOutPolicy{}, context,
                              [this, client, context, done](const Result<CheckOutPolicy> &view) {
        // Still unknown (e.g. not an owner): the server's answer to our own write is the best
        // evidence, and a wanted value is simply sent.
        m_current.changePasswordOnCheckIn = view.ok() ? view.value.changePasswordOnCheckIn
                                                      : m_answered.changePasswordOnCheckIn;
        if (view.ok() && !m_current.checkOutEnabled)
            m_current.checkOutEnabled = view.value.checkOutEnabled;
        readRpc(client, context, done);
    });
}

void CheckOutPolicyChange::readRpc(RestClient *client, QObject *context, Done done)
{
    if (m_wanted.changePasswordOnCheckIn != true) {
        done(CallResult{});
        return;
    }
    client->configuration(ConfigurationArea::RemotePasswordChanging, context,
                          [this, done](const Result<ServerConfiguration> &rpc) {
        // Not being allowed to read the configuration is no reason to refuse the change.
        if (rpc.ok())
            m_rpcReady = rpc.value.rpcEnabled() && rpc.value.passwordChangeOnCheckInEnabled();
        done(CallResult{});
    });
}

bool CheckOutPolicyChange::isInPlace() const
{
    return !differs(m_wanted.checkOutEnabled, m_current.checkOutEnabled)
            && !differs(m_wanted.intervalMinutes, m_current.intervalMinutes)
            && !differs(m_wanted.changePasswordOnCheckIn, m_current.changePasswordOnCheckIn);
}

QStringList CheckOutPolicyChange::preview() const
{
    if (isInPlace())
        return {tr("The check-out policy of secret %1 is already as wanted.").arg(m_secret.name)};
    const auto now = [this](const std::optional<bool> &value) {
        return value ? onOff(*value) : tr("unknown");
    };
    QStringList lines;
    if (differs(m_wanted.checkOutEnabled, m_current.checkOutEnabled)) {
        lines << tr("Require check-out on secret %1: %2 (now: %3)")
                         .arg(m_secret.name, onOff(*m_wanted.checkOutEnabled),
                              now(m_current.checkOutEnabled));
    }
    if (differs(m_wanted.intervalMinutes, m_current.intervalMinutes)) {
        lines << tr("Check-out interval of secret %1: %2 minutes (now: %3)")
                         .arg(m_secret.name)
                         .arg(*m_wanted.intervalMinutes)
                         .arg(m_current.intervalMinutes
                                      ? QString::number(*m_current.intervalMinutes)
                                      : tr("unknown"));
    }
    if (differs(m_wanted.changePasswordOnCheckIn, m_current.changePasswordOnCheckIn)) {
        lines << tr("Change password on check-in of secret %1: %2 (now: %3)")
                         .arg(m_secret.name, onOff(*m_wanted.changePasswordOnCheckIn),
                              now(m_current.changePasswordOnCheckIn));
    }
    return lines;
}

QStringList CheckOutPolicyChange::warnings() const
{
    QStringList lines;
    if (m_wanted.checkOutEnabled == true) {
        lines << tr("Require check-out: a scan fails while someone else has the secret checked "
                    "out, and the scanner must check it out itself.");
    }
    if (m_wanted.changePasswordOnCheckIn == true) {
        if (m_rpcReady == false) {
            lines << tr("Remote password changing (or password change on check-in) is off on "
                        "the server, so the password will not change on check-in. Turn it on "
                        "in Secret Server under Admin > Remote Password Changing > Edit.");
        } else if (!m_rpcReady.has_value()) {
            lines << tr("Could not read the server's remote password changing settings; check "
                        "Admin > Remote Password Changing before relying on this.");
        }
        lines << tr("Change password on check-in: the password a scan used changes after it; "
                    "the target must accept the new one before the next scan.");
    }
    return lines;
}

void CheckOutPolicyChange::apply(RestClient *client, QObject *context, Done done)
{
    CheckOutPolicy patch;
    if (differs(m_wanted.checkOutEnabled, m_current.checkOutEnabled))
        patch.checkOutEnabled = m_wanted.checkOutEnabled;
    if (differs(m_wanted.intervalMinutes, m_current.intervalMinutes))
        patch.intervalMinutes = m_wanted.intervalMinutes;
    if (differs(m_wanted.changePasswordOnCheckIn, m_current.changePasswordOnCheckIn))
        patch.changePasswordOnCheckIn = m_wanted.changePasswordOnCheckIn;
    client->setCheckOutPolicy(m_secret.id, patch, context,
                              [this, done](const Result<CheckOutPolicy> &result) {
        if (result.ok())
            m_answered = result.value;
        done(result);
    });
}

// --- SecretSecurityChange -------------------------------------------------------------------

SecretSecurityChange::SecretSecurityChange(const SecretRef &secret, const Settings &wanted)
    : m_secret(secret)
    , m_wanted(wanted)
{
}

QString SecretSecurityChange::title() const
{
    return tr("Set the security settings of secret %1").arg(m_secret.name);
}

void SecretSecurityChange::read(RestClient *client, QObject *context, Done done)
{
    SecretLookup::find(client, m_secret, context,
                       [this, done](const Result<SecretSummary> &summary) {
        m_current.reset();
        if (summary.ok())
            m_current = summary.value;
        done(summary);
    });
}

QList<SecretSecurityChange::Line> SecretSecurityChange::lines() const
{
    const SecretSummary current = m_current.value_or(SecretSummary{});
    return {
        {tr("Approval for access"), m_wanted.requiresApproval, current.requiresApproval},
        {tr("Require comment"), m_wanted.requiresComment, current.requiresComment},
        {tr("Hide launcher password"), m_wanted.hideLauncherPassword, current.hidePassword},
        {tr("DoubleLock"), m_wanted.doubleLock, current.doubleLockEnabled},
    };
}

bool SecretSecurityChange::isInPlace() const
{
    if (!m_current)
        return false;
    for (const Line &line : lines()) {
        if (line.wanted.has_value() && *line.wanted != line.current)
            return false;
    }
    return true;
}

QStringList SecretSecurityChange::preview() const
{
    if (isInPlace())
        return {tr("The security settings of secret %1 are already as wanted.").arg(m_secret.name)};
    QStringList out;
    for (const Line &line : lines()) {
        if (line.wanted.has_value() && *line.wanted != line.current) {
            out << tr("%1 on secret %2: %3 (now: %4)")
                           .arg(line.name, m_secret.name, onOff(*line.wanted), onOff(line.current));
        }
    }
    return out;
}

QStringList SecretSecurityChange::warnings() const
{
    QStringList out;
    if (m_wanted.requiresApproval == true)
        out << tr("Approval for access: the scanner cannot read the secret until someone "
                  "approves each request; unattended scans fail.");
    if (m_wanted.requiresComment == true)
        out << tr("Require comment: the scanner must send a comment with every read; Qualys "
                  "does not, so its scans fail.");
    if (m_wanted.doubleLock == true)
        out << tr("DoubleLock: the scanner would need the DoubleLock password; unattended scans "
                  "fail.");
    if (m_wanted.doubleLock == true && m_wanted.doubleLockId <= 0)
        out << tr("No DoubleLock was chosen; the server will refuse to turn it on.");
    return out;
}

void SecretSecurityChange::apply(RestClient *client, QObject *context, Done done)
{
    const SecretSummary current = m_current.value_or(SecretSummary{});
    SecretSecurity general;
    if (differs(m_wanted.requiresComment, std::optional<bool>(current.requiresComment)))
        general.requiresComment = m_wanted.requiresComment;
    if (differs(m_wanted.hideLauncherPassword, std::optional<bool>(current.hidePassword)))
        general.hideLauncherPassword = m_wanted.hideLauncherPassword;
    if (differs(m_wanted.doubleLock, std::optional<bool>(current.doubleLockEnabled))) {
        general.enableDoubleLock = m_wanted.doubleLock;
        if (*m_wanted.doubleLock && m_wanted.doubleLockId > 0)
            general.doubleLockId = m_wanted.doubleLockId;
    }
    const bool approvalDiffers = differs(m_wanted.requiresApproval,
                                         std::optional<bool>(current.requiresApproval));
    const bool generalDiffers = general.requiresComment || general.hideLauncherPassword
            || general.enableDoubleLock;

    const auto approval = [this, client, context, done, approvalDiffers](const CallResult &prior) {
        if (!prior.ok() || !approvalDiffers) {
            done(prior);
            return;
        }
        client->setSecretApprovalRequired(m_secret.id, *m_wanted.requiresApproval, context,
                                          [done](const Result<bool> &result) { done(result); });
    };
    if (!generalDiffers) {
        approval(CallResult{});
        return;
    }
    client->setSecretSecurity(m_secret.id, general, context,
                              [approval](const Result<SecretSecurity> &result) {
        approval(result);
    });
}

#pragma once

#include "changes/ServerChange.h"
#include "secretserver/Secret.h"
#include "secretserver/SecretSecurity.h"

// Sets a secret's check-out policy: require check-out, the interval, and whether the
// password changes on check-in (which needs remote password changing on the server).
class CheckOutPolicyChange : public ServerChange
{
public:
    // Unset fields of wanted are left as they are.
    CheckOutPolicyChange(const SecretRef &secret, const secretserver::CheckOutPolicy &wanted);

    QString title() const override;
    void read(secretserver::RestClient *client, QObject *context, Done done) override;
    bool isInPlace() const override;
    QStringList preview() const override;
    QStringList warnings() const override;
    void apply(secretserver::RestClient *client, QObject *context, Done done) override;

private:
    void readChangeOnCheckIn(secretserver::RestClient *client, QObject *context, Done done);
    void readSecurityView(secretserver::RestClient *client, QObject *context, Done done);
    void readRpc(secretserver::RestClient *client, QObject *context, Done done);

    SecretRef m_secret;
    secretserver::CheckOutPolicy m_wanted;
    secretserver::CheckOutPolicy m_current; // unset = could not be read
    secretserver::CheckOutPolicy m_answered; // the server's answer to the last write
    std::optional<bool> m_rpcReady;          // read only when change-on-check-in is wanted
};

// Sets a secret's access restrictions: Approval for Access, Require Comment, Hide Launcher
// Password and DoubleLock. Each one on stops a scanner reading the secret unattended.
class SecretSecurityChange : public ServerChange
{
public:
    struct Settings
    {
        std::optional<bool> requiresApproval;
        std::optional<bool> requiresComment;
        std::optional<bool> hideLauncherPassword;
        std::optional<bool> doubleLock;
        int doubleLockId = -1; // needed when turning DoubleLock on
    };

    SecretSecurityChange(const SecretRef &secret, const Settings &wanted);

    QString title() const override;
    void read(secretserver::RestClient *client, QObject *context, Done done) override;
    bool isInPlace() const override;
    QStringList preview() const override;
    QStringList warnings() const override;
    void apply(secretserver::RestClient *client, QObject *context, Done done) override;

private:
    struct Line
    {
        QString name;
        std::optional<bool> wanted;
        bool current = false;
    };
    QList<Line> lines() const;

    SecretRef m_secret;
    Settings m_wanted;
    std::optional<secretserver::SecretSummary> m_current;
};

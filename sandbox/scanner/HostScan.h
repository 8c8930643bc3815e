#pragma once

#include "scanner/ApplianceSoapCall.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace sandbox {

// Why a simulated scan of one host passed or failed; the codes are the reply's "cause".
enum class ScanCause {
    Passed,
    VaultNotSupported, // the record's vault is not a Thycotic Secret Server vault
    VaultUnreachable, // no HTTP answer, TLS refused, or not a SOAP reply
    WebServicesDisabled,
    LoginRefused, // wrong user name, password or domain
    AccountLockedOut,
    IpRestricted,
    SecretNotFound, // no active secret with exactly this name that the account can list
    AccessDenied, // found with List, but reading takes View
    ApprovalRequired,
    CommentRequired,
    DoubleLockRequired,
    CheckedOutByOther,
    PasswordHidden, // "Viewing Password Requires Edit" and the account has View
};

QString scanCauseCode(ScanCause cause); // "Passed", "WebServicesDisabled", ...

// What the appliance needs for one host of one vault-backed record. Holds the vault
// password only while the scan runs.
struct HostScanInput
{
    int recordId = 0;
    QString recordType;
    QString recordTitle;
    QString host;
    QString secretName;
    QString vaultType;
    QString vaultUrl;
    QString vaultUser;
    QString vaultPassword;
    QString vaultDomain;
    QHostAddress appliance;
    QList<QSslCertificate> trusted;
};

// The appliance's path for one host, as the real one walks it at scan time: Authenticate as
// the vault account, SearchSecrets for the exact name, GetSecret (which checks the secret out
// where required), then, after the "scan", CheckIn if it is checked out. Deletes itself after
// finished(); the verdict never contains a secret value.
class HostScan : public QObject
{
    Q_OBJECT

public:
    explicit HostScan(HostScanInput input, QObject *parent = nullptr);

    void start();

signals:
    void finished(const QJsonObject &verdict);

private:
    void send(const QString &method, const SoapArgumentList &arguments,
              void (HostScan::*next)(const SoapCallResult &));
    void authenticated(const SoapCallResult &result);
    void searched(const SoapCallResult &result);
    void diagnosed(const SoapCallResult &result);
    void readSecret(const SoapCallResult &result);
    void checkOutStatus(const SoapCallResult &result);
    void checkedIn(const SoapCallResult &result);
    bool transportFailed(const SoapCallResult &result);
    void finish(ScanCause cause, const QString &message);

    HostScanInput m_input;
    QUrl m_endpoint;
    QString m_token;
    int m_secretId = 0;
    ScanCause m_readCause = ScanCause::Passed;
    QString m_readMessage;
    QStringList m_calls;
    bool m_checkedOut = false;
    bool m_checkedIn = false;
};

} // namespace sandbox

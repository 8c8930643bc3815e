#include "scanner/HostScan.h"

#include "scanner/ScannerLogging.h"
#include "soap/SoapErrorText.h"

#include <QJsonArray>

namespace sandbox {

namespace {

const QString ThycoticType = QStringLiteral("Thycotic Secret Server");

// The endpoint the appliance posts to: the vault URL as given when it names the .asmx, else
// with /webservices/SSWebService.asmx appended (qualys-api.md, vault `url`).
QUrl endpointOf(const QString &vaultUrl)
{
    QUrl url(vaultUrl);
    if (!url.path().endsWith(QLatin1String(".asmx"), Qt::CaseInsensitive)) {
        QString path = url.path();
        if (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path + QStringLiteral("/webservices/SSWebService.asmx"));
    }
    return url;
}

// The sandbox answers on loopback only; anything else could reach a real host.
bool isLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

// Levenshtein distance capped at 2: all that "one character off" needs.
int distanceUpToTwo(const QString &a, const QString &b)
{
    if (qAbs(a.size() - b.size()) > 1)
        return 2;
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    const auto tailsEqual = [&](qsizetype skipA, qsizetype skipB) {
        return QStringView(a).mid(i + skipA) == QStringView(b).mid(i + skipB);
    };
    if (a.size() == b.size())
        return i == a.size() ? 0 : (tailsEqual(1, 1) ? 1 : 2);
    return (a.size() > b.size() ? tailsEqual(1, 0) : tailsEqual(0, 1)) ? 1 : 2;
}

// The sandbox's "checked out by <holder>" text, whoever the holder is.
bool isCheckedOutByOther(const QString &error)
{
    const QString marker = QStringLiteral("\u0001");
    const QString pattern = soap::text::checkedOutByOther(marker);
    const qsizetype at = pattern.indexOf(marker);
    return !error.isEmpty() && error.startsWith(pattern.left(at))
            && error.endsWith(pattern.mid(at + marker.size()));
}

// "<Method>Response/<Method>Result/<rest>": where a reply's values sit below soap:Body.
QString resultPath(const QString &method, const QString &rest)
{
    return QStringLiteral("%1Response/%1Result/%2").arg(method, rest);
}

} // namespace

QString scanCauseCode(ScanCause cause)
{
    switch (cause) {
    case ScanCause::Passed:
        return QStringLiteral("Passed");
    case ScanCause::VaultNotSupported:
        return QStringLiteral("VaultNotSupported");
    case ScanCause::VaultUnreachable:
        return QStringLiteral("VaultUnreachable");
    case ScanCause::WebServicesDisabled:
        return QStringLiteral("WebServicesDisabled");
    case ScanCause::LoginRefused:
        return QStringLiteral("LoginRefused");
    case ScanCause::AccountLockedOut:
        return QStringLiteral("AccountLockedOut");
    case ScanCause::IpRestricted:
        return QStringLiteral("IpRestricted");
    case ScanCause::SecretNotFound:
        return QStringLiteral("SecretNotFound");
    case ScanCause::AccessDenied:
        return QStringLiteral("AccessDenied");
    case ScanCause::ApprovalRequired:
        return QStringLiteral("ApprovalRequired");
    case ScanCause::CommentRequired:
        return QStringLiteral("CommentRequired");
    case ScanCause::DoubleLockRequired:
        return QStringLiteral("DoubleLockRequired");
    case ScanCause::CheckedOutByOther:
        return QStringLiteral("CheckedOutByOther");
    case ScanCause::PasswordHidden:
        return QStringLiteral("PasswordHidden");
    }
    return QStringLiteral("Unknown");
}

HostScan::HostScan(HostScanInput input, QObject *parent)
    : QObject(parent), m_input(std::move(input)), m_endpoint(endpointOf(m_input.vaultUrl))
{
}

void HostScan::start()
{
    if (m_input.vaultType != ThycoticType) {
        finish(ScanCause::VaultNotSupported,
               QStringLiteral("The record's vault is of type \"%1\"; this appliance simulates "
                              "Thycotic Secret Server vaults only.")
                       .arg(m_input.vaultType));
        return;
    }
    if (!m_endpoint.isValid() || !isLoopback(m_endpoint)
        || (m_endpoint.scheme() != QLatin1String("https")
            && m_endpoint.scheme() != QLatin1String("http"))) {
        finish(ScanCause::VaultUnreachable,
               QStringLiteral("The vault URL %1 cannot be reached from the appliance (the "
                              "sandbox's appliance reaches http(s) on loopback only).")
                       .arg(m_endpoint.toDisplayString(QUrl::RemoveUserInfo)));
        return;
    }
    send(QStringLiteral("Authenticate"),
         { { QStringLiteral("username"), m_input.vaultUser },
           { QStringLiteral("password"), m_input.vaultPassword },
           { QStringLiteral("organization"), QString() },
           { QStringLiteral("domain"), m_input.vaultDomain } },
         &HostScan::authenticated);
}

void HostScan::send(const QString &method, const SoapArgumentList &arguments,
                    void (HostScan::*next)(const SoapCallResult &))
{
    m_calls.append(method);
    auto *call = new ApplianceSoapCall(m_endpoint, m_input.appliance, m_input.trusted, this);
    connect(call, &ApplianceSoapCall::finished, this, next);
    call->call(method, arguments);
}

bool HostScan::transportFailed(const SoapCallResult &result)
{
    if (!result.answered) {
        finish(ScanCause::VaultUnreachable,
               QStringLiteral("No answer from the vault at %1: %2.")
                       .arg(m_endpoint.toDisplayString(QUrl::RemoveUserInfo),
                            result.transportError));
        return true;
    }
    if (result.httpStatus != 200 || !result.wellFormed) {
        finish(ScanCause::VaultUnreachable,
               QStringLiteral("The vault URL %1 answered HTTP %2 without a usable SOAP reply; "
                              "is it Secret Server's SSWebService.asmx?")
                       .arg(m_endpoint.toDisplayString(QUrl::RemoveUserInfo))
                       .arg(result.httpStatus));
        return true;
    }
    return false;
}

void HostScan::authenticated(const SoapCallResult &result)
{
    m_input.vaultPassword.clear(); // not needed any more
    if (transportFailed(result))
        return;

    const QString method = QStringLiteral("Authenticate");
    m_token = result.value(resultPath(method, QStringLiteral("Token")));
    const QString error = result.value(resultPath(method, QStringLiteral("Errors/string")));
    if (m_token.isEmpty()) {
        // The texts are the sandbox's own (soap/SoapErrorText.h); a real server's are UNKNOWN.
        if (error == soap::text::webServicesDisabled())
            finish(ScanCause::WebServicesDisabled,
                   QStringLiteral("Secret Server's web services are turned off (Admin > "
                                  "Configuration > Enable Web Services)."));
        else if (error == soap::text::lockedOut())
            finish(ScanCause::AccountLockedOut,
                   QStringLiteral("The vault account %1 is locked out.").arg(m_input.vaultUser));
        else if (error == soap::text::ipRestricted())
            finish(ScanCause::IpRestricted,
                   QStringLiteral("Secret Server refuses logins of %1 from the appliance's "
                                  "address %2 (IP address restriction).")
                           .arg(m_input.vaultUser, m_input.appliance.toString()));
        else
            finish(ScanCause::LoginRefused,
                   QStringLiteral("Secret Server refused the vault account %1: wrong user name, "
                                  "password or domain (\"%2\").")
                           .arg(m_input.vaultUser, error));
        return;
    }
    send(QStringLiteral("SearchSecrets"),
         { { QStringLiteral("token"), m_token },
           { QStringLiteral("searchTerm"), m_input.secretName },
           { QStringLiteral("includeDeleted"), QStringLiteral("false") },
           { QStringLiteral("includeRestricted"), QStringLiteral("true") } },
         &HostScan::searched);
}

void HostScan::searched(const SoapCallResult &result)
{
    if (transportFailed(result))
        return;

    const QString base = resultPath(QStringLiteral("SearchSecrets"),
                                    QStringLiteral("SecretSummaries/SecretSummary/"));
    const QStringList names = result.all(base + QStringLiteral("SecretName"));
    const QStringList ids = result.all(base + QStringLiteral("SecretId"));
    // The appliance takes the secret whose name is exactly the record's, case included.
    for (qsizetype i = 0; i < names.size() && i < ids.size(); ++i) {
        if (names.at(i) == m_input.secretName) {
            m_secretId = ids.at(i).toInt();
            break;
        }
    }
    if (m_secretId > 0) {
        send(QStringLiteral("GetSecret"),
             { { QStringLiteral("token"), m_token },
               { QStringLiteral("secretId"), QString::number(m_secretId) },
               { QStringLiteral("loadSettingsAndPermissions"), QStringLiteral("false") } },
             &HostScan::readSecret);
        return;
    }
    // Not something the appliance does: a wider search to say how close the name came.
    send(QStringLiteral("SearchSecrets"),
         { { QStringLiteral("token"), m_token },
           { QStringLiteral("searchTerm"), QString() },
           { QStringLiteral("includeDeleted"), QStringLiteral("true") },
           { QStringLiteral("includeRestricted"), QStringLiteral("true") } },
         &HostScan::diagnosed);
}

void HostScan::diagnosed(const SoapCallResult &result)
{
    const QStringList names
            = result.all(resultPath(QStringLiteral("SearchSecrets"),
                                    QStringLiteral("SecretSummaries/SecretSummary/SecretName")));
    const QString wanted = m_input.secretName;
    QString message = QStringLiteral("No secret the vault account can see is named exactly "
                                     "\"%1\"; the account may lack permission on it.")
                              .arg(wanted);
    for (const QString &name : names) {
        if (name == wanted) {
            message = QStringLiteral("The secret \"%1\" is inactive (deleted).").arg(wanted);
            break;
        }
        if (name.compare(wanted, Qt::CaseInsensitive) == 0) {
            message = QStringLiteral("No secret is named exactly \"%1\"; \"%2\" differs by "
                                     "letter case only.")
                              .arg(wanted, name);
            break;
        }
        if (distanceUpToTwo(name, wanted) == 1)
            message = QStringLiteral("No secret is named exactly \"%1\"; \"%2\" differs by one "
                                     "character.")
                              .arg(wanted, name);
    }
    finish(ScanCause::SecretNotFound, message);
}

void HostScan::readSecret(const SoapCallResult &result)
{
    if (transportFailed(result))
        return;

    const QString method = QStringLiteral("GetSecret");
    const QString code = result.value(resultPath(method, QStringLiteral("SecretError/ErrorCode")));
    const QString error = result.value(resultPath(method, QStringLiteral("Errors/string")));
    const QString secretPath = resultPath(method, QStringLiteral("Secret/Items/SecretItem/"));
    if (code == soap::text::approvalRequiredCode()) {
        finish(ScanCause::ApprovalRequired,
               QStringLiteral("\"%1\" requires approval for access; an unattended scan cannot "
                              "wait for it.")
                       .arg(m_input.secretName));
    } else if (code == soap::text::commentRequiredCode()) {
        finish(ScanCause::CommentRequired,
               QStringLiteral("\"%1\" requires a comment to be viewed; the appliance sends "
                              "none.")
                       .arg(m_input.secretName));
    } else if (code == soap::text::doubleLockRequiredCode()) {
        finish(ScanCause::DoubleLockRequired,
               QStringLiteral("\"%1\" is protected by DoubleLock; the vault account cannot "
                              "unlock it.")
                       .arg(m_input.secretName));
    } else if (isCheckedOutByOther(error)) {
        finish(ScanCause::CheckedOutByOther,
               QStringLiteral("\"%1\" is checked out by someone else (%2).")
                       .arg(m_input.secretName, error));
    } else if (!error.isEmpty() || !result.values.contains(secretPath + QStringLiteral("Value"))) {
        finish(ScanCause::AccessDenied,
               QStringLiteral("The vault account can list \"%1\" but not view it (\"%2\"); it "
                              "needs View.")
                       .arg(m_input.secretName, error));
    } else {
        // Look for a non-empty password; the value itself is not kept.
        const QStringList values = result.all(secretPath + QStringLiteral("Value"));
        const QStringList isPassword = result.all(secretPath + QStringLiteral("IsPassword"));
        bool havePassword = false;
        for (qsizetype i = 0; i < values.size() && i < isPassword.size(); ++i)
            havePassword = havePassword
                    || (isPassword.at(i) == QLatin1String("true") && !values.at(i).isEmpty());
        m_readCause = havePassword ? ScanCause::Passed : ScanCause::PasswordHidden;
        m_readMessage = havePassword
                ? QStringLiteral("The appliance read the password of \"%1\".")
                          .arg(m_input.secretName)
                : QStringLiteral("\"%1\" came back without a password: viewing it requires Edit "
                                 "(hide launcher password).")
                          .arg(m_input.secretName);
        // The "scan" happens here; then the secret goes back if the read checked it out.
        send(QStringLiteral("GetCheckOutStatus"),
             { { QStringLiteral("token"), m_token },
               { QStringLiteral("secretId"), QString::number(m_secretId) } },
             &HostScan::checkOutStatus);
    }
}

void HostScan::checkOutStatus(const SoapCallResult &result)
{
    const QString checkedOut = result.value(
            resultPath(QStringLiteral("GetCheckOutStatus"), QStringLiteral("IsCheckedOut")));
    if (checkedOut != QLatin1String("true")) {
        finish(m_readCause, m_readMessage);
        return;
    }
    m_checkedOut = true;
    send(QStringLiteral("CheckIn"),
         { { QStringLiteral("token"), m_token },
           { QStringLiteral("secretId"), QString::number(m_secretId) } },
         &HostScan::checkedIn);
}

void HostScan::checkedIn(const SoapCallResult &result)
{
    const QString error
            = result.value(QStringLiteral("CheckInResponse/CheckInResult/Errors/string"));
    m_checkedIn = result.answered && error.isEmpty();
    finish(m_readCause,
           m_readMessage
                   + (m_checkedIn ? QStringLiteral(" It was checked out and checked back in.")
                                  : QStringLiteral(" Check-in failed: %1").arg(error)));
}

void HostScan::finish(ScanCause cause, const QString &message)
{
    m_token.clear();
    m_input.vaultPassword.clear();
    const QJsonObject verdict {
        { QStringLiteral("recordId"), m_input.recordId },
        { QStringLiteral("type"), m_input.recordType },
        { QStringLiteral("title"), m_input.recordTitle },
        { QStringLiteral("host"), m_input.host },
        { QStringLiteral("secretName"), m_input.secretName },
        { QStringLiteral("status"),
          cause == ScanCause::Passed ? QStringLiteral("Passed") : QStringLiteral("Failed") },
        { QStringLiteral("cause"), scanCauseCode(cause) },
        { QStringLiteral("message"), message },
        { QStringLiteral("checkedOut"), m_checkedOut },
        { QStringLiteral("checkedIn"), m_checkedIn },
        { QStringLiteral("calls"), QJsonArray::fromStringList(m_calls) },
    };
    qCInfo(lcSandboxScanner) << "record" << m_input.recordId << "host" << m_input.host << "->"
                             << scanCauseCode(cause);
    emit finished(verdict);
    deleteLater();
}

} // namespace sandbox

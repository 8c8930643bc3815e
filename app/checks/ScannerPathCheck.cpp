#include "checks/ScannerPathCheck.h"

#include "secretserver/PendingCall.h"
#include "secretserver/SoapClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcScannerPath, "scanvault.checks.scannerpath")

using namespace secretserver;

namespace {

Finding blocker(const char *code, const QString &title, const QString &detail, const QString &fix)
{
    Finding finding;
    finding.severity = Finding::Severity::Blocker;
    finding.code = QLatin1String(code);
    finding.title = title;
    finding.detail = detail;
    finding.fix = fix;
    return finding;
}

bool mentions(const QString &text, const char *word)
{
    return text.contains(QLatin1String(word), Qt::CaseInsensitive);
}

// Levenshtein distance capped at 2: enough to say "one character off".
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

} // namespace

ScannerPathCheck::ScannerPathCheck(const ConnectionSettings &settings, const QUrl &endpoint,
                                   QObject *parent)
    : QObject(parent), m_client(std::make_unique<SoapClient>(settings))
{
    if (!endpoint.isEmpty())
        m_client->setEndpoint(endpoint);
}

ScannerPathCheck::~ScannerPathCheck()
{
    cancel();
}

void ScannerPathCheck::cancel()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_targets.clear();
    m_running = false;
}

void ScannerPathCheck::start(const QString &userName, const QString &password,
                             const QString &domain, const QList<Target> &targets)
{
    cancel();
    m_running = true;
    m_targets = targets;
    m_userName = userName;
    m_loginFailure.reset();
    m_client->forgetToken();

    m_call = m_client->authenticate(
            userName, password, domain, this,
            [this, run = m_generation](const Result<bool> &result) {
                if (run != m_generation)
                    return; // an answer for a cancelled run
                if (!result.ok()) {
                    const QString said = result.serverMessage;
                    if (result.status == CallStatus::WebServicesDisabled
                        || mentions(said, "web service"))
                        m_loginFailure = blocker(
                                "scanner-path.web-services-off", tr("Web services are turned off"),
                                tr("Secret Server answers no SOAP call, so the appliance cannot "
                                   "sign "
                                   "in."),
                                tr("Turn on Enable Web Services under Admin > Configuration."));
                    else if (mentions(said, "IP address"))
                        m_loginFailure = blocker("scanner-path.ip-restricted",
                                                 tr("%1 may not sign in from here").arg(m_userName),
                                                 tr("An IP address restriction on the account "
                                                    "refused this address: %1")
                                                         .arg(said),
                                                 tr("Add the scanner appliances' addresses to the "
                                                    "account's IP address "
                                                    "restrictions."));
                    else if (mentions(said, "locked"))
                        m_loginFailure = blocker(
                                "scanner-path.account-locked",
                                tr("%1 is locked out").arg(m_userName),
                                tr("Secret Server refuses every login of the vault account."),
                                tr("Unlock the account under Admin > Users and check the vault's "
                                   "password in Qualys."));
                    else if (result.status == CallStatus::AuthenticationFailed)
                        m_loginFailure = blocker(
                                "scanner-path.login-refused",
                                tr("Secret Server refused %1").arg(m_userName),
                                tr("The user name, password or domain of the Qualys vault is "
                                   "wrong."),
                                tr("Correct the vault's credentials in Qualys (Authentication > "
                                   "Vaults)."));
                    else
                        m_loginFailure = blocker("scanner-path.vault-unreachable",
                                                 tr("The vault cannot be reached"), result.message,
                                                 tr("Check the vault URL; the appliance must reach "
                                                    "it, not only this "
                                                    "PC."));
                }
                nextTarget();
            });
}

void ScannerPathCheck::nextTarget()
{
    while (m_running && !m_targets.isEmpty() && m_loginFailure) {
        m_current = m_targets.takeFirst();
        emit recordChecked(m_current.recordId, *m_loginFailure);
    }
    if (!m_running || m_targets.isEmpty()) {
        m_running = false;
        m_client->forgetToken();
        emit finished();
        return;
    }

    m_current = m_targets.takeFirst();
    m_call = m_client->searchSecrets(
            m_current.secretName, false, true, this,
            [this, run = m_generation](const Result<QList<SoapSecretSummary>> &result) {
                if (run != m_generation)
                    return; // an answer for a cancelled run
                QList<int> exact;
                for (const SoapSecretSummary &summary : result.value) {
                    // The appliance matches the whole name, letter case included.
                    if (summary.name == m_current.secretName)
                        exact.append(summary.secretId);
                }
                if (!result.ok())
                    report(blocker("scanner-path.search-failed",
                                   tr("Searching for \"%1\" failed").arg(m_current.secretName),
                                   result.message, tr("Check the vault account's access.")));
                else
                    searched(exact);
            });
}

void ScannerPathCheck::searched(const QList<int> &exactIds)
{
    if (exactIds.isEmpty()) {
        // Not a step the appliance takes: a wide search to say how close the name came.
        m_call = m_client->searchSecrets(
                QString(), true, true, this,
                [this, run = m_generation](const Result<QList<SoapSecretSummary>> &result) {
                    if (run != m_generation)
                        return; // an answer for a cancelled run
                    QStringList names;
                    for (const SoapSecretSummary &summary : result.value)
                        names.append(summary.name);
                    diagnosed(names);
                });
        return;
    }
    m_currentSecretId = exactIds.first();
    m_call = m_client->getSecret(
            m_currentSecretId, false, {}, this,
            [this, run = m_generation](const Result<SoapSecretReply> &result) {
                if (run != m_generation)
                    return; // an answer for a cancelled run
                if (!result.ok()) {
                    const QString said = result.serverMessage;
                    if (mentions(said, "checked out"))
                        report(blocker("scanner-path.checked-out",
                                       tr("\"%1\" is checked out by someone else")
                                               .arg(m_current.secretName),
                                       said,
                                       tr("Have it checked in, or shorten the check-out "
                                          "interval so scans do not collide.")));
                    else
                        report(blocker("scanner-path.access-denied",
                                       tr("%1 can list \"%2\" but not view it")
                                               .arg(m_userName, m_current.secretName),
                                       said,
                                       tr("Give the vault account View on the secret or its "
                                          "folder.")));
                    return;
                }
                // Only whether a password came back is kept, never the value.
                bool havePassword = false;
                if (result.value.secret) {
                    for (const SecretItem &item : result.value.secret->items)
                        havePassword = havePassword || (item.isPassword && !item.value.isEmpty());
                }
                secretRead(result.value, havePassword);
            });
}

void ScannerPathCheck::diagnosed(const QStringList &names)
{
    const QString wanted = m_current.secretName;
    QString detail = tr("The vault account sees no active secret named exactly \"%1\"; it may "
                        "lack permission on it.")
                             .arg(wanted);
    for (const QString &name : names) {
        if (name == wanted) {
            detail = tr("The secret \"%1\" is inactive.").arg(wanted);
            break;
        }
        if (name.compare(wanted, Qt::CaseInsensitive) == 0) {
            detail = tr("\"%1\" differs from the record's name by letter case only.").arg(name);
            break;
        }
        if (distanceUpToTwo(name, wanted) == 1)
            detail = tr("\"%1\" differs from the record's name by one character.").arg(name);
    }
    report(blocker("scanner-path.secret-not-found",
                   tr("No secret named exactly \"%1\"").arg(wanted), detail,
                   tr("Make the record's secret name equal the secret's name, character for "
                      "character, and give the vault account View.")));
}

void ScannerPathCheck::secretRead(const SoapSecretReply &reply, bool havePassword)
{
    if (reply.secretError) {
        const QString code = reply.secretError->errorCode;
        // The SecretError codes are UNKNOWN for a real server (secret-server-api.md §12, §14).
        if (mentions(code, "APPROVAL"))
            report(blocker("scanner-path.approval", tr("Approval for access blocks the scan"),
                           reply.secretError->errorMessage,
                           tr("Turn off Require Approval for the secret, or exempt the vault "
                              "account as an approver.")));
        else if (mentions(code, "COMMENT"))
            report(blocker("scanner-path.comment", tr("Require comment blocks the scan"),
                           reply.secretError->errorMessage,
                           tr("Turn off Require Comment on the secret.")));
        else if (mentions(code, "DOUBLELOCK"))
            report(blocker("scanner-path.doublelock", tr("DoubleLock blocks the scan"),
                           reply.secretError->errorMessage,
                           tr("Move the scan account to a secret without DoubleLock.")));
        else
            report(blocker("scanner-path.restricted", tr("The secret is restricted"),
                           reply.secretError->errorMessage,
                           tr("Remove the restriction the server names.")));
        return;
    }

    Finding verdict;
    if (havePassword) {
        verdict.severity = Finding::Severity::Info;
        verdict.code = QStringLiteral("scanner-path.passed");
        verdict.title = tr("The scanner's path works for \"%1\"").arg(m_current.secretName);
        verdict.detail = tr("%1 signed in, found the secret by its exact name and read its "
                            "password.")
                                 .arg(m_userName);
    } else {
        verdict = blocker("scanner-path.password-hidden",
                          tr("\"%1\" came back without a password").arg(m_current.secretName),
                          tr("Viewing the password requires Edit on this secret."),
                          tr("Turn off Hide Launcher Password, or give the vault account "
                             "Edit."));
    }
    checkInIfCheckedOut(verdict);
}

void ScannerPathCheck::checkInIfCheckedOut(const Finding &verdict)
{
    m_call = m_client->getCheckOutStatus(
            m_currentSecretId, this,
            [this, verdict, run = m_generation](const Result<SoapCheckOutStatus> &status) {
                if (run != m_generation)
                    return;
                if (!status.ok() || !status.value.isCheckedOut) {
                    report(verdict);
                    return;
                }
                m_call = m_client->checkIn(
                        m_currentSecretId, this,
                        [this, verdict, run = m_generation](const Result<bool> &checkedIn) {
                            if (run != m_generation)
                                return;
                            Finding finding = verdict;
                            if (!checkedIn.ok())
                                finding.detail += QLatin1Char(' ')
                                        + tr("Checking the secret back in failed: %1")
                                                  .arg(checkedIn.message);
                            report(finding);
                        });
            });
}

void ScannerPathCheck::report(const Finding &finding)
{
    qCInfo(lcScannerPath) << "record" << m_current.recordId << "->" << finding.code;
    emit recordChecked(m_current.recordId, finding);
    nextTarget();
}

#include "checks/RecordReadiness.h"

#include <algorithm>

using secretserver::SecretSummary;

namespace {

Finding make(Finding::Severity severity, const char *code, QString title, QString detail,
             QString fix)
{
    return { severity, QString::fromLatin1(code), std::move(title), std::move(detail),
             std::move(fix) };
}

// The scanner looks a secret up by its exact name among active secrets (the Qualys
// integration guide's "exact Secret Name"; scan-auth-failures.md, failure 4).
QList<SecretSummary> exactActive(const RecordFacts &facts)
{
    QList<SecretSummary> matches;
    for (const SecretSummary &secret : facts.candidates) {
        if (secret.active && secret.name == facts.secretName)
            matches.append(secret);
    }
    return matches;
}

Finding notFound(const RecordFacts &facts)
{
    const QString wanted = facts.secretName.simplified();
    for (const SecretSummary &secret : facts.candidates) {
        const bool sameIgnoringCase
                = secret.name.compare(facts.secretName, Qt::CaseInsensitive) == 0;
        const bool sameIgnoringSpace
                = secret.name.simplified().compare(wanted, Qt::CaseInsensitive) == 0;
        if (secret.active && (sameIgnoringCase || sameIgnoringSpace)) {
            return make(
                    Finding::Severity::Blocker, "secret.name-mismatch",
                    Finding::tr("No secret is named exactly \"%1\"").arg(facts.secretName),
                    Finding::tr("The secret \"%1\" differs only in case or spacing; the scanner "
                                "matches names exactly.")
                            .arg(secret.name),
                    Finding::tr("Use \"%1\" as the secret name in the authentication record.")
                            .arg(secret.name));
        }
        if (!secret.active && secret.name == facts.secretName) {
            return make(Finding::Severity::Blocker, "secret.inactive",
                        Finding::tr("The secret \"%1\" is deactivated").arg(secret.name),
                        Finding::tr("Deactivated secrets are not returned to the scanner."),
                        Finding::tr("Reactivate the secret in Secret Server, or name an active one "
                                    "in the record."));
        }
    }
    return make(Finding::Severity::Blocker, "secret.not-found",
                Finding::tr("No secret is named \"%1\"").arg(facts.secretName),
                Finding::tr("The scanner finds the secret by its exact name and will report that "
                            "authentication was not successful."),
                Finding::tr("Create the secret, or correct the secret name in the record."));
}

void addAccessFindings(const RecordFacts &facts, const SecretSummary &secret,
                       QList<Finding> &findings)
{
    if (!facts.vaultAccountAccess)
        return;

    const EffectiveAccess &access = *facts.vaultAccountAccess;
    const int rank = EffectiveAccess::roleRank(access.role);
    const int view = EffectiveAccess::roleRank(QStringLiteral("View"));
    const int edit = EffectiveAccess::roleRank(QStringLiteral("Edit"));
    if (rank == 0) {
        findings.append(make(
                Finding::Severity::Blocker, "access.none",
                Finding::tr("%1 has no access to \"%2\"").arg(facts.vaultAccountName, secret.name),
                Finding::tr("The vault account cannot even find the secret."),
                Finding::tr("Grant %1 View on the secret's folder, with inheritance.")
                        .arg(facts.vaultAccountName)));
    } else if (rank < view) {
        findings.append(make(
                Finding::Severity::Blocker, "access.list-only",
                Finding::tr("%1 can only list \"%2\"").arg(facts.vaultAccountName, secret.name),
                Finding::tr("List shows the secret in searches but denies its fields, "
                            "so the scanner gets no password."),
                Finding::tr("Change the permission to View.")));
    } else if (secret.hidePassword && rank < edit) {
        findings.append(
                make(Finding::Severity::Blocker, "secret.hide-launcher-password",
                     Finding::tr("Viewing the password of \"%1\" requires Edit").arg(secret.name),
                     Finding::tr("Hide Launcher Password is on, so View is not enough to "
                                 "read the password."),
                     Finding::tr("Turn Hide Launcher Password off on the secret's Security "
                                 "tab rather than granting Edit.")));
    } else if (rank >= edit && !secret.hidePassword) {
        findings.append(make(Finding::Severity::Warning, "access.wider-than-needed",
                             Finding::tr("%1 has %2 on \"%3\"")
                                     .arg(facts.vaultAccountName, access.role, secret.name),
                             Finding::tr("The scanner only reads the password; View is enough."),
                             Finding::tr("Reduce the permission to View.")));
    }
}

void addRestrictionFindings(const RecordFacts &facts, const SecretSummary &secret,
                            QList<Finding> &findings)
{
    if (secret.requiresApproval) {
        findings.append(make(Finding::Severity::Blocker, "secret.approval",
                             Finding::tr("\"%1\" requires approval for access").arg(secret.name),
                             Finding::tr("Nobody approves a request at scan time."),
                             Finding::tr("Turn Approval for Access off for this secret, or exempt "
                                         "the vault account from approval.")));
    }
    if (secret.requiresComment) {
        findings.append(make(Finding::Severity::Blocker, "secret.comment",
                             Finding::tr("\"%1\" requires a comment when viewed").arg(secret.name),
                             Finding::tr("The scanner cannot give a comment or ticket number."),
                             Finding::tr("Turn Require Comment off for this secret.")));
    }
    if (secret.doubleLockEnabled) {
        findings.append(
                make(Finding::Severity::Blocker, "secret.doublelock",
                     Finding::tr("\"%1\" is protected by DoubleLock").arg(secret.name),
                     Finding::tr("DoubleLock needs a password only a person holds, whatever "
                                 "the account's permissions."),
                     Finding::tr("Move the scan credential to a secret without DoubleLock.")));
    }
    if (secret.checkedOut && secret.checkOutUserId != facts.vaultAccountUserId) {
        const QString holder = secret.checkOutUserName.isEmpty() ? Finding::tr("another user")
                                                                 : secret.checkOutUserName;
        findings.append(make(Finding::Severity::Blocker, "secret.checked-out",
                             Finding::tr("\"%1\" is checked out by %2").arg(secret.name, holder),
                             Finding::tr("Until it is checked in or the interval ends, the scanner "
                                         "cannot check it out."),
                             Finding::tr("Ask %1 to check it in, or force a check-in as an "
                                         "administrator.")
                                     .arg(holder)));
    }
}

void addRotationFindings(const RecordFacts &facts, const SecretSummary &secret,
                         QList<Finding> &findings)
{
    const bool changesOnCheckIn = facts.changePasswordOnCheckIn.value_or(false);
    if (secret.checkOutEnabled && changesOnCheckIn && !facts.remotePasswordChangingEnabled) {
        findings.append(make(Finding::Severity::Warning, "rotation.rpc-off",
                             Finding::tr("\"%1\" changes its password on check-in, but remote "
                                         "password changing is off")
                                     .arg(secret.name),
                             Finding::tr("The password will not rotate after the scan."),
                             Finding::tr("Turn on remote password changing under Administration > "
                                         "Remote Password Changing.")));
    }
    const QString heartbeat = secret.lastHeartBeatStatus;
    if (!heartbeat.isEmpty() && heartbeat != QLatin1String("Success")
        && heartbeat != QLatin1String("Pending")) {
        findings.append(
                make(Finding::Severity::Warning, "secret.heartbeat",
                     Finding::tr("The last heartbeat of \"%1\" was %2").arg(secret.name, heartbeat),
                     Finding::tr("The stored password may no longer work on the host."),
                     Finding::tr("Run a heartbeat and correct the password if it fails.")));
    }
    if (secret.isOutOfSync) {
        findings.append(make(Finding::Severity::Warning, "secret.out-of-sync",
                             Finding::tr("\"%1\" is out of sync").arg(secret.name),
                             Finding::tr("A password change did not reach the host."),
                             Finding::tr("Retry the password change from the secret's page.")));
    }
}

void addUserNameFinding(const RecordFacts &facts, const SecretSummary &secret,
                        QList<Finding> &findings)
{
    if (!facts.secretUserName || facts.recordUserName.isEmpty())
        return;
    if (facts.secretUserName->compare(facts.recordUserName, Qt::CaseInsensitive) == 0)
        return;
    findings.append(make(
            Finding::Severity::Warning, "record.user-mismatch",
            Finding::tr("The record logs in as \"%1\", the secret holds \"%2\"")
                    .arg(facts.recordUserName, *facts.secretUserName),
            Finding::tr("The password of \"%1\" will not work for another login.").arg(secret.name),
            Finding::tr("Make the record's user name match the secret's.")));
}

} // namespace

RecordReadiness RecordReadiness::assess(const RecordFacts &facts)
{
    RecordReadiness readiness;
    if (!facts.webServicesEnabled) {
        readiness.findings.append(make(
                Finding::Severity::Blocker, "server.web-services-off",
                Finding::tr("Web services are off on Secret Server"),
                Finding::tr("The scanner reads passwords through the web services only."),
                Finding::tr("Turn on Enable Web Services under Administration > Configuration.")));
    }

    const QList<SecretSummary> matches = exactActive(facts);
    if (matches.isEmpty()) {
        readiness.findings.append(notFound(facts));
    } else if (matches.size() > 1) {
        readiness.findings.append(
                make(Finding::Severity::Blocker, "secret.ambiguous",
                     Finding::tr("%n active secrets are named \"%1\"", nullptr, int(matches.size()))
                             .arg(facts.secretName),
                     Finding::tr("The scanner cannot tell which one to use."),
                     Finding::tr("Rename or deactivate all but one of them.")));
    } else {
        const SecretSummary &secret = matches.constFirst();
        readiness.secret = secret;
        addAccessFindings(facts, secret, readiness.findings);
        addRestrictionFindings(facts, secret, readiness.findings);
        addRotationFindings(facts, secret, readiness.findings);
        addUserNameFinding(facts, secret, readiness.findings);
    }

    std::stable_sort(readiness.findings.begin(), readiness.findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return readiness;
}

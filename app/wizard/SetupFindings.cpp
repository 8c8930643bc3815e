#include "wizard/SetupFindings.h"

#include "checks/RecordReadiness.h"
#include "wizard/IpRanges.h"

#include <QCoreApplication>

using namespace secretserver;

namespace {

// The rules' texts share one translation context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(SetupFindings)
};

Finding make(Finding::Severity severity, const char *code, const QString &title,
             const QString &detail, const QString &fix)
{
    return Finding { severity, QLatin1String(code), title, detail, fix };
}

int roleRank(const QString &role)
{
    static const QStringList order
            = { QStringLiteral("none"),       QStringLiteral("list"), QStringLiteral("view"),
                QStringLiteral("add secret"), QStringLiteral("edit"), QStringLiteral("owner") };
    return int(order.indexOf(role.trimmed().toLower()));
}

} // namespace

namespace SetupFindings {

QList<Finding> server(const ServerFacts &facts)
{
    QList<Finding> findings;
    if (!facts.version.isEmpty()) {
        findings << make(Finding::Severity::Info, "server.version",
                         Text::tr("Secret Server version %1").arg(facts.version),
                         Text::tr("The scanner appliance talks to its SOAP web services."),
                         QString());
    }
    if (!facts.general) {
        findings << make(Finding::Severity::Warning, "server.general-unreadable",
                         Text::tr("The general configuration could not be read"),
                         Text::tr("Whether web services are on is unknown."),
                         Text::tr("Sign in as an administrator with the Administer Configuration "
                                  "role permission."));
    } else if (!facts.general->webServicesEnabled()) {
        findings << make(Finding::Severity::Blocker, "server.web-services-off",
                         Text::tr("Web services are turned off"),
                         Text::tr("The scanner appliance reads passwords through the SOAP web "
                                  "services; with them off every vault-backed scan fails to "
                                  "authenticate."),
                         Text::tr("In Secret Server: Admin > Configuration > General > Application "
                                  "Settings > Edit, turn on Enable Web Services."));
    }
    if (facts.security && !facts.security->forceHttps()) {
        findings << make(
                Finding::Severity::Warning, "server.https-not-forced",
                Text::tr("HTTPS is not forced"),
                Text::tr("The appliance sends the service account's password to the web "
                         "services; over plain HTTP it could be read on the way."),
                Text::tr("In Secret Server: Admin > Configuration > Security > Edit, turn on "
                         "Force HTTPS."));
    }
    if (!facts.rpc) {
        findings << make(Finding::Severity::Warning, "server.rpc-unreadable",
                         Text::tr("The remote password changing settings could not be read"),
                         Text::tr("Whether passwords can change after each scan is unknown."),
                         Text::tr("Sign in as an administrator to check Admin > Remote Password "
                                  "Changing."));
    } else if (!facts.rpc->rpcEnabled()) {
        findings << make(
                Finding::Severity::Warning, "server.rpc-off",
                Text::tr("Remote password changing is turned off"),
                Text::tr("Secret Server cannot change a password after the scanner checked "
                         "it in, so scan passwords stay the same until someone changes "
                         "them."),
                Text::tr("In Secret Server: Admin > Remote Password Changing > Edit, turn "
                         "on Enable Remote Password Changing."));
    } else if (!facts.rpc->passwordChangeOnCheckInEnabled()) {
        findings << make(Finding::Severity::Warning, "server.check-in-change-off",
                         Text::tr("Password change on check-in is turned off"),
                         Text::tr("Secrets can be checked out, but their password does not change "
                                  "when the scanner checks them in."),
                         Text::tr("In Secret Server: Admin > Remote Password Changing > Edit, turn "
                                  "on Enable Password Change on Check In."));
    }
    return findings;
}

bool rotationPossible(const ServerFacts &facts)
{
    return facts.rpc && facts.rpc->rpcEnabled() && facts.rpc->passwordChangeOnCheckInEnabled();
}

QList<Finding> account(const User &user, const QList<IpRestriction> &restrictions,
                       const QStringList &applianceAddresses)
{
    QList<Finding> findings;
    if (!user.enabled || user.isLockedOut) {
        findings << make(Finding::Severity::Blocker, "account.disabled",
                         Text::tr("%1 cannot sign in").arg(user.userName),
                         Text::tr("The account is disabled or locked out."),
                         Text::tr("In Secret Server: Admin > Users > %1, enable or unlock it.")
                                 .arg(user.userName));
    }
    if (!user.isApplicationAccount) {
        findings << make(
                Finding::Severity::Info, "account.not-application-account",
                Text::tr("%1 is not an application account").arg(user.userName),
                Text::tr("An application account cannot sign in to the web interface, so "
                         "its password is only good for the API."),
                Text::tr("Create a dedicated application account in Admin > Users > Create "
                         "New, with Application Account ticked."));
    }
    if (restrictions.isEmpty()) {
        findings << make(Finding::Severity::Info, "account.no-ip-restriction",
                         Text::tr("%1 may sign in from any address").arg(user.userName),
                         Text::tr("No IP address restriction limits where the account is used."),
                         Text::tr("Consider an IP address restriction holding only the scanner "
                                  "appliances: Admin > IP Address Restrictions."));
        return findings;
    }
    QString ranges;
    IpRanges allowed;
    QStringList texts;
    for (const IpRestriction &restriction : restrictions)
        texts << restriction.range;
    allowed = IpRanges::parse(texts.join(QLatin1Char(',')));
    for (const QString &address : applianceAddresses) {
        if (allowed.contains(address))
            continue;
        findings << make(
                Finding::Severity::Blocker, "account.ip-excluded",
                Text::tr("Appliance %1 may not sign in as %2").arg(address, user.userName),
                Text::tr("The account's IP address restrictions allow only %1; a login from "
                         "the appliance is refused and every scan fails to authenticate.")
                        .arg(texts.join(QStringLiteral(", "))),
                Text::tr("In Secret Server: Admin > IP Address Restrictions, add %1 to a "
                         "restriction assigned to %2.")
                        .arg(address, user.userName));
    }
    return findings;
}

QList<Finding> folderPermissions(const QList<FolderPermission> &permissions,
                                 const ServiceAccount &account, const QList<int> &groupIds)
{
    QList<Finding> findings;
    const int view = roleRank(QStringLiteral("View"));
    for (const FolderPermission &permission : permissions) {
        const bool reaches = permission.isGroup() ? groupIds.contains(*permission.groupId)
                        || (account.principal.isGroup
                            && account.principal.id == *permission.groupId)
                                                  : permission.userId == account.userId;
        if (!reaches)
            continue;
        if (roleRank(permission.secretRole) > view || roleRank(permission.folderRole) > view) {
            const QString who = permission.isGroup() ? permission.groupName : permission.userName;
            findings << make(
                    Finding::Severity::Warning, "folder.wider-than-needed",
                    Text::tr("%1 has %2 on the folder's secrets and %3 on the folder")
                            .arg(who, permission.secretRole, permission.folderRole),
                    Text::tr("Scanning only needs View. With more, a leaked service account "
                             "password lets someone change or delete the scan secrets."),
                    Text::tr("Lower it to View in the folder's Sharing tab; the wizard sets "
                             "View for the account it grants."));
        }
    }
    return findings;
}

QList<Finding> secret(const SecretSummary &summary, int accountUserId)
{
    // The console's readiness rules first, so the wizard and the check screens agree.
    RecordFacts facts;
    facts.recordTitle = summary.name;
    facts.secretName = summary.name;
    facts.candidates = { summary };
    facts.vaultAccountUserId = accountUserId;
    QList<Finding> findings = RecordReadiness::assess(facts).findings;

    const auto has = [&findings](const QString &code) {
        return std::any_of(findings.cbegin(), findings.cend(),
                           [&code](const Finding &finding) { return finding.code == code; });
    };
    // Without the account's effective access the rules cannot tell whether Hide Launcher
    // Password bites; for a scanner account with View it always does.
    if (summary.hidePassword && !has(QStringLiteral("secret.hide-launcher-password"))) {
        findings << make(Finding::Severity::Blocker, "secret.hide-launcher-password",
                         Text::tr("%1 hides its password").arg(summary.name),
                         Text::tr("With Hide Launcher Password, View is not enough to read the "
                                  "password through the web services."),
                         QString());
    }
    if (!summary.inheritsPermissions) {
        findings << make(Finding::Severity::Warning, "secret.no-inheritance",
                         Text::tr("%1 does not inherit the folder's permissions").arg(summary.name),
                         Text::tr("View on the folder does not reach it."), QString());
    }
    for (Finding &finding : findings) {
        if (isFixableByConsole(finding)) {
            finding.fix = finding.code == QLatin1String("secret.no-inheritance")
                    ? Text::tr("The wizard grants the account View on this secret itself.")
                    : Text::tr("The wizard turns it off (listed on the review page first).");
        }
    }
    return findings;
}

QList<Finding> rotation(const SecretChoice &secret, const RotationChoice &rotation)
{
    if (!rotation.enabled) {
        return { make(Finding::Severity::Info, "rotation.off",
                      Text::tr("%1 keeps its password after scans").arg(secret.name),
                      Text::tr("Without check-out and change on check-in, the password the scanner "
                               "used stays valid until someone changes it."),
                      Text::tr("Turn rotation on here, or set it on the secret's Security tab.")) };
    }
    if (!secret.rotationAvailable) {
        return { make(
                Finding::Severity::Warning, "rotation.unavailable",
                Text::tr("%1 cannot rotate after scans").arg(secret.name),
                Text::tr("Remote password changing does not work for template %1 on this "
                         "server, so check-out is left as it is and the password stays the "
                         "same after each scan.")
                        .arg(secret.templateName),
                Text::tr("Turn on remote password changing (Admin > Remote Password Changing) "
                         "and give the template a password changer, then run the wizard "
                         "again.")) };
    }
    return { make(
            Finding::Severity::Info, "rotation.on",
            Text::tr("%1 changes its password when the scanner checks it in").arg(secret.name),
            Text::tr("Check-out for %1 minutes covers a scan; the password changes when it is "
                     "checked in.")
                    .arg(rotation.intervalMinutes),
            QString()) };
}

std::optional<qualys::AuthRecordType> recordTypeFor(const QString &templateName)
{
    using qualys::AuthRecordType;
    const QString name = templateName.toLower();
    if (name.contains(QLatin1String("unix")) || name.contains(QLatin1String("ssh")))
        return AuthRecordType::Unix;
    if (name.contains(QLatin1String("oracle")))
        return AuthRecordType::Oracle;
    if (name.contains(QLatin1String("sql server")))
        return AuthRecordType::MsSql;
    if (name.contains(QLatin1String("db2")))
        return AuthRecordType::IbmDb2;
    if (name.contains(QLatin1String("windows")) || name.contains(QLatin1String("active directory")))
        return AuthRecordType::Windows;
    return std::nullopt;
}

QList<Finding> recordConflicts(const RecordChoice &record,
                               const QList<qualys::AuthRecord> &existing)
{
    QList<Finding> findings;
    const IpRanges wanted = IpRanges::parse(record.ips);
    if (!wanted.isValid() || wanted.isEmpty()) {
        findings << make(
                Finding::Severity::Blocker, "record.bad-ips",
                Text::tr("%1: the IPs are not valid").arg(record.title),
                Text::tr("Type addresses, ranges (a-b) or subnets (a/n), separated by commas."),
                Text::tr("Correct the IPs of this record."));
    }
    for (const qualys::AuthRecord &other : existing) {
        if (other.type != record.type)
            continue;
        if (other.title.compare(record.title, Qt::CaseInsensitive) == 0) {
            if (other.secretName != record.secretName || !other.usesVault()) {
                findings << make(
                        Finding::Severity::Warning, "record.title-exists",
                        Text::tr("A record named %1 already exists").arg(record.title),
                        Text::tr("It is reused and updated to use secret %1 from the vault.")
                                .arg(record.secretName),
                        Text::tr("Choose another title to leave it as it is."));
            }
            continue;
        }
        if (IpRanges::parse(other.ips.join(QLatin1Char(','))).overlaps(wanted)) {
            findings << make(Finding::Severity::Blocker, "record.ip-overlap",
                             Text::tr("%1 overlaps record %2").arg(record.title, other.title),
                             Text::tr("Qualys allows each IP in one record of a type only (%1).")
                                     .arg(other.ips.join(QStringLiteral(", "))),
                             Text::tr("Remove the shared IPs here or from record %1 in Qualys.")
                                     .arg(other.title));
        }
    }
    return findings;
}

bool isFixableByConsole(const Finding &finding)
{
    static const QStringList fixable
            = { QStringLiteral("secret.approval"), QStringLiteral("secret.comment"),
                QStringLiteral("secret.doublelock"),
                QStringLiteral("secret.hide-launcher-password"),
                QStringLiteral("secret.no-inheritance") };
    return fixable.contains(finding.code);
}

} // namespace SetupFindings

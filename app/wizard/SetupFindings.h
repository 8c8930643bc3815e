#pragma once

#include "checks/Finding.h"
#include "qualys/AuthRecord.h"
#include "secretserver/Directory.h"
#include "secretserver/Folder.h"
#include "secretserver/ServerConfiguration.h"
#include "wizard/SetupPlan.h"

#include <optional>

// The setup wizard's rules: each turns what was read from a server into findings that say
// what is wrong, why it matters to an unattended scan and where to fix it. They never call a
// server, so they are tested on their own.
namespace SetupFindings {

struct ServerFacts
{
    QString version;
    std::optional<secretserver::ServerConfiguration> general; // unset: could not be read
    std::optional<secretserver::ServerConfiguration> security;
    std::optional<secretserver::ServerConfiguration> rpc;
};

// Page 1: web services (blocks), HTTPS forced, remote password changing, change on check-in.
QList<Finding> server(const ServerFacts &facts);
// Whether rotation on check-in can work at all on this server.
bool rotationPossible(const ServerFacts &facts);

// Page 2: the account itself and whether each appliance address may sign in as it.
QList<Finding> account(const secretserver::User &user,
                       const QList<secretserver::IpRestriction> &restrictions,
                       const QStringList &applianceAddresses);

// Page 3: permissions on the folder that reach the account and give more than View.
QList<Finding> folderPermissions(const QList<secretserver::FolderPermission> &permissions,
                                 const ServiceAccount &account, const QList<int> &groupIds);

// Page 4: what stops the scanner reading one secret unattended, with the console's fix.
QList<Finding> secret(const secretserver::SecretSummary &summary, int accountUserId);
// Page 5: the rotation a secret gets, or why it gets none.
QList<Finding> rotation(const SecretChoice &secret, const RotationChoice &rotation);

// Page 7: the record type a template's secrets are scanned with, if any.
std::optional<qualys::AuthRecordType> recordTypeFor(const QString &templateName);
// Page 7: conflicts of a planned record with the records already in Qualys.
QList<Finding> recordConflicts(const RecordChoice &record,
                               const QList<qualys::AuthRecord> &existing);

// "Where to fix it" texts the findings share.
bool isFixableByConsole(const Finding &finding);

} // namespace SetupFindings

#pragma once

#include "checks/Finding.h"
#include "models/EffectiveAccess.h"
#include "secretserver/Secret.h"

#include <optional>

// Everything known about one Qualys authentication record and the secret it names, read
// from both servers beforehand: the rules below only reason, they never call a server.
struct RecordFacts
{
    QString recordTitle;
    QString secretName; // as typed in the record: the scanner matches it exactly
    QString recordUserName; // the login the record declares, if any

    // Server-wide: web services answer at all; remote password changing is on.
    bool webServicesEnabled = true;
    bool remotePasswordChangingEnabled = true;

    // Secrets whose name contains the record's secret name, in any case, active or not,
    // as an administrator sees them. The rules pick the exact match themselves.
    QList<secretserver::SecretSummary> candidates;

    // The vault account (the one the Qualys vault signs in as).
    int vaultAccountUserId = 0;
    QString vaultAccountName;
    // Its effective access to the matched secret, when it was worked out.
    std::optional<EffectiveAccess> vaultAccountAccess;
    // The matched secret's user name field and change-on-check-in setting, when read.
    std::optional<QString> secretUserName;
    std::optional<bool> changePasswordOnCheckIn;
};

// The verdict on one record: the secret the scanner would use (if exactly one) and every
// finding, worst first. Ready means no blocker: the scanner should get the password.
struct RecordReadiness
{
    std::optional<secretserver::SecretSummary> secret;
    QList<Finding> findings;

    bool isReady() const { return !hasBlocker(findings); }

    static RecordReadiness assess(const RecordFacts &facts);
};

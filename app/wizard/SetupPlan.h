#pragma once

#include "changes/SecretChanges.h"
#include "changes/ServerChange.h"
#include "checks/Finding.h"
#include "qualys/AuthRecord.h"
#include "secretserver/Secret.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// The choices of the setup wizard, page by page, as plain data: the controller reads the
// servers into it and turns it into changes. Holds field values of new secrets until apply
// and the vault password for Qualys; neither is ever shown, logged or exported.

// The Secret Server account the Qualys vault signs in as (page 2).
struct ServiceAccount
{
    Principal principal; // the user, or the group that gets the folder permission
    int userId = 0; // the user who signs in (a member of the group for groups)
    QString loginName; // what the vault is configured with
    bool isApplicationAccount = false;
};

// One secret the scanner will use (page 4): an existing one, or one made from a template.
struct SecretChoice
{
    int id = 0; // 0 until it exists
    QString name;
    int folderId = -1;
    QString folderPath;
    int templateId = 0;
    QString templateName;
    QString userName; // the secret's user name field, for the record
    QMap<QString, QString> details; // other non-secret fields (database, port), by slug
    bool rotationAvailable = false; // remote password changing works for its template
    std::optional<secretserver::SecretSummary> summary; // existing secrets only
    QList<Finding> findings; // what stops the scanner reading it unattended
    bool fixRestrictions = true; // clear approval, comment, DoubleLock, hidden password
    QList<CreateSecretChange::FieldValue> fields; // new secrets only; never shown

    bool isNew() const { return !summary.has_value(); }
};

// One Qualys authentication record to create or reuse (page 7).
struct RecordChoice
{
    qualys::AuthRecordType type = qualys::AuthRecordType::Windows;
    QString title;
    QString ips; // "10.0.0.1-10.0.0.9,10.0.1.5"
    QString secretName; // exactly the secret's name
    QString userName;
    QMap<QString, QString> settings; // per-type fields (database, port), from the secret
    QList<Finding> conflicts; // with records already in Qualys
};

// The Qualys vault the records use (page 6). password is typed on the page, sent only to
// Qualys and only when the vault is created or updated.
struct VaultChoice
{
    QString title = QStringLiteral("Secret Server (ScanVault)");
    QString url; // Secret Server's SOAP web-services URL
    QString userName; // the service account's login name
    QString domain;
    QString password;
};

// The rotation the scanner's check-out triggers (page 5).
struct RotationChoice
{
    bool enabled = true;
    int intervalMinutes = 120; // long enough for a scan to finish with the password
};

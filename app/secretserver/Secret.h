#pragma once

#include "secretserver/Paging.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace secretserver {

// One field of a secret as returned by an explicit get. value is the field value (for
// password fields the password itself): never log it, never copy it into a model.
struct SecretItem
{
    int itemId = 0;
    int fieldId = 0;
    QString fieldName;   // display name
    QString slug;
    QString description;
    QString value;
    bool isPassword = false;
    bool isNotes = false;
    bool isFile = false;
    int fileAttachmentId = 0;
    QString fileName;

    static SecretItem fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// A secret as returned by GET /secrets/{id} (SecretModel, reference §4.2). The only type
// that carries field values.
struct Secret
{
    int id = 0;
    QString name;
    int folderId = -1;
    int templateId = 0;
    QString templateName;
    int siteId = 1;
    bool active = true;
    bool isRestricted = false;
    bool isDoubleLock = false;
    bool requiresApproval = false;
    bool requiresComment = false;
    bool checkedOut = false;
    bool checkOutEnabled = false;
    int checkOutIntervalMinutes = 0;
    int checkOutMinutesRemaining = 0;
    int checkOutUserId = 0;
    QString checkOutUserDisplayName;
    bool checkOutChangePasswordEnabled = false;
    bool autoChangeEnabled = false;
    bool inheritPermissions = true;
    bool inheritSecretPolicy = false;
    int secretPolicyId = -1;
    QString lastHeartBeatStatus;
    QDateTime lastHeartBeatCheck;
    QDateTime lastPasswordChangeAttempt;
    bool isOutOfSync = false;
    QString outOfSyncReason;
    QList<SecretItem> items;

    const SecretItem *item(const QString &slug) const;
    static Secret fromJson(const QJsonObject &json);
    QJsonObject toJson() const; // SecretCreateArgs / SecretUpdateArgs shape
};

// A secret in a search result (SecretSummary). Never carries a field value.
struct SecretSummary
{
    int id = 0;
    QString name;
    int folderId = -1;
    QString folderPath;
    int templateId = 0;
    QString templateName;
    bool active = true;
    bool checkedOut = false;
    bool checkOutEnabled = false;
    int checkOutUserId = 0;
    QString checkOutUserName;
    bool autoChangeEnabled = false;
    bool doubleLockEnabled = false;
    bool hidePassword = false;      // Hide Launcher Password
    bool inheritsPermissions = true;
    bool isRestricted = false;
    bool requiresApproval = false;
    bool requiresComment = false;
    bool isOutOfSync = false;
    QString outOfSyncReason;
    QString lastHeartBeatStatus;
    QDateTime lastPasswordChangeAttempt;
    QDateTime createDate;
    int daysUntilExpiration = 0;
    QList<QPair<QString, QString>> extendedFields; // only fields asked for (non-secret ones)

    static SecretSummary fromJson(const QJsonObject &json);
};

// GET /secrets filters (reference §4.1). Unset optionals are not sent.
struct SecretQuery
{
    QString searchText;
    QString searchField;          // field name/slug the text applies to
    bool exactMatch = false;
    std::optional<int> folderId;
    bool includeSubFolders = false;
    std::optional<int> templateId;
    QString heartbeatStatus;      // e.g. "Success", "Failed"
    bool includeInactive = false;
    bool includeRestricted = true;
    QString permissionRequired;   // List (server default), View, Edit, Owner
    QStringList extendedFields;
    PageRequest page;
};

// Options of an explicit secret read.
struct SecretReadOptions
{
    bool noAutoCheckout = false; // do not check a check-out-enabled secret out
    bool includeInactive = false;
};

// The answers a restricted secret asks for (POST /secrets/{id}/restricted).
struct SecretAccessArgs
{
    QString comment;
    QString ticketNumber;
    QString doubleLockPassword; // held only for this one call
    bool forceCheckIn = false;
    bool noAutoCheckout = false;
};

// GET /secrets/{id}/state: what the caller may do and the check-out situation.
struct SecretState
{
    int id = 0;
    QString name;
    int folderId = -1;
    QString folderName;
    QString state; // None, RequiresCheckout, RequiresComment, RequiresApproval, ...
    bool active = true;
    bool checkedOut = false;
    bool checkedOutByCurrentUser = false;
    int checkedOutUserId = 0;
    QString checkedOutUserDisplayName;
    int checkOutMinutesRemaining = 0;
    int checkOutIntervalMinutes = 0;
    bool passwordChangePending = false;
    QString role; // the caller's role on the secret
    QStringList actions;

    static SecretState fromJson(const QJsonObject &json);
};

} // namespace secretserver

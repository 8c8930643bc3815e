#pragma once

#include "secretserver/Directory.h"
#include "secretserver/Folder.h"
#include "secretserver/SecretPermission.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// Everything the server said that decides what one user may do with one secret: the
// user's groups, the secret's own permissions and inheritance, and its folder chain.
struct AccessFacts
{
    int userId = 0;
    QString userName;
    QList<secretserver::GroupMember> memberships; // the user's groups

    int secretId = 0;
    QString secretName;
    bool secretInheritsPermissions = true;
    QList<secretserver::SecretPermission> secretPermissions;

    // The secret's folder first, then its parent, up to a top-level folder (or as far as
    // the secret inherits from).
    QList<secretserver::Folder> folderChain;
    QHash<int, QList<secretserver::FolderPermission>> folderPermissions; // by folder id
};

// One way a user holds a role on a secret: a permission for the user or one of their
// groups, set on the secret itself or on the folder the secret inherits from.
struct AccessGrant
{
    Q_DECLARE_TR_FUNCTIONS(AccessGrant)

public:
    enum class Source { Secret, Folder };

    Source source = Source::Secret;
    QString role;          // the secret role it grants: List, View, Edit or Owner
    int permissionId = 0;
    std::optional<int> groupId; // set when the grant is through a group
    QString groupName;
    int folderId = -1;     // Source::Folder: where the permission is set
    QString folderName;
    // Source::Folder: the folders passed on the way, the secret's own folder first, ending
    // with the folder that holds the permission.
    QStringList inheritancePath;

    // "View, through group Qualys Scanners, inherited from folder Windows via Scan Creds".
    QString explanation() const;
};

// The role a user has on a secret and every path that grants it, so the console can say
// whether the Qualys account can view a secret and why (or why not).
struct EffectiveAccess
{
    Q_DECLARE_TR_FUNCTIONS(EffectiveAccess)

public:
    int userId = 0;
    int secretId = 0;
    QString role;              // the highest granted role; empty = no access
    QList<AccessGrant> grants; // strongest first
    bool inheritsPermissions = true;
    int effectiveFolderId = -1; // the folder whose permissions apply, when inheriting

    bool canView() const { return roleRank(role) >= roleRank(QStringLiteral("View")); }
    QString summary() const;

    // List < View < Edit < Owner; 0 for None, empty or an unknown word.
    static int roleRank(const QString &role);
    static EffectiveAccess compute(const AccessFacts &facts);
};

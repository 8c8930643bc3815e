#pragma once

#include "secretserver/Paging.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace secretserver {

// A Secret Server folder (FolderModel / FolderSummary, reference §3). children is filled
// only by RestClient::folder() with allChildren; summaries from searches leave it empty.
struct Folder
{
    int id = 0;
    QString name;
    QString path;            // "\Scan Credentials\Windows"
    int parentId = -1;       // -1 = top level
    int typeId = 1;
    int secretPolicyId = -1;
    bool inheritPermissions = false;
    bool inheritSecretPolicy = false;
    QList<Folder> children;

    bool isRoot() const { return parentId < 0; }
    static Folder fromJson(const QJsonObject &json);
};

// GET /folders filters (reference §3).
struct FolderQuery
{
    QString searchText;
    std::optional<int> parentFolderId;
    bool onlyRootFolders = false;
    QString permissionRequired; // "View" (server default), "Edit", "AddSecret", "Owner"
    PageRequest page;
};

// Body of folder create (POST) and update (PUT).
struct FolderChange
{
    QString name;
    int parentId = -1;
    bool inheritPermissions = true;
    bool inheritSecretPolicy = true;
    int secretPolicyId = -1;
};

// One folder permission: a user or a group, its folder role and the secret role it carries.
struct FolderPermission
{
    int id = 0;
    int folderId = 0;
    std::optional<int> userId;
    std::optional<int> groupId;
    QString userName;
    QString groupName;
    QString knownAs;
    QString folderRole; // View, Edit, Add Secret, Owner
    QString secretRole; // None, List, View, Edit, Owner

    bool isGroup() const { return groupId.has_value(); }
    static FolderPermission fromJson(const QJsonObject &json);
};

struct FolderPermissionQuery
{
    std::optional<int> folderId;
    std::optional<int> userId;
    std::optional<int> groupId;
    PageRequest page;
};

// Body of folder-permission create / update. Set userId or groupId for create.
struct FolderPermissionChange
{
    int folderId = 0;
    std::optional<int> userId;
    std::optional<int> groupId;
    QString folderRole;
    QString secretRole;
    bool breakInheritance = false;
};

} // namespace secretserver

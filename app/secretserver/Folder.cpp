#include "secretserver/Folder.h"

#include "secretserver/JsonRead.h"

namespace secretserver {

Folder Folder::fromJson(const QJsonObject &object)
{
    Folder folder;
    folder.id = json::integer(object, QStringLiteral("id"));
    folder.name = json::string(object, QStringLiteral("folderName"));
    folder.path = json::string(object, QStringLiteral("folderPath"));
    folder.parentId = json::integer(object, QStringLiteral("parentFolderId"), -1);
    folder.typeId = json::integer(object, QStringLiteral("folderTypeId"), 1);
    folder.secretPolicyId = json::integer(object, QStringLiteral("secretPolicyId"), -1);
    folder.inheritPermissions = json::boolean(object, QStringLiteral("inheritPermissions"));
    folder.inheritSecretPolicy = json::boolean(object, QStringLiteral("inheritSecretPolicy"));

    const QJsonArray children = json::array(object, QStringLiteral("childFolders"));
    for (const QJsonValue &child : children) {
        if (child.isObject())
            folder.children.append(fromJson(child.toObject()));
    }
    return folder;
}

FolderPermission FolderPermission::fromJson(const QJsonObject &object)
{
    FolderPermission permission;
    permission.id = json::integer(object, QStringLiteral("id"));
    permission.folderId = json::integer(object, QStringLiteral("folderId"));
    permission.userId = json::optionalInteger(object, QStringLiteral("userId"));
    permission.groupId = json::optionalInteger(object, QStringLiteral("groupId"));
    permission.userName = json::string(object, QStringLiteral("userName"));
    permission.groupName = json::string(object, QStringLiteral("groupName"));
    permission.knownAs = json::string(object, QStringLiteral("knownAs"));
    permission.folderRole = json::string(object, QStringLiteral("folderAccessRoleName"));
    permission.secretRole = json::string(object, QStringLiteral("secretAccessRoleName"));

    // A permission names either a user or a group; servers send the other id as null or 0.
    if (permission.groupId.value_or(0) <= 0)
        permission.groupId.reset();
    if (permission.userId.value_or(0) <= 0)
        permission.userId.reset();
    return permission;
}

} // namespace secretserver

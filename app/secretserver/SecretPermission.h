#pragma once

#include "secretserver/Paging.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace secretserver {

// One explicit permission on a secret: a user or a group and its secret role
// (List < View < Edit < Owner).
struct SecretPermission
{
    int id = 0;
    int secretId = 0;
    std::optional<int> userId;
    std::optional<int> groupId;
    QString userName;
    QString groupName;
    QString knownAs;
    QString domainName;
    QString role;

    bool isGroup() const { return groupId.has_value(); }
    static SecretPermission fromJson(const QJsonObject &json);
};

struct SecretPermissionQuery
{
    std::optional<int> secretId;
    std::optional<int> userId;
    std::optional<int> groupId;
    PageRequest page;
};

// Body of secret-permission create / update. Set userId or groupId for create.
struct SecretPermissionChange
{
    int secretId = 0;
    std::optional<int> userId;
    std::optional<int> groupId;
    QString role;
};

} // namespace secretserver

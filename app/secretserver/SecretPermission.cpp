#include "secretserver/SecretPermission.h"

#include "secretserver/JsonRead.h"

namespace secretserver {

SecretPermission SecretPermission::fromJson(const QJsonObject &object)
{
    SecretPermission permission;
    permission.id = json::integer(object, QStringLiteral("id"));
    permission.secretId = json::integer(object, QStringLiteral("secretId"));
    permission.userId = json::optionalInteger(object, QStringLiteral("userId"));
    permission.groupId = json::optionalInteger(object, QStringLiteral("groupId"));
    permission.userName = json::string(object, QStringLiteral("userName"));
    permission.groupName = json::string(object, QStringLiteral("groupName"));
    permission.knownAs = json::string(object, QStringLiteral("knownAs"));
    permission.domainName = json::string(object, QStringLiteral("domainName"));
    permission.role = json::string(object, QStringLiteral("secretAccessRoleName"));

    // A permission names either a user or a group; servers send the other id as null or 0.
    if (permission.groupId.value_or(0) <= 0)
        permission.groupId.reset();
    if (permission.userId.value_or(0) <= 0)
        permission.userId.reset();
    return permission;
}

} // namespace secretserver

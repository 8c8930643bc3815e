#include "secretserver/Directory.h"

#include "secretserver/JsonRead.h"

namespace secretserver {

User User::fromJson(const QJsonObject &object)
{
    User user;
    user.id = json::integer(object, QStringLiteral("id"));
    user.userName = json::string(object, QStringLiteral("userName"));
    user.displayName = json::string(object, QStringLiteral("displayName"));
    user.domainId = json::integer(object, QStringLiteral("domainId"), -1);
    user.domainName = json::string(object, QStringLiteral("domainName"));
    user.emailAddress = json::string(object, QStringLiteral("emailAddress"));
    user.enabled = json::boolean(object, QStringLiteral("enabled"), true);
    user.isLockedOut = json::boolean(object, QStringLiteral("isLockedOut"));
    user.isApplicationAccount = json::boolean(object, QStringLiteral("isApplicationAccount"));
    user.lastLogin = json::dateTime(object, QStringLiteral("lastLogin"));
    user.loginFailures = json::integer(object, QStringLiteral("loginFailures"));

    const QJsonArray permissions = json::array(object, QStringLiteral("permissions"));
    for (const QJsonValue &permission : permissions) {
        if (permission.isString())
            user.permissions << permission.toString();
        else if (permission.isObject())
            user.permissions << json::string(permission.toObject(), QStringLiteral("name"));
    }
    return user;
}

Group Group::fromJson(const QJsonObject &object)
{
    Group group;
    group.id = json::integer(object, QStringLiteral("id"));
    group.name = json::string(object, QStringLiteral("name"));
    group.domainId = json::integer(object, QStringLiteral("domainId"), -1);
    group.domainName = json::string(object, QStringLiteral("domainName"));
    group.enabled = json::boolean(object, QStringLiteral("enabled"), true);
    group.memberCount = json::integer(object, QStringLiteral("memberCount"));
    return group;
}

GroupMember GroupMember::fromJson(const QJsonObject &object)
{
    GroupMember member;
    member.groupId = json::integer(object, QStringLiteral("groupId"));
    member.groupName = json::string(object, QStringLiteral("groupName"));
    member.userId = json::integer(object, QStringLiteral("userId"));
    member.userName = json::string(object, QStringLiteral("userName"));
    member.displayName = json::string(object, QStringLiteral("displayName"));
    member.enabled = json::boolean(object, QStringLiteral("enabled"), true);
    return member;
}

IpRestriction IpRestriction::fromJson(const QJsonObject &object)
{
    IpRestriction restriction;
    restriction.id = json::integer(object, QStringLiteral("id"));
    restriction.name = json::string(object, QStringLiteral("name"));
    restriction.range = json::string(object, QStringLiteral("range"));
    return restriction;
}

IpRestrictionAssignment IpRestrictionAssignment::fromJson(const QJsonObject &object)
{
    IpRestrictionAssignment assignment;
    assignment.id = json::integer(object, QStringLiteral("id"));
    assignment.restrictionId = json::integer(object, QStringLiteral("ipAddressRestrictionId"));
    assignment.restrictionName = json::string(object,
                                              QStringLiteral("ipAddressRestrictionName"));
    assignment.userId = json::integer(object, QStringLiteral("userId"));
    assignment.userName = json::string(object, QStringLiteral("userName"));
    assignment.userDisplayName = json::string(object, QStringLiteral("userDisplayName"));
    assignment.groupId = json::integer(object, QStringLiteral("groupId"));
    assignment.groupName = json::string(object, QStringLiteral("groupName"));
    return assignment;
}

} // namespace secretserver

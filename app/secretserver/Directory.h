#pragma once

#include "secretserver/Paging.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace secretserver {

// A Secret Server user (UserSummary / UserModel / current user, reference §7).
struct User
{
    int id = 0;
    QString userName;
    QString displayName;
    int domainId = -1;
    QString domainName;
    QString emailAddress;
    bool enabled = true;
    bool isLockedOut = false;
    bool isApplicationAccount = false;
    QDateTime lastLogin;
    int loginFailures = 0;
    QStringList permissions; // role permissions; only for the current user

    static User fromJson(const QJsonObject &json);
};

struct UserQuery
{
    QString searchText;
    bool includeInactive = false;
    PageRequest page;
};

// A group of users.
struct Group
{
    int id = 0;
    QString name;
    int domainId = -1;
    QString domainName;
    bool enabled = true;
    int memberCount = 0;

    static Group fromJson(const QJsonObject &json);
};

struct GroupQuery
{
    QString searchText;
    bool includeInactive = false;
    PageRequest page;
};

// One user's membership of one group (GET /groups/{id}/users, /users/{id}/groups).
struct GroupMember
{
    int groupId = 0;
    QString groupName;
    int userId = 0;
    QString userName;
    QString displayName;
    bool enabled = true;

    static GroupMember fromJson(const QJsonObject &json);
};

// A named IP address range logins may come from.
struct IpRestriction
{
    int id = 0;
    QString name;
    QString range; // CIDR or a single address

    static IpRestriction fromJson(const QJsonObject &json);
};

// An IP restriction assigned to a user (or a group).
struct IpRestrictionAssignment
{
    int id = 0;
    int restrictionId = 0;
    QString restrictionName;
    int userId = 0;
    QString userName;
    QString userDisplayName;
    int groupId = 0;
    QString groupName;

    static IpRestrictionAssignment fromJson(const QJsonObject &json);
};

} // namespace secretserver

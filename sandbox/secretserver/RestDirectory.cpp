// /api/v1/users, /groups and /ipaddress-restrictions (secret-server-api.md §7, §9 user audit).
// Everything but the caller's own user needs an administrator.
#include "secretserver/Protocol.h"
#include "secretserver/RestEndpoints.h"

namespace sandbox::rest {

namespace {

const QJsonValue Null(QJsonValue::Null);

QJsonObject userSummary(const User &user)
{
    return QJsonObject {
        { QStringLiteral("id"), user.id },
        { QStringLiteral("userName"), user.userName },
        { QStringLiteral("displayName"), user.displayName },
        { QStringLiteral("domainId"), user.domain.isEmpty() ? -1 : 1 },
        { QStringLiteral("domainName"), user.domain.isEmpty() ? Null : QJsonValue(user.domain) },
        { QStringLiteral("emailAddress"), user.emailAddress },
        { QStringLiteral("enabled"), user.enabled },
        { QStringLiteral("isLockedOut"), user.isLockedOut },
        { QStringLiteral("isApplicationAccount"), user.isApplicationAccount },
        { QStringLiteral("lastLogin"), dateOrNull(user.lastLogin) },
        { QStringLiteral("loginFailures"), user.loginFailures },
        { QStringLiteral("created"), dateOrNull(user.created) },
        { QStringLiteral("externalUserSource"), QStringLiteral("None") },
        { QStringLiteral("twoFactorMethod"), QStringLiteral("None") },
        { QStringLiteral("platformIntegrationType"), QStringLiteral("None") },
    };
}

QJsonObject restrictionAssignment(const IpRestriction &restriction, const User *user,
                                  const Group *group)
{
    QJsonObject record { { QStringLiteral("id"), restriction.id },
                         { QStringLiteral("ipAddressRestrictionId"), restriction.id },
                         { QStringLiteral("ipAddressRestrictionName"), restriction.name } };
    if (user) {
        record.insert(QStringLiteral("userId"), user->id);
        record.insert(QStringLiteral("userName"), user->userName);
        record.insert(QStringLiteral("userDisplayName"), user->displayName);
    }
    if (group) {
        record.insert(QStringLiteral("groupId"), group->id);
        record.insert(QStringLiteral("groupName"), group->name);
    }
    return record;
}

QJsonObject membership(const Group &group, const User &user)
{
    return QJsonObject { { QStringLiteral("groupId"), group.id },
                         { QStringLiteral("groupName"), group.name },
                         { QStringLiteral("groupDomainId"), group.domain.isEmpty() ? -1 : 1 },
                         { QStringLiteral("groupDomainName"), group.domain },
                         { QStringLiteral("userId"), user.id },
                         { QStringLiteral("userName"), user.userName },
                         { QStringLiteral("displayName"), user.displayName },
                         { QStringLiteral("userDomainId"), user.domain.isEmpty() ? -1 : 1 },
                         { QStringLiteral("userDomainName"), user.domain },
                         { QStringLiteral("enabled"), user.enabled } };
}

QJsonObject groupSummary(const Group &group)
{
    return QJsonObject { { QStringLiteral("id"), group.id },
                         { QStringLiteral("name"), group.name },
                         { QStringLiteral("domainId"), group.domain.isEmpty() ? -1 : 1 },
                         { QStringLiteral("domainName"), group.domain },
                         { QStringLiteral("domainGuid"), Null },
                         { QStringLiteral("enabled"), group.enabled },
                         { QStringLiteral("memberCount"), int(group.memberIds.size()) },
                         { QStringLiteral("created"), Null },
                         { QStringLiteral("synchronized"), false },
                         { QStringLiteral("synchronizeNow"), false },
                         { QStringLiteral("isPlatform"), false } };
}

HttpReply userAudit(RestCall &call, int userId)
{
    QJsonArray records;
    for (const UserAudit *audit : call.estate.userAudits(userId)) {
        const User *by = call.estate.user(audit->userId);
        const User *affected = call.estate.user(audit->userIdAffected);
        records.append(QJsonObject {
                { QStringLiteral("userId"), audit->userId },
                { QStringLiteral("displayName"), by ? by->displayName : QString() },
                { QStringLiteral("userIdAffected"), audit->userIdAffected },
                { QStringLiteral("displayNameAffected"),
                  affected ? affected->displayName : QString() },
                { QStringLiteral("action"), audit->action },
                { QStringLiteral("dateRecorded"), dateText(audit->dateRecorded) },
                { QStringLiteral("ipAddress"), audit->ipAddress },
                { QStringLiteral("machineName"), audit->ipAddress },
                { QStringLiteral("notes"), audit->notes },
                { QStringLiteral("databaseName"), Null },
        });
    }
    return call.page(records);
}

HttpReply userEndpoints(RestCall &call, const User &user)
{
    const QString sub = call.segment(2).toLower();
    if (call.segments.size() == 2)
        return HttpReply::json(200, userSummary(user));
    if (sub == QLatin1String("groups")) {
        QJsonArray records;
        for (const Group *group : call.estate.groupsOf(user.id))
            records.append(membership(*group, user));
        return call.page(records);
    }
    if (sub == QLatin1String("ipaddress-restrictions")) {
        QJsonArray records;
        for (const IpRestriction *restriction : call.estate.ipRestrictionsOf(user.id))
            records.append(restrictionAssignment(*restriction, &user, nullptr));
        return call.page(records);
    }
    if (sub == QLatin1String("audit"))
        return userAudit(call, user.id);
    return noResource();
}

HttpReply restrictionTargets(RestCall &call, const IpRestriction &restriction)
{
    const bool users = call.segment(2).compare(QLatin1String("users"), Qt::CaseInsensitive) == 0;
    const qsizetype count = call.segments.size();
    if (count == 3 && call.is("GET")) {
        QJsonArray records;
        for (int id : restriction.userIds) {
            if (users && call.estate.user(id))
                records.append(restrictionAssignment(restriction, call.estate.user(id), nullptr));
        }
        for (int id : restriction.groupIds) {
            if (!users && call.estate.group(id))
                records.append(restrictionAssignment(restriction, nullptr, call.estate.group(id)));
        }
        return call.page(records);
    }
    if (count == 3 && call.is("POST")) {
        QJsonObject body;
        HttpReply error;
        if (!call.jsonBody(&body, &error))
            return error;
        BodyArgs args(body);
        const int id = args.number(users ? QStringLiteral("userId") : QStringLiteral("groupId"))
                               .value_or(0);
        if (!args.ok())
            return args.error();
        if (!call.estate.assignIpRestriction(restriction.id, users ? id : 0, users ? 0 : id, true))
            return invalidField(users ? QStringLiteral("userId") : QStringLiteral("groupId"),
                                QStringLiteral("No such user or group."));
        return HttpReply::json(200,
                               restrictionAssignment(restriction,
                                                     users ? call.estate.user(id) : nullptr,
                                                     users ? nullptr : call.estate.group(id)));
    }
    if (count == 4 && call.is("DELETE") && call.idAt(3)) {
        const int id = *call.idAt(3);
        if (!call.estate.assignIpRestriction(restriction.id, users ? id : 0, users ? 0 : id, false))
            return notFound();
        return deleted(restriction.id, QStringLiteral("IpAddressRestriction"));
    }
    return methodNotAllowed();
}

} // namespace

HttpReply users(RestCall &call)
{
    const QString second = call.segment(1).toLower();
    if (second == QLatin1String("current") && call.segments.size() == 2) {
        const User *self = call.estate.whoAmI(call.userId);
        QJsonObject body = userSummary(*self);
        QJsonArray permissions;
        if (self->isAdministrator)
            permissions
                    = { QStringLiteral("Administer Users"),
                        QStringLiteral("Administer Configuration"), QStringLiteral("View Secret") };
        else
            permissions = { QStringLiteral("View Secret") };
        body.insert(QStringLiteral("permissions"), permissions);
        return HttpReply::json(200, body);
    }
    const std::optional<int> id = call.idAt(1);
    const bool self = id && *id == call.userId;
    if (!call.estate.isAdministrator(call.userId) && !self)
        return accessDenied();
    if (!call.is("GET"))
        return methodNotAllowed();

    if (call.segments.size() == 1 || second == QLatin1String("lookup")) {
        const QString text = call.filter(QStringLiteral("searchText"));
        const bool inactive = call.boolFilter(QStringLiteral("includeInactive"), false);
        QJsonArray records;
        for (const User *user : call.estate.users()) {
            const bool matches = text.isEmpty()
                    || user->userName.contains(text, Qt::CaseInsensitive)
                    || user->displayName.contains(text, Qt::CaseInsensitive)
                    || user->emailAddress.contains(text, Qt::CaseInsensitive);
            if (!matches || (!user->enabled && !inactive))
                continue;
            if (second == QLatin1String("lookup"))
                records.append(QJsonObject { { QStringLiteral("id"), user->id },
                                             { QStringLiteral("value"), user->userName } });
            else
                records.append(userSummary(*user));
        }
        return call.page(call.sorted(
                records, second.isEmpty() ? QStringLiteral("userName") : QStringLiteral("value")));
    }
    const User *user = id ? call.estate.user(*id) : nullptr;
    if (!user)
        return notFound();
    return userEndpoints(call, *user);
}

HttpReply groups(RestCall &call)
{
    if (!call.estate.isAdministrator(call.userId))
        return accessDenied();
    const qsizetype count = call.segments.size();
    if (count == 1 && call.is("GET")) {
        const QString text = call.filter(QStringLiteral("searchText"));
        QJsonArray records;
        for (const Group *group : call.estate.groups()) {
            if (text.isEmpty() || group->name.contains(text, Qt::CaseInsensitive))
                records.append(groupSummary(*group));
        }
        return call.page(call.sorted(records, QStringLiteral("name")));
    }
    const Group *group = call.idAt(1) ? call.estate.group(*call.idAt(1)) : nullptr;
    if (count == 1)
        return methodNotAllowed();
    if (!group)
        return call.idAt(1) ? notFound() : noResource();
    const QString sub = call.segment(2).toLower();
    if (count == 2 && call.is("GET")) {
        QJsonObject model = groupSummary(*group);
        model.insert(QStringLiteral("systemGroup"), false);
        model.insert(QStringLiteral("canEditMembers"), true);
        return HttpReply::json(200, model);
    }
    if (sub == QLatin1String("ipaddress-restrictions") && count == 3 && call.is("GET")) {
        QJsonArray records;
        for (const IpRestriction *restriction : call.estate.ipRestrictions()) {
            if (restriction->groupIds.contains(group->id))
                records.append(restrictionAssignment(*restriction, nullptr, group));
        }
        return call.page(records);
    }
    if (sub != QLatin1String("users"))
        return noResource();
    if (count == 3 && call.is("GET")) {
        QJsonArray records;
        for (const User *user : call.estate.users()) {
            if (group->memberIds.contains(user->id))
                records.append(membership(*group, *user));
        }
        return call.page(records);
    }
    if (count == 3 && call.is("POST")) {
        QJsonObject body;
        HttpReply error;
        if (!call.jsonBody(&body, &error))
            return error;
        BodyArgs args(body);
        const int userId = args.number(QStringLiteral("userId")).value_or(0);
        if (!args.ok())
            return args.error();
        if (!call.estate.addGroupMember(group->id, userId))
            return invalidField(QStringLiteral("userId"), QStringLiteral("No such user."));
        return HttpReply::json(200, membership(*group, *call.estate.user(userId)));
    }
    const User *member = call.idAt(3) ? call.estate.user(*call.idAt(3)) : nullptr;
    if (count != 4 || !member || !group->memberIds.contains(member->id))
        return notFound();
    if (call.is("GET"))
        return HttpReply::json(200, membership(*group, *member));
    if (call.is("DELETE")) {
        call.estate.removeGroupMember(group->id, member->id);
        return deleted(member->id, QStringLiteral("GroupMember"));
    }
    return methodNotAllowed();
}

HttpReply ipRestrictions(RestCall &call)
{
    if (!call.estate.isAdministrator(call.userId))
        return accessDenied();
    const qsizetype count = call.segments.size();
    const auto summary = [](const IpRestriction &restriction) {
        return QJsonObject { { QStringLiteral("id"), restriction.id },
                             { QStringLiteral("name"), restriction.name },
                             { QStringLiteral("range"), restriction.range } };
    };
    const auto nameAndRange = [&call](QString *name, QString *range, HttpReply *error) {
        QJsonObject body;
        if (!call.jsonBody(&body, error))
            return false;
        BodyArgs args(body);
        *name = args.text(QStringLiteral("name")).value_or(QString());
        *range = args.text(QStringLiteral("range")).value_or(QString());
        if (!args.ok()) {
            *error = args.error();
            return false;
        }
        return true;
    };

    if (count == 1 && call.is("GET")) {
        QJsonArray records;
        for (const IpRestriction *restriction : call.estate.ipRestrictions())
            records.append(summary(*restriction));
        return call.page(call.sorted(records, QStringLiteral("name")));
    }
    if (count == 1 && call.is("POST")) {
        QString name, range;
        HttpReply error;
        if (!nameAndRange(&name, &range, &error))
            return error;
        const int id = call.estate.createIpRestriction(name, range);
        if (id == 0)
            return invalidField(
                    QStringLiteral("range"),
                    QStringLiteral("A name and an address or CIDR range are required."));
        return HttpReply::json(200, summary(*call.estate.ipRestriction(id)));
    }
    const IpRestriction *restriction
            = call.idAt(1) ? call.estate.ipRestriction(*call.idAt(1)) : nullptr;
    if (count == 1)
        return methodNotAllowed();
    if (!restriction)
        return call.idAt(1) ? notFound() : noResource();
    const QString sub = call.segment(2).toLower();
    if (count >= 3 && (sub == QLatin1String("users") || sub == QLatin1String("groups")))
        return restrictionTargets(call, *restriction);
    if (count != 2)
        return noResource();
    if (call.is("GET"))
        return HttpReply::json(200, summary(*restriction));
    if (call.is("PUT")) {
        QString name, range;
        HttpReply error;
        if (!nameAndRange(&name, &range, &error))
            return error;
        if (!call.estate.updateIpRestriction(restriction->id, name, range))
            return invalidField(
                    QStringLiteral("range"),
                    QStringLiteral("A name and an address or CIDR range are required."));
        return HttpReply::json(200, summary(*restriction));
    }
    if (call.is("DELETE")) {
        const int id = restriction->id;
        call.estate.deleteIpRestriction(id);
        return deleted(id, QStringLiteral("IpAddressRestriction"));
    }
    return methodNotAllowed();
}

} // namespace sandbox::rest

// RestClient: users, groups, IP address restrictions and configuration (reference §7, §8).

#include "secretserver/RestClient.h"

#include "secretserver/RestClientPrivate.h"

namespace secretserver {

namespace {

QString configurationPath(ConfigurationArea area)
{
    switch (area) {
    case ConfigurationArea::General:
        return QStringLiteral("/api/v1/configuration/general");
    case ConfigurationArea::Security:
        return QStringLiteral("/api/v1/configuration/security");
    case ConfigurationArea::RemotePasswordChanging:
        return QStringLiteral("/api/v1/configuration/rpc");
    }
    return {};
}

std::function<void(const CallResult &, const QJsonValue &)> configurationHandler(
        Callback<ServerConfiguration> done)
{
    return [done](const CallResult &result, const QJsonValue &payload) {
        done(objectResult<ServerConfiguration>(result, payload, [](const QJsonObject &object) {
            return ServerConfiguration::fromJson(object);
        }));
    };
}

} // namespace

PendingCall *RestClient::searchUsers(const UserQuery &query, QObject *context,
                                     Callback<Page<User>> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/users");
    addFilter(request.query, QStringLiteral("searchText"), query.searchText);
    if (query.includeInactive)
        addFilter(request.query, QStringLiteral("includeInactive"), true);
    return sendPage<User>(request, query.page, context, done);
}

PendingCall *RestClient::user(int userId, QObject *context, Callback<User> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/users/%1").arg(userId);
    return send(request, context, objectHandler<User>(done));
}

PendingCall *RestClient::userGroups(int userId, QObject *context,
                                    Callback<Page<GroupMember>> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/users/%1/groups").arg(userId);
    PageRequest all;
    all.allPages = true;
    return sendPage<GroupMember>(request, all, context, done);
}

PendingCall *RestClient::userAudit(int userId, const PageRequest &page, QObject *context,
                                   Callback<Page<AuditRecord>> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/users/%1/audit").arg(userId);
    return sendPage<AuditRecord>(request, page, context, done);
}

PendingCall *RestClient::searchGroups(const GroupQuery &query, QObject *context,
                                      Callback<Page<Group>> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/groups");
    addFilter(request.query, QStringLiteral("searchText"), query.searchText);
    if (query.includeInactive)
        addFilter(request.query, QStringLiteral("includeInactive"), true);
    return sendPage<Group>(request, query.page, context, done);
}

PendingCall *RestClient::group(int groupId, QObject *context, Callback<Group> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/groups/%1").arg(groupId);
    return send(request, context, objectHandler<Group>(done));
}

PendingCall *RestClient::groupMembers(int groupId, const PageRequest &page, QObject *context,
                                      Callback<Page<GroupMember>> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/groups/%1/users").arg(groupId);
    return sendPage<GroupMember>(request, page, context, done);
}

PendingCall *RestClient::addGroupMember(int groupId, int userId, QObject *context,
                                        Callback<bool> done)
{
    Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/api/v1/groups/%1/users").arg(groupId);
    request.json = QJsonObject{{QStringLiteral("userId"), userId}};
    return send(request, context, successHandler(done));
}

PendingCall *RestClient::removeGroupMember(int groupId, int userId, QObject *context,
                                           Callback<bool> done)
{
    Request request;
    request.method = QByteArrayLiteral("DELETE");
    request.path = QStringLiteral("/api/v1/groups/%1/users/%2").arg(groupId).arg(userId);
    return send(request, context, successHandler(done));
}

PendingCall *RestClient::ipRestrictions(const PageRequest &page, QObject *context,
                                        Callback<Page<IpRestriction>> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/ipaddress-restrictions");
    return sendPage<IpRestriction>(request, page, context, done);
}

PendingCall *RestClient::userIpRestrictions(int userId, QObject *context,
                                            Callback<Page<IpRestrictionAssignment>> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/users/%1/ipaddress-restrictions").arg(userId);
    PageRequest all;
    all.allPages = true;
    return sendPage<IpRestrictionAssignment>(request, all, context, done);
}

PendingCall *RestClient::assignIpRestriction(int restrictionId, int userId, QObject *context,
                                             Callback<bool> done)
{
    Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/api/v1/ipaddress-restrictions/%1/users").arg(restrictionId);
    request.json = QJsonObject{{QStringLiteral("userId"), userId},
                               {QStringLiteral("ipAddressRestrictionId"), restrictionId}};
    return send(request, context, successHandler(done));
}

PendingCall *RestClient::configuration(ConfigurationArea area, QObject *context,
                                       Callback<ServerConfiguration> done)
{
    Request request;
    request.path = configurationPath(area);
    if (area == ConfigurationArea::General)
        request.query.addQueryItem(QStringLiteral("loadAll"), QStringLiteral("true"));
    return send(request, context, configurationHandler(done));
}

PendingCall *RestClient::updateConfiguration(ConfigurationArea area,
                                             const QList<ConfigurationChange> &changes,
                                             QObject *context,
                                             Callback<ServerConfiguration> done)
{
    // {data:{<section>:{<field>:{dirty,value}}}} for general, {data:{<field>:...}} otherwise.
    QJsonObject data;
    for (const ConfigurationChange &change : changes) {
        if (change.section.isEmpty()) {
            data.insert(change.field, json::dirty(change.value));
            continue;
        }
        QJsonObject section = data.value(change.section).toObject();
        section.insert(change.field, json::dirty(change.value));
        data.insert(change.section, section);
    }

    Request request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = configurationPath(area);
    request.json = QJsonObject{{QStringLiteral("data"), data}};
    return send(request, context, configurationHandler(done));
}

} // namespace secretserver

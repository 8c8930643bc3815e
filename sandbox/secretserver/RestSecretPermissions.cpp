// /api/v1/secret-permissions (search, get, stub, create, update, delete; §5.1) and
// /api/v1/secret-templates (search, get; §4.4).
#include "secretserver/Protocol.h"
#include "secretserver/RestEndpoints.h"

namespace sandbox::rest {

namespace {

QJsonObject record(const Estate &estate, const SecretPermission &entry)
{
    const User *user = estate.user(entry.userId);
    const Group *group = estate.group(entry.groupId);
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject {
        { QStringLiteral("id"), entry.id ? QJsonValue(entry.id) : null }, // null = inherited
        { QStringLiteral("secretId"), entry.secretId },
        { QStringLiteral("userId"), user ? QJsonValue(user->id) : null },
        { QStringLiteral("userName"), user ? QJsonValue(user->userName) : null },
        { QStringLiteral("groupId"), group ? QJsonValue(group->id) : null },
        { QStringLiteral("groupName"), group ? QJsonValue(group->name) : null },
        { QStringLiteral("domainName"),
          user            ? user->domain
                  : group ? group->domain
                          : QString() },
        { QStringLiteral("knownAs"),
          user            ? user->displayName
                  : group ? group->name
                          : QString() },
        { QStringLiteral("secretAccessRoleId"), int(entry.role) },
        { QStringLiteral("secretAccessRoleName"), secretRoleName(entry.role) },
    };
}

bool hasRole(const RestCall &call, int secretId, SecretRole wanted)
{
    return int(call.estate.secretRole(call.userId, secretId)) >= int(wanted);
}

HttpReply badRole()
{
    return badRequest(QLatin1String(protocol::GenericExceptionCode),
                      QLatin1String(protocol::BadRoleMessage));
}

HttpReply search(RestCall &call)
{
    const int secretId = call.intFilter(QStringLiteral("secretId"), 0);
    const int userId = call.intFilter(QStringLiteral("userId"), 0);
    const int groupId = call.intFilter(QStringLiteral("groupId"), 0);
    const QString userName = call.filter(QStringLiteral("userName"));
    const QString groupName = call.filter(QStringLiteral("groupName"));
    if (!secretId && !userId && !groupId && userName.isEmpty() && groupName.isEmpty())
        return invalidField(QStringLiteral("filter"),
                            QStringLiteral("A secretId, userId, groupId, userName or groupName "
                                           "filter is required."));

    QJsonArray records;
    const auto consider = [&](const SecretPermission &entry) {
        const User *user = call.estate.user(entry.userId);
        const Group *group = call.estate.group(entry.groupId);
        if ((userId && entry.userId != userId) || (groupId && entry.groupId != groupId))
            return;
        if (!userName.isEmpty() && (!user || user->userName.compare(userName, Qt::CaseInsensitive)))
            return;
        if (!groupName.isEmpty() && (!group || group->name.compare(groupName, Qt::CaseInsensitive)))
            return;
        records.append(record(call.estate, entry));
    };
    if (secretId) {
        if (!call.estate.secret(secretId) || !hasRole(call, secretId, SecretRole::View))
            return accessDenied();
        for (const SecretPermission &entry : call.estate.effectiveSecretPermissions(secretId))
            consider(entry);
    } else {
        const QList<const Secret *> visible = call.estate.searchSecrets(call.userId, [] {
            SecretQuery query;
            query.includeRestricted = true;
            query.permissionRequired = SecretRole::View;
            return query;
        }());
        for (const Secret *secret : visible) {
            for (const SecretPermission &entry : call.estate.effectiveSecretPermissions(secret->id))
                consider(entry);
        }
    }
    return call.page(records);
}

HttpReply create(RestCall &call)
{
    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    BodyArgs args(body);
    SecretPermission entry;
    entry.secretId = args.number(QStringLiteral("secretId")).value_or(0);
    entry.userId = args.number(QStringLiteral("userId")).value_or(0);
    entry.groupId = args.number(QStringLiteral("groupId")).value_or(0);
    const QString roleName = args.text(QStringLiteral("secretAccessRoleName")).value_or(QString());
    const QString userName = args.text(QStringLiteral("userName")).value_or(QString());
    const QString groupName = args.text(QStringLiteral("groupName")).value_or(QString());
    const QString domainName = args.text(QStringLiteral("domainName")).value_or(QString());
    if (!args.ok())
        return args.error();
    entry.role = secretRoleFromName(roleName);
    if (entry.role == SecretRole::None)
        return badRole();
    if (!entry.userId && !userName.isEmpty()) {
        const User *user = call.estate.userByName(userName, domainName);
        entry.userId = user ? user->id : -1;
    }
    if (!entry.groupId && !groupName.isEmpty()) {
        for (const Group *group : call.estate.groups()) {
            if (group->name.compare(groupName, Qt::CaseInsensitive) == 0)
                entry.groupId = group->id;
        }
    }
    const Secret *secret = call.estate.secret(entry.secretId);
    if (!secret || !hasRole(call, secret->id, SecretRole::List))
        return notFound();
    if (!hasRole(call, secret->id, SecretRole::Owner))
        return accessDenied();
    if (secret->inheritPermissions)
        return badRequest(QLatin1String(protocol::PermissionsInherited),
                          QLatin1String(protocol::PermissionsInherited));

    const int id = call.estate.createSecretPermission(entry, call.userId);
    if (id == 0)
        return invalidField(QStringLiteral("args.userId"),
                            QStringLiteral("Exactly one existing user or group is required."));
    return HttpReply::json(200, record(call.estate, *call.estate.secretPermission(id)));
}

HttpReply change(RestCall &call, const SecretPermission &entry, bool remove)
{
    if (!hasRole(call, entry.secretId, SecretRole::Owner))
        return accessDenied();
    const int id = entry.id;
    if (remove) {
        call.estate.deleteSecretPermission(id, call.userId);
        return deleted(id, QStringLiteral("SecretPermission"));
    }

    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    BodyArgs args(body);
    const QString roleName = args.text(QStringLiteral("secretAccessRoleName")).value_or(QString());
    if (!args.ok())
        return args.error();
    const SecretRole role = secretRoleFromName(roleName);
    if (role == SecretRole::None)
        return badRole();
    call.estate.updateSecretPermission(id, role, call.userId);
    return HttpReply::json(200, record(call.estate, *call.estate.secretPermission(id)));
}

QJsonObject templateSummary(const Estate &estate, const SecretTemplate &secretTemplate,
                            bool withCount)
{
    return QJsonObject {
        { QStringLiteral("id"), secretTemplate.id },
        { QStringLiteral("name"), secretTemplate.name },
        { QStringLiteral("active"), secretTemplate.active },
        { QStringLiteral("passwordTypeId"), secretTemplate.passwordTypeId },
        { QStringLiteral("secretCount"),
          withCount ? QJsonValue(estate.secretCount(secretTemplate.id))
                    : QJsonValue(QJsonValue::Null) },
    };
}

QJsonObject templateModel(const SecretTemplate &secretTemplate)
{
    QJsonArray fields;
    for (const TemplateField &field : secretTemplate.fields) {
        fields.append(QJsonObject {
                { QStringLiteral("secretTemplateFieldId"), field.id },
                { QStringLiteral("name"), field.displayName },
                { QStringLiteral("displayName"), field.displayName },
                { QStringLiteral("fieldSlugName"), field.slug },
                { QStringLiteral("description"), field.description },
                { QStringLiteral("isPassword"), field.isPassword },
                { QStringLiteral("isRequired"), field.isRequired },
                { QStringLiteral("isNotes"), field.isNotes },
                { QStringLiteral("isFile"), field.isFile },
                { QStringLiteral("isUrl"), field.isUrl },
                { QStringLiteral("isList"), false },
                { QStringLiteral("listType"), QStringLiteral("None") },
                { QStringLiteral("sortOrder"), field.sortOrder },
                { QStringLiteral("hideOnView"), false },
        });
    }
    return QJsonObject { { QStringLiteral("id"), secretTemplate.id },
                         { QStringLiteral("name"), secretTemplate.name },
                         { QStringLiteral("active"), secretTemplate.active },
                         { QStringLiteral("passwordTypeId"), secretTemplate.passwordTypeId },
                         { QStringLiteral("fields"), fields } };
}

} // namespace

HttpReply secretPermissions(RestCall &call)
{
    const qsizetype count = call.segments.size();
    if (count == 1 && call.is("GET"))
        return search(call);
    if (count == 1 && call.is("POST"))
        return create(call);
    if (count == 2 && call.segment(1).compare(QLatin1String("stub"), Qt::CaseInsensitive) == 0) {
        SecretPermission stub;
        stub.secretId = call.intParam(QStringLiteral("secretId"), 0);
        return HttpReply::json(200, record(call.estate, stub));
    }
    if (count != 2 || !call.idAt(1))
        return count == 1 ? methodNotAllowed() : noResource();

    const SecretPermission *entry = call.estate.secretPermission(*call.idAt(1));
    if (!entry || !hasRole(call, entry->secretId, SecretRole::View))
        return notFound();
    if (call.is("GET"))
        return HttpReply::json(200, record(call.estate, *entry));
    if (call.is("PUT"))
        return change(call, *entry, false);
    if (call.is("DELETE"))
        return change(call, *entry, true);
    return methodNotAllowed();
}

HttpReply secretTemplates(RestCall &call)
{
    const qsizetype count = call.segments.size();
    if (!call.is("GET"))
        return call.estate.isAdministrator(call.userId) ? methodNotAllowed() : accessDenied();
    if (count == 1) {
        const QString text = call.filter(QStringLiteral("searchText"));
        const bool inactive = call.boolFilter(QStringLiteral("includeInactive"), false);
        const bool withCount = call.boolFilter(QStringLiteral("includeSecretCount"), false);
        QJsonArray records;
        for (const SecretTemplate *secretTemplate : call.estate.secretTemplates()) {
            if ((!secretTemplate->active && !inactive)
                || (!text.isEmpty() && !secretTemplate->name.contains(text, Qt::CaseInsensitive)))
                continue;
            records.append(templateSummary(call.estate, *secretTemplate, withCount));
        }
        return call.page(call.sorted(records, QStringLiteral("name")));
    }
    if (count != 2 || !call.idAt(1))
        return noResource();
    const SecretTemplate *secretTemplate = call.estate.secretTemplate(*call.idAt(1));
    if (!secretTemplate)
        return notFound();
    return HttpReply::json(200, templateModel(*secretTemplate));
}

} // namespace sandbox::rest

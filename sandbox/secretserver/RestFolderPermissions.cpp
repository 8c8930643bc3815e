// /api/v1/folder-permissions: search, get, stub, create, update, delete, with inheritance
// and breakInheritance (secret-server-api.md §5.2).
#include "secretserver/Protocol.h"
#include "secretserver/RestEndpoints.h"

namespace sandbox::rest {

namespace {

QJsonObject record(const Estate &estate, const FolderPermission &entry, int folderId)
{
    const User *user = estate.user(entry.userId);
    const Group *group = estate.group(entry.groupId);
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject {
        { QStringLiteral("id"), entry.id },
        { QStringLiteral("folderId"), folderId },
        { QStringLiteral("userId"), user ? QJsonValue(user->id) : null },
        { QStringLiteral("userName"), user ? QJsonValue(user->userName) : null },
        { QStringLiteral("groupId"), group ? QJsonValue(group->id) : null },
        { QStringLiteral("groupName"), group ? QJsonValue(group->name) : null },
        { QStringLiteral("knownAs"),
          user            ? user->displayName
                  : group ? group->name
                          : QString() },
        { QStringLiteral("folderAccessRoleId"), int(entry.folderRole) },
        { QStringLiteral("folderAccessRoleName"), folderRoleName(entry.folderRole) },
        { QStringLiteral("secretAccessRoleId"), int(entry.secretRole) },
        { QStringLiteral("secretAccessRoleName"), secretRoleName(entry.secretRole) },
    };
}

bool hasRole(const RestCall &call, int folderId, FolderRole wanted)
{
    return int(call.estate.folderRole(call.userId, folderId)) >= int(wanted);
}

HttpReply inherited()
{
    return badRequest(QLatin1String(protocol::PermissionsInherited),
                      QLatin1String(protocol::PermissionsInherited));
}

HttpReply badRole()
{
    return badRequest(QLatin1String(protocol::GenericExceptionCode),
                      QLatin1String(protocol::BadRoleMessage));
}

// Roles from a body; false when a given name is not a role. An empty or "None" secret role is
// allowed (a folder permission may carry no secret role).
bool rolesFrom(BodyArgs &args, FolderPermission &entry)
{
    if (const auto folderRole = args.text(QStringLiteral("folderAccessRoleName"))) {
        entry.folderRole = folderRoleFromName(*folderRole);
        if (entry.folderRole == FolderRole::None)
            return false;
    }
    if (const auto secretRole = args.text(QStringLiteral("secretAccessRoleName"))) {
        const bool none = secretRole->isEmpty()
                || secretRole->compare(QLatin1String("None"), Qt::CaseInsensitive) == 0;
        entry.secretRole = secretRoleFromName(*secretRole);
        if (!none && entry.secretRole == SecretRole::None)
            return false;
    }
    return true;
}

// The entry of `principal` owned by folderId itself after breaking its inheritance, so edits
// of an inherited entry land on the folder the caller named.
const FolderPermission *ownEntry(Estate &estate, int folderId, const FolderPermission &principal)
{
    for (const FolderPermission *entry : estate.effectiveFolderPermissions(folderId)) {
        if (entry->folderId == folderId && entry->userId == principal.userId
            && entry->groupId == principal.groupId)
            return entry;
    }
    return nullptr;
}

HttpReply search(RestCall &call)
{
    const int folderId = call.intFilter(QStringLiteral("folderId"), 0);
    const int userId = call.intFilter(QStringLiteral("userId"), 0);
    const int groupId = call.intFilter(QStringLiteral("groupId"), 0);
    QJsonArray records;
    const auto add = [&](const FolderPermission *entry, int shownFolder) {
        if ((userId && entry->userId != userId) || (groupId && entry->groupId != groupId))
            return;
        records.append(record(call.estate, *entry, shownFolder));
    };
    if (folderId) {
        if (!call.estate.folder(folderId) || !hasRole(call, folderId, FolderRole::View))
            return notFound();
        for (const FolderPermission *entry : call.estate.effectiveFolderPermissions(folderId))
            add(entry, folderId);
    } else {
        for (const Folder *folder : call.estate.folders()) {
            if (folder->inheritPermissions || !hasRole(call, folder->id, FolderRole::View))
                continue;
            for (const FolderPermission *entry : call.estate.effectiveFolderPermissions(folder->id))
                add(entry, folder->id);
        }
    }
    return call.page(call.sorted(records, QStringLiteral("knownAs")));
}

HttpReply create(RestCall &call)
{
    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    BodyArgs args(body);
    FolderPermission entry;
    entry.folderId = args.number(QStringLiteral("folderId")).value_or(0);
    entry.userId = args.number(QStringLiteral("userId")).value_or(0);
    entry.groupId = args.number(QStringLiteral("groupId")).value_or(0);
    const bool breakInheritance = args.flag(QStringLiteral("breakInheritance")).value_or(false);
    const bool rolesOk = rolesFrom(args, entry);
    if (!args.ok())
        return args.error();
    if (!args.has(QStringLiteral("folderAccessRoleName")) || !rolesOk)
        return badRole();
    const Folder *folder = call.estate.folder(entry.folderId);
    if (!folder || !hasRole(call, folder->id, FolderRole::View))
        return notFound();
    if (!hasRole(call, folder->id, FolderRole::Owner))
        return accessDenied();
    if ((entry.userId != 0) == (entry.groupId != 0)
        || (entry.userId && !call.estate.user(entry.userId))
        || (entry.groupId && !call.estate.group(entry.groupId)))
        return invalidField(QStringLiteral("args.userId"),
                            QStringLiteral("Exactly one existing user or group is required."));
    if (folder->inheritPermissions && !breakInheritance)
        return inherited();

    if (folder->inheritPermissions)
        call.estate.setFolderInheritPermissions(folder->id, false, call.userId);
    const int id = call.estate.createFolderPermission(entry, call.userId);
    if (id == 0)
        return accessDenied();
    return HttpReply::json(200, record(call.estate, *call.estate.folderPermission(id), folder->id));
}

HttpReply change(RestCall &call, const FolderPermission &entry, bool remove)
{
    QJsonObject body;
    HttpReply error;
    if (!remove && !call.jsonBody(&body, &error))
        return error;
    BodyArgs args(body);
    FolderPermission changed = entry;
    const int folderId = args.number(QStringLiteral("folderId")).value_or(entry.folderId);
    const bool breakInheritance = remove
            ? call.boolParam(QStringLiteral("breakInheritance"), false)
            : args.flag(QStringLiteral("breakInheritance")).value_or(false);
    const bool rolesOk = rolesFrom(args, changed);
    if (!args.ok())
        return args.error();
    if (!rolesOk)
        return badRole();
    const Folder *folder = call.estate.folder(folderId);
    if (!folder || !hasRole(call, folderId, FolderRole::View))
        return notFound();
    if (!hasRole(call, folderId, FolderRole::Owner))
        return accessDenied();
    if (folder->inheritPermissions && !breakInheritance)
        return inherited();

    const FolderPermission *target = &entry;
    if (folder->inheritPermissions) {
        call.estate.setFolderInheritPermissions(folderId, false, call.userId);
        target = ownEntry(call.estate, folderId, entry);
        if (!target)
            return notFound();
    }
    const int targetId = target->id;
    if (remove) {
        call.estate.deleteFolderPermission(targetId, call.userId);
        return deleted(targetId, QStringLiteral("FolderPermission"));
    }
    changed.id = targetId;
    call.estate.updateFolderPermission(changed, call.userId);
    return HttpReply::json(200,
                           record(call.estate, *call.estate.folderPermission(targetId), folderId));
}

} // namespace

HttpReply folderPermissions(RestCall &call)
{
    const qsizetype count = call.segments.size();
    if (count == 1 && call.is("GET"))
        return search(call);
    if (count == 1 && call.is("POST"))
        return create(call);
    if (count == 2 && call.segment(1).compare(QLatin1String("stub"), Qt::CaseInsensitive) == 0) {
        const int folderId = call.intParam(QStringLiteral("folderId"), -1);
        FolderPermission stub { 0, folderId, 0, 0, FolderRole::View, SecretRole::View };
        QJsonObject body = record(call.estate, stub, folderId);
        body.insert(QStringLiteral("id"), QJsonValue::Null);
        return HttpReply::json(200, body);
    }
    if (count != 2 || !call.idAt(1))
        return count == 1 ? methodNotAllowed() : noResource();

    const FolderPermission *entry = call.estate.folderPermission(*call.idAt(1));
    if (!entry || !hasRole(call, entry->folderId, FolderRole::View))
        return notFound();
    if (call.is("GET"))
        return HttpReply::json(200, record(call.estate, *entry, entry->folderId));
    if (call.is("PUT"))
        return change(call, *entry, false);
    if (call.is("DELETE"))
        return change(call, *entry, true);
    return methodNotAllowed();
}

} // namespace sandbox::rest

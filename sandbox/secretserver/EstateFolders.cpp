// Folders, folder and secret permissions, and the effective roles they give.
#include "secretserver/EstateData.h"

namespace sandbox {

// --- Folders --------------------------------------------------------------------------------

const Folder *Estate::folder(int id) const
{
    const auto it = d->folders.find(id);
    return it == d->folders.end() ? nullptr : &it->second;
}

QList<const Folder *> Estate::folders() const
{
    QList<const Folder *> list;
    for (const auto &[id, entry] : d->folders)
        list.append(&entry);
    return list;
}

QList<int> Estate::childFolderIds(int folderId) const
{
    return d->childFolders.value(folderId);
}

QString Estate::folderPath(int folderId) const
{
    QString path;
    int current = folderId;
    for (int guard = 0; guard < 1000 && current != -1; ++guard) {
        const Folder *entry = folder(current);
        if (!entry)
            break;
        path.prepend(QLatin1Char('\\') + entry->name);
        current = entry->parentId;
    }
    return path;
}

const Folder *Estate::folderByPath(const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return nullptr;

    int parent = -1;
    const Folder *found = nullptr;
    for (const QString &part : parts) {
        found = nullptr;
        for (int childId : d->childFolders.value(parent)) {
            const Folder *child = folder(childId);
            if (child && child->name.compare(part, Qt::CaseInsensitive) == 0) {
                found = child;
                break;
            }
        }
        if (!found)
            return nullptr;
        parent = found->id;
    }
    return found;
}

int Estate::createFolder(const Folder &request)
{
    if (request.name.trimmed().isEmpty() || (request.parentId != -1 && !folder(request.parentId)))
        return 0;

    Folder created = request;
    created.id = Data::nextId(d->folders);
    created.name = request.name.trimmed();
    // A root folder has nothing to inherit from.
    if (created.parentId == -1)
        created.inheritPermissions = false;
    d->folders[created.id] = created;
    d->indexFolder(created);
    emit changed();
    return created.id;
}

static bool isDescendant(const Estate &estate, int folderId, int ancestorId)
{
    int current = folderId;
    for (int guard = 0; guard < 1000 && current != -1; ++guard) {
        if (current == ancestorId)
            return true;
        const Folder *entry = estate.folder(current);
        current = entry ? entry->parentId : -1;
    }
    return false;
}

bool Estate::updateFolder(const Folder &request)
{
    const auto it = d->folders.find(request.id);
    if (it == d->folders.end() || request.name.trimmed().isEmpty())
        return false;
    if (request.parentId != -1
        && (!folder(request.parentId) || isDescendant(*this, request.parentId, request.id)))
        return false;

    Folder &stored = it->second;
    if (stored.parentId != request.parentId) {
        d->unindexFolder(stored);
        stored.parentId = request.parentId;
        d->indexFolder(stored);
    }
    stored.name = request.name.trimmed();
    stored.folderTypeId = request.folderTypeId;
    stored.inheritSecretPolicy = request.inheritSecretPolicy;
    stored.secretPolicyId = request.secretPolicyId;
    emit changed();

    setFolderInheritPermissions(stored.id, request.inheritPermissions && stored.parentId != -1, 0);
    return true;
}

bool Estate::deleteFolder(int id)
{
    const auto it = d->folders.find(id);
    if (it == d->folders.end())
        return false;
    // Like Secret Server, a folder that still holds something is not deleted.
    if (!d->childFolders.value(id).isEmpty() || !d->secretsByFolder.value(id).isEmpty())
        return false;

    for (int permissionId : d->permissionsByFolder.take(id))
        d->folderPermissions.erase(permissionId);
    d->unindexFolder(it->second);
    d->folders.erase(it);
    emit changed();
    return true;
}

void Estate::setFolderInheritPermissions(int folderId, bool inherit, int byUserId)
{
    const auto it = d->folders.find(folderId);
    if (it == d->folders.end() || it->second.inheritPermissions == inherit)
        return;
    if (inherit && it->second.parentId == -1)
        return;

    if (!inherit) {
        // Breaking inheritance keeps what applied: copy the inherited entries.
        const QList<const FolderPermission *> inherited = effectiveFolderPermissions(folderId);
        QList<FolderPermission> copies;
        for (const FolderPermission *entry : inherited)
            copies.append(*entry);
        for (FolderPermission copy : copies) {
            copy.id = Data::nextId(d->folderPermissions);
            copy.folderId = folderId;
            d->folderPermissions[copy.id] = copy;
            d->permissionsByFolder[folderId].append(copy.id);
        }
    } else {
        for (int permissionId : d->permissionsByFolder.take(folderId))
            d->folderPermissions.erase(permissionId);
    }
    it->second.inheritPermissions = inherit;
    auditUser(byUserId, byUserId, QLatin1String(AuditAction::PermissionChange),
              QStringLiteral("Folder ") + folderPath(folderId)
                      + (inherit ? QStringLiteral(": inherit permissions on")
                                 : QStringLiteral(": inheritance broken")));
    emit changed();
}

// --- Folder permissions ---------------------------------------------------------------------

QList<const FolderPermission *> Estate::effectiveFolderPermissions(int folderId) const
{
    QList<const FolderPermission *> list;
    const int source = d->permissionSourceFolder(folderId);
    for (int permissionId : d->permissionsByFolder.value(source)) {
        const auto it = d->folderPermissions.find(permissionId);
        if (it != d->folderPermissions.end())
            list.append(&it->second);
    }
    return list;
}

const FolderPermission *Estate::folderPermission(int id) const
{
    const auto it = d->folderPermissions.find(id);
    return it == d->folderPermissions.end() ? nullptr : &it->second;
}

static QString principalName(const Estate &estate, int userId, int groupId)
{
    if (const User *entry = estate.user(userId))
        return entry->userName;
    if (const Group *entry = estate.group(groupId))
        return entry->name;
    return QStringLiteral("?");
}

int Estate::createFolderPermission(const FolderPermission &request, int byUserId)
{
    const Folder *target = folder(request.folderId);
    const bool onePrincipal = (request.userId != 0) != (request.groupId != 0);
    if (!target || target->inheritPermissions || !onePrincipal
        || (request.userId && !user(request.userId))
        || (request.groupId && !group(request.groupId)))
        return 0;

    // One entry per principal: a second grant replaces the roles of the first.
    for (int permissionId : d->permissionsByFolder.value(request.folderId)) {
        FolderPermission &existing = d->folderPermissions[permissionId];
        if (existing.userId == request.userId && existing.groupId == request.groupId) {
            FolderPermission update = request;
            update.id = permissionId;
            updateFolderPermission(update, byUserId);
            return permissionId;
        }
    }

    FolderPermission created = request;
    created.id = Data::nextId(d->folderPermissions);
    d->folderPermissions[created.id] = created;
    d->permissionsByFolder[created.folderId].append(created.id);
    auditUser(byUserId, byUserId, QLatin1String(AuditAction::PermissionChange),
              QStringLiteral("Folder ") + folderPath(created.folderId) + QStringLiteral(": ")
                      + principalName(*this, created.userId, created.groupId) + QStringLiteral(" ")
                      + folderRoleName(created.folderRole) + QLatin1Char('/')
                      + secretRoleName(created.secretRole));
    return created.id;
}

bool Estate::updateFolderPermission(const FolderPermission &request, int byUserId)
{
    const auto it = d->folderPermissions.find(request.id);
    if (it == d->folderPermissions.end())
        return false;

    it->second.folderRole = request.folderRole;
    it->second.secretRole = request.secretRole;
    auditUser(byUserId, byUserId, QLatin1String(AuditAction::PermissionChange),
              QStringLiteral("Folder ") + folderPath(it->second.folderId) + QStringLiteral(": ")
                      + principalName(*this, it->second.userId, it->second.groupId)
                      + QStringLiteral(" now ") + folderRoleName(request.folderRole)
                      + QLatin1Char('/') + secretRoleName(request.secretRole));
    return true;
}

bool Estate::deleteFolderPermission(int id, int byUserId)
{
    const auto it = d->folderPermissions.find(id);
    if (it == d->folderPermissions.end())
        return false;

    const FolderPermission removed = it->second;
    d->permissionsByFolder[removed.folderId].removeOne(id);
    d->folderPermissions.erase(it);
    auditUser(byUserId, byUserId, QLatin1String(AuditAction::PermissionChange),
              QStringLiteral("Folder ") + folderPath(removed.folderId) + QStringLiteral(": ")
                      + principalName(*this, removed.userId, removed.groupId)
                      + QStringLiteral(" removed"));
    return true;
}

// --- Secret permissions ---------------------------------------------------------------------

QList<SecretPermission> Estate::effectiveSecretPermissions(int secretId) const
{
    QList<SecretPermission> list;
    const Secret *entry = secret(secretId);
    if (!entry)
        return list;

    if (!entry->inheritPermissions) {
        for (int permissionId : d->permissionsBySecret.value(secretId)) {
            const auto it = d->secretPermissions.find(permissionId);
            if (it != d->secretPermissions.end())
                list.append(it->second);
        }
        return list;
    }
    for (const FolderPermission *folderEntry : effectiveFolderPermissions(entry->folderId)) {
        if (folderEntry->secretRole == SecretRole::None)
            continue;
        SecretPermission inherited;
        inherited.secretId = secretId;
        inherited.userId = folderEntry->userId;
        inherited.groupId = folderEntry->groupId;
        inherited.role = folderEntry->secretRole;
        list.append(inherited);
    }
    return list;
}

const SecretPermission *Estate::secretPermission(int id) const
{
    const auto it = d->secretPermissions.find(id);
    return it == d->secretPermissions.end() ? nullptr : &it->second;
}

int Estate::createSecretPermission(const SecretPermission &request, int byUserId)
{
    const Secret *target = secret(request.secretId);
    const bool onePrincipal = (request.userId != 0) != (request.groupId != 0);
    if (!target || target->inheritPermissions || !onePrincipal || request.role == SecretRole::None
        || (request.userId && !user(request.userId))
        || (request.groupId && !group(request.groupId)))
        return 0;

    for (int permissionId : d->permissionsBySecret.value(request.secretId)) {
        const SecretPermission &existing = d->secretPermissions[permissionId];
        if (existing.userId == request.userId && existing.groupId == request.groupId) {
            updateSecretPermission(permissionId, request.role, byUserId);
            return permissionId;
        }
    }

    SecretPermission created = request;
    created.id = Data::nextId(d->secretPermissions);
    d->secretPermissions[created.id] = created;
    d->permissionsBySecret[created.secretId].append(created.id);
    auditSecret(created.secretId, byUserId, QLatin1String(AuditAction::PermissionChange),
                principalName(*this, created.userId, created.groupId) + QStringLiteral(" ")
                        + secretRoleName(created.role));
    return created.id;
}

bool Estate::updateSecretPermission(int id, SecretRole role, int byUserId)
{
    const auto it = d->secretPermissions.find(id);
    if (it == d->secretPermissions.end() || role == SecretRole::None)
        return false;

    it->second.role = role;
    auditSecret(it->second.secretId, byUserId, QLatin1String(AuditAction::PermissionChange),
                principalName(*this, it->second.userId, it->second.groupId)
                        + QStringLiteral(" now ") + secretRoleName(role));
    return true;
}

bool Estate::deleteSecretPermission(int id, int byUserId)
{
    const auto it = d->secretPermissions.find(id);
    if (it == d->secretPermissions.end())
        return false;

    const SecretPermission removed = it->second;
    d->permissionsBySecret[removed.secretId].removeOne(id);
    d->secretPermissions.erase(it);
    auditSecret(removed.secretId, byUserId, QLatin1String(AuditAction::PermissionChange),
                principalName(*this, removed.userId, removed.groupId) + QStringLiteral(" removed"));
    return true;
}

void Estate::setSecretInheritPermissions(int secretId, bool inherit, int byUserId)
{
    const auto it = d->secrets.find(secretId);
    if (it == d->secrets.end() || it->second.inheritPermissions == inherit)
        return;

    if (!inherit) {
        const QList<SecretPermission> inherited = effectiveSecretPermissions(secretId);
        for (SecretPermission copy : inherited) {
            copy.id = Data::nextId(d->secretPermissions);
            d->secretPermissions[copy.id] = copy;
            d->permissionsBySecret[secretId].append(copy.id);
        }
    } else {
        for (int permissionId : d->permissionsBySecret.take(secretId))
            d->secretPermissions.erase(permissionId);
    }
    it->second.inheritPermissions = inherit;
    auditSecret(secretId, byUserId, QLatin1String(AuditAction::PermissionChange),
                inherit ? QStringLiteral("Inherit permissions turned on")
                        : QStringLiteral("Inherit permissions turned off"));
}

// --- Effective roles ------------------------------------------------------------------------

FolderRole Estate::folderRole(int userId, int folderId) const
{
    const QSet<int> groupIds = d->groupIdsOf(userId);
    FolderRole best = FolderRole::None;
    for (const FolderPermission *entry : effectiveFolderPermissions(folderId)) {
        const bool applies = (entry->userId && entry->userId == userId)
                || (entry->groupId && groupIds.contains(entry->groupId));
        if (applies && int(entry->folderRole) > int(best))
            best = entry->folderRole;
    }
    return best;
}

SecretRole Estate::folderSecretRole(int userId, int folderId) const
{
    const QSet<int> groupIds = d->groupIdsOf(userId);
    SecretRole best = SecretRole::None;
    for (const FolderPermission *entry : effectiveFolderPermissions(folderId)) {
        const bool applies = (entry->userId && entry->userId == userId)
                || (entry->groupId && groupIds.contains(entry->groupId));
        if (applies && int(entry->secretRole) > int(best))
            best = entry->secretRole;
    }
    return best;
}

SecretRole Estate::secretRole(int userId, int secretId) const
{
    const Secret *entry = secret(secretId);
    if (!entry)
        return SecretRole::None;
    if (entry->inheritPermissions)
        return entry->folderId == -1 ? SecretRole::None : folderSecretRole(userId, entry->folderId);

    const QSet<int> groupIds = d->groupIdsOf(userId);
    SecretRole best = SecretRole::None;
    for (int permissionId : d->permissionsBySecret.value(secretId)) {
        const SecretPermission &permission = d->secretPermissions.at(permissionId);
        const bool applies = (permission.userId && permission.userId == userId)
                || (permission.groupId && groupIds.contains(permission.groupId));
        if (applies && int(permission.role) > int(best))
            best = permission.role;
    }
    return best;
}

} // namespace sandbox

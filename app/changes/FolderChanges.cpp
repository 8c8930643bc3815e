#include "changes/FolderChanges.h"

#include "models/EffectiveAccess.h"
#include "secretserver/RestClient.h"

using namespace secretserver;

namespace {

bool samePrincipal(const FolderPermission &permission, const Principal &principal)
{
    return principal.isGroup ? permission.groupId == principal.id
                             : (!permission.isGroup() && permission.userId == principal.id);
}

} // namespace

// --- CreateFolderChange ---------------------------------------------------------------------

CreateFolderChange::CreateFolderChange(const QString &name, int parentId,
                                       const QString &parentPath)
    : m_name(name.trimmed())
    , m_parentId(parentId)
    , m_parentPath(parentPath)
{
}

QString CreateFolderChange::title() const
{
    return tr("Create folder %1 in %2")
            .arg(m_name, m_parentPath.isEmpty() ? tr("the top level") : m_parentPath);
}

void CreateFolderChange::read(RestClient *client, QObject *context, Done done)
{
    FolderQuery query;
    query.searchText = m_name;
    if (m_parentId > 0)
        query.parentFolderId = m_parentId;
    else
        query.onlyRootFolders = true;
    query.page.allPages = true;
    client->searchFolders(query, context, [this, done](const Result<Page<Folder>> &result) {
        m_existingId = 0;
        if (result.ok()) {
            for (const Folder &folder : result.value.records) {
                const bool underParent = m_parentId > 0 ? folder.parentId == m_parentId
                                                        : folder.isRoot();
                if (underParent && folder.name.compare(m_name, Qt::CaseInsensitive) == 0)
                    m_existingId = folder.id;
            }
        }
        done(result);
    });
}

QStringList CreateFolderChange::preview() const
{
    if (isInPlace())
        return {tr("Folder %1 already exists in %2.").arg(m_name, m_parentPath)};
    return {tr("Create folder %1 in %2; it inherits the parent's permissions.")
                    .arg(m_name, m_parentPath.isEmpty() ? tr("the top level") : m_parentPath)};
}

void CreateFolderChange::apply(RestClient *client, QObject *context, Done done)
{
    if (m_name.isEmpty()) {
        done(failure(CallStatus::BadRequest, tr("A folder needs a name.")));
        return;
    }
    FolderChange change;
    change.name = m_name;
    change.parentId = m_parentId;
    client->createFolder(change, context, [done](const Result<Folder> &result) { done(result); });
}

// --- FolderAccessChange -----------------------------------------------------------------

FolderAccessChange::FolderAccessChange(int folderId, const QString &folderName,
                                               const Principal &principal, Action action,
                                               const QString &folderRole,
                                               const QString &secretRole)
    : m_folderId(folderId)
    , m_folderName(folderName)
    , m_principal(principal)
    , m_action(action)
    , m_folderRole(folderRole)
    , m_secretRole(secretRole)
{
}

QString FolderAccessChange::title() const
{
    if (m_action == Action::Remove)
        return tr("Remove %1 from folder %2").arg(principalText(m_principal), m_folderName);
    return tr("Grant %1 %2 on folder %3 (secrets: %4)")
            .arg(principalText(m_principal), m_folderRole, m_folderName, m_secretRole);
}

void FolderAccessChange::read(RestClient *client, QObject *context, Done done)
{
    client->folder(m_folderId, false, context,
                   [this, client, context, done](const Result<Folder> &folder) {
        if (!folder.ok()) {
            done(folder);
            return;
        }
        m_folderInherits = folder.value.inheritPermissions;
        FolderPermissionQuery query;
        query.folderId = m_folderId;
        query.page.allPages = true;
        client->searchFolderPermissions(
                query, context, [this, done](const Result<Page<FolderPermission>> &result) {
            m_current.reset();
            if (result.ok()) {
                for (const FolderPermission &permission : result.value.records) {
                    if (samePrincipal(permission, m_principal))
                        m_current = permission;
                }
            }
            done(result);
        });
    });
}

bool FolderAccessChange::isInPlace() const
{
    if (m_action == Action::Remove)
        return !m_current.has_value();
    return m_current && !m_folderInherits
            && m_current->folderRole.compare(m_folderRole, Qt::CaseInsensitive) == 0
            && m_current->secretRole.compare(m_secretRole, Qt::CaseInsensitive) == 0;
}

QStringList FolderAccessChange::preview() const
{
    const QString now = m_current ? tr("now: %1, secrets: %2")
                                            .arg(m_current->folderRole, m_current->secretRole)
                                  : tr("now: no access");
    if (isInPlace()) {
        return {m_action == Action::Remove
                        ? tr("%1 has no permission on folder %2.")
                                  .arg(principalText(m_principal), m_folderName)
                        : tr("%1 already has %2 on folder %3 (secrets: %4).")
                                  .arg(principalText(m_principal), m_folderRole, m_folderName,
                                       m_secretRole)};
    }
    QStringList lines;
    if (m_folderInherits) {
        lines << tr("Stop folder %1 inheriting permissions: its inherited entries become its own.")
                         .arg(m_folderName);
    }
    if (m_action == Action::Remove) {
        lines << tr("Remove %1 from folder %2 (%3)")
                         .arg(principalText(m_principal), m_folderName, now);
    } else {
        lines << tr("Grant %1 %2 on folder %3, secrets %4 (%5)")
                         .arg(principalText(m_principal), m_folderRole, m_folderName,
                              m_secretRole, now);
    }
    return lines;
}

QStringList FolderAccessChange::warnings() const
{
    QStringList lines;
    if (m_action == Action::Set
        && EffectiveAccess::roleRank(m_secretRole)
                   > EffectiveAccess::roleRank(QLatin1String(LeastPrivilegeRole))) {
        lines << tr("%1 on the folder's secrets is more than scanning needs: View is enough.")
                         .arg(m_secretRole);
    }
    if (m_action == Action::Set
        && m_folderRole.compare(QLatin1String("View"), Qt::CaseInsensitive) != 0) {
        lines << tr("Folder role %1 is more than scanning needs: View is enough.")
                         .arg(m_folderRole);
    }
    return lines;
}

void FolderAccessChange::apply(RestClient *client, QObject *context, Done done)
{
    // breakInheritance makes an inheriting folder's entries its own first (reference §5.2).
    if (m_action == Action::Remove) {
        client->deleteFolderPermission(m_current ? m_current->id : 0, m_folderInherits, context,
                                       [done](const Result<bool> &result) { done(result); });
        return;
    }
    write(client, context, done);
}

void FolderAccessChange::write(RestClient *client, QObject *context, const Done &done)
{
    secretserver::FolderPermissionChange body;
    body.folderId = m_folderId;
    body.folderRole = m_folderRole;
    body.secretRole = m_secretRole;
    body.breakInheritance = m_folderInherits;
    const auto ended = [done](const Result<FolderPermission> &result) { done(result); };
    if (m_current) {
        client->updateFolderPermission(m_current->id, body, context, ended);
        return;
    }
    if (m_principal.isGroup)
        body.groupId = m_principal.id;
    else
        body.userId = m_principal.id;
    client->createFolderPermission(body, context, ended);
}

// --- FolderInheritanceChange ----------------------------------------------------------------

FolderInheritanceChange::FolderInheritanceChange(int folderId, const QString &folderName,
                                                 bool inherit)
    : m_folderId(folderId)
    , m_folderName(folderName)
    , m_inherit(inherit)
{
}

QString FolderInheritanceChange::title() const
{
    return m_inherit ? tr("Let folder %1 inherit permissions").arg(m_folderName)
                     : tr("Stop folder %1 inheriting permissions").arg(m_folderName);
}

void FolderInheritanceChange::read(RestClient *client, QObject *context, Done done)
{
    client->folder(m_folderId, false, context, [this, done](const Result<Folder> &result) {
        m_current.reset();
        if (result.ok())
            m_current = result.value;
        done(result);
    });
}

bool FolderInheritanceChange::isInPlace() const
{
    return m_current && m_current->inheritPermissions == m_inherit;
}

QStringList FolderInheritanceChange::preview() const
{
    if (isInPlace()) {
        return {m_inherit ? tr("Folder %1 already inherits permissions.").arg(m_folderName)
                          : tr("Folder %1 already has its own permissions.").arg(m_folderName)};
    }
    return {tr("Permission inheritance of folder %1: %2 (now: %3)")
                    .arg(m_folderName, onOff(m_inherit), onOff(!m_inherit))};
}

QStringList FolderInheritanceChange::warnings() const
{
    if (m_inherit && !isInPlace()) {
        return {tr("The folder's own permissions are replaced by its parent's: an account "
                   "granted only here loses access.")};
    }
    return {};
}

void FolderInheritanceChange::apply(RestClient *client, QObject *context, Done done)
{
    if (!m_inherit) {
        client->breakFolderInheritance(m_folderId, context,
                                       [done](const Result<Folder> &result) { done(result); });
        return;
    }
    if (!m_current) {
        done(failure(CallStatus::InvalidReply, tr("The folder was not read.")));
        return;
    }
    secretserver::FolderChange change;
    change.name = m_current->name;
    change.parentId = m_current->parentId;
    change.inheritPermissions = true;
    change.inheritSecretPolicy = m_current->inheritSecretPolicy;
    change.secretPolicyId = m_current->secretPolicyId;
    client->updateFolder(m_folderId, change, context,
                         [done](const Result<Folder> &result) { done(result); });
}

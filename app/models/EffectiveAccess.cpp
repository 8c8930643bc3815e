#include "models/EffectiveAccess.h"

#include <QSet>

#include <algorithm>

using namespace secretserver;

namespace {

// Secret roles are reference §5 names; compared without case because servers differ.
const QStringList RolesByRank = {QStringLiteral("list"), QStringLiteral("view"),
                                 QStringLiteral("edit"), QStringLiteral("owner")};

bool appliesTo(const std::optional<int> &userId, const std::optional<int> &groupId,
               const AccessFacts &facts, const QHash<int, QString> &groups)
{
    if (userId && *userId == facts.userId)
        return true;
    return groupId && groups.contains(*groupId);
}

void addGrant(AccessGrant grant, const std::optional<int> &groupId,
              const QHash<int, QString> &groups, QList<AccessGrant> &grants)
{
    if (EffectiveAccess::roleRank(grant.role) == 0)
        return;
    if (groupId) {
        grant.groupId = groupId;
        grant.groupName = groups.value(*groupId);
    }
    grants.append(grant);
}

void collectSecretGrants(const AccessFacts &facts, const QHash<int, QString> &groups,
                         QList<AccessGrant> &grants)
{
    for (const SecretPermission &permission : facts.secretPermissions) {
        if (permission.secretId != 0 && permission.secretId != facts.secretId)
            continue;
        if (!appliesTo(permission.userId, permission.groupId, facts, groups))
            continue;
        AccessGrant grant;
        grant.source = AccessGrant::Source::Secret;
        grant.role = permission.role;
        grant.permissionId = permission.id;
        addGrant(grant, permission.groupId, groups, grants);
    }
}

// The folder whose own permissions apply: walk up while a folder inherits, stopping at a
// top-level folder (nothing above it to inherit from) or where the chain given ends.
int collectFolderGrants(const AccessFacts &facts, const QHash<int, QString> &groups,
                        QList<AccessGrant> &grants)
{
    QStringList path;
    QSet<int> visited;
    for (qsizetype i = 0; i < facts.folderChain.size(); ++i) {
        const Folder &folder = facts.folderChain.at(i);
        if (visited.contains(folder.id))
            break; // a loop in what the server said; stop rather than spin
        visited.insert(folder.id);
        path.append(folder.name);

        const bool last = i + 1 == facts.folderChain.size() || folder.isRoot();
        if (folder.inheritPermissions && !last)
            continue;

        for (const FolderPermission &permission : facts.folderPermissions.value(folder.id)) {
            if (!appliesTo(permission.userId, permission.groupId, facts, groups))
                continue;
            AccessGrant grant;
            grant.source = AccessGrant::Source::Folder;
            grant.role = permission.secretRole;
            grant.permissionId = permission.id;
            grant.folderId = folder.id;
            grant.folderName = folder.name;
            grant.inheritancePath = path;
            addGrant(grant, permission.groupId, groups, grants);
        }
        return folder.id;
    }
    return -1;
}

} // namespace

int EffectiveAccess::roleRank(const QString &role)
{
    return int(RolesByRank.indexOf(role.trimmed().toLower())) + 1;
}

EffectiveAccess EffectiveAccess::compute(const AccessFacts &facts)
{
    EffectiveAccess access;
    access.userId = facts.userId;
    access.secretId = facts.secretId;
    access.inheritsPermissions = facts.secretInheritsPermissions;

    QHash<int, QString> groups;
    for (const GroupMember &membership : facts.memberships) {
        if (membership.userId == 0 || membership.userId == facts.userId)
            groups.insert(membership.groupId, membership.groupName);
    }

    // An inheriting secret has exactly its folder's permissions; one that does not has
    // exactly its own (reference §5.1).
    if (facts.secretInheritsPermissions)
        access.effectiveFolderId = collectFolderGrants(facts, groups, access.grants);
    else
        collectSecretGrants(facts, groups, access.grants);

    std::stable_sort(access.grants.begin(), access.grants.end(),
                     [](const AccessGrant &a, const AccessGrant &b) {
                         return roleRank(a.role) > roleRank(b.role);
                     });
    if (!access.grants.isEmpty())
        access.role = access.grants.first().role;
    return access;
}

QString EffectiveAccess::summary() const
{
    if (role.isEmpty()) {
        return inheritsPermissions
                   ? tr("No access: no permission of the folder the secret inherits from names "
                        "this user or one of their groups.")
                   : tr("No access: no permission on the secret names this user or one of "
                        "their groups.");
    }
    return canView() ? tr("Can view (role %1).").arg(role)
                     : tr("Cannot view: the role %1 only lists the secret.").arg(role);
}

QString AccessGrant::explanation() const
{
    const QString who = groupId ? tr("through group %1").arg(groupName)
                                : tr("directly");
    if (source == Source::Secret)
        return tr("%1, %2, set on the secret").arg(role, who);
    if (inheritancePath.size() <= 1)
        return tr("%1, %2, inherited from folder %3").arg(role, who, folderName);
    return tr("%1, %2, inherited from folder %3 via %4")
        .arg(role, who, folderName,
             inheritancePath.mid(0, inheritancePath.size() - 1).join(QStringLiteral(" → ")));
}

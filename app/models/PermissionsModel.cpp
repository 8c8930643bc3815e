#include "models/PermissionsModel.h"

#include "secretserver/RestClient.h"

using namespace secretserver;

PermissionEntry PermissionEntry::from(const SecretPermission &permission)
{
    PermissionEntry entry;
    entry.permissionId = permission.id;
    entry.isGroup = permission.isGroup();
    entry.principalId = permission.groupId.value_or(permission.userId.value_or(0));
    entry.name = entry.isGroup ? permission.groupName : permission.userName;
    entry.knownAs = permission.knownAs;
    entry.secretRole = permission.role;
    return entry;
}

PermissionEntry PermissionEntry::from(const FolderPermission &permission)
{
    PermissionEntry entry;
    entry.permissionId = permission.id;
    entry.isGroup = permission.isGroup();
    entry.principalId = permission.groupId.value_or(permission.userId.value_or(0));
    entry.name = entry.isGroup ? permission.groupName : permission.userName;
    entry.knownAs = permission.knownAs;
    entry.folderRole = permission.folderRole;
    entry.secretRole = permission.secretRole;
    return entry;
}

PermissionsModel::PermissionsModel(QObject *parent)
    : RemoteListModel(parent)
{
}

void PermissionsModel::showSecret(int secretId, bool inheritsPermissions)
{
    setInherits(inheritsPermissions);
    show(Subject::Secret, secretId);
}

void PermissionsModel::showFolder(int folderId)
{
    show(Subject::Folder, folderId);
}

void PermissionsModel::show(Subject subject, int id)
{
    m_subject = subject;
    m_subjectId = id;
    if (client())
        reload();
}

void PermissionsModel::setInherits(bool inherits)
{
    if (inherits == m_inherits)
        return;
    m_inherits = inherits;
    if (recordCount() > 0)
        emit dataChanged(index(0, 0), index(recordCount() - 1, ColumnCount - 1), {InheritedRole});
    emit inheritanceChanged(inherits);
}

const PermissionEntry *PermissionsModel::entryAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

PendingCall *PermissionsModel::requestPage(int skip, int take, quint64 generation)
{
    Q_UNUSED(skip)
    Q_UNUSED(take)
    switch (m_subject) {
    case Subject::Secret:
        return requestSecretPermissions(generation);
    case Subject::Folder:
        return requestFolderPermissions(generation);
    case Subject::None:
        break;
    }
    failCurrent(tr("Choose a secret or a folder to see its permissions."));
    return nullptr;
}

PendingCall *PermissionsModel::requestSecretPermissions(quint64 generation)
{
    SecretPermissionQuery query;
    query.secretId = m_subjectId;
    query.page.allPages = true;
    return client()->searchSecretPermissions(
        query, this, [this, generation](const Result<Page<SecretPermission>> &result) {
            const QList<SecretPermission> &records = result.value.records;
            deliverPage(generation, result, int(records.size()), result.value.total, false,
                        [this, &records] {
                            for (const SecretPermission &permission : records)
                                m_records.append(PermissionEntry::from(permission));
                        });
        });
}

PendingCall *PermissionsModel::requestFolderPermissions(quint64 generation)
{
    // The folder first, for its inheritance flag; then its permission entries.
    const int folderId = m_subjectId;
    return client()->folder(folderId, false, this,
                            [this, generation, folderId](const Result<Folder> &folder) {
        if (generation != this->generation())
            return;
        if (!folder.ok()) {
            deliverPage(generation, folder, 0, 0, false, [] {});
            return;
        }
        setInherits(folder.value.inheritPermissions);

        FolderPermissionQuery query;
        query.folderId = folderId;
        query.page.allPages = true;
        client()->searchFolderPermissions(
            query, this, [this, generation](const Result<Page<FolderPermission>> &result) {
                const QList<FolderPermission> &records = result.value.records;
                deliverPage(generation, result, int(records.size()), result.value.total, false,
                            [this, &records] {
                                for (const FolderPermission &permission : records)
                                    m_records.append(PermissionEntry::from(permission));
                            });
            });
    });
}

QVariant PermissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case NameColumn:
        return tr("User or group");
    case KindColumn:
        return tr("Kind");
    case FolderRoleColumn:
        return tr("Folder role");
    case SecretRoleColumn:
        return tr("Secret role");
    default:
        return {};
    }
}

QVariant PermissionsModel::recordData(int row, int column, int role) const
{
    const PermissionEntry &entry = m_records.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, column);
    case Qt::ToolTipRole:
        return m_inherits ? tr("Inherited from the parent folder") : tr("Set on this item");
    case PermissionIdRole:
        return entry.permissionId;
    case IsGroupRole:
        return entry.isGroup;
    case PrincipalIdRole:
        return entry.principalId;
    case NameRole:
        return entry.name;
    case FolderRoleRole:
        return entry.folderRole;
    case SecretRoleRole:
        return entry.secretRole;
    case InheritedRole:
        return m_inherits;
    default:
        return {};
    }
}

QVariant PermissionsModel::displayText(const PermissionEntry &entry, int column) const
{
    switch (column) {
    case NameColumn:
        return entry.knownAs.isEmpty() ? entry.name : entry.knownAs;
    case KindColumn:
        return entry.isGroup ? tr("Group") : tr("User");
    case FolderRoleColumn:
        return entry.folderRole;
    case SecretRoleColumn:
        return entry.secretRole;
    default:
        return {};
    }
}

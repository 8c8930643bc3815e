#include "models/EffectiveAccessModel.h"

#include "secretserver/RestClient.h"

using namespace secretserver;

EffectiveAccessModel::EffectiveAccessModel(QObject *parent)
    : RemoteListModel(parent)
{
}

void EffectiveAccessModel::resolve(int userId, int secretId, int secretFolderId,
                                   bool secretInheritsPermissions)
{
    m_facts = {};
    m_facts.userId = userId;
    m_facts.secretId = secretId;
    m_facts.secretInheritsPermissions = secretInheritsPermissions;
    m_secretFolderId = secretFolderId;
    reload();
}

void EffectiveAccessModel::clearRecords()
{
    m_grants.clear();
    m_access = {};
}

PendingCall *EffectiveAccessModel::requestPage(int skip, int take, quint64 generation)
{
    Q_UNUSED(skip)
    Q_UNUSED(take)
    if (m_facts.userId <= 0 || m_facts.secretId <= 0) {
        failCurrent(tr("Choose a user and a secret."));
        return nullptr;
    }

    // A retry starts the gathering over; facts from the failed attempt are dropped.
    m_facts.memberships.clear();
    m_facts.secretPermissions.clear();
    m_facts.folderChain.clear();
    m_facts.folderPermissions.clear();

    return client()->userGroups(m_facts.userId, this,
                                [this, generation](const Result<Page<GroupMember>> &result) {
        if (!stillWanted(generation, result))
            return;
        m_facts.memberships = result.value.records;
        if (m_facts.secretInheritsPermissions)
            readFolder(generation, m_secretFolderId);
        else
            readSecretPermissions(generation);
    });
}

bool EffectiveAccessModel::stillWanted(quint64 generation, const CallResult &result)
{
    if (generation != this->generation())
        return false;
    if (result.ok())
        return true;
    deliverPage(generation, result, 0, 0, false, [] {});
    return false;
}

void EffectiveAccessModel::readSecretPermissions(quint64 generation)
{
    SecretPermissionQuery query;
    query.secretId = m_facts.secretId;
    query.page.allPages = true;
    client()->searchSecretPermissions(
        query, this, [this, generation](const Result<Page<SecretPermission>> &result) {
            if (!stillWanted(generation, result))
                return;
            m_facts.secretPermissions = result.value.records;
            finish(generation, result);
        });
}

void EffectiveAccessModel::readFolder(quint64 generation, int folderId)
{
    client()->folder(folderId, false, this,
                     [this, generation](const Result<Folder> &result) {
        if (!stillWanted(generation, result))
            return;

        const Folder &folder = result.value;
        m_facts.folderChain.append(folder);
        const bool seen = std::any_of(m_facts.folderChain.cbegin(),
                                      m_facts.folderChain.cend() - 1,
                                      [&folder](const Folder &f) { return f.id == folder.id; });
        if (seen || m_facts.folderChain.size() > MaxFolderDepth) {
            CallResult loop;
            loop.status = CallStatus::InvalidReply;
            loop.message = tr("The server reported a folder chain that never ends.");
            deliverPage(generation, loop, 0, 0, false, [] {});
            return;
        }

        if (folder.inheritPermissions && !folder.isRoot())
            readFolder(generation, folder.parentId);
        else
            readFolderPermissions(generation, folder.id);
    });
}

void EffectiveAccessModel::readFolderPermissions(quint64 generation, int folderId)
{
    FolderPermissionQuery query;
    query.folderId = folderId;
    query.page.allPages = true;
    client()->searchFolderPermissions(
        query, this,
        [this, generation, folderId](const Result<Page<FolderPermission>> &result) {
            if (!stillWanted(generation, result))
                return;
            m_facts.folderPermissions.insert(folderId, result.value.records);
            finish(generation, result);
        });
}

void EffectiveAccessModel::finish(quint64 generation, const CallResult &lastCall)
{
    m_access = EffectiveAccess::compute(m_facts);
    const int count = int(m_access.grants.size());
    deliverPage(generation, lastCall, count, count, false,
                [this] { m_grants = m_access.grants; });
    emit resolved(m_access);
}

QVariant EffectiveAccessModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case RoleColumn:
        return tr("Role");
    case ThroughColumn:
        return tr("Granted");
    case SetOnColumn:
        return tr("Set on");
    case PathColumn:
        return tr("Inherited through");
    default:
        return {};
    }
}

QVariant EffectiveAccessModel::recordData(int row, int column, int role) const
{
    const AccessGrant &grant = m_grants.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(grant, column);
    case Qt::ToolTipRole:
    case ExplanationRole:
        return grant.explanation();
    case GrantRoleRole:
        return grant.role;
    case SourceRole:
        return int(grant.source);
    case GroupIdRole:
        return grant.groupId.value_or(-1);
    case FolderIdRole:
        return grant.folderId;
    default:
        return {};
    }
}

QVariant EffectiveAccessModel::displayText(const AccessGrant &grant, int column) const
{
    switch (column) {
    case RoleColumn:
        return grant.role;
    case ThroughColumn:
        return grant.groupId ? tr("Group %1").arg(grant.groupName) : tr("Directly");
    case SetOnColumn:
        return grant.source == AccessGrant::Source::Secret
                   ? tr("This secret")
                   : tr("Folder %1").arg(grant.folderName);
    case PathColumn:
        return grant.inheritancePath.join(QStringLiteral(" → "));
    default:
        return {};
    }
}

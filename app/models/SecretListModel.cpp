#include "models/SecretListModel.h"

#include "secretserver/RestClient.h"

using namespace secretserver;

SecretListModel::SecretListModel(QObject *parent)
    : RemoteListModel(parent)
{
}

void SecretListModel::setFilter(const SecretFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (client())
        reload();
}

const SecretSummary *SecretListModel::secretAt(int row) const
{
    if (row < 0 || row >= m_records.size())
        return nullptr;
    return &m_records.at(row);
}

QString SecretListModel::sortField(int column)
{
    // Server field names of SecretSummary (reference §4.1 sortBy).
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case TemplateColumn:
        return QStringLiteral("secretTemplateName");
    case FolderColumn:
        return QStringLiteral("folderPath");
    case CheckedOutColumn:
        return QStringLiteral("checkedOut");
    case HeartbeatColumn:
        return QStringLiteral("lastHeartBeatStatus");
    default:
        return {};
    }
}

void SecretListModel::sort(int column, Qt::SortOrder order)
{
    if (sortField(column).isEmpty())
        return;
    if (column == m_sortColumn && order == m_sortOrder && status() != Status::Failed)
        return;

    m_sortColumn = column;
    m_sortOrder = order;
    if (client())
        reload();
}

PendingCall *SecretListModel::requestPage(int skip, int take, quint64 generation)
{
    SecretQuery query;
    query.searchText = m_filter.searchText;
    query.searchField = m_filter.searchField;
    query.folderId = m_filter.folderId;
    query.includeSubFolders = m_filter.includeSubFolders;
    query.templateId = m_filter.templateId;
    query.heartbeatStatus = m_filter.heartbeatStatus;
    query.includeInactive = m_filter.includeInactive;
    query.includeRestricted = m_filter.includeRestricted;
    query.page.skip = skip;
    query.page.take = take;
    query.page.sortBy = sortField(m_sortColumn);
    query.page.direction = m_sortOrder == Qt::AscendingOrder ? SortDirection::Ascending
                                                             : SortDirection::Descending;

    return client()->searchSecrets(query, this,
                                   [this, generation](const Result<Page<SecretSummary>> &r) {
                                       deliver(generation, r, m_records);
                                   });
}

QVariant SecretListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case NameColumn:
        return tr("Name");
    case TemplateColumn:
        return tr("Template");
    case FolderColumn:
        return tr("Folder");
    case CheckedOutColumn:
        return tr("Checked out");
    case HeartbeatColumn:
        return tr("Heartbeat");
    case RestrictionsColumn:
        return tr("Restrictions");
    default:
        return {};
    }
}

QVariant SecretListModel::recordData(int row, int column, int role) const
{
    const SecretSummary &secret = m_records.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(secret, column);
    case Qt::ToolTipRole:
        return column == NameColumn ? QVariant(secret.folderPath) : QVariant();
    case SecretIdRole:
        return secret.id;
    case NameRole:
        return secret.name;
    case FolderIdRole:
        return secret.folderId;
    case FolderPathRole:
        return secret.folderPath;
    case TemplateIdRole:
        return secret.templateId;
    case TemplateNameRole:
        return secret.templateName;
    case CheckedOutRole:
        return secret.checkedOut;
    case CheckedOutByRole:
        return secret.checkOutUserName;
    case CheckOutEnabledRole:
        return secret.checkOutEnabled;
    case HeartbeatStatusRole:
        return secret.lastHeartBeatStatus;
    case RestrictedRole:
        return secret.isRestricted;
    case RequiresApprovalRole:
        return secret.requiresApproval;
    case RequiresCommentRole:
        return secret.requiresComment;
    case DoubleLockRole:
        return secret.doubleLockEnabled;
    case HidesLauncherPasswordRole:
        return secret.hidePassword;
    case InheritsPermissionsRole:
        return secret.inheritsPermissions;
    case ActiveRole:
        return secret.active;
    case AutoChangeRole:
        return secret.autoChangeEnabled;
    default:
        return {};
    }
}

QVariant SecretListModel::displayText(const SecretSummary &secret, int column) const
{
    switch (column) {
    case NameColumn:
        return secret.name;
    case TemplateColumn:
        return secret.templateName;
    case FolderColumn:
        return secret.folderPath;
    case CheckedOutColumn:
        if (!secret.checkedOut)
            return tr("No");
        return secret.checkOutUserName.isEmpty()
                   ? tr("Yes")
                   : tr("Yes, by %1").arg(secret.checkOutUserName);
    case HeartbeatColumn:
        return secret.lastHeartBeatStatus;
    case RestrictionsColumn:
        return restrictionsText(secret);
    default:
        return {};
    }
}

QString SecretListModel::restrictionsText(const SecretSummary &secret) const
{
    QStringList flags;
    if (secret.requiresApproval)
        flags << tr("approval");
    if (secret.requiresComment)
        flags << tr("comment");
    if (secret.doubleLockEnabled)
        flags << tr("DoubleLock");
    if (secret.checkOutEnabled)
        flags << tr("check-out");
    if (secret.hidePassword)
        flags << tr("launcher password hidden");
    if (flags.isEmpty() && secret.isRestricted)
        flags << tr("restricted");
    return flags.join(QStringLiteral(", "));
}

QHash<int, QByteArray> SecretListModel::roleNames() const
{
    QHash<int, QByteArray> names = RemoteListModel::roleNames();
    names.insert(SecretIdRole, QByteArrayLiteral("secretId"));
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(FolderIdRole, QByteArrayLiteral("folderId"));
    names.insert(FolderPathRole, QByteArrayLiteral("folderPath"));
    names.insert(TemplateNameRole, QByteArrayLiteral("templateName"));
    names.insert(CheckedOutRole, QByteArrayLiteral("checkedOut"));
    names.insert(HeartbeatStatusRole, QByteArrayLiteral("heartbeatStatus"));
    names.insert(RestrictedRole, QByteArrayLiteral("restricted"));
    return names;
}

#include "models/GroupsModel.h"

#include "secretserver/RestClient.h"

using namespace secretserver;

GroupsModel::GroupsModel(QObject *parent)
    : RemoteListModel(parent)
{
}

void GroupsModel::setSearch(const QString &searchText, bool includeInactive)
{
    if (searchText == m_query.searchText && includeInactive == m_query.includeInactive)
        return;
    m_query.searchText = searchText;
    m_query.includeInactive = includeInactive;
    if (client())
        reload();
}

const Group *GroupsModel::groupAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

PendingCall *GroupsModel::requestPage(int skip, int take, quint64 generation)
{
    GroupQuery query = m_query;
    query.page.skip = skip;
    query.page.take = take;
    return client()->searchGroups(query, this,
                                  [this, generation](const Result<Page<Group>> &result) {
                                      deliver(generation, result, m_records);
                                  });
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case NameColumn:
        return tr("Group");
    case DomainColumn:
        return tr("Domain");
    case MembersColumn:
        return tr("Members");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QVariant GroupsModel::recordData(int row, int column, int role) const
{
    const Group &group = m_records.at(row);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return group.name;
        case DomainColumn:
            return group.domainName;
        case MembersColumn:
            return group.memberCount;
        case StateColumn:
            return group.enabled ? tr("Active") : tr("Disabled");
        default:
            return {};
        }
    }

    switch (role) {
    case GroupIdRole:
        return group.id;
    case NameRole:
        return group.name;
    case DomainRole:
        return group.domainName;
    case MemberCountRole:
        return group.memberCount;
    case EnabledRole:
        return group.enabled;
    default:
        return {};
    }
}

#include "models/UsersModel.h"

#include "secretserver/RestClient.h"

#include <QLocale>

using namespace secretserver;

UsersModel::UsersModel(QObject *parent)
    : RemoteListModel(parent)
{
}

void UsersModel::setSearch(const QString &searchText, bool includeInactive)
{
    if (searchText == m_query.searchText && includeInactive == m_query.includeInactive)
        return;
    m_query.searchText = searchText;
    m_query.includeInactive = includeInactive;
    if (client())
        reload();
}

const User *UsersModel::userAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

PendingCall *UsersModel::requestPage(int skip, int take, quint64 generation)
{
    UserQuery query = m_query;
    query.page.skip = skip;
    query.page.take = take;
    return client()->searchUsers(query, this,
                                 [this, generation](const Result<Page<User>> &result) {
                                     deliver(generation, result, m_records);
                                 });
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case UserNameColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Display name");
    case DomainColumn:
        return tr("Domain");
    case StateColumn:
        return tr("State");
    case ApplicationAccountColumn:
        return tr("Application account");
    case LastLoginColumn:
        return tr("Last login");
    default:
        return {};
    }
}

QVariant UsersModel::recordData(int row, int column, int role) const
{
    const User &user = m_records.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(user, column);
    case UserIdRole:
        return user.id;
    case UserNameRole:
        return user.userName;
    case DisplayNameRole:
        return user.displayName;
    case DomainRole:
        return user.domainName;
    case EnabledRole:
        return user.enabled;
    case LockedOutRole:
        return user.isLockedOut;
    case ApplicationAccountRole:
        return user.isApplicationAccount;
    case LastLoginRole:
        return user.lastLogin;
    default:
        return {};
    }
}

QVariant UsersModel::displayText(const User &user, int column) const
{
    switch (column) {
    case UserNameColumn:
        return user.userName;
    case DisplayNameColumn:
        return user.displayName;
    case DomainColumn:
        return user.domainName;
    case StateColumn:
        if (user.isLockedOut)
            return tr("Locked out");
        return user.enabled ? tr("Active") : tr("Disabled");
    case ApplicationAccountColumn:
        return user.isApplicationAccount ? tr("Yes") : tr("No");
    case LastLoginColumn:
        return user.lastLogin.isValid()
                   ? QLocale().toString(user.lastLogin.toLocalTime(), QLocale::ShortFormat)
                   : tr("Never");
    default:
        return {};
    }
}

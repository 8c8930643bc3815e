#include "qualys/AuthVaultModel.h"

#include "qualys/QualysClient.h"

namespace qualys {

AuthVaultModel::AuthVaultModel(QObject *parent) : QAbstractTableModel(parent) { }

void AuthVaultModel::setClient(QualysClient *client)
{
    m_client = client;
    ++m_generation; // answers to an earlier client are dropped
    beginResetModel();
    m_vaults.clear();
    endResetModel();
}

void AuthVaultModel::reload()
{
    if (!m_client)
        return;
    m_loading = true;
    const quint64 generation = ++m_generation;
    m_client->listVaults(this, [this, generation](const QualysReply<QList<AuthVault>> &reply) {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_error = reply.ok() ? QString() : reply.message;
        if (reply.ok()) {
            beginResetModel();
            m_vaults = reply.value;
            endResetModel();
        }
        emit loaded(reply.ok(), reply.message);
    });
}

std::optional<AuthVault> AuthVaultModel::vault(int row) const
{
    if (row < 0 || row >= m_vaults.size())
        return std::nullopt;
    return m_vaults.at(row);
}

int AuthVaultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vaults.size());
}

int AuthVaultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthVaultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuthVault &vault = m_vaults.at(index.row());
    if (role == VaultIdRole)
        return vault.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return vault.title;
    case TypeColumn:
        return vault.type;
    case IdColumn:
        return vault.id;
    case ModifiedColumn:
        return vault.lastModified;
    default:
        return {};
    }
}

QVariant AuthVaultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case TypeColumn:
        return tr("Vault type");
    case IdColumn:
        return tr("ID");
    case ModifiedColumn:
        return tr("Last modified");
    default:
        return {};
    }
}

} // namespace qualys

#include "qualys/QualysTenant.h"

namespace sandbox {

bool AuthRecord::sameContent(const AuthRecord &other) const
{
    return type == other.type && title == other.title && username == other.username
            && password == other.password && comments == other.comments && ips == other.ips
            && loginType == other.loginType && vaultId == other.vaultId
            && vaultType == other.vaultType && secretName == other.secretName
            && settings == other.settings;
}

const QualysUser *QualysTenant::user(const QString &login) const
{
    for (const QualysUser &candidate : m_users) {
        if (candidate.login == login)
            return &candidate;
    }
    return nullptr;
}

void QualysTenant::addUser(const QualysUser &user)
{
    m_users.append(user);
}

const AuthVault *QualysTenant::vault(int id) const
{
    const auto it = m_vaults.find(id);
    return it == m_vaults.end() ? nullptr : &it->second;
}

const AuthVault *QualysTenant::vaultByTitle(const QString &title) const
{
    for (const auto &[id, vault] : m_vaults) {
        if (vault.title == title)
            return &vault;
    }
    return nullptr;
}

int QualysTenant::addVault(AuthVault vault)
{
    vault.id = m_nextVaultId++;
    m_vaults[vault.id] = vault;
    return vault.id;
}

void QualysTenant::replaceVault(const AuthVault &vault)
{
    m_vaults[vault.id] = vault;
}

void QualysTenant::removeVault(int id)
{
    m_vaults.erase(id);
}

QList<int> QualysTenant::recordsUsingVault(int id) const
{
    QList<int> ids;
    for (const auto &[recordId, record] : m_records) {
        if (record.loginType == QLatin1String("vault") && record.vaultId == id)
            ids.append(recordId);
    }
    return ids;
}

const AuthRecord *QualysTenant::record(int id) const
{
    const auto it = m_records.find(id);
    return it == m_records.end() ? nullptr : &it->second;
}

const AuthRecord *QualysTenant::recordByTitle(const QString &type, const QString &title) const
{
    for (const auto &[id, record] : m_records) {
        if (record.type == type && record.title == title)
            return &record;
    }
    return nullptr;
}

int QualysTenant::addRecord(AuthRecord record)
{
    record.id = m_nextRecordId++;
    m_records[record.id] = record;
    return record.id;
}

void QualysTenant::replaceRecord(const AuthRecord &record)
{
    m_records[record.id] = record;
}

void QualysTenant::removeRecord(int id)
{
    m_records.erase(id);
}

} // namespace sandbox

#pragma once

#include "qualys/RangeSet.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <map>
#include <optional>

namespace sandbox {

struct QualysUser
{
    QString login;
    QString password; // sandbox data only
    QString role; // Manager, Unit Manager, Scanner, Reader
};

// An authentication vault (reference §2). The password is kept for the sandbox's own use
// and never written to a reply.
struct AuthVault
{
    int id = 0;
    QString title;
    QString type; // e.g. "Thycotic Secret Server"
    QString url;
    QString username;
    QString password;
    QString domain;
    QString comments;
    QDateTime lastModified;
    QString lastModifiedBy;
};

// An authentication record of one technology (reference §3): common fields, the vault
// selection and the type's own parameters (windows_domain, port, sid...) by parameter name.
struct AuthRecord
{
    int id = 0;
    QString type; // the path segment: windows, unix, oracle, oracle_listener, ms_sql, ibm_db2
    QString title;
    QString username;
    QString password; // empty with login_type=vault; never written to a reply
    QString comments;
    RangeSet ips;
    QString loginType = QStringLiteral("basic");
    int vaultId = 0;
    QString vaultType;
    QString secretName;
    QMap<QString, QString> settings;
    QDateTime created;
    QString createdBy;
    QDateTime lastModified;
    QString lastModifiedBy;

    // Same user-visible content; ID and timestamps aside (for "nothing to change").
    bool sameContent(const AuthRecord &other) const;
};

// The sandbox's Qualys subscription: users, vaults and authentication records, in memory,
// loadable from and savable to JSON. Callers validate; the tenant only stores.
class QualysTenant
{
public:
    // The built-in example subscription (see QualysExample.cpp).
    static QualysTenant example();
    // Empty optional, with the reason in error, when json is not a valid tenant.
    static std::optional<QualysTenant> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;

    const QList<QualysUser> &users() const { return m_users; }
    const QualysUser *user(const QString &login) const;
    void addUser(const QualysUser &user);

    const std::map<int, AuthVault> &vaults() const { return m_vaults; }
    const AuthVault *vault(int id) const;
    const AuthVault *vaultByTitle(const QString &title) const;
    int addVault(AuthVault vault);
    void replaceVault(const AuthVault &vault);
    void removeVault(int id);
    QList<int> recordsUsingVault(int id) const;

    const std::map<int, AuthRecord> &records() const { return m_records; }
    const AuthRecord *record(int id) const;
    const AuthRecord *recordByTitle(const QString &type, const QString &title) const;
    int addRecord(AuthRecord record);
    void replaceRecord(const AuthRecord &record);
    void removeRecord(int id);

private:
    QList<QualysUser> m_users;
    std::map<int, AuthVault> m_vaults;
    std::map<int, AuthRecord> m_records;
    int m_nextVaultId = 1;
    int m_nextRecordId = 1;
};

} // namespace sandbox

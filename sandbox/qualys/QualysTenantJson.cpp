#include "qualys/QualysTenant.h"

#include <QJsonArray>

namespace sandbox {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject &object, const char *key)
{
    const QDateTime parsed = QDateTime::fromString(text(object, key), Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime::currentDateTimeUtc();
}

QString timeText(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODate);
}

std::optional<AuthVault> vaultFromJson(const QJsonObject &json)
{
    AuthVault vault;
    vault.id = json.value(QLatin1String("id")).toInt();
    vault.title = text(json, "title");
    vault.type = text(json, "type");
    vault.url = text(json, "url");
    vault.username = text(json, "username");
    vault.password = text(json, "password");
    vault.domain = text(json, "domain");
    vault.comments = text(json, "comments");
    vault.lastModified = time(json, "lastModified");
    vault.lastModifiedBy = text(json, "lastModifiedBy");
    if (vault.id <= 0 || vault.title.isEmpty() || vault.type.isEmpty())
        return std::nullopt;
    return vault;
}

QJsonObject vaultToJson(const AuthVault &vault)
{
    return { { QLatin1String("id"), vault.id },
             { QLatin1String("title"), vault.title },
             { QLatin1String("type"), vault.type },
             { QLatin1String("url"), vault.url },
             { QLatin1String("username"), vault.username },
             { QLatin1String("password"), vault.password },
             { QLatin1String("domain"), vault.domain },
             { QLatin1String("comments"), vault.comments },
             { QLatin1String("lastModified"), timeText(vault.lastModified) },
             { QLatin1String("lastModifiedBy"), vault.lastModifiedBy } };
}

std::optional<AuthRecord> recordFromJson(const QJsonObject &json)
{
    AuthRecord record;
    record.id = json.value(QLatin1String("id")).toInt();
    record.type = text(json, "type");
    record.title = text(json, "title");
    record.username = text(json, "username");
    record.password = text(json, "password");
    record.comments = text(json, "comments");
    record.loginType = text(json, "loginType");
    record.vaultId = json.value(QLatin1String("vaultId")).toInt();
    record.vaultType = text(json, "vaultType");
    record.secretName = text(json, "secretName");
    const QJsonObject settings = json.value(QLatin1String("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        record.settings.insert(it.key(), it.value().toString());
    record.created = time(json, "created");
    record.createdBy = text(json, "createdBy");
    record.lastModified = time(json, "lastModified");
    record.lastModifiedBy = text(json, "lastModifiedBy");

    const std::optional<RangeSet> ips = RangeSet::parseIps(text(json, "ips"));
    if (record.id <= 0 || record.type.isEmpty() || record.title.isEmpty() || !ips)
        return std::nullopt;
    if (record.loginType != QLatin1String("vault"))
        record.loginType = QStringLiteral("basic");
    record.ips = *ips;
    return record;
}

QJsonObject recordToJson(const AuthRecord &record)
{
    QJsonObject settings;
    for (auto it = record.settings.cbegin(); it != record.settings.cend(); ++it)
        settings.insert(it.key(), it.value());
    return { { QLatin1String("id"), record.id },
             { QLatin1String("type"), record.type },
             { QLatin1String("title"), record.title },
             { QLatin1String("username"), record.username },
             { QLatin1String("password"), record.password },
             { QLatin1String("comments"), record.comments },
             { QLatin1String("ips"), record.ips.toIpText() },
             { QLatin1String("loginType"), record.loginType },
             { QLatin1String("vaultId"), record.vaultId },
             { QLatin1String("vaultType"), record.vaultType },
             { QLatin1String("secretName"), record.secretName },
             { QLatin1String("settings"), settings },
             { QLatin1String("created"), timeText(record.created) },
             { QLatin1String("createdBy"), record.createdBy },
             { QLatin1String("lastModified"), timeText(record.lastModified) },
             { QLatin1String("lastModifiedBy"), record.lastModifiedBy } };
}

} // namespace

std::optional<QualysTenant> QualysTenant::fromJson(const QJsonObject &json, QString *error)
{
    QualysTenant tenant;
    const QJsonArray users = json.value(QLatin1String("users")).toArray();
    for (const QJsonValue &value : users) {
        const QJsonObject object = value.toObject();
        QualysUser user { text(object, "login"), text(object, "password"), text(object, "role") };
        if (user.login.isEmpty() || user.password.isEmpty()) {
            *error = QStringLiteral("a Qualys user needs login and password");
            return std::nullopt;
        }
        tenant.m_users.append(user);
    }

    const QJsonArray vaults = json.value(QLatin1String("vaults")).toArray();
    for (const QJsonValue &value : vaults) {
        const std::optional<AuthVault> vault = vaultFromJson(value.toObject());
        if (!vault || tenant.m_vaults.count(vault->id) > 0) {
            *error = QStringLiteral("a vault needs a unique positive id, title and type");
            return std::nullopt;
        }
        tenant.m_vaults[vault->id] = *vault;
        tenant.m_nextVaultId = std::max(tenant.m_nextVaultId, vault->id + 1);
    }

    const QJsonArray records = json.value(QLatin1String("records")).toArray();
    for (const QJsonValue &value : records) {
        const std::optional<AuthRecord> record = recordFromJson(value.toObject());
        if (!record || tenant.m_records.count(record->id) > 0) {
            *error = QStringLiteral("a record needs a unique positive id, type, title and ips");
            return std::nullopt;
        }
        tenant.m_records[record->id] = *record;
        tenant.m_nextRecordId = std::max(tenant.m_nextRecordId, record->id + 1);
    }

    // Saved counters keep deleted IDs from being handed out again after a restart.
    tenant.m_nextVaultId
            = std::max(tenant.m_nextVaultId, json.value(QLatin1String("nextVaultId")).toInt());
    tenant.m_nextRecordId
            = std::max(tenant.m_nextRecordId, json.value(QLatin1String("nextRecordId")).toInt());
    return tenant;
}

QJsonObject QualysTenant::toJson() const
{
    QJsonArray users;
    for (const QualysUser &user : m_users) {
        users.append(QJsonObject { { QLatin1String("login"), user.login },
                                   { QLatin1String("password"), user.password },
                                   { QLatin1String("role"), user.role } });
    }
    QJsonArray vaults;
    for (const auto &[id, vault] : m_vaults)
        vaults.append(vaultToJson(vault));
    QJsonArray records;
    for (const auto &[id, record] : m_records)
        records.append(recordToJson(record));
    return { { QLatin1String("users"), users },
             { QLatin1String("vaults"), vaults },
             { QLatin1String("records"), records },
             { QLatin1String("nextVaultId"), m_nextVaultId },
             { QLatin1String("nextRecordId"), m_nextRecordId } };
}

} // namespace sandbox

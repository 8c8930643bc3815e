#include "qualys/AuthRecordApi.h"
#include "qualys/AuthRecordType.h"
#include "qualys/QualysCall.h"
#include "qualys/QualysTenant.h"
#include "qualys/VaultApi.h"

namespace sandbox {

using qualys::ErrorCode;

namespace {

constexpr int UsernameMinLength = 1;
constexpr int SecretNameMaxLength = 255; // [U] Secret Server names are up to 256 characters

const QString Basic = QStringLiteral("basic");
const QString Vault = QStringLiteral("vault");

const QStringList VaultNames { QStringLiteral("vault_id"), QStringLiteral("vault_type"),
                               qualys::SecretNameParameter };

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QStringList AuthRecordApi::writeNames(const AuthRecordType &type, bool updating) const
{
    QStringList names { QStringLiteral("action"),    QStringLiteral("echo_request"),
                        QStringLiteral("title"),     QStringLiteral("comments"),
                        QStringLiteral("ips"),       QStringLiteral("username"),
                        QStringLiteral("password"),  QStringLiteral("login_type"),
                        QStringLiteral("network_id") };
    names += VaultNames;
    names += type.fieldNames();
    if (updating) {
        names += { QStringLiteral("ids"), QStringLiteral("add_ips"), QStringLiteral("remove_ips") };
    }
    return names;
}

std::optional<HttpReply> AuthRecordApi::checkValues(const QualysCall &call,
                                                    const AuthRecordType &type) const
{
    const QList<QStringList> groups
            = QList<QStringList> { { QStringLiteral("password"), QStringLiteral("vault_id") },
                                   { QStringLiteral("ips"), QStringLiteral("add_ips") },
                                   { QStringLiteral("ips"), QStringLiteral("remove_ips") } }
            + type.exclusive;
    for (const QStringList &group : groups) {
        if (const auto error = call.checkExclusive(group))
            return error;
    }

    const QString title = call.value(QStringLiteral("title"));
    if (call.has(QStringLiteral("title"))
        && (title.isEmpty() || title.size() > qualys::TitleMaxLength || !isAscii(title)))
        return call.invalid(QStringLiteral("title"));
    if (call.value(QStringLiteral("comments")).size() > qualys::CommentsMaxLength)
        return call.invalid(QStringLiteral("comments"));

    const qsizetype username = call.value(QStringLiteral("username")).size();
    if (call.has(QStringLiteral("username"))
        && (username < UsernameMinLength || username > type.usernameMaxLength))
        return call.invalid(QStringLiteral("username"),
                            QStringLiteral("%1 to %2 characters")
                                    .arg(UsernameMinLength)
                                    .arg(type.usernameMaxLength));
    if (call.value(QStringLiteral("password")).size() > type.passwordMaxLength)
        return call.invalid(QStringLiteral("password"),
                            QStringLiteral("at most %1 characters").arg(type.passwordMaxLength));

    for (const QString &name :
         { QStringLiteral("ips"), QStringLiteral("add_ips"), QStringLiteral("remove_ips") }) {
        if (call.has(name) && !RangeSet::parseIps(call.value(name)))
            return call.invalid(name);
    }

    const QString loginType = call.value(QStringLiteral("login_type"));
    if (call.has(QStringLiteral("login_type")) && loginType != Basic && loginType != Vault)
        return call.invalid(QStringLiteral("login_type"));
    HttpReply error;
    if (call.has(QStringLiteral("vault_id"))
        && !call.positiveId(QStringLiteral("vault_id"), &error))
        return error;
    if (call.has(QStringLiteral("vault_type"))
        && !VaultApi::isKnownType(call.value(QStringLiteral("vault_type"))))
        return call.invalid(QStringLiteral("vault_type"));
    if (call.value(qualys::SecretNameParameter).size() > SecretNameMaxLength)
        return call.invalid(qualys::SecretNameParameter);

    for (const AuthRecordType::Field &field : type.fields) {
        if (call.has(field.name) && !call.value(field.name).isEmpty()
            && !AuthRecordType::acceptsValue(field, call.value(field.name)))
            return call.invalid(field.name);
    }
    return std::nullopt;
}

std::optional<HttpReply> AuthRecordApi::apply(const QualysCall &call, const AuthRecordType &type,
                                              AuthRecord &record) const
{
    const auto take = [&call](const QString &name, QString &field) {
        if (call.has(name))
            field = call.value(name);
    };
    take(QStringLiteral("title"), record.title);
    take(QStringLiteral("comments"), record.comments);
    take(QStringLiteral("username"), record.username);
    take(QStringLiteral("login_type"), record.loginType);

    // §3.2: vault settings only make sense with login_type=vault, and a vault record takes no
    // password of its own.
    const QStringList vaultGiven = call.parameters().presentOf(VaultNames);
    if (record.loginType == Basic && !vaultGiven.isEmpty())
        return call.unsupportedCombination(
                { QStringLiteral("login_type=basic"), vaultGiven.first() });
    if (record.loginType == Vault && call.has(QStringLiteral("password")))
        return call.fail(ErrorCode::OnlyOneOf,
                         QStringLiteral("Please specify only one of these parameters: password, "
                                        "vault_id"));

    if (record.loginType == Basic) {
        take(QStringLiteral("password"), record.password);
        record.vaultId = 0;
        record.vaultType.clear();
        record.secretName.clear();
    } else {
        record.password.clear();
        if (call.has(QStringLiteral("vault_id")))
            record.vaultId = call.value(QStringLiteral("vault_id")).toInt();
        take(QStringLiteral("vault_type"), record.vaultType);
        take(qualys::SecretNameParameter, record.secretName);
    }

    if (call.has(QStringLiteral("ips")))
        record.ips = *RangeSet::parseIps(call.value(QStringLiteral("ips")));
    if (call.has(QStringLiteral("add_ips")))
        record.ips.add(*RangeSet::parseIps(call.value(QStringLiteral("add_ips"))));
    if (call.has(QStringLiteral("remove_ips")))
        record.ips.remove(*RangeSet::parseIps(call.value(QStringLiteral("remove_ips"))));

    for (const QString &name : type.fieldNames()) {
        if (!call.has(name))
            continue;
        if (call.value(name).isEmpty())
            record.settings.remove(name);
        else
            record.settings.insert(name, call.value(name));
    }
    return std::nullopt;
}

std::optional<HttpReply> AuthRecordApi::checkRecord(const QualysCall &call,
                                                    const AuthRecordType &type,
                                                    const AuthRecord &record,
                                                    const std::map<int, AuthRecord> &pending) const
{
    QStringList missing;
    if (record.title.isEmpty())
        missing.append(QStringLiteral("title"));
    if (type.usernameRequired && record.username.isEmpty())
        missing.append(QStringLiteral("username"));
    if (record.ips.isEmpty())
        missing.append(QStringLiteral("ips"));
    for (const QString &name : type.requiredOnCreate) {
        if (!record.settings.contains(name))
            missing.append(name);
    }
    if (record.loginType == Basic && record.password.isEmpty())
        missing.append(QStringLiteral("password"));
    if (record.loginType == Vault) {
        if (record.vaultId == 0)
            missing.append(QStringLiteral("vault_id"));
        if (record.vaultType.isEmpty())
            missing.append(QStringLiteral("vault_type"));
        if (record.vaultType == qualys::ThycoticVaultType && record.secretName.isEmpty())
            missing.append(qualys::SecretNameParameter);
    }
    if (!missing.isEmpty())
        return call.fail(ErrorCode::MissingParameter,
                         QStringLiteral("Missing required parameter(s): ")
                                 + missing.join(QLatin1String(", ")));

    if (record.loginType == Vault) {
        const AuthVault *vault = m_tenant.vault(record.vaultId);
        if (!vault)
            return call.fail(qualys::UnknownIdCode,
                             QStringLiteral("parameter vault_id has invalid value: %1 (no such "
                                            "vault)")
                                     .arg(record.vaultId));
        if (vault->type != record.vaultType)
            return call.unsupportedCombination(
                    { QStringLiteral("vault_id=%1").arg(record.vaultId),
                      QStringLiteral("vault_type=%1").arg(record.vaultType) });
    }

    const QString instance = type.instanceOf(record);
    for (const auto &[id, stored] : m_tenant.records()) {
        const auto update = pending.find(id);
        const AuthRecord &other = update == pending.end() ? stored : update->second;
        if (id == record.id || other.type != type.key)
            continue;
        if (other.title == record.title)
            return call.fail(qualys::DuplicateTitleCode,
                             QStringLiteral("An authentication record with title %1 already "
                                            "exists (id %2)")
                                     .arg(record.title)
                                     .arg(id));
        const RangeSet shared = other.ips.intersected(record.ips);
        if (!shared.isEmpty() && type.instanceOf(other) == instance)
            return call.fail(qualys::IpOverlapCode,
                             QStringLiteral("IPs %1 are already in %2 authentication record "
                                            "id %3")
                                     .arg(shared.toIpText().left(200), type.element)
                                     .arg(id));
    }
    return std::nullopt;
}

} // namespace sandbox

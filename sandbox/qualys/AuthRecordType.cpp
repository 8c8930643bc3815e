#include "qualys/AuthRecordType.h"

#include "qualys/QualysTenant.h"

namespace sandbox {

namespace {

using Field = AuthRecordType::Field;
using Kind = AuthRecordType::FieldKind;

Field text(const char *name, int maxLength = 255)
{
    return { QLatin1String(name), Kind::Text, maxLength, {} };
}

Field flag(const char *name)
{
    return { QLatin1String(name), Kind::Flag, 1, {} };
}

Field port()
{
    return { QStringLiteral("port"), Kind::Port, 5, {} };
}

Field choice(const char *name, const QStringList &choices)
{
    return { QLatin1String(name), Kind::Choice, 64, choices };
}

// Lengths marked [C] come from the record type pages (§3.3); other limits are the sandbox's
// guess at a sane bound and are [U].
QList<AuthRecordType> makeTypes()
{
    AuthRecordType windows;
    windows.key = QStringLiteral("windows");
    windows.element = QStringLiteral("WINDOWS");
    windows.usernameMaxLength = 31; // [C] Q-WIN
    windows.fields = { text("windows_domain"),
                       text("windows_ad_domain"),
                       flag("ntlm"),
                       flag("kerberos"),
                       flag("ntlmv2"),
                       flag("require_smb_signing"),
                       flag("use_agentless_tracking") };
    windows.exclusive
            = { { QStringLiteral("windows_domain"), QStringLiteral("windows_ad_domain") } };

    AuthRecordType unix;
    unix.key = QStringLiteral("unix");
    unix.element = QStringLiteral("UNIX");
    unix.usernameMaxLength = 255; // [C] Q-UNIX
    unix.fields = { port(),
                    choice("sub_type",
                           { QStringLiteral("cisco"), QStringLiteral("checkpoint_firewall") }),
                    flag("cleartext_password"), flag("skip_password") };
    unix.instanceFields = { QStringLiteral("sub_type") };

    AuthRecordType oracle;
    oracle.key = QStringLiteral("oracle");
    oracle.element = QStringLiteral("ORACLE");
    oracle.usernameMaxLength = 128; // [U]
    oracle.fields = { text("sid"), text("servicename"), port(), flag("pc_only"), flag("is_cdb") };
    oracle.exclusive = { { QStringLiteral("sid"), QStringLiteral("servicename") } };
    oracle.instanceFields
            = { QStringLiteral("port"), QStringLiteral("sid"), QStringLiteral("servicename") };

    // §3.3: the Oracle Listener parameter set is [U]; a password (or vault) and a port.
    AuthRecordType listener;
    listener.key = QStringLiteral("oracle_listener");
    listener.element = QStringLiteral("ORACLE_LISTENER");
    listener.usernameRequired = false;
    listener.usernameMaxLength = 128;
    listener.fields = { port() };
    listener.instanceFields = { QStringLiteral("port") };

    AuthRecordType msSql;
    msSql.key = QStringLiteral("ms_sql");
    msSql.element = QStringLiteral("MS_SQL");
    msSql.usernameMaxLength = 128; // [C] Q-MSSQL
    msSql.passwordMaxLength = 128; // [C] Q-MSSQL
    msSql.fields
            = { flag("db_local"),
                text("windows_domain"),
                text("instance"),
                text("database"),
                port(),
                choice("auth_os_type", { QStringLiteral("unix"), QStringLiteral("windows") }) };
    msSql.instanceFields = { QStringLiteral("instance"), QStringLiteral("port") };

    AuthRecordType db2;
    db2.key = QStringLiteral("ibm_db2");
    db2.element = QStringLiteral("IBM_DB2");
    db2.usernameMaxLength = 13; // [C] Q-DB2
    db2.fields = { text("database", 8), port(), flag("pc_only") };
    db2.requiredOnCreate = { QStringLiteral("database"), QStringLiteral("port") };
    // VM instance = IP + port; PC-only records add the database [C] DB2 UI help.
    db2.instanceFields = { QStringLiteral("port"), QStringLiteral("pc_only") };

    return { windows, unix, oracle, listener, msSql, db2 };
}

} // namespace

const AuthRecordType::Field *AuthRecordType::field(const QString &name) const
{
    for (const Field &candidate : fields) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QStringList AuthRecordType::fieldNames() const
{
    QStringList names;
    for (const Field &candidate : fields)
        names.append(candidate.name);
    return names;
}

QString AuthRecordType::instanceOf(const AuthRecord &record) const
{
    QStringList parts;
    for (const QString &name : instanceFields)
        parts.append(record.settings.value(name));
    if (key == QLatin1String("ibm_db2")
        && record.settings.value(QStringLiteral("pc_only")) == QLatin1String("1"))
        parts.append(record.settings.value(QStringLiteral("database")));
    return parts.join(u'|');
}

bool AuthRecordType::acceptsValue(const Field &field, const QString &value)
{
    switch (field.kind) {
    case FieldKind::Flag:
        return value == QLatin1String("0") || value == QLatin1String("1");
    case FieldKind::Port: {
        bool ok = false;
        const int number = value.toInt(&ok);
        return ok && number >= 1 && number <= 65535;
    }
    case FieldKind::Choice:
        return field.choices.contains(value);
    case FieldKind::Text:
        return value.size() <= field.maxLength;
    }
    return false;
}

const QList<AuthRecordType> &AuthRecordType::all()
{
    static const QList<AuthRecordType> types = makeTypes();
    return types;
}

const AuthRecordType *AuthRecordType::find(const QString &key)
{
    for (const AuthRecordType &type : all()) {
        if (type.key == key)
            return &type;
    }
    return nullptr;
}

} // namespace sandbox

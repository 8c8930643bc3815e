#include "qualys/AuthRecord.h"

#include <QHostAddress>
#include <QUrl>

namespace qualys {

namespace {

RecordField text(const char *name, const QString &label, int maxLength = 255)
{
    return { QLatin1String(name), label, maxLength, false, false, false };
}

RecordField port(const QString &label, bool required = false)
{
    return { QStringLiteral("port"), label, 5, true, false, required };
}

RecordField flag(const char *name, const QString &label)
{
    return { QLatin1String(name), label, 1, false, true, false };
}

// §3.3. Lengths: Windows 31, Unix 255, MS SQL 128, DB2 user 13 and database 8 are [C]; the
// Oracle and Oracle Listener limits (128) and the Listener's optional user name are [U].
QList<AuthRecordTypeInfo> makeTypes()
{
    using Info = AuthRecordTypeInfo;
    Info windows { AuthRecordType::Windows,
                   QStringLiteral("windows"),
                   QStringLiteral("WINDOWS"),
                   Info::tr("Windows"),
                   true,
                   31,
                   {} };
    windows.fields = { text("windows_domain", Info::tr("NetBIOS domain")),
                       text("windows_ad_domain", Info::tr("Active Directory domain")) };

    Info unix { AuthRecordType::Unix,
                QStringLiteral("unix"),
                QStringLiteral("UNIX"),
                Info::tr("Unix"),
                true,
                255,
                {} };
    unix.fields = { port(Info::tr("Port")) };

    Info oracle { AuthRecordType::Oracle,
                  QStringLiteral("oracle"),
                  QStringLiteral("ORACLE"),
                  Info::tr("Oracle"),
                  true,
                  128,
                  {} };
    oracle.fields = { text("sid", Info::tr("SID")), text("servicename", Info::tr("Service name")),
                      port(Info::tr("Port")) };

    Info listener { AuthRecordType::OracleListener,
                    QStringLiteral("oracle_listener"),
                    QStringLiteral("ORACLE_LISTENER"),
                    Info::tr("Oracle Listener"),
                    false,
                    128,
                    {} };
    listener.fields = { port(Info::tr("Port")) };

    Info msSql { AuthRecordType::MsSql,
                 QStringLiteral("ms_sql"),
                 QStringLiteral("MS_SQL"),
                 Info::tr("MS SQL"),
                 true,
                 128,
                 {} };
    msSql.fields = { flag("db_local", Info::tr("Database account")),
                     text("windows_domain", Info::tr("Windows domain")),
                     text("instance", Info::tr("Instance")), text("database", Info::tr("Database")),
                     port(Info::tr("Port")) };

    Info db2 { AuthRecordType::IbmDb2,
               QStringLiteral("ibm_db2"),
               QStringLiteral("IBM_DB2"),
               Info::tr("IBM DB2"),
               true,
               13,
               {} };
    RecordField database = text("database", Info::tr("Database"), 8);
    database.requiredOnCreate = true;
    db2.fields = { database, port(Info::tr("Port"), true) };

    return { windows, unix, oracle, listener, msSql, db2 };
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

// One IP, a range a-b, or a comma-separated list of those.
bool looksLikeIps(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (const QString &part : parts) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        if (ends.size() > 2)
            return false;
        for (const QString &end : ends) {
            QHostAddress address;
            if (!address.setAddress(end.trimmed()))
                return false;
        }
    }
    return true;
}

} // namespace

const QList<AuthRecordTypeInfo> &AuthRecordTypeInfo::all()
{
    static const QList<AuthRecordTypeInfo> types = makeTypes();
    return types;
}

const AuthRecordTypeInfo &AuthRecordTypeInfo::of(AuthRecordType type)
{
    for (const AuthRecordTypeInfo &info : all()) {
        if (info.type == type)
            return info;
    }
    return all().first();
}

const AuthRecordTypeInfo *AuthRecordTypeInfo::byKey(const QString &key)
{
    for (const AuthRecordTypeInfo &info : all()) {
        if (info.key == key)
            return &info;
    }
    return nullptr;
}

const AuthRecordTypeInfo *AuthRecordTypeInfo::byElement(const QString &element)
{
    for (const AuthRecordTypeInfo &info : all()) {
        if (info.element == element)
            return &info;
    }
    return nullptr;
}

QStringList checkRecordForm(const RecordForm &form, bool creating)
{
    using Info = AuthRecordTypeInfo;
    const Info &info = Info::of(form.type);
    QStringList problems;

    if ((creating || !form.title.isEmpty())
        && (form.title.trimmed().isEmpty() || form.title.size() > TitleMaxLength
            || !isAscii(form.title)))
        problems << Info::tr("The title must be 1 to %1 plain ASCII characters.")
                            .arg(TitleMaxLength);
    if (form.comments.size() > CommentsMaxLength)
        problems << Info::tr("Comments may have at most %1 characters.").arg(CommentsMaxLength);
    if ((creating || !form.ips.isEmpty()) && !looksLikeIps(form.ips))
        problems << Info::tr("Enter the target IPs as addresses or ranges separated by commas, "
                             "e.g. 10.0.0.5, 10.0.1.1-10.0.1.20.");
    const bool needsUser = info.usernameRequired && creating;
    if ((needsUser || !form.username.isEmpty())
        && (form.username.isEmpty() || form.username.size() > info.usernameMaxLength
            || !isAscii(form.username)))
        problems << Info::tr("The %1 user name must be 1 to %2 ASCII characters.")
                            .arg(info.label)
                            .arg(info.usernameMaxLength);
    if (!form.password.isEmpty() && form.vaultId > 0)
        problems << Info::tr("A record takes its password either from a vault or typed in, "
                             "not both.");
    if (form.password.isEmpty() && creating) {
        if (form.vaultId <= 0)
            problems << Info::tr("Choose the vault the scanner gets the password from.");
        if (form.secretName.trimmed().isEmpty())
            problems << Info::tr("Enter the exact name of the secret in Secret Server.");
    }
    if (form.secretName.size() > 255)
        problems << Info::tr("The secret name may have at most 255 characters.");

    for (const RecordField &field : info.fields) {
        const QString value = form.settings.value(field.name);
        if (value.isEmpty()) {
            if (creating && field.requiredOnCreate)
                problems << Info::tr("%1 is required for %2 records.").arg(field.label, info.label);
            continue;
        }
        if (field.port) {
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok || number < 1 || number > 65535)
                problems << Info::tr("%1 must be a port number from 1 to 65535.").arg(field.label);
        } else if (field.flag) {
            if (value != QLatin1String("0") && value != QLatin1String("1"))
                problems << Info::tr("%1 must be on or off.").arg(field.label);
        } else if (value.size() > field.maxLength || !isAscii(value)) {
            problems << Info::tr("%1 may have at most %2 ASCII characters.")
                                .arg(field.label)
                                .arg(field.maxLength);
        }
    }
    return problems;
}

QStringList checkVaultForm(const VaultForm &form, bool creating)
{
    using Info = AuthRecordTypeInfo;
    QStringList problems;
    if (form.title.trimmed().isEmpty() || form.title.size() > TitleMaxLength)
        problems << Info::tr("The vault title must be 1 to %1 characters.").arg(TitleMaxLength);
    const QUrl url(form.url.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        problems << Info::tr("Enter the Secret Server web services URL, e.g. "
                             "https://vault.example/SecretServer/webservices/SSWebService.asmx.");
    if (form.username.trimmed().isEmpty())
        problems << Info::tr("Enter the Secret Server account the scanner signs in as.");
    if (creating && form.password.isEmpty())
        problems << Info::tr("Enter that account's password.");
    if (form.comments.size() > CommentsMaxLength)
        problems << Info::tr("Comments may have at most %1 characters.").arg(CommentsMaxLength);
    for (const QString *field : { &form.url, &form.username, &form.password, &form.domain }) {
        if (field->size() > 255)
            problems << Info::tr("URL, user name, password and domain may have at most 255 "
                                 "characters each.");
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace qualys

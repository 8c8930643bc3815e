#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace qualys {

// The record types whose password can come from a Thycotic Secret Server vault (§3.1).
enum class AuthRecordType { Windows, Unix, Oracle, OracleListener, MsSql, IbmDb2 };

// A per-type parameter the console offers in its editor (beyond the common ones).
struct RecordField
{
    QString name; // API parameter, e.g. "windows_domain"
    QString label; // translated
    int maxLength = 255;
    bool port = false; // 1..65535
    bool flag = false; // 0/1
    bool requiredOnCreate = false;
};

// What the console knows of one record type: its API key and element name, limits (§3.3)
// and per-type fields. Limits the reference does not confirm are marked there.
struct AuthRecordTypeInfo
{
    Q_DECLARE_TR_FUNCTIONS(AuthRecordTypeInfo)

public:
    AuthRecordType type = AuthRecordType::Windows;
    QString key; // "windows", "oracle_listener", ...
    QString element; // "WINDOWS", "ORACLE_LISTENER", ... as in AUTH_<ELEMENT>_LIST_OUTPUT
    QString label; // translated
    bool usernameRequired = true;
    int usernameMaxLength = 255;
    QList<RecordField> fields;

    static const QList<AuthRecordTypeInfo> &all();
    static const AuthRecordTypeInfo &of(AuthRecordType type);
    static const AuthRecordTypeInfo *byKey(const QString &key);
    static const AuthRecordTypeInfo *byElement(const QString &element);
};

// Common limits of every record (§3.1) and the vault type the console creates (§2.2).
inline constexpr int TitleMaxLength = 255;
inline constexpr int CommentsMaxLength = 1999;
inline const QString ThycoticVaultType = QStringLiteral("Thycotic Secret Server");

// An authentication vault as listed or viewed. The password is write-only and never read.
struct AuthVault
{
    int id = 0;
    QString title;
    QString type;
    QString url; // view only
    QString username; // view only: the Secret Server account the scanner signs in as
    QString domain; // view only
    QString comments; // view only
    QString lastModified;
};

// What a vault create or update sends. password is sent only when not empty.
struct VaultForm
{
    QString title;
    QString url;
    QString username;
    QString password;
    QString domain;
    QString comments;
};

// One authentication record as listed (details=Basic).
struct AuthRecord
{
    AuthRecordType type = AuthRecordType::Windows;
    int id = 0;
    QString title;
    QString username;
    QString loginType; // "basic" or "vault"
    int vaultId = 0;
    QString vaultType;
    QString vaultTitle;
    QString secretName;
    QStringList ips; // IP or IP range texts
    QString comments;
    QMap<QString, QString> settings; // per-type fields, by API parameter name
    QString lastModified;

    bool usesVault() const { return loginType == QLatin1String("vault"); }
};

// What a record create or update sends. Vault-backed unless password is given (basic).
struct RecordForm
{
    AuthRecordType type = AuthRecordType::Windows;
    QString title;
    QString comments;
    QString ips;
    QString username;
    QString password; // basic login only; never together with a vault
    int vaultId = 0;
    QString vaultType = ThycoticVaultType;
    QString secretName;
    QMap<QString, QString> settings; // per-type fields; an empty value clears on update
};

// Problems a form has before anything is sent: lengths and characters the type accepts.
QStringList checkRecordForm(const RecordForm &form, bool creating);
QStringList checkVaultForm(const VaultForm &form, bool creating);

} // namespace qualys

Q_DECLARE_METATYPE(qualys::AuthRecordType)

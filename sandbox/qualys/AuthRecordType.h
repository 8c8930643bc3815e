#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

struct AuthRecord;

// One technology's authentication record rules (reference §3.3): its path segment, XML
// names, username and password limits, and its own parameters. A fixed table; see all().
struct AuthRecordType
{
    enum class FieldKind { Text, Flag, Port, Choice };

    struct Field
    {
        QString name; // the API parameter, also the list element name upper-cased
        FieldKind kind = FieldKind::Text;
        int maxLength = 255;
        QStringList choices;
    };

    QString key; // windows, unix, oracle, oracle_listener, ms_sql, ibm_db2
    QString element; // WINDOWS, UNIX, ORACLE, ORACLE_LISTENER, MS_SQL, IBM_DB2
    bool usernameRequired = true;
    int usernameMaxLength = 255;
    int passwordMaxLength = 100;
    QList<Field> fields;
    QStringList requiredOnCreate; // own fields required on create besides username/ips
    QList<QStringList> exclusive; // groups of own fields of which at most one may be given
    QStringList instanceFields; // fields that, with the IP, identify one target instance

    const Field *field(const QString &name) const;
    QStringList fieldNames() const;

    // Two records of this type may not share an IP when their instance fields are equal
    // (reference §3.1: one record per IP per type; §3.3: Oracle and DB2 by port/instance).
    QString instanceOf(const AuthRecord &record) const;

    // Whether value suits the field (flag 0/1, port 1-65535, a listed choice, max length).
    static bool acceptsValue(const Field &field, const QString &value);

    static const QList<AuthRecordType> &all();
    static const AuthRecordType *find(const QString &key);
};

} // namespace sandbox

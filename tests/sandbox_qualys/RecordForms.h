#pragma once

#include "QualysProbe.h"

// Forms for authentication record calls in tests: a valid basic or vault record of each type,
// and small edits of a form.
namespace recordform {

inline const QString Thycotic = QStringLiteral("Thycotic Secret Server");
inline const QStringList Types { QStringLiteral("windows"), QStringLiteral("unix"),
                                 QStringLiteral("oracle"),  QStringLiteral("oracle_listener"),
                                 QStringLiteral("ms_sql"),  QStringLiteral("ibm_db2") };

inline QString elementOf(const QString &type)
{
    return type.toUpper();
}

// A record of type that basic login accepts, before title and ips.
inline Form basicForm(const QString &type, const QString &title, const QString &ips)
{
    Form form { { QStringLiteral("action"), QStringLiteral("create") },
                { QStringLiteral("title"), title },
                { QStringLiteral("ips"), ips },
                { QStringLiteral("password"), QStringLiteral("Basic-Pass-1!") } };
    const auto add = [&form](const char *name, const char *value) {
        form.append({ QLatin1String(name), QLatin1String(value) });
    };
    if (type == QLatin1String("windows")) {
        add("username", "Administrator");
    } else if (type == QLatin1String("unix")) {
        add("username", "root");
    } else if (type == QLatin1String("oracle")) {
        add("username", "SYSTEM");
        add("sid", "ORCL");
        add("port", "1521");
    } else if (type == QLatin1String("oracle_listener")) {
        add("port", "1521");
    } else if (type == QLatin1String("ms_sql")) {
        add("username", "sa");
        add("db_local", "1");
        add("instance", "MSSQLSERVER");
        add("database", "master");
        add("port", "1433");
    } else if (type == QLatin1String("ibm_db2")) {
        add("username", "db2inst1");
        add("database", "SAMPLE");
        add("port", "50000");
    }
    return form;
}

inline Form without(Form form, const QString &name)
{
    form.removeIf([&name](const QPair<QString, QString> &item) { return item.first == name; });
    return form;
}

inline Form with(Form form, const QString &name, const QString &value)
{
    form = without(form, name);
    form.append({ name, value });
    return form;
}

inline Form vaultForm(const QString &type, const QString &title, const QString &ips)
{
    Form form = without(basicForm(type, title, ips), QStringLiteral("password"));
    form.append({ QStringLiteral("login_type"), QStringLiteral("vault") });
    form.append({ QStringLiteral("vault_id"), QStringLiteral("1") });
    form.append({ QStringLiteral("vault_type"), Thycotic });
    form.append({ QStringLiteral("secret_name"), QStringLiteral("Test secret for ") + title });
    return form;
}

} // namespace recordform

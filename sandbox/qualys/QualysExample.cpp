#include "qualys/QualysProtocol.h"
#include "qualys/QualysTenant.h"

namespace sandbox {

namespace {

// Secret names are those of the Secret Server seed (sandbox/data/estate.json). The first
// record of each type passes a simulated scan; the others each show one way a scan fails to
// authenticate (see sandbox/scanner/), so a demo scan covers every cause.
struct ExampleRecord
{
    const char *type;
    const char *title;
    const char *username;
    const char *ips;
    const char *secretName;
    QMap<QString, QString> settings;
};

QMap<QString, QString> windowsDomain()
{
    return { { QStringLiteral("windows_domain"), QStringLiteral("corp.example") } };
}

QMap<QString, QString> sqlServer(const char *instance)
{
    return { { QStringLiteral("db_local"), QStringLiteral("1") },
             { QStringLiteral("instance"), QLatin1String(instance) },
             { QStringLiteral("database"), QStringLiteral("master") },
             { QStringLiteral("port"), QStringLiteral("1433") } };
}

QList<ExampleRecord> exampleRecords()
{
    return {
        // One passing record per type (IDs 1 to 5).
        { "windows", "Windows servers via Secret Server", "svc-qualys-win", "192.0.2.10-192.0.2.19",
          "Qualys Windows Domain Scan", windowsDomain() },
        { "unix",
          "Linux servers via Secret Server",
          "qualys",
          "192.0.2.20-192.0.2.29",
          "Qualys Unix Scan - app01",
          {} },
        { "oracle",
          "Oracle ERPPROD via Secret Server",
          "QUALYS_SCAN",
          "192.0.2.30",
          "Qualys Oracle Scan - erp-db",
          { { QStringLiteral("sid"), QStringLiteral("ERPPROD") },
            { QStringLiteral("port"), QStringLiteral("1521") } } },
        { "ms_sql", "SQL Server via Secret Server", "qualys_scan", "192.0.2.40",
          "Qualys SQL Server Scan - crm-sql", sqlServer("CRM") },
        { "ibm_db2",
          "DB2 SAMPLE via Secret Server",
          "qualysdb2",
          "192.0.2.50",
          "Qualys DB2 Scan - mainframe-db2",
          { { QStringLiteral("database"), QStringLiteral("SAMPLE") },
            { QStringLiteral("port"), QStringLiteral("50000") } } },
        // Each of these fails a scan for one reason (IDs 6 to 14).
        { "windows",
          "payroll01: approval for access",
          "qualys_local",
          "192.0.2.60",
          "Windows Scan - payroll01",
          {} },
        { "windows",
          "hr01: require comment",
          "qualys_local",
          "192.0.2.61",
          "Windows Scan - hr01",
          {} },
        { "unix", "vault01: DoubleLock", "qualys", "192.0.2.62", "Unix Scan - vault01", {} },
        { "ms_sql", "fin-sql: checked out by someone else", "qualys_scan", "192.0.2.63",
          "SQL Server Scan - fin-sql", sqlServer("MSSQLSERVER") },
        { "unix",
          "app02: secret name one character off",
          "qualys",
          "192.0.2.64",
          "Qualys Unix Scan - app02",
          {} },
        { "windows",
          "web01: secret name differs by case",
          "qualys_local",
          "192.0.2.65",
          "qualys windows local scan - web01",
          {} },
        { "unix",
          "core-jump01: List permission only",
          "root",
          "192.0.2.66",
          "Unix Root - core-jump01",
          {} },
        { "windows",
          "kiosk01: viewing password requires Edit",
          "qualys_local",
          "192.0.2.67",
          "Windows Scan - kiosk01",
          {} },
        { "windows", "Domain Admin: no permission", "Administrator", "192.0.2.68",
          "Domain Admin - corp", windowsDomain() },
        // Passes, and Secret Server changes the password when the scan checks it in (ID 15).
        { "unix",
          "bastion01: check-out, new password on check-in",
          "qualys",
          "192.0.2.69",
          "Unix Scan - bastion01",
          {} },
    };
}

} // namespace

QualysTenant QualysTenant::example()
{
    QualysTenant tenant;
    tenant.addUser({ QStringLiteral("qualys-admin"), QStringLiteral("Sandbox-Qualys-Api-1!"),
                     QStringLiteral("Manager") });

    const QDateTime now = QDateTime::currentDateTimeUtc();
    AuthVault vault;
    vault.title = QStringLiteral("Corp Secret Server");
    vault.type = qualys::ThycoticVaultType;
    // No port: QualysService::adoptSecretServerPort() fills in the sandbox's HTTPS port.
    vault.url = QStringLiteral("https://127.0.0.1/SecretServer/webservices/SSWebService.asmx");
    vault.username = QStringLiteral("svc-qualys");
    vault.password = QStringLiteral("Sandbox-Qualys-1!");
    vault.comments = QStringLiteral("Scan credentials for the corporate estate");
    vault.lastModified = now;
    vault.lastModifiedBy = QStringLiteral("qualys-admin");
    const int vaultId = tenant.addVault(vault);

    for (const ExampleRecord &example : exampleRecords()) {
        AuthRecord record;
        record.type = QLatin1String(example.type);
        record.title = QLatin1String(example.title);
        record.username = QLatin1String(example.username);
        record.ips = *RangeSet::parseIps(QLatin1String(example.ips));
        record.loginType = QStringLiteral("vault");
        record.vaultId = vaultId;
        record.vaultType = qualys::ThycoticVaultType;
        record.secretName = QLatin1String(example.secretName);
        record.settings = example.settings;
        record.created = now;
        record.createdBy = QStringLiteral("qualys-admin");
        record.lastModified = now;
        record.lastModifiedBy = record.createdBy;
        tenant.addRecord(record);
    }
    return tenant;
}

} // namespace sandbox

#include "qualys/QualysProtocol.h"
#include "qualys/QualysTenant.h"

namespace sandbox {

namespace {

// Secret names follow the Secret Server seed (sandbox/data/estate.json); the lead keeps the
// two aligned. TODO: re-check these names once the estate seed is final.
struct ExampleRecord
{
    const char *type;
    const char *title;
    const char *username;
    const char *ips;
    const char *secretName;
    QMap<QString, QString> settings;
};

QList<ExampleRecord> exampleRecords()
{
    return {
        { "windows",
          "Windows servers via Secret Server",
          "Administrator",
          "192.0.2.10-192.0.2.19",
          "WIN-SCAN-01 Administrator",
          { { QStringLiteral("windows_domain"), QStringLiteral("CORP") } } },
        { "unix",
          "Linux servers via Secret Server",
          "qualys-scan",
          "192.0.2.20-192.0.2.29",
          "LNX-SCAN-01 qualys-scan",
          {} },
        { "oracle",
          "Oracle ORCL via Secret Server",
          "QUALYS_SCAN",
          "192.0.2.30",
          "ORA-SCAN-01 QUALYS_SCAN",
          { { QStringLiteral("sid"), QStringLiteral("ORCL") },
            { QStringLiteral("port"), QStringLiteral("1521") } } },
        { "ms_sql",
          "SQL Server via Secret Server",
          "qualys_scan",
          "192.0.2.40",
          "SQL-SCAN-01 qualys_scan",
          { { QStringLiteral("db_local"), QStringLiteral("1") },
            { QStringLiteral("instance"), QStringLiteral("MSSQLSERVER") },
            { QStringLiteral("database"), QStringLiteral("master") },
            { QStringLiteral("port"), QStringLiteral("1433") } } },
        { "ibm_db2",
          "DB2 SAMPLE via Secret Server",
          "qscan",
          "192.0.2.50",
          "DB2-SCAN-01 qscan",
          { { QStringLiteral("database"), QStringLiteral("SAMPLE") },
            { QStringLiteral("port"), QStringLiteral("50000") } } },
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

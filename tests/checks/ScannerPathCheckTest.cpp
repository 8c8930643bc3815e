// ScannerPathCheck, the console's walk of the scanner appliance's SOAP path, against the
// sandbox over real HTTPS (certificate pinned): a pass, and a few causes it names.
#include "checks/ScannerPathCheck.h"

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {

constexpr int AnswerMs = 30000;
const QString Scanner = QStringLiteral("svc-qualys");
const QString ScannerPassword = QStringLiteral("Sandbox-Qualys-1!");

} // namespace

class ScannerPathCheckTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passesForAnExactName();
    void checksInWhatTheReadCheckedOut();
    void namesASecretOneCharacterOff();
    void reportsApprovalForAccess();
    void namesTheCause_data();
    void namesTheCause();
    void reportsWebServicesOff();
    void reportsAWrongVaultPassword();
    void reportsTheIpRestrictionForEveryRecord();
    void neverReportsThePassword();

private:
    // Runs the check and returns the findings by record ID, in order.
    QList<QPair<int, Finding>> run(const QString &user, const QString &password,
                                   const QList<ScannerPathCheck::Target> &targets);

    std::unique_ptr<SandboxProcess> m_sandbox;
};

void ScannerPathCheckTest::init()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void ScannerPathCheckTest::cleanup()
{
    m_sandbox.reset();
}

QList<QPair<int, Finding>> ScannerPathCheckTest::run(const QString &user, const QString &password,
                                                     const QList<ScannerPathCheck::Target> &targets)
{
    secretserver::ConnectionSettings settings;
    settings.serverUrl = m_sandbox->secretServerUrl();
    settings.trust.pin(QStringLiteral("127.0.0.1"), m_sandbox->httpsPort(),
                       m_sandbox->sha256Fingerprint());
    ScannerPathCheck check(settings);
    QList<QPair<int, Finding>> findings;
    connect(&check, &ScannerPathCheck::recordChecked, this,
            [&findings](int recordId, const Finding &finding) {
                findings.append({ recordId, finding });
            });
    QSignalSpy finished(&check, &ScannerPathCheck::finished);

    check.start(user, password, QString(), targets);

    if (!finished.wait(AnswerMs))
        qWarning("the check did not finish in time");
    return findings;
}

void ScannerPathCheckTest::passesForAnExactName()
{
    const auto findings
            = run(Scanner, ScannerPassword,
                  { { 2, QStringLiteral("Linux"), QStringLiteral("Qualys Unix Scan - app01") } });

    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).first, 2);
    QCOMPARE(findings.at(0).second.code, QStringLiteral("scanner-path.passed"));
    QCOMPARE(findings.at(0).second.severity, Finding::Severity::Info);
}

void ScannerPathCheckTest::checksInWhatTheReadCheckedOut()
{
    const auto findings
            = run(Scanner, ScannerPassword,
                  { { 15, QStringLiteral("bastion01"), QStringLiteral("Unix Scan - bastion01") } });

    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).second.code, QStringLiteral("scanner-path.passed"));
    HttpProbe probe(*m_sandbox);
    const QByteArray admin
            = probe.login(QStringLiteral("admin"), QStringLiteral("Sandbox-Admin-1!"));
    const QJsonArray found
            = probe.get(QStringLiteral("/SecretServer/api/v1/secrets?filter.searchText=bastion01"),
                        admin)
                      .object()
                      .value(QStringLiteral("records"))
                      .toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("checkedOut")).toBool(), false);
}

void ScannerPathCheckTest::namesASecretOneCharacterOff()
{
    const auto findings
            = run(Scanner, ScannerPassword,
                  { { 10, QStringLiteral("app02"), QStringLiteral("Qualys Unix Scan - app02") } });

    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).second.code, QStringLiteral("scanner-path.secret-not-found"));
    QCOMPARE(findings.at(0).second.severity, Finding::Severity::Blocker);
    QVERIFY(findings.at(0).second.detail.contains(QStringLiteral("Qualys Unix Scan - app01")));
}

void ScannerPathCheckTest::reportsApprovalForAccess()
{
    const auto findings = run(
            Scanner, ScannerPassword,
            { { 6, QStringLiteral("payroll01"), QStringLiteral("Windows Scan - payroll01") } });

    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).second.code, QStringLiteral("scanner-path.approval"));
    QVERIFY(!findings.at(0).second.fix.isEmpty());
}

void ScannerPathCheckTest::namesTheCause_data()
{
    QTest::addColumn<QString>("secretName");
    QTest::addColumn<QString>("code");

    QTest::newRow("comment") << QStringLiteral("Windows Scan - hr01")
                             << QStringLiteral("scanner-path.comment");
    QTest::newRow("doublelock") << QStringLiteral("Unix Scan - vault01")
                                << QStringLiteral("scanner-path.doublelock");
    QTest::newRow("checked out") << QStringLiteral("SQL Server Scan - fin-sql")
                                 << QStringLiteral("scanner-path.checked-out");
    QTest::newRow("list only") << QStringLiteral("Unix Root - core-jump01")
                               << QStringLiteral("scanner-path.access-denied");
    QTest::newRow("hidden password") << QStringLiteral("Windows Scan - kiosk01")
                                     << QStringLiteral("scanner-path.password-hidden");
    QTest::newRow("letter case") << QStringLiteral("qualys windows local scan - web01")
                                 << QStringLiteral("scanner-path.secret-not-found");
    QTest::newRow("no permission") << QStringLiteral("Domain Admin - corp")
                                   << QStringLiteral("scanner-path.secret-not-found");
}

void ScannerPathCheckTest::namesTheCause()
{
    QFETCH(QString, secretName);
    QFETCH(QString, code);

    const auto findings = run(Scanner, ScannerPassword, { { 7, QStringLiteral("r"), secretName } });

    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).second.code, code);
    QCOMPARE(findings.at(0).second.severity, Finding::Severity::Blocker);
    QVERIFY(!findings.at(0).second.fix.isEmpty());
}

void ScannerPathCheckTest::reportsWebServicesOff()
{
    HttpProbe probe(*m_sandbox);
    const QByteArray admin
            = probe.login(QStringLiteral("admin"), QStringLiteral("Sandbox-Admin-1!"));
    const QJsonObject dirtyFalse { { QStringLiteral("dirty"), true },
                                   { QStringLiteral("value"), false } };
    const QJsonObject body {
        { QStringLiteral("data"),
          QJsonObject { { QStringLiteral("applicationSettings"),
                          QJsonObject { { QStringLiteral("enableWebServices"), dirtyFalse } } } } }
    };
    QCOMPARE(probe.sendJson("PATCH", QStringLiteral("/SecretServer/api/v1/configuration/general"),
                            QJsonDocument(body), admin)
                     .status,
             200);

    const auto findings
            = run(Scanner, ScannerPassword,
                  { { 2, QStringLiteral("Linux"), QStringLiteral("Qualys Unix Scan - app01") } });

    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).second.code, QStringLiteral("scanner-path.web-services-off"));
}

void ScannerPathCheckTest::reportsAWrongVaultPassword()
{
    const auto findings
            = run(Scanner, QStringLiteral("Not-The-Password-1!"),
                  { { 2, QStringLiteral("Linux"), QStringLiteral("Qualys Unix Scan - app01") } });

    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).second.code, QStringLiteral("scanner-path.login-refused"));
}

void ScannerPathCheckTest::reportsTheIpRestrictionForEveryRecord()
{
    // svc-qualys-dmz may sign in from 127.0.0.200 only; this test runs from 127.0.0.1.
    const auto findings
            = run(QStringLiteral("svc-qualys-dmz"), QStringLiteral("Sandbox-Dmz-1!"),
                  { { 1, QStringLiteral("a"), QStringLiteral("Qualys Windows Domain Scan") },
                    { 2, QStringLiteral("b"), QStringLiteral("Qualys Unix Scan - app01") } });

    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).second.code, QStringLiteral("scanner-path.ip-restricted"));
    QCOMPARE(findings.at(1).first, 2);
    QCOMPARE(findings.at(1).second.code, QStringLiteral("scanner-path.ip-restricted"));
}

void ScannerPathCheckTest::neverReportsThePassword()
{
    HttpProbe probe(*m_sandbox, false);
    const QString stored
            = probe.send(QByteArrayLiteral("GET"),
                         QStringLiteral("/sandbox-control/secretserver/secret/3"), {}, {},
                         { { QByteArrayLiteral("X-Sandbox-Control"), m_sandbox->controlToken() } })
                      .object()
                      .value(QStringLiteral("items"))
                      .toObject()
                      .value(QStringLiteral("password"))
                      .toString();
    QVERIFY(!stored.isEmpty());

    const auto findings
            = run(Scanner, ScannerPassword,
                  { { 2, QStringLiteral("Linux"), QStringLiteral("Qualys Unix Scan - app01") } });

    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.at(0).second;
    for (const QString &text : { finding.title, finding.detail, finding.fix })
        QVERIFY(!text.contains(stored));
}

QTEST_GUILESS_MAIN(ScannerPathCheckTest)
#include "ScannerPathCheckTest.moc"

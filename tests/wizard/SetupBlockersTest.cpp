// The setup wizard's controller finding each blocker of pages 1 to 7 against the sandbox,
// explaining it with its fix, and fixing the ones the console can fix.
#include "WizardFixture.h"

#include <QSignalSpy>
#include <QTest>

class SetupBlockersTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void blocksWhenWebServicesAreOff();
    void warnsWhenRemotePasswordChangingIsOff();
    void reportsAnIpRestrictionExcludingTheAppliance();
    void reportsAPermissionWiderThanNeeded();
    void reportsSecretBlockers_data();
    void reportsSecretBlockers();
    void fixesApprovalBeforeScanning();
    void reportsOverlappingRecordsBeforeCreating();

private:
    bool prepareAndApply(SetupController &controller, const QString &folder);

    std::unique_ptr<WizardFixture> m_fixture;
};

void SetupBlockersTest::init()
{
    m_fixture = std::make_unique<WizardFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->emptyQualys());
}

void SetupBlockersTest::cleanup()
{
    m_fixture.reset();
}

bool SetupBlockersTest::prepareAndApply(SetupController &controller, const QString &folder)
{
    bool ok = false;
    if (!m_fixture->choose(controller, folder) || controller.recordsBlocked())
        return false;
    if (!WizardFixture::run(
                controller, [&] { controller.prepare(); }, &ok)
        || !ok)
        return false;
    return WizardFixture::run(
                   controller, [&] { controller.apply(); }, &ok)
            && ok;
}

void SetupBlockersTest::blocksWhenWebServicesAreOff()
{
    QVERIFY(m_fixture->configure(secretserver::ConfigurationArea::General,
                                 QStringLiteral("applicationSettings"),
                                 QStringLiteral("enableWebServices"), false));
    SetupController controller(m_fixture->client());
    bool ok = false;
    QVERIFY(WizardFixture::run(
            controller, [&] { controller.checkServer(); }, &ok));

    QVERIFY2(hasCode(controller.serverFindings(), QStringLiteral("server.web-services-off")),
             describe(controller.serverFindings()));
    QVERIFY(controller.serverBlocked());
    for (const Finding &finding : controller.serverFindings()) {
        if (finding.code == QLatin1String("server.web-services-off")) {
            QCOMPARE(finding.severity, Finding::Severity::Blocker);
            QVERIFY(finding.fix.contains(QStringLiteral("Enable Web Services")));
        }
    }
}

void SetupBlockersTest::warnsWhenRemotePasswordChangingIsOff()
{
    QVERIFY(m_fixture->configure(secretserver::ConfigurationArea::RemotePasswordChanging, QString(),
                                 QStringLiteral("enableRpc"), false));
    SetupController controller(m_fixture->client());
    bool ok = false;
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.checkServer(); }, &ok)
            && ok);
    QVERIFY2(hasCode(controller.serverFindings(), QStringLiteral("server.rpc-off")),
             describe(controller.serverFindings()));
    QVERIFY(!controller.serverBlocked());
    QVERIFY(!controller.rotationPossible());

    controller.setFolderName(QStringLiteral("Scan Credentials"));
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.checkFolder(); }, &ok)
            && ok);
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.loadSecrets(); }, &ok)
            && ok);
    QVERIFY(!controller.candidates().isEmpty());
    controller.setSecrets({ controller.candidates().first() });
    controller.setRotation(RotationChoice { true, 120 });
    QVERIFY2(hasCode(controller.rotationFindings(), QStringLiteral("rotation.unavailable")),
             describe(controller.rotationFindings()));
}

void SetupBlockersTest::reportsAnIpRestrictionExcludingTheAppliance()
{
    SetupController controller(m_fixture->client());
    controller.setAccount(ServiceAccount { Principal { false, 3, QStringLiteral("svc-qualys-dmz") },
                                           3, QStringLiteral("svc-qualys-dmz"), true });
    controller.setApplianceAddresses({ QStringLiteral("127.0.0.1") });
    bool ok = false;
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.checkAccount(); }, &ok)
            && ok);

    QCOMPARE(controller.restrictions().size(), 1);
    QCOMPARE(controller.restrictions().first().range, QStringLiteral("127.0.0.200/32"));
    QVERIFY2(hasCode(controller.accountFindings(), QStringLiteral("account.ip-excluded")),
             describe(controller.accountFindings()));

    controller.setApplianceAddresses({ QStringLiteral("127.0.0.200") });
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.checkAccount(); }, &ok)
            && ok);
    QVERIFY(!hasCode(controller.accountFindings(), QStringLiteral("account.ip-excluded")));
}

void SetupBlockersTest::reportsAPermissionWiderThanNeeded()
{
    SetupController controller(m_fixture->client());
    controller.setAccount(ServiceAccount { Principal { false, 4, QStringLiteral("jdoe") }, 4,
                                           QStringLiteral("jdoe"), false });
    bool ok = false;
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.checkAccount(); }, &ok)
            && ok);
    controller.setFolderName(QStringLiteral("Scan Credentials"));
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.checkFolder(); }, &ok)
            && ok);

    QVERIFY(controller.existingFolderId() > 0);
    QVERIFY2(hasCode(controller.folderFindings(), QStringLiteral("folder.wider-than-needed")),
             describe(controller.folderFindings()));
}

void SetupBlockersTest::reportsSecretBlockers_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("code");
    QTest::newRow("approval") << "Windows Scan - payroll01"
                              << "secret.approval";
    QTest::newRow("comment") << "Windows Scan - hr01"
                             << "secret.comment";
    QTest::newRow("doublelock") << "Unix Scan - vault01"
                                << "secret.doublelock";
    QTest::newRow("hidden password") << "Windows Scan - kiosk01"
                                     << "secret.hide-launcher-password";
    QTest::newRow("checked out") << "SQL Server Scan - fin-sql"
                                 << "secret.checked-out";
    QTest::newRow("no inheritance") << "Unix Root - core-jump01"
                                    << "secret.no-inheritance";
}

void SetupBlockersTest::reportsSecretBlockers()
{
    QFETCH(QString, secret);
    QFETCH(QString, code);
    SetupController controller(m_fixture->client());
    controller.setAccount(ServiceAccount { Principal { false, 2, WizardFixture::Scanner }, 2,
                                           WizardFixture::Scanner, true });
    controller.setFolderName(QStringLiteral("Scan Credentials"));
    bool ok = false;
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.checkFolder(); }, &ok)
            && ok);
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.loadSecrets(); }, &ok)
            && ok);

    const auto &candidates = controller.candidates();
    const auto found = std::find_if(candidates.cbegin(), candidates.cend(),
                                    [&](const SecretChoice &c) { return c.name == secret; });
    QVERIFY(found != candidates.cend());
    QVERIFY2(hasCode(found->findings, code), describe(found->findings));
    for (const Finding &finding : found->findings)
        QVERIFY(!finding.fix.isEmpty());
}

void SetupBlockersTest::fixesApprovalBeforeScanning()
{
    SetupController controller(m_fixture->client());
    QVERIFY(m_fixture->choose(controller, QStringLiteral("Scan Credentials")));
    const auto &candidates = controller.candidates();
    const auto payroll
            = std::find_if(candidates.cbegin(), candidates.cend(), [](const SecretChoice &c) {
                  return c.name == QLatin1String("Windows Scan - payroll01");
              });
    QVERIFY(payroll != candidates.cend());
    controller.setSecrets({ *payroll });
    controller.setRotation(RotationChoice { false, 120 });
    QList<RecordChoice> records = controller.proposedRecords(QStringLiteral("10.88.0.1"));
    QCOMPARE(records.size(), 1);
    controller.setRecords(records);
    bool ok = false;
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.prepare(); }, &ok)
            && ok);
    QString message;
    QVERIFY(WizardFixture::run(
            controller, [&] { controller.apply(); }, &ok, &message));
    QVERIFY2(ok, qPrintable(message + controller.summary().toText()));
    QVERIFY(WizardFixture::run(
            controller, [&] { controller.verify(); }, &ok));
    QCOMPARE(controller.verdicts().size(), 1);
    QVERIFY2(ok, qPrintable(controller.verdicts().first().finding.title));
}

void SetupBlockersTest::reportsOverlappingRecordsBeforeCreating()
{
    SetupController controller(m_fixture->client());
    QVERIFY(prepareAndApply(controller, QStringLiteral("Overlap")));

    SetupController other(m_fixture->client());
    QVERIFY(m_fixture->choose(other, QStringLiteral("Overlap Two")));
    QList<RecordChoice> records = other.proposedRecords();
    for (RecordChoice &record : records)
        record.ips = QStringLiteral("10.77.0.0/24"); // holds the first run's records' IPs
    other.setRecords(records);
    QVERIFY(other.recordsBlocked());
    QVERIFY2(hasCode(other.records().first().conflicts, QStringLiteral("record.ip-overlap")),
             describe(other.records().first().conflicts));
}

QTEST_GUILESS_MAIN(SetupBlockersTest)
#include "SetupBlockersTest.moc"

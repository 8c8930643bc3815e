// The setup wizard's controller against the sandbox over HTTPS: from a server where the
// Qualys account has no access and a subscription with no vault to a verified setup; a second
// run that changes nothing; runs stopped half-way and resumed; each blocker of pages 1 to 5.
#include "HttpProbe.h"
#include "WizardFixture.h"
#include "wizard/IpRanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class SetupControllerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void setsUpAndVerifiesFromNothing();
    void grantsOnlyViewToTheScannerAccount();
    void grantsTheGroupWhenAGroupIsChosen();
    void secondRunChangesNothing();
    void reusesAVaultUnderAnotherTitle();
    void resumesAfterCancel();
    void resumesAfterServerFailures();
    void cancelEndsAReadStepOnce();
    void setsUpDatabaseRecordsFromExistingSecrets();
    void neverPutsThePasswordInTheReport();
    void buildsTheWebServicesUrl();

private:
    // Runs pages 1 to 9 with the fixture's choices; false when a step failed.
    bool prepareAndApply(SetupController &controller, const QString &folder);

    std::unique_ptr<WizardFixture> m_fixture;
};

void SetupControllerTest::init()
{
    m_fixture = std::make_unique<WizardFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->emptyQualys());
}

void SetupControllerTest::cleanup()
{
    m_fixture.reset();
}

bool SetupControllerTest::prepareAndApply(SetupController &controller, const QString &folder)
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

void SetupControllerTest::setsUpAndVerifiesFromNothing()
{
    SetupController controller(m_fixture->client());
    QVERIFY(m_fixture->choose(controller, QStringLiteral("Wizard Scans")));
    QVERIFY(!controller.recordsBlocked());
    QCOMPARE(controller.existingFolderId(), 0);
    QVERIFY(controller.existingVaults().isEmpty());

    bool ok = false;
    QVERIFY(WizardFixture::run(
            controller, [&] { controller.prepare(); }, &ok));
    QVERIFY(ok);
    QVERIFY(!controller.nothingToChange());
    for (const auto &item : controller.review()) {
        const QString text = item.title + item.lines.join(u' ') + item.warnings.join(u' ');
        QVERIFY2(!text.contains(QStringLiteral("Wiz-Win-Pass-1!"))
                         && !text.contains(WizardFixture::ScannerPassword),
                 qPrintable(item.title));
        QVERIFY(!item.inPlace);
    }
    QVERIFY(controller.review().size()
            >= 7); // folder, access, 2x(secret, rotation), vault, 2 records
    QString message;
    QVERIFY(WizardFixture::run(
            controller, [&] { controller.apply(); }, &ok, &message));
    QVERIFY2(ok, qPrintable(message + controller.summary().toText()));
    QSignalSpy verdicts(&controller, &SetupController::recordVerified);
    QVERIFY(WizardFixture::run(
            controller, [&] { controller.verify(); }, &ok));

    QCOMPARE(controller.verdicts().size(), 2);
    for (const RecordVerdict &verdict : controller.verdicts())
        QVERIFY2(verdict.passed(), qPrintable(verdict.finding.title + verdict.finding.detail));
    QVERIFY(ok);
    QCOMPARE(verdicts.size(), 2);
    const SetupSummary summary = controller.summary();
    QVERIFY(summary.complete());
    QCOMPARE(summary.applied.size(), controller.review().size());

    // The sandbox's own appliance scans with what is now in Qualys and Secret Server.
    QJsonArray ids;
    for (const RecordVerdict &verdict : controller.verdicts())
        ids.append(verdict.recordId);
    HttpProbe probe(m_fixture->sandbox());
    const ProbeReply scan = probe.send(
            QByteArrayLiteral("POST"), QStringLiteral("/sandbox-control/scanner/scan"),
            QJsonDocument(
                    QJsonObject { { QStringLiteral("appliance"), QStringLiteral("127.0.0.1") },
                                  { QStringLiteral("recordIds"), ids } })
                    .toJson(QJsonDocument::Compact),
            QByteArrayLiteral("application/json"),
            { { QByteArrayLiteral("X-Sandbox-Control"), m_fixture->sandbox().controlToken() } });
    QCOMPARE(scan.status, 200);
    QCOMPARE(scan.object().value(QStringLiteral("failed")).toInt(-1), 0);
    QVERIFY2(scan.object().value(QStringLiteral("passed")).toInt() >= 2, scan.body.constData());
}

void SetupControllerTest::grantsOnlyViewToTheScannerAccount()
{
    SetupController controller(m_fixture->client());
    QVERIFY(prepareAndApply(controller, QStringLiteral("Least Privilege")));

    SetupController again(m_fixture->client());
    again.setAccount(controller.account());
    again.setFolderName(QStringLiteral("Least Privilege"));
    bool ok = false;
    QVERIFY(WizardFixture::run(
                    again, [&] { again.checkAccount(); }, &ok)
            && ok);
    QVERIFY(WizardFixture::run(
                    again, [&] { again.checkFolder(); }, &ok)
            && ok);
    QVERIFY(again.existingFolderId() > 0);
    QVERIFY2(!hasCode(again.folderFindings(), QStringLiteral("folder.wider-than-needed")),
             describe(again.folderFindings()));

    secretserver::FolderPermissionQuery query;
    query.folderId = again.existingFolderId();
    query.userId = WizardFixture::ScannerUserId;
    std::optional<secretserver::Result<secretserver::Page<secretserver::FolderPermission>>> got;
    m_fixture->client()->searchFolderPermissions(query, this,
                                                 [&got](const auto &result) { got = result; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), WizardFixture::AnswerMs);
    QVERIFY(got->ok());
    int forScanner = 0;
    for (const auto &permission : got->value.records) {
        if (permission.userId != WizardFixture::ScannerUserId)
            continue;
        ++forScanner;
        QCOMPARE(permission.folderRole, QStringLiteral("View"));
        QCOMPARE(permission.secretRole, QStringLiteral("View"));
    }
    QCOMPARE(forScanner, 1);
}

void SetupControllerTest::grantsTheGroupWhenAGroupIsChosen()
{
    SetupController controller(m_fixture->client());
    QVERIFY(m_fixture->choose(controller, QStringLiteral("Group Grant")));
    ServiceAccount account = controller.account();
    account.principal = Principal { true, 1, QStringLiteral("Qualys Scanners") };
    controller.setAccount(account);
    bool ok = false;
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.prepare(); }, &ok)
            && ok);
    const auto review = controller.review();
    QVERIFY(std::any_of(review.cbegin(), review.cend(), [](const auto &item) {
        return item.title.contains(QStringLiteral("Qualys Scanners"));
    }));
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.apply(); }, &ok)
            && ok);
    QVERIFY(WizardFixture::run(
            controller, [&] { controller.verify(); }, &ok));
    QVERIFY(ok);
}

void SetupControllerTest::secondRunChangesNothing()
{
    {
        SetupController first(m_fixture->client());
        QVERIFY(prepareAndApply(first, QStringLiteral("Twice")));
    }
    SetupController second(m_fixture->client());
    QVERIFY(m_fixture->choose(second, QStringLiteral("Twice")));
    QVERIFY(second.existingFolderId() > 0);
    QCOMPARE(second.existingVaults().size(), 1);
    bool ok = false;
    QVERIFY(WizardFixture::run(
                    second, [&] { second.prepare(); }, &ok)
            && ok);
    for (const auto &item : second.review())
        QVERIFY2(item.inPlace,
                 qPrintable(item.title + QStringLiteral(": ") + item.lines.join(u' ')));
    QVERIFY(second.nothingToChange());

    QVERIFY(WizardFixture::run(
                    second, [&] { second.apply(); }, &ok)
            && ok);
    const SetupSummary summary = second.summary();
    QVERIFY(summary.applied.isEmpty());
    QVERIFY(summary.nothingChanged());
    QCOMPARE(summary.inPlace.size(), second.review().size());
    QCOMPARE(summary.headline(),
             SetupSummary::tr("Everything was already in place; nothing was changed."));
}

void SetupControllerTest::reusesAVaultUnderAnotherTitle()
{
    {
        SetupController first(m_fixture->client());
        QVERIFY(prepareAndApply(first, QStringLiteral("Renamed")));
    }
    SetupController second(m_fixture->client());
    QVERIFY(m_fixture->choose(second, QStringLiteral("Renamed")));
    VaultChoice vault = second.vault();
    vault.title = QStringLiteral("Another title");
    second.setVault(vault);
    bool ok = false;
    QVERIFY(WizardFixture::run(
                    second, [&] { second.prepare(); }, &ok)
            && ok);
    QVERIFY(second.nothingToChange());
    QVERIFY(WizardFixture::run(
                    second, [&] { second.apply(); }, &ok)
            && ok);
    QVERIFY(WizardFixture::run(
                    second, [&] { second.loadQualys(); }, &ok)
            && ok);
    QCOMPARE(second.existingVaults().size(), 1);
}

void SetupControllerTest::resumesAfterCancel()
{
    SetupController first(m_fixture->client());
    QVERIFY(m_fixture->choose(first, QStringLiteral("Stopped")));
    bool ok = false;
    QVERIFY(WizardFixture::run(
                    first, [&] { first.prepare(); }, &ok)
            && ok);
    connect(&first, &SetupController::progress, this, [&first](int index) {
        if (index == 2)
            first.cancel(); // the third change's read is on its way; nothing after it starts
    });
    QVERIFY(WizardFixture::run(
            first, [&] { first.apply(); }, &ok));
    QVERIFY(!ok);
    const SetupSummary stopped = first.summary();
    QVERIFY(!stopped.complete());
    QVERIFY(!stopped.notAttempted.isEmpty());
    QVERIFY(stopped.applied.size() >= 2);

    SetupController resumed(m_fixture->client());
    QVERIFY(m_fixture->choose(resumed, QStringLiteral("Stopped")));
    QVERIFY(WizardFixture::run(
                    resumed, [&] { resumed.prepare(); }, &ok)
            && ok);
    QVERIFY(WizardFixture::run(
                    resumed, [&] { resumed.apply(); }, &ok)
            && ok);
    const SetupSummary done = resumed.summary();
    QVERIFY(done.complete());
    QCOMPARE(done.inPlace.size() + done.applied.size(), resumed.review().size());
    QCOMPARE(done.inPlace.size(), stopped.applied.size());
    QVERIFY(WizardFixture::run(
            resumed, [&] { resumed.verify(); }, &ok));
    QVERIFY(ok);
}

void SetupControllerTest::resumesAfterServerFailures()
{
    SetupController first(m_fixture->client());
    QVERIFY(m_fixture->choose(first, QStringLiteral("Faulty")));
    bool ok = false;
    QVERIFY(WizardFixture::run(
                    first, [&] { first.prepare(); }, &ok)
            && ok);
    bool faulted = false;
    connect(&first, &SetupController::progress, this, [&](int index) {
        if (index == 2 && !faulted)
            faulted = m_fixture->setFailRate(1.0); // every later call gets a 503
    });
    QVERIFY(WizardFixture::run(
            first, [&] { first.apply(); }, &ok));
    QVERIFY(faulted);
    QVERIFY(!ok);
    const SetupSummary broken = first.summary();
    QVERIFY(!broken.failed.isEmpty());
    QVERIFY(!broken.notAttempted.isEmpty());

    QVERIFY(m_fixture->setFailRate(0.0));
    SetupController resumed(m_fixture->client());
    QVERIFY(m_fixture->choose(resumed, QStringLiteral("Faulty")));
    QVERIFY(WizardFixture::run(
                    resumed, [&] { resumed.prepare(); }, &ok)
            && ok);
    QVERIFY(WizardFixture::run(
                    resumed, [&] { resumed.apply(); }, &ok)
            && ok);
    QVERIFY(resumed.summary().complete());
    QVERIFY(!resumed.summary().inPlace.isEmpty());
    QVERIFY(WizardFixture::run(
            resumed, [&] { resumed.verify(); }, &ok));
    QVERIFY(ok);
}

void SetupControllerTest::cancelEndsAReadStepOnce()
{
    SetupController controller(m_fixture->client());
    QSignalSpy finished(&controller, &SetupController::stepFinished);
    controller.checkServer();
    controller.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(!controller.isBusy());

    // The cancelled step's late answers go nowhere; the next step ends on its own.
    bool ok = false;
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.loadAccounts(); }, &ok)
            && ok);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.last().at(0).value<SetupController::Step>(), SetupController::Step::Accounts);
    QVERIFY(controller.serverFindings().isEmpty());
}

void SetupControllerTest::setsUpDatabaseRecordsFromExistingSecrets()
{
    SetupController controller(m_fixture->client());
    QVERIFY(m_fixture->choose(controller, QStringLiteral("Scan Credentials")));
    QList<SecretChoice> databases;
    for (const SecretChoice &secret : controller.candidates()) {
        if (secret.name.startsWith(QLatin1String("Qualys Oracle"))
            || secret.name.startsWith(QLatin1String("Qualys SQL Server"))
            || secret.name.startsWith(QLatin1String("Qualys DB2")))
            databases << secret;
    }
    QCOMPARE(databases.size(), 3);
    controller.setSecrets(databases);
    QList<RecordChoice> records = controller.proposedRecords();
    QCOMPARE(records.size(), 3);
    for (int i = 0; i < records.size(); ++i) {
        QVERIFY2(!records.at(i).userName.isEmpty(), qPrintable(records.at(i).title));
        records[i].ips = QStringLiteral("10.99.0.%1").arg(i + 1);
    }
    controller.setRecords(records);
    for (const RecordChoice &record : controller.records())
        QVERIFY2(record.conflicts.isEmpty(), describe(record.conflicts));

    bool ok = false;
    QString message;
    QVERIFY(WizardFixture::run(
                    controller, [&] { controller.prepare(); }, &ok)
            && ok);
    QVERIFY(WizardFixture::run(
            controller, [&] { controller.apply(); }, &ok, &message));
    QVERIFY2(ok, qPrintable(message + controller.summary().toText()));
    QVERIFY(WizardFixture::run(
            controller, [&] { controller.verify(); }, &ok));
    QVERIFY2(ok, qPrintable(controller.summary().toText()));
}

void SetupControllerTest::neverPutsThePasswordInTheReport()
{
    SetupController controller(m_fixture->client());
    QVERIFY(prepareAndApply(controller, QStringLiteral("Report")));
    bool ok = false;
    QVERIFY(WizardFixture::run(
            controller, [&] { controller.verify(); }, &ok));
    const SetupSummary summary = controller.summary();
    for (const QString &text : { summary.toText(), summary.toHtml() }) {
        QVERIFY(!text.contains(WizardFixture::ScannerPassword));
        QVERIFY(!text.contains(QStringLiteral("Wiz-Win-Pass-1!")));
        QVERIFY(text.contains(QStringLiteral("Report win01")));
    }
}

void SetupControllerTest::buildsTheWebServicesUrl()
{
    QCOMPARE(SetupController::webServicesUrl(
                     QUrl(QStringLiteral("https://ss.example/SecretServer"))),
             QStringLiteral("https://ss.example/SecretServer/webservices/SSWebService.asmx"));
    QCOMPARE(SetupController::webServicesUrl(QUrl(QStringLiteral("https://ss.example:8443/"))),
             QStringLiteral("https://ss.example:8443/SecretServer/webservices/SSWebService.asmx"));
    QVERIFY(IpRanges::parse(QStringLiteral("10.0.0.0/24"))
                    .overlaps(IpRanges::parse(QStringLiteral("10.0.0.5-10.0.1.1"))));
    QVERIFY(!IpRanges::parse(QStringLiteral("10.0.0.0/24"))
                     .overlaps(IpRanges::parse(QStringLiteral("10.0.1.0"))));
}

QTEST_GUILESS_MAIN(SetupControllerTest)
#include "SetupControllerTest.moc"

// The simulated Qualys scanner appliance (POST /sandbox-control/scanner/scan) against a real
// sandbox process: one test per cause a vault-backed scan fails for, one that passes, and
// what the appliance leaves behind in Secret Server (check-in, new password, audit).
// Causes that need setup get it through the real APIs: Secret Server REST as the
// administrator, the Qualys API as the Manager.
#include "ScannerFixture.h"

#include <QTest>

namespace {

const QString DmzAppliance = QStringLiteral("127.0.0.200");
const QString OutsideAppliance = QStringLiteral("127.0.1.10"); // outside 127.0.0.0/24

QString cause(const QJsonObject &verdict)
{
    return verdict.value(QStringLiteral("cause")).toString();
}
QString message(const QJsonObject &verdict)
{
    return verdict.value(QStringLiteral("message")).toString();
}

// The admin's search summary of one secret by exact name (no read, so no check-out).
QJsonObject summaryOf(ScannerFixture &sandbox, const QString &name)
{
    const QJsonArray found
            = sandbox.rest("GET",
                           QStringLiteral("/secrets?filter.searchText=%1"
                                          "&filter.isExactMatch=true")
                                   .arg(QString::fromUtf8(QUrl::toPercentEncoding(name))))
                      .object()
                      .value(QStringLiteral("records"))
                      .toArray();
    return found.size() == 1 ? found.at(0).toObject() : QJsonObject();
}

QString passwordOf(const QJsonObject &secret)
{
    for (const QJsonValue &item : secret.value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("slug")).toString() == QLatin1String("password"))
            return item.toObject().value(QStringLiteral("itemValue")).toString();
    }
    return {};
}

} // namespace

class ScannerApplianceTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passesForOneRecordOfEachType();
    void neverRepliesWithAPassword();
    void refusesAnApplianceOffLoopback();
    void refusesWithoutTheControlToken();
    void failsWhenWebServicesAreOff();
    void failsWhenTheVaultIsUnreachable();
    void failsWhenTheVaultPasswordIsWrong();
    void failsWhenTheVaultAccountIsLockedOut();
    void failsFromAnAddressOutsideTheIpRestriction();
    void failsOnANameOneCharacterOff();
    void failsOnANameDifferingByCase();
    void failsOnAnInactiveSecret();
    void failsWithoutAnyPermission();
    void failsWithListPermissionOnly();
    void failsOnApprovalForAccess();
    void failsOnRequireComment();
    void failsOnDoubleLock();
    void failsWhenCheckedOutBySomeoneElse();
    void failsWhenViewingThePasswordRequiresEdit();
    void checksTheSecretBackInAfterTheScan();
    void checkInChangesThePassword();
    void auditShowsTheApplianceAddress();
    void scansEachHostUpToTheLimit();

private:
    std::unique_ptr<ScannerFixture> m_sandbox;
};

void ScannerApplianceTest::init()
{
    m_sandbox = std::make_unique<ScannerFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->process().errorString()));
}

void ScannerApplianceTest::cleanup()
{
    m_sandbox.reset();
}

void ScannerApplianceTest::passesForOneRecordOfEachType()
{
    const QJsonArray results
            = m_sandbox->scanRecords({ example::WindowsDomain, example::UnixApp01,
                                       example::OracleErp, example::SqlCrm, example::Db2 });

    QCOMPARE(results.size(), 5);
    for (const QJsonValue &value : results) {
        const QJsonObject verdict = value.toObject();
        QCOMPARE(verdict.value(QStringLiteral("status")).toString(), QStringLiteral("Passed"));
        QCOMPARE(cause(verdict), QStringLiteral("Passed"));
        QVERIFY(!verdict.value(QStringLiteral("host")).toString().isEmpty());
        QCOMPARE(verdict.value(QStringLiteral("calls")).toArray().first().toString(),
                 QStringLiteral("Authenticate"));
    }
}

void ScannerApplianceTest::neverRepliesWithAPassword()
{
    const ProbeReply reply = m_sandbox->scan({ { QStringLiteral("appliance"), DmzAppliance } });

    QCOMPARE(reply.status, 200);
    QVERIFY(reply.object().value(QStringLiteral("passed")).toInt() >= 5);
    QVERIFY(!reply.body.contains("Sandbox-Qualys-1!"));
    // A seeded secret's password as the REST API gives it to the administrator.
    const QString password = passwordOf(
            m_sandbox->rest("GET", QStringLiteral("/secrets/%1").arg(example::UnixApp01Secret))
                    .object());
    QVERIFY(!password.isEmpty());
    QVERIFY(!reply.body.contains(password.toUtf8()));
}

void ScannerApplianceTest::refusesAnApplianceOffLoopback()
{
    const ProbeReply reply
            = m_sandbox->scan({ { QStringLiteral("appliance"), QStringLiteral("192.0.2.1") } });

    QCOMPARE(reply.status, 400);
}

void ScannerApplianceTest::refusesWithoutTheControlToken()
{
    const ProbeReply reply = m_sandbox->http().send(
            QByteArrayLiteral("POST"), QStringLiteral("/sandbox-control/scanner/scan"),
            QByteArrayLiteral("{}"), QByteArrayLiteral("application/json"));

    QCOMPARE(reply.status, 403);
    QVERIFY(!reply.object().contains(QStringLiteral("results")));
}

void ScannerApplianceTest::failsWhenWebServicesAreOff()
{
    const QJsonObject off {
        { QStringLiteral("data"),
          QJsonObject {
                  { QStringLiteral("applicationSettings"),
                    QJsonObject { { QStringLiteral("enableWebServices"),
                                    QJsonObject { { QStringLiteral("dirty"), true },
                                                  { QStringLiteral("value"), false } } } } } } }
    };
    QCOMPARE(m_sandbox->rest("PATCH", QStringLiteral("/configuration/general"), off).status, 200);

    const QJsonObject verdict = m_sandbox->verdict(example::UnixApp01);

    QCOMPARE(verdict.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    QCOMPARE(cause(verdict), QStringLiteral("WebServicesDisabled"));
}

void ScannerApplianceTest::failsWhenTheVaultIsUnreachable()
{
    // Port 1 on loopback: nothing listens there.
    const int vault = m_sandbox->createVault(
            QStringLiteral("Unreachable vault"),
            QStringLiteral("https://127.0.0.1:1/SecretServer/webservices/SSWebService.asmx"),
            QStringLiteral("svc-qualys"), QStringLiteral("Sandbox-Qualys-1!"));
    QVERIFY(vault > 0);
    const int record = m_sandbox->createUnixRecord(QStringLiteral("Unreachable"),
                                                   QStringLiteral("198.51.100.1"), vault,
                                                   QStringLiteral("Qualys Unix Scan - app01"));
    QVERIFY(record > 0);

    const QJsonObject verdict = m_sandbox->verdict(record);

    QCOMPARE(cause(verdict), QStringLiteral("VaultUnreachable"));
    QCOMPARE(verdict.value(QStringLiteral("calls")).toArray().size(), 1);
}

void ScannerApplianceTest::failsWhenTheVaultPasswordIsWrong()
{
    const int vault = m_sandbox->createVault(QStringLiteral("Wrong password"), m_sandbox->soapUrl(),
                                             QStringLiteral("svc-qualys"),
                                             QStringLiteral("Not-The-Password-1!"));
    QVERIFY(vault > 0);
    const int record = m_sandbox->createUnixRecord(QStringLiteral("Wrong password"),
                                                   QStringLiteral("198.51.100.2"), vault,
                                                   QStringLiteral("Qualys Unix Scan - app01"));
    QVERIFY(record > 0);

    const QJsonObject verdict = m_sandbox->verdict(record);

    QCOMPARE(cause(verdict), QStringLiteral("LoginRefused"));
    QVERIFY(!message(verdict).contains(QStringLiteral("Not-The-Password-1!")));
}

void ScannerApplianceTest::failsWhenTheVaultAccountIsLockedOut()
{
    // Five wrong passwords lock the account (the seed's maximumLoginFailures).
    for (int attempt = 0; attempt < 5; ++attempt)
        m_sandbox->http().passwordGrant(QStringLiteral("svc-qualys"), QStringLiteral("wrong"));

    const QJsonObject verdict = m_sandbox->verdict(example::UnixApp01);

    QCOMPARE(cause(verdict), QStringLiteral("AccountLockedOut"));
}

void ScannerApplianceTest::failsFromAnAddressOutsideTheIpRestriction()
{
    const QJsonObject verdict = m_sandbox->verdict(example::UnixApp01, OutsideAppliance);

    QCOMPARE(cause(verdict), QStringLiteral("IpRestricted"));
    QVERIFY(message(verdict).contains(OutsideAppliance));
}

void ScannerApplianceTest::failsOnANameOneCharacterOff()
{
    const QJsonObject verdict = m_sandbox->verdict(example::OneCharacterOff);

    QCOMPARE(cause(verdict), QStringLiteral("SecretNotFound"));
    QVERIFY2(message(verdict).contains(QStringLiteral("Qualys Unix Scan - app01")),
             qPrintable(message(verdict)));
}

void ScannerApplianceTest::failsOnANameDifferingByCase()
{
    const QJsonObject verdict = m_sandbox->verdict(example::CaseDiffers);

    QCOMPARE(cause(verdict), QStringLiteral("SecretNotFound"));
    QVERIFY2(message(verdict).contains(QStringLiteral("case")), qPrintable(message(verdict)));
}

void ScannerApplianceTest::failsOnAnInactiveSecret()
{
    QCOMPARE(m_sandbox->rest("DELETE", QStringLiteral("/secrets/%1").arg(example::UnixApp01Secret))
                     .status,
             200);

    const QJsonObject verdict = m_sandbox->verdict(example::UnixApp01);

    QCOMPARE(cause(verdict), QStringLiteral("SecretNotFound"));
    QVERIFY2(message(verdict).contains(QStringLiteral("inactive")), qPrintable(message(verdict)));
}

void ScannerApplianceTest::failsWithoutAnyPermission()
{
    const QJsonObject verdict = m_sandbox->verdict(example::NoPermission);

    QCOMPARE(cause(verdict), QStringLiteral("SecretNotFound"));
    QVERIFY(!verdict.value(QStringLiteral("calls"))
                     .toArray()
                     .contains(QStringLiteral("GetSecret")));
}

void ScannerApplianceTest::failsWithListPermissionOnly()
{
    const QJsonObject verdict = m_sandbox->verdict(example::ListOnly);

    QCOMPARE(cause(verdict), QStringLiteral("AccessDenied"));
}

void ScannerApplianceTest::failsOnApprovalForAccess()
{
    QCOMPARE(cause(m_sandbox->verdict(example::Approval)), QStringLiteral("ApprovalRequired"));
}

void ScannerApplianceTest::failsOnRequireComment()
{
    QCOMPARE(cause(m_sandbox->verdict(example::Comment)), QStringLiteral("CommentRequired"));
}

void ScannerApplianceTest::failsOnDoubleLock()
{
    QCOMPARE(cause(m_sandbox->verdict(example::DoubleLock)), QStringLiteral("DoubleLockRequired"));
}

void ScannerApplianceTest::failsWhenCheckedOutBySomeoneElse()
{
    const QJsonObject verdict = m_sandbox->verdict(example::CheckedOutByJdoe);

    QCOMPARE(cause(verdict), QStringLiteral("CheckedOutByOther"));
    QVERIFY(message(verdict).contains(QStringLiteral("Jane Doe")));
}

void ScannerApplianceTest::failsWhenViewingThePasswordRequiresEdit()
{
    QCOMPARE(cause(m_sandbox->verdict(example::HiddenPassword)), QStringLiteral("PasswordHidden"));
}

void ScannerApplianceTest::checksTheSecretBackInAfterTheScan()
{
    const QJsonObject verdict = m_sandbox->verdict(example::ChangeOnCheckIn);

    QCOMPARE(cause(verdict), QStringLiteral("Passed"));
    QCOMPARE(verdict.value(QStringLiteral("checkedOut")).toBool(), true);
    QCOMPARE(verdict.value(QStringLiteral("checkedIn")).toBool(), true);
    const QJsonObject summary = summaryOf(*m_sandbox, QStringLiteral("Unix Scan - bastion01"));
    QVERIFY(!summary.isEmpty());
    QCOMPARE(summary.value(QStringLiteral("checkedOut")).toBool(), false);
}

void ScannerApplianceTest::checkInChangesThePassword()
{
    // Before: the sandbox's own view, since any REST read of this secret checks it out (and
    // the check-in that must follow would change the password already).
    const QString before = m_sandbox->storedPassword(example::BastionSecret);
    QVERIFY(!before.isEmpty());

    QCOMPARE(cause(m_sandbox->verdict(example::ChangeOnCheckIn)), QStringLiteral("Passed"));

    const QString after = passwordOf(
            m_sandbox->rest("GET", QStringLiteral("/secrets/%1").arg(example::BastionSecret))
                    .object());
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
}

void ScannerApplianceTest::auditShowsTheApplianceAddress()
{
    QCOMPARE(cause(m_sandbox->verdict(example::ChangeOnCheckIn)), QStringLiteral("Passed"));

    const QJsonArray audits
            = m_sandbox
                      ->rest("GET",
                             QStringLiteral("/secrets/%1/audits").arg(example::BastionSecret))
                      .object()
                      .value(QStringLiteral("records"))
                      .toArray();
    QStringList fromAppliance;
    for (const QJsonValue &value : audits) {
        const QJsonObject audit = value.toObject();
        if (audit.value(QStringLiteral("username")).toString() == QLatin1String("svc-qualys")
            && audit.value(QStringLiteral("ipAddress")).toString() == DmzAppliance)
            fromAppliance.append(audit.value(QStringLiteral("action")).toString());
    }
    QVERIFY2(fromAppliance.contains(QStringLiteral("VIEW")), qPrintable(fromAppliance.join(u',')));
    QVERIFY(fromAppliance.contains(QStringLiteral("CHECK OUT")));
    QVERIFY(fromAppliance.contains(QStringLiteral("CHECK IN")));
}

void ScannerApplianceTest::scansEachHostUpToTheLimit()
{
    // Record 1 covers 192.0.2.10-192.0.2.19.
    const ProbeReply reply = m_sandbox->scan({ { QStringLiteral("appliance"), DmzAppliance },
                                               { QStringLiteral("recordIds"), QJsonArray { 1 } },
                                               { QStringLiteral("maxHostsPerRecord"), 3 } });

    const QJsonArray results = reply.object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("host")).toString(),
             QStringLiteral("192.0.2.12"));
}

QTEST_GUILESS_MAIN(ScannerApplianceTest)
#include "tst_scanner_appliance.moc"

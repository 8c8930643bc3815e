// The rules that say whether the scanner will get a record's password, one cause a row.

#include "checks/RecordReadiness.h"

#include <QTest>

using secretserver::SecretSummary;

namespace {

constexpr int qualysUserId = 2;

SecretSummary secretNamed(const QString &name)
{
    SecretSummary secret;
    secret.id = 7;
    secret.name = name;
    secret.lastHeartBeatStatus = QStringLiteral("Success");
    return secret;
}

EffectiveAccess accessWithRole(const QString &role)
{
    EffectiveAccess access;
    access.userId = qualysUserId;
    access.secretId = 7;
    access.role = role;
    return access;
}

RecordFacts readyFacts()
{
    RecordFacts facts;
    facts.recordTitle = QStringLiteral("Windows servers");
    facts.secretName = QStringLiteral("Windows Scan - web01");
    facts.recordUserName = QStringLiteral("scan-win");
    facts.candidates = { secretNamed(facts.secretName) };
    facts.vaultAccountUserId = qualysUserId;
    facts.vaultAccountName = QStringLiteral("svc-qualys");
    facts.vaultAccountAccess = accessWithRole(QStringLiteral("View"));
    facts.secretUserName = QStringLiteral("scan-win");
    return facts;
}

QStringList codes(const RecordReadiness &readiness)
{
    QStringList result;
    for (const Finding &finding : readiness.findings)
        result.append(finding.code);
    return result;
}

} // namespace

using FactsChange = std::function<void(RecordFacts &)>;
Q_DECLARE_METATYPE(FactsChange)

class RecordReadinessTest final : public QObject
{
    Q_OBJECT

private slots:
    void aWellSetUpRecordIsReady();
    void eachCauseIsFound_data();
    void eachCauseIsFound();
    void blockersComeBeforeWarnings();
};

void RecordReadinessTest::aWellSetUpRecordIsReady()
{
    const RecordReadiness readiness = RecordReadiness::assess(readyFacts());

    QVERIFY2(readiness.isReady(), qPrintable(codes(readiness).join(u',')));
    QVERIFY(readiness.findings.isEmpty());
    QVERIFY(readiness.secret.has_value());
    QCOMPARE(readiness.secret->id, 7);
}

void RecordReadinessTest::eachCauseIsFound_data()
{
    QTest::addColumn<FactsChange>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("blocks");

    QTest::newRow("web services off")
            << FactsChange([](RecordFacts &f) { f.webServicesEnabled = false; })
            << QStringLiteral("server.web-services-off") << true;
    QTest::newRow("no secret") << FactsChange([](RecordFacts &f) { f.candidates.clear(); })
                               << QStringLiteral("secret.not-found") << true;
    QTest::newRow("case differs") << FactsChange([](RecordFacts &f) {
        f.candidates = { secretNamed(QStringLiteral("windows scan - WEB01")) };
    }) << QStringLiteral("secret.name-mismatch")
                                  << true;
    QTest::newRow("spacing differs") << FactsChange([](RecordFacts &f) {
        f.candidates = { secretNamed(QStringLiteral("Windows Scan -  web01 ")) };
    }) << QStringLiteral("secret.name-mismatch")
                                     << true;
    QTest::newRow("only inactive")
            << FactsChange([](RecordFacts &f) { f.candidates.first().active = false; })
            << QStringLiteral("secret.inactive") << true;
    QTest::newRow("two of that name") << FactsChange([](RecordFacts &f) {
        f.candidates.append(secretNamed(f.secretName));
        f.candidates.last().id = 8;
    }) << QStringLiteral("secret.ambiguous")
                                      << true;
    QTest::newRow("no access") << FactsChange(
            [](RecordFacts &f) { f.vaultAccountAccess = accessWithRole(QString()); })
                               << QStringLiteral("access.none") << true;
    QTest::newRow("list only") << FactsChange(
            [](RecordFacts &f) { f.vaultAccountAccess = accessWithRole(QStringLiteral("List")); })
                               << QStringLiteral("access.list-only") << true;
    QTest::newRow("hide launcher password with view")
            << FactsChange([](RecordFacts &f) { f.candidates.first().hidePassword = true; })
            << QStringLiteral("secret.hide-launcher-password") << true;
    QTest::newRow("owner is wider than needed") << FactsChange([](RecordFacts &f) {
        f.vaultAccountAccess = accessWithRole(QStringLiteral("Owner"));
    }) << QStringLiteral("access.wider-than-needed")
                                                << false;
    QTest::newRow("approval") << FactsChange(
            [](RecordFacts &f) { f.candidates.first().requiresApproval = true; })
                              << QStringLiteral("secret.approval") << true;
    QTest::newRow("comment") << FactsChange(
            [](RecordFacts &f) { f.candidates.first().requiresComment = true; })
                             << QStringLiteral("secret.comment") << true;
    QTest::newRow("doublelock") << FactsChange(
            [](RecordFacts &f) { f.candidates.first().doubleLockEnabled = true; })
                                << QStringLiteral("secret.doublelock") << true;
    QTest::newRow("checked out by another") << FactsChange([](RecordFacts &f) {
        f.candidates.first().checkedOut = true;
        f.candidates.first().checkOutUserId = 4;
        f.candidates.first().checkOutUserName = QStringLiteral("jdoe");
    }) << QStringLiteral("secret.checked-out")
                                            << true;
    QTest::newRow("rotation without rpc") << FactsChange([](RecordFacts &f) {
        f.candidates.first().checkOutEnabled = true;
        f.changePasswordOnCheckIn = true;
        f.remotePasswordChangingEnabled = false;
    }) << QStringLiteral("rotation.rpc-off")
                                          << false;
    QTest::newRow("heartbeat failed") << FactsChange([](RecordFacts &f) {
        f.candidates.first().lastHeartBeatStatus = QStringLiteral("UnableToConnect");
    }) << QStringLiteral("secret.heartbeat")
                                      << false;
    QTest::newRow("out of sync") << FactsChange(
            [](RecordFacts &f) { f.candidates.first().isOutOfSync = true; })
                                 << QStringLiteral("secret.out-of-sync") << false;
    QTest::newRow("user name differs") << FactsChange(
            [](RecordFacts &f) { f.secretUserName = QStringLiteral("administrator"); })
                                       << QStringLiteral("record.user-mismatch") << false;
}

void RecordReadinessTest::eachCauseIsFound()
{
    QFETCH(FactsChange, change);
    QFETCH(QString, code);
    QFETCH(bool, blocks);
    RecordFacts facts = readyFacts();
    change(facts);

    const RecordReadiness readiness = RecordReadiness::assess(facts);

    QVERIFY2(codes(readiness).contains(code), qPrintable(codes(readiness).join(u',')));
    QCOMPARE(readiness.isReady(), !blocks);
    for (const Finding &finding : readiness.findings) {
        QVERIFY(!finding.title.isEmpty());
        QVERIFY(!finding.fix.isEmpty());
    }
}

void RecordReadinessTest::blockersComeBeforeWarnings()
{
    RecordFacts facts = readyFacts();
    facts.secretUserName = QStringLiteral("administrator"); // a warning
    facts.candidates.first().requiresComment = true; // a blocker

    const RecordReadiness readiness = RecordReadiness::assess(facts);

    QCOMPARE(readiness.findings.size(), 2);
    QCOMPARE(readiness.findings.first().severity, Finding::Severity::Blocker);
    QCOMPARE(worstSeverity(readiness.findings), Finding::Severity::Blocker);
}

QTEST_GUILESS_MAIN(RecordReadinessTest)
#include "RecordReadinessTest.moc"

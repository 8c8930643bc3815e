// The setup wizard's rules on their own: no server, facts in, findings out.
#include "wizard/SetupFindings.h"

#include "wizard/IpRanges.h"

#include <QTest>

using namespace secretserver;

namespace {

bool has(const QList<Finding> &findings, const QString &code)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&code](const Finding &finding) { return finding.code == code; });
}

ServerConfiguration config(const QJsonObject &data)
{
    return ServerConfiguration::fromJson(data);
}

} // namespace

class SetupFindingsTest : public QObject
{
    Q_OBJECT

private slots:
    void infersTheRecordType_data();
    void infersTheRecordType();
    void webServicesOffBlocks();
    void rotationNeedsChangeOnCheckIn();
    void addressesOutsideTheRestrictionBlock_data();
    void addressesOutsideTheRestrictionBlock();
    void viewIsNotWiderThanNeeded();
    void ownerThroughAGroupIsWiderThanNeeded();
    void overlappingIpsOfTheSameTypeConflict();
    void ipRangesCompareCanonically();
};

void SetupFindingsTest::infersTheRecordType_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<int>("type"); // -1: none
    QTest::newRow("windows") << "Windows Account" << int(qualys::AuthRecordType::Windows);
    QTest::newRow("unix") << "Unix Account (SSH)" << int(qualys::AuthRecordType::Unix);
    QTest::newRow("oracle") << "Oracle Account" << int(qualys::AuthRecordType::Oracle);
    QTest::newRow("sql server") << "SQL Server Account" << int(qualys::AuthRecordType::MsSql);
    QTest::newRow("db2") << "IBM DB2 Account" << int(qualys::AuthRecordType::IbmDb2);
    QTest::newRow("web password") << "Web Password" << -1;
}

void SetupFindingsTest::infersTheRecordType()
{
    QFETCH(QString, templateName);
    QFETCH(int, type);
    const auto inferred = SetupFindings::recordTypeFor(templateName);
    QCOMPARE(inferred ? int(*inferred) : -1, type);
}

void SetupFindingsTest::webServicesOffBlocks()
{
    SetupFindings::ServerFacts facts;
    facts.general = config({ { QStringLiteral("applicationSettings"),
                               QJsonObject { { QStringLiteral("enableWebServices"), false } } } });
    const QList<Finding> findings = SetupFindings::server(facts);
    QVERIFY(has(findings, QStringLiteral("server.web-services-off")));
    QVERIFY(hasBlocker(findings));
}

void SetupFindingsTest::rotationNeedsChangeOnCheckIn()
{
    SetupFindings::ServerFacts facts;
    facts.rpc = config({ { QStringLiteral("enableRpc"), true },
                         { QStringLiteral("enablePasswordChangeOnCheckIn"), false } });
    QVERIFY(has(SetupFindings::server(facts), QStringLiteral("server.check-in-change-off")));
    QVERIFY(!SetupFindings::rotationPossible(facts));
}

void SetupFindingsTest::addressesOutsideTheRestrictionBlock_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("blocked");
    QTest::newRow("inside") << "10.1.2.3" << false;
    QTest::newRow("outside") << "10.1.3.3" << true;
}

void SetupFindingsTest::addressesOutsideTheRestrictionBlock()
{
    QFETCH(QString, address);
    QFETCH(bool, blocked);
    User user;
    user.userName = QStringLiteral("svc");
    user.isApplicationAccount = true;
    IpRestriction restriction;
    restriction.range = QStringLiteral("10.1.2.0/24");
    const auto findings = SetupFindings::account(user, { restriction }, { address });
    QCOMPARE(has(findings, QStringLiteral("account.ip-excluded")), blocked);
}

void SetupFindingsTest::viewIsNotWiderThanNeeded()
{
    FolderPermission view;
    view.userId = 7;
    view.folderRole = QStringLiteral("View");
    view.secretRole = QStringLiteral("View");
    ServiceAccount account { Principal { false, 7, QStringLiteral("svc") }, 7,
                             QStringLiteral("svc") };
    QVERIFY(SetupFindings::folderPermissions({ view }, account, {}).isEmpty());
}

void SetupFindingsTest::ownerThroughAGroupIsWiderThanNeeded()
{
    FolderPermission owner;
    owner.groupId = 3;
    owner.groupName = QStringLiteral("Ops");
    owner.folderRole = QStringLiteral("Owner");
    owner.secretRole = QStringLiteral("Owner");
    ServiceAccount account { Principal { false, 7, QStringLiteral("svc") }, 7,
                             QStringLiteral("svc") };
    QVERIFY(has(SetupFindings::folderPermissions({ owner }, account, { 3 }),
                QStringLiteral("folder.wider-than-needed")));
    QVERIFY(SetupFindings::folderPermissions({ owner }, account, { 4 }).isEmpty());
}

void SetupFindingsTest::overlappingIpsOfTheSameTypeConflict()
{
    RecordChoice wanted;
    wanted.type = qualys::AuthRecordType::Unix;
    wanted.title = QStringLiteral("new");
    wanted.ips = QStringLiteral("10.0.0.5");
    qualys::AuthRecord other;
    other.type = qualys::AuthRecordType::Unix;
    other.title = QStringLiteral("old");
    other.ips = { QStringLiteral("10.0.0.1-10.0.0.9") };
    QVERIFY(has(SetupFindings::recordConflicts(wanted, { other }),
                QStringLiteral("record.ip-overlap")));
    other.type = qualys::AuthRecordType::Windows;
    QVERIFY(SetupFindings::recordConflicts(wanted, { other }).isEmpty());
}

void SetupFindingsTest::ipRangesCompareCanonically()
{
    QCOMPARE(IpRanges::parse(QStringLiteral("10.0.0.2, 10.0.0.1-10.0.0.1")).canonical(),
             QStringLiteral("10.0.0.1,10.0.0.2"));
    QVERIFY(!IpRanges::parse(QStringLiteral("10.0.0.300")).isValid());
    QVERIFY(IpRanges::parse(QStringLiteral("10.0.0.0/30")).contains(QStringLiteral("10.0.0.3")));
}

QTEST_GUILESS_MAIN(SetupFindingsTest)
#include "SetupFindingsTest.moc"

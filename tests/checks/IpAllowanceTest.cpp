// IpAllowance: the appliance-address check against a user's IP address restrictions, data
// driven over the range forms Secret Server stores (CIDR and single addresses).
#include "checks/IpAllowance.h"

#include <QTest>

namespace {

QList<IpAllowance::Restriction> ranges(const QStringList &texts)
{
    QList<IpAllowance::Restriction> list;
    for (const QString &text : texts)
        list << IpAllowance::Restriction { QStringLiteral("R ") + text, text };
    return list;
}

} // namespace

class IpAllowanceTest : public QObject
{
    Q_OBJECT

private slots:
    void checksOneAddress_data();
    void checksOneAddress();
    void splitsTheTypedList();
    void namesTheMatchingRestriction();
    void reportsUnreadableRanges();
};

void IpAllowanceTest::checksOneAddress_data()
{
    QTest::addColumn<QStringList>("restrictions");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("allowed");

    const QStringList estateQualys { QStringLiteral("127.0.0.0/24") };
    const QStringList estateDmz { QStringLiteral("127.0.0.200/32") };
    QTest::newRow("no restriction: anywhere") << QStringList() << u"10.1.2.3"_qs << true << true;
    QTest::newRow("/24 holds .200") << estateQualys << u"127.0.0.200"_qs << true << true;
    QTest::newRow("/24 holds .1") << estateQualys << u"127.0.0.1"_qs << true << true;
    QTest::newRow("/24 not next net") << estateQualys << u"127.0.1.1"_qs << true << false;
    QTest::newRow("/32 holds itself") << estateDmz << u"127.0.0.200"_qs << true << true;
    QTest::newRow("/32 not neighbour") << estateDmz << u"127.0.0.1"_qs << true << false;
    QTest::newRow("single address form")
            << QStringList { u"192.168.5.9"_qs } << u"192.168.5.9"_qs << true << true;
    QTest::newRow("single address other")
            << QStringList { u"192.168.5.9"_qs } << u"192.168.5.10"_qs << true << false;
    QTest::newRow("second range matches") << QStringList { u"10.0.0.0/8"_qs, u"172.16.0.0/12"_qs }
                                          << u"172.31.255.254"_qs << true << true;
    QTest::newRow("/0 allows all")
            << QStringList { u"0.0.0.0/0"_qs } << u"8.8.8.8"_qs << true << true;
    QTest::newRow("spaces in stored range")
            << QStringList { u" 10.0.0.0/16 "_qs } << u"10.0.200.1"_qs << true << true;
    QTest::newRow("unreadable range allows nothing")
            << QStringList { u"not-a-range"_qs } << u"10.0.0.1"_qs << true << false;
    QTest::newRow("hostname is not an address")
            << estateQualys << u"scanner01"_qs << false << false;
    QTest::newRow("octet out of range") << estateQualys << u"127.0.0.300"_qs << false << false;
    QTest::newRow("short numeric form refused")
            << QStringList() << u"2130706433"_qs << false << false;
    QTest::newRow("IPv6 refused") << QStringList() << u"::1"_qs << false << false;
}

void IpAllowanceTest::checksOneAddress()
{
    QFETCH(QStringList, restrictions);
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QFETCH(bool, allowed);

    const IpAllowance allowance(ranges(restrictions));
    const IpAllowance::Verdict verdict = allowance.check(address);
    QCOMPARE(verdict.valid, valid);
    QCOMPARE(verdict.allowed, allowed);
    QVERIFY(verdict.explanation.contains(address));
}

void IpAllowanceTest::splitsTheTypedList()
{
    QCOMPARE(IpAllowance::splitAddresses(u" 127.0.0.200,127.0.0.1 ; 10.0.0.1,,"_qs),
             (QStringList { u"127.0.0.200"_qs, u"127.0.0.1"_qs, u"10.0.0.1"_qs }));
    const IpAllowance allowance(ranges({ u"127.0.0.200/32"_qs }));
    const auto verdicts = allowance.checkAll(u"127.0.0.200, 127.0.0.1"_qs);
    QCOMPARE(verdicts.size(), 2);
    QVERIFY(verdicts.at(0).allowed);
    QVERIFY(!verdicts.at(1).allowed);
}

void IpAllowanceTest::namesTheMatchingRestriction()
{
    const IpAllowance allowance({ { u"Scanner appliances"_qs, u"127.0.0.0/24"_qs },
                                  { u"DMZ scanner"_qs, u"127.0.0.200/32"_qs } });
    const IpAllowance::Verdict verdict = allowance.check(u"127.0.0.5"_qs);
    QVERIFY(verdict.allowed);
    QCOMPARE(verdict.matchedName, u"Scanner appliances"_qs);
}

void IpAllowanceTest::reportsUnreadableRanges()
{
    const IpAllowance allowance(ranges({ u"10.0.0.0/8"_qs, u"10.0.0.0/99"_qs, u"x"_qs }));
    QCOMPARE(allowance.unreadableRanges(), (QStringList { u"10.0.0.0/99"_qs, u"x"_qs }));
}

QTEST_APPLESS_MAIN(IpAllowanceTest)
#include "IpAllowanceTest.moc"

// The ID and IP range arithmetic behind `ids`, `ips`, ID_SET, IP_SET and the overlap rule.
#include "qualys/RangeSet.h"

#include <QTest>

using sandbox::RangeSet;

class QualysRangeSetTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesIds_data();
    void parsesIds();
    void parsesIps_data();
    void parsesIps();
    void intersectsOnlyWhenSharing_data();
    void intersectsOnlyWhenSharing();
    void removesFromTheMiddle();
    void containsUsesRangeBounds();
};

void QualysRangeSetTest::parsesIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised"); // empty: rejected

    QTest::newRow("single") << "7"
                            << "7";
    QTest::newRow("list and range") << "9,1-3,4"
                                    << "1-4,9";
    QTest::newRow("spaces") << " 1 , 5 - 6 "
                            << "1,5-6";
    QTest::newRow("overlapping") << "1-5,3-8"
                                 << "1-8";
    QTest::newRow("zero") << "0"
                          << "";
    QTest::newRow("negative") << "-3"
                              << "";
    QTest::newRow("backwards") << "5-2"
                               << "";
    QTest::newRow("word") << "one"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("empty item") << "1,,2"
                                << "";
    QTest::newRow("too large") << "1-99999999999"
                               << "";
}

void QualysRangeSetTest::parsesIds()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);

    const std::optional<RangeSet> set = RangeSet::parseIds(text);

    QCOMPARE(set.has_value(), !normalised.isEmpty());
    if (set)
        QCOMPARE(set->toIdText(), normalised);
}

void QualysRangeSetTest::parsesIps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("single") << "10.0.0.1"
                            << "10.0.0.1";
    QTest::newRow("range and single") << "10.0.0.9,10.0.0.1-10.0.0.3"
                                      << "10.0.0.1-10.0.0.3,10.0.0.9";
    QTest::newRow("adjacent merge") << "10.0.0.1-10.0.0.3,10.0.0.4"
                                    << "10.0.0.1-10.0.0.4";
    QTest::newRow("octet too big") << "10.0.0.256"
                                   << "";
    QTest::newRow("short form") << "10.1"
                                << "";
    QTest::newRow("ipv6") << "::1"
                          << "";
    QTest::newRow("backwards") << "10.0.0.9-10.0.0.1"
                               << "";
    QTest::newRow("cidr") << "10.0.0.0/24"
                          << "";
}

void QualysRangeSetTest::parsesIps()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);

    const std::optional<RangeSet> set = RangeSet::parseIps(text);

    QCOMPARE(set.has_value(), !normalised.isEmpty());
    if (set)
        QCOMPARE(set->toIpText(), normalised);
}

void QualysRangeSetTest::intersectsOnlyWhenSharing_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("shared");

    QTest::newRow("inside") << "10.0.0.1-10.0.0.10"
                            << "10.0.0.5" << true;
    QTest::newRow("edge") << "10.0.0.1-10.0.0.10"
                          << "10.0.0.10-10.0.0.20" << true;
    QTest::newRow("adjacent") << "10.0.0.1-10.0.0.10"
                              << "10.0.0.11" << false;
    QTest::newRow("between ranges") << "10.0.0.1,10.0.0.9"
                                    << "10.0.0.2-10.0.0.8" << false;
}

void QualysRangeSetTest::intersectsOnlyWhenSharing()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, shared);

    const RangeSet first = *RangeSet::parseIps(a);
    const RangeSet second = *RangeSet::parseIps(b);

    QCOMPARE(first.intersects(second), shared);
    QCOMPARE(second.intersects(first), shared);
}

void QualysRangeSetTest::removesFromTheMiddle()
{
    RangeSet set = *RangeSet::parseIds(QStringLiteral("1-10,20-30"));

    set.remove(*RangeSet::parseIds(QStringLiteral("3,5-6,10-20,30")));

    QCOMPARE(set.toIdText(), QStringLiteral("1-2,4,7-9,21-29"));
}

void QualysRangeSetTest::containsUsesRangeBounds()
{
    const RangeSet set = *RangeSet::parseIds(QStringLiteral("2-4,8"));

    QVERIFY(!set.contains(1));
    QVERIFY(set.contains(2));
    QVERIFY(set.contains(4));
    QVERIFY(!set.contains(5));
    QVERIFY(set.contains(8));
    QVERIFY(!set.contains(9));
    QCOMPARE(set.count(), quint64(4));
}

QTEST_GUILESS_MAIN(QualysRangeSetTest)
#include "tst_qualys_rangeset.moc"

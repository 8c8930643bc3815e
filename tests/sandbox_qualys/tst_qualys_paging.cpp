// Lists stop at 1,000 records and name the next page in a WARNING, per type and in the
// summary list.
#include "QualysProbe.h"

#include <QTest>
#include <QUrl>

class QualysPagingTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void typeListStopsAtOneThousand();
    void warningUrlLeadsToTheRest();
    void warningUrlKeepsFilters();
    void summaryListStopsAtOneThousand();
    void shortListHasNoWarning();

private:
    // The path and query of a WARNING URL, for the probe.
    static QString pathOf(const QString &url);

    SandboxProcess m_sandbox;
    std::unique_ptr<QualysProbe> m_probe;
    int m_first = 0;
    int m_last = 0;
};

void QualysPagingTest::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_probe = std::make_unique<QualysProbe>(m_sandbox);
    QCOMPARE(m_probe->control("PUT", QStringLiteral("limits"),
                              { { QStringLiteral("callsPerWindow"), 100000 } })
                     .status,
             200);

    const ProbeReply generated
            = m_probe->control("POST", QStringLiteral("records/generate"),
                               { { QStringLiteral("type"), QStringLiteral("unix") },
                                 { QStringLiteral("count"), 1001 } });
    QCOMPARE(generated.status, 200);
    m_first = generated.object().value(QStringLiteral("first")).toInt();
    m_last = generated.object().value(QStringLiteral("last")).toInt();
    QCOMPARE(m_last - m_first, 1000);
}

QString QualysPagingTest::pathOf(const QString &url)
{
    const QUrl parsed(url);
    return parsed.path() + u'?' + parsed.query(QUrl::FullyEncoded);
}

void QualysPagingTest::typeListStopsAtOneThousand()
{
    const ProbeReply reply = m_probe->get(qualyspath::record(QStringLiteral("unix")),
                                          { { QStringLiteral("action"), QStringLiteral("list") } });

    QCOMPARE(reply.status, 200);
    const XmlReply xml(reply.body);
    QCOMPARE(xml.nodes(QStringLiteral("RESPONSE/AUTH_UNIX_LIST/AUTH_UNIX")).size(), 1000);
    const XmlReply::Node *warning = xml.node(QStringLiteral("RESPONSE/WARNING"));
    QVERIFY(warning);
    QVERIFY(!warning->childText(QStringLiteral("TEXT")).isEmpty());
    const QUrl url(warning->childText(QStringLiteral("URL")));
    QCOMPARE(url.path(), qualyspath::record(QStringLiteral("unix")));
    QVERIFY(url.query().contains(QStringLiteral("id_min=")));
}

void QualysPagingTest::warningUrlLeadsToTheRest()
{
    const XmlReply first(m_probe->get(qualyspath::record(QStringLiteral("unix")),
                                      { { QStringLiteral("action"), QStringLiteral("list") } })
                                 .body);
    const QString next = first.text(QStringLiteral("RESPONSE/WARNING/URL"));
    QVERIFY(!next.isEmpty());

    const ProbeReply reply = m_probe->send("GET", pathOf(next), {}, {}, m_probe->standardHeaders());

    QCOMPARE(reply.status, 200);
    const XmlReply xml(reply.body);
    const QStringList firstIds
            = first.texts(QStringLiteral("RESPONSE/AUTH_UNIX_LIST/AUTH_UNIX/ID"));
    const QStringList restIds = xml.texts(QStringLiteral("RESPONSE/AUTH_UNIX_LIST/AUTH_UNIX/ID"));
    // 1,001 generated + the 5 unix records of the example tenant (QualysExample.cpp).
    QCOMPARE(firstIds.size() + restIds.size(), 1006);
    QVERIFY(restIds.first().toInt() > firstIds.last().toInt());
    QCOMPARE(restIds.last().toInt(), m_last);
    QVERIFY(!xml.node(QStringLiteral("RESPONSE/WARNING")));
}

void QualysPagingTest::warningUrlKeepsFilters()
{
    const XmlReply xml(m_probe->get(qualyspath::record(QStringLiteral("unix")),
                                    { { QStringLiteral("action"), QStringLiteral("list") },
                                      { QStringLiteral("details"), QStringLiteral("None") } })
                               .body);

    const QUrl url(xml.text(QStringLiteral("RESPONSE/WARNING/URL")));

    QVERIFY(url.query().contains(QStringLiteral("details=None")));
    QVERIFY(url.query().contains(QStringLiteral("action=list")));
    QVERIFY(!xml.node(QStringLiteral("RESPONSE/AUTH_UNIX_LIST/AUTH_UNIX/TITLE")));
}

void QualysPagingTest::summaryListStopsAtOneThousand()
{
    const XmlReply xml(
            m_probe->get(qualyspath::Auth, { { QStringLiteral("action"), QStringLiteral("list") } })
                    .body);

    QVERIFY(xml.node(QStringLiteral("RESPONSE/WARNING")));
    const QUrl url(xml.text(QStringLiteral("RESPONSE/WARNING/URL")));
    QCOMPARE(url.path(), qualyspath::Auth);
    const XmlReply rest(
            m_probe->send("GET", pathOf(url.toString()), {}, {}, m_probe->standardHeaders()).body);
    QVERIFY(rest.node(QStringLiteral("RESPONSE/AUTH_RECORDS/AUTH_UNIX_RECORDS/ID_SET")));
    QVERIFY(!rest.node(QStringLiteral("RESPONSE/WARNING")));
}

void QualysPagingTest::shortListHasNoWarning()
{
    const XmlReply xml(m_probe->get(qualyspath::record(QStringLiteral("unix")),
                                    { { QStringLiteral("action"), QStringLiteral("list") },
                                      { QStringLiteral("id_min"), QString::number(m_last - 10) } })
                               .body);

    QCOMPARE(xml.nodes(QStringLiteral("RESPONSE/AUTH_UNIX_LIST/AUTH_UNIX")).size(), 11);
    QVERIFY(!xml.node(QStringLiteral("RESPONSE/WARNING")));
}

QTEST_GUILESS_MAIN(QualysPagingTest)
#include "tst_qualys_paging.moc"

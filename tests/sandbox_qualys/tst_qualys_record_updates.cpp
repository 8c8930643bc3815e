// /api/2.0/fo/auth/<type>/ update and delete: changed fields, IP lists, login type
// switches, several records at once, "nothing to change" and unknown IDs.
#include "RecordForms.h"

#include <QTest>

using namespace recordform;

class QualysRecordUpdateTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void updateChangesRecord();
    void updateWithoutEffectHasNothingToChange();
    void updateAddsAndRemovesIps();
    void updateSwitchesLoginType();
    void updateSeveralRecordsAtOnce();
    void updateRefusesSharedTitleAcrossItsRecords();
    void updateRejectsUnknownIds_data();
    void updateRejectsUnknownIds();
    void deleteRemovesRecords();
    void deleteRejectsIdOfOtherType();

private:
    QString nextIp();
    int create(const QString &type, const Form &form);
    XmlReply list(const QString &type, const Form &filters = {});

    SandboxProcess m_sandbox;
    std::unique_ptr<QualysProbe> m_probe;
    int m_nextHost = 1;
};

void QualysRecordUpdateTest::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_probe = std::make_unique<QualysProbe>(m_sandbox);
    const ProbeReply limits = m_probe->control("PUT", QStringLiteral("limits"),
                                               { { QStringLiteral("callsPerWindow"), 100000 } });
    QCOMPARE(limits.status, 200);
}

QString QualysRecordUpdateTest::nextIp()
{
    const int host = m_nextHost++;
    return QStringLiteral("172.16.%1.%2").arg(host / 250).arg(host % 250 + 1);
}

int QualysRecordUpdateTest::create(const QString &type, const Form &form)
{
    const ProbeReply reply = m_probe->post(qualyspath::record(type), form);
    if (reply.status != 200
        || qualysreply::batchText(reply) != QLatin1String("Successfully Created"))
        return 0;
    return qualysreply::batchId(reply);
}

XmlReply QualysRecordUpdateTest::list(const QString &type, const Form &filters)
{
    return XmlReply(
            m_probe->get(qualyspath::record(type),
                         Form { { QStringLiteral("action"), QStringLiteral("list") } } + filters)
                    .body);
}

void QualysRecordUpdateTest::updateChangesRecord()
{
    const int id = create(QStringLiteral("unix"),
                          basicForm(QStringLiteral("unix"), QStringLiteral("To update"), nextIp()));
    QVERIFY(id > 0);
    const QString ip = nextIp();

    const ProbeReply reply = m_probe->post(qualyspath::record(QStringLiteral("unix")),
                                           { { QStringLiteral("action"), QStringLiteral("update") },
                                             { QStringLiteral("ids"), QString::number(id) },
                                             { QStringLiteral("comments"), QStringLiteral("new") },
                                             { QStringLiteral("ips"), ip } });

    QCOMPARE(reply.status, 200);
    QCOMPARE(qualysreply::batchText(reply), QStringLiteral("Successfully Updated"));
    QCOMPARE(qualysreply::batchId(reply), id);
    const XmlReply listed
            = list(QStringLiteral("unix"), { { QStringLiteral("ids"), QString::number(id) } });
    QCOMPARE(listed.text(QStringLiteral("RESPONSE/AUTH_UNIX_LIST/AUTH_UNIX/COMMENTS")),
             QStringLiteral("new"));
    QCOMPARE(listed.texts(QStringLiteral("RESPONSE/AUTH_UNIX_LIST/AUTH_UNIX/IP_SET/IP")),
             QStringList { ip });
}

void QualysRecordUpdateTest::updateWithoutEffectHasNothingToChange()
{
    const Form form = with(basicForm(QStringLiteral("windows"), QStringLiteral("Stable"), nextIp()),
                           QStringLiteral("comments"), QStringLiteral("same"));
    const int id = create(QStringLiteral("windows"), form);
    QVERIFY(id > 0);

    const ProbeReply reply
            = m_probe->post(qualyspath::record(QStringLiteral("windows")),
                            { { QStringLiteral("action"), QStringLiteral("update") },
                              { QStringLiteral("ids"), QString::number(id) },
                              { QStringLiteral("comments"), QStringLiteral("same") } });

    QCOMPARE(reply.status, 200);
    QVERIFY(qualysreply::batchText(reply).contains(QStringLiteral("othing to change")));
}

void QualysRecordUpdateTest::updateAddsAndRemovesIps()
{
    const int id = create(QStringLiteral("unix"),
                          basicForm(QStringLiteral("unix"), QStringLiteral("Growing"),
                                    QStringLiteral("10.20.0.1-10.20.0.10")));
    QVERIFY(id > 0);
    const auto update = [&](const char *name, const char *ips) {
        return m_probe->post(qualyspath::record(QStringLiteral("unix")),
                             { { QStringLiteral("action"), QStringLiteral("update") },
                               { QStringLiteral("ids"), QString::number(id) },
                               { QLatin1String(name), QLatin1String(ips) } });
    };

    QCOMPARE(update("add_ips", "10.20.0.11-10.20.0.12").status, 200);
    QCOMPARE(update("remove_ips", "10.20.0.5").status, 200);

    const XmlReply listed
            = list(QStringLiteral("unix"), { { QStringLiteral("ids"), QString::number(id) } });
    QCOMPARE(listed.texts(QStringLiteral("RESPONSE/AUTH_UNIX_LIST/AUTH_UNIX/IP_SET/IP_RANGE")),
             (QStringList { QStringLiteral("10.20.0.1-10.20.0.4"),
                            QStringLiteral("10.20.0.6-10.20.0.12") }));
}

void QualysRecordUpdateTest::updateSwitchesLoginType()
{
    const int id
            = create(QStringLiteral("windows"),
                     basicForm(QStringLiteral("windows"), QStringLiteral("Switcher"), nextIp()));
    QVERIFY(id > 0);

    const ProbeReply toVault = m_probe->post(
            qualyspath::record(QStringLiteral("windows")),
            { { QStringLiteral("action"), QStringLiteral("update") },
              { QStringLiteral("ids"), QString::number(id) },
              { QStringLiteral("login_type"), QStringLiteral("vault") },
              { QStringLiteral("vault_id"), QStringLiteral("1") },
              { QStringLiteral("vault_type"), Thycotic },
              { QStringLiteral("secret_name"), QStringLiteral("WIN-SCAN-02 Administrator") } });
    const ProbeReply backWithoutPassword
            = m_probe->post(qualyspath::record(QStringLiteral("windows")),
                            { { QStringLiteral("action"), QStringLiteral("update") },
                              { QStringLiteral("ids"), QString::number(id) },
                              { QStringLiteral("login_type"), QStringLiteral("basic") } });

    QCOMPARE(qualysreply::batchText(toVault), QStringLiteral("Successfully Updated"));
    const XmlReply listed
            = list(QStringLiteral("windows"), { { QStringLiteral("ids"), QString::number(id) } });
    QCOMPARE(listed.text(QStringLiteral("RESPONSE/AUTH_WINDOWS_LIST/AUTH_WINDOWS/SECRET_NAME")),
             QStringLiteral("WIN-SCAN-02 Administrator"));
    QCOMPARE(backWithoutPassword.status, 400);
    QCOMPARE(qualysreply::code(backWithoutPassword), QStringLiteral("1903"));
}

void QualysRecordUpdateTest::updateSeveralRecordsAtOnce()
{
    const int first = create(QStringLiteral("unix"),
                             basicForm(QStringLiteral("unix"), QStringLiteral("Pair 1"), nextIp()));
    const int second
            = create(QStringLiteral("unix"),
                     basicForm(QStringLiteral("unix"), QStringLiteral("Pair 2"), nextIp()));
    QVERIFY(first > 0 && second == first + 1);

    const ProbeReply reply = m_probe->post(
            qualyspath::record(QStringLiteral("unix")),
            { { QStringLiteral("action"), QStringLiteral("update") },
              { QStringLiteral("ids"), QStringLiteral("%1-%2").arg(first).arg(second) },
              { QStringLiteral("comments"), QStringLiteral("both") } });

    QCOMPARE(reply.status, 200);
    QCOMPARE(XmlReply(reply.body).text(QStringLiteral("RESPONSE/BATCH_LIST/BATCH/ID_SET/ID_RANGE")),
             QStringLiteral("%1-%2").arg(first).arg(second));
}

void QualysRecordUpdateTest::updateRefusesSharedTitleAcrossItsRecords()
{
    const int first = create(QStringLiteral("unix"),
                             basicForm(QStringLiteral("unix"), QStringLiteral("Twin 1"), nextIp()));
    const int second
            = create(QStringLiteral("unix"),
                     basicForm(QStringLiteral("unix"), QStringLiteral("Twin 2"), nextIp()));
    QVERIFY(first > 0 && second > 0);

    const ProbeReply reply = m_probe->post(
            qualyspath::record(QStringLiteral("unix")),
            { { QStringLiteral("action"), QStringLiteral("update") },
              { QStringLiteral("ids"), QStringLiteral("%1,%2").arg(first).arg(second) },
              { QStringLiteral("title"), QStringLiteral("Twins") } });

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1905"));
}

void QualysRecordUpdateTest::updateRejectsUnknownIds_data()
{
    QTest::addColumn<QString>("ids");
    QTest::addColumn<QString>("code");

    QTest::newRow("unknown") << QStringLiteral("987654") << QStringLiteral("1905");
    QTest::newRow("malformed") << QStringLiteral("1,x") << QStringLiteral("1905");
    QTest::newRow("backwards range") << QStringLiteral("9-3") << QStringLiteral("1905");
    QTest::newRow("huge range") << QStringLiteral("1-999999999") << QStringLiteral("1905");
    QTest::newRow("empty") << QString() << QStringLiteral("1903");
}

void QualysRecordUpdateTest::updateRejectsUnknownIds()
{
    QFETCH(QString, ids);
    QFETCH(QString, code);

    const ProbeReply reply = m_probe->post(qualyspath::record(QStringLiteral("unix")),
                                           { { QStringLiteral("action"), QStringLiteral("update") },
                                             { QStringLiteral("ids"), ids },
                                             { QStringLiteral("comments"), QStringLiteral("x") } });

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), code);
}

void QualysRecordUpdateTest::deleteRemovesRecords()
{
    const int first
            = create(QStringLiteral("ms_sql"),
                     basicForm(QStringLiteral("ms_sql"), QStringLiteral("Doomed 1"), nextIp()));
    const int second
            = create(QStringLiteral("ms_sql"),
                     basicForm(QStringLiteral("ms_sql"), QStringLiteral("Doomed 2"), nextIp()));
    QVERIFY(first > 0 && second == first + 1);

    const ProbeReply reply = m_probe->post(
            qualyspath::record(QStringLiteral("ms_sql")),
            { { QStringLiteral("action"), QStringLiteral("delete") },
              { QStringLiteral("ids"), QStringLiteral("%1-%2").arg(first).arg(second) } });

    QCOMPARE(reply.status, 200);
    QCOMPARE(qualysreply::batchText(reply), QStringLiteral("Successfully Deleted"));
    QCOMPARE(XmlReply(reply.body).text(QStringLiteral("RESPONSE/BATCH_LIST/BATCH/ID_SET/ID_RANGE")),
             QStringLiteral("%1-%2").arg(first).arg(second));
    const XmlReply listed
            = list(QStringLiteral("ms_sql"),
                   { { QStringLiteral("ids"), QStringLiteral("%1-%2").arg(first).arg(second) } });
    QVERIFY(listed.nodes(QStringLiteral("RESPONSE/AUTH_MS_SQL_LIST/AUTH_MS_SQL")).isEmpty());
}

void QualysRecordUpdateTest::deleteRejectsIdOfOtherType()
{
    // Record 1 is the seeded Windows record.
    const ProbeReply reply = m_probe->post(qualyspath::record(QStringLiteral("unix")),
                                           { { QStringLiteral("action"), QStringLiteral("delete") },
                                             { QStringLiteral("ids"), QStringLiteral("1") } });

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1905"));
    QCOMPARE(list(QStringLiteral("windows"), { { QStringLiteral("ids"), QStringLiteral("1") } })
                     .texts(QStringLiteral("RESPONSE/AUTH_WINDOWS_LIST/AUTH_WINDOWS/ID")),
             QStringList { QStringLiteral("1") });
}

QTEST_GUILESS_MAIN(QualysRecordUpdateTest)
#include "tst_qualys_record_updates.moc"

// Secret Server REST check-out: automatic check-out on read, others refused, check-in with
// password change, the interval ending, and noAutoCheckout.
#include "RestSandbox.h"

#include <QtTest>

class TestSecretServerCheckOut : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readingChecksOutToTheReader();
    void otherUserIsRefusedWhileCheckedOut();
    void checkInChangesThePasswordAndAuditsIt();
    void intervalEndChecksInAutomatically();
    void noAutoCheckoutAsksForACheckOut();
    void seededCheckOutBlocksOthers();
    void stateReportsTheHolder();

private:
    std::unique_ptr<RestSandbox> m_sandbox;
    QByteArray m_qualys;
    QByteArray m_jdoe;
    QString m_path;
};

void TestSecretServerCheckOut::init()
{
    m_sandbox = std::make_unique<RestSandbox>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->process().errorString()));
    m_qualys = m_sandbox->qualys();
    m_jdoe = m_sandbox->jdoe();
    m_path = QStringLiteral("/secrets/%1").arg(seed::CheckOutChange);
}

void TestSecretServerCheckOut::readingChecksOutToTheReader()
{
    const ProbeReply reply = m_sandbox->get(m_path, m_qualys);

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("checkedOut")).toBool(), true);
    QCOMPARE(reply.object().value(QStringLiteral("checkOutUserId")).toInt(), seed::Qualys);
    QCOMPARE(m_sandbox->get(m_path, m_qualys).status, 200); // the holder reads again
}

void TestSecretServerCheckOut::otherUserIsRefusedWhileCheckedOut()
{
    m_sandbox->get(m_path, m_qualys);

    const ProbeReply reply = m_sandbox->get(m_path, m_jdoe);

    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("API_SecretCheckedOutByAnotherUser"));
}

void TestSecretServerCheckOut::checkInChangesThePasswordAndAuditsIt()
{
    const QString before = m_sandbox->storedValue(seed::CheckOutChange, QStringLiteral("password"));
    m_sandbox->get(m_path, m_qualys);

    const ProbeReply checkIn
            = m_sandbox->send("POST", m_path + QStringLiteral("/check-in"), {}, m_qualys);

    QCOMPARE(checkIn.status, 200);
    QCOMPARE(checkIn.object().value(QStringLiteral("checkedOut")).toBool(), false);
    const QString after = m_sandbox->storedValue(seed::CheckOutChange, QStringLiteral("password"));
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QStringList actions;
    const QJsonArray audits = m_sandbox->get(m_path + QStringLiteral("/audits?take=50"), m_jdoe)
                                      .object()
                                      .value(QStringLiteral("records"))
                                      .toArray();
    for (const QJsonValue &audit : audits)
        actions.append(audit.toObject().value(QStringLiteral("action")).toString());
    QVERIFY(actions.contains(QStringLiteral("CHANGE PASSWORD")));
    QVERIFY(actions.contains(QStringLiteral("CHECK IN")));
    QVERIFY(actions.contains(QStringLiteral("CHECK OUT")));
}

void TestSecretServerCheckOut::intervalEndChecksInAutomatically()
{
    const QString before = m_sandbox->storedValue(seed::CheckOutChange, QStringLiteral("password"));
    m_sandbox->get(m_path, m_qualys);

    m_sandbox->control(QStringLiteral("advance-clock"), { { QStringLiteral("seconds"), 31 * 60 } });

    const QByteArray jdoe = m_sandbox->jdoe(); // the earlier token has expired meanwhile
    const ProbeReply reply = m_sandbox->get(m_path, jdoe);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("checkOutUserId")).toInt(), seed::Jdoe);
    QVERIFY(m_sandbox->storedValue(seed::CheckOutChange, QStringLiteral("password")) != before);
}

void TestSecretServerCheckOut::noAutoCheckoutAsksForACheckOut()
{
    const ProbeReply reply
            = m_sandbox->get(m_path + QStringLiteral("?noAutoCheckout=true"), m_qualys);

    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("API_CheckOutRequired"));
    QCOMPARE(m_sandbox->get(m_path + QStringLiteral("/state"), m_qualys)
                     .object()
                     .value(QStringLiteral("isCheckedOut"))
                     .toBool(),
             false);
}

void TestSecretServerCheckOut::seededCheckOutBlocksOthers()
{
    const ProbeReply reply
            = m_sandbox->get(QStringLiteral("/secrets/%1").arg(seed::CheckedOutByJdoe), m_qualys);

    QCOMPARE(errorCode(reply), QStringLiteral("API_SecretCheckedOutByAnotherUser"));
}

void TestSecretServerCheckOut::stateReportsTheHolder()
{
    m_sandbox->send("POST", m_path + QStringLiteral("/check-out"), {}, m_qualys);

    const QJsonObject state = m_sandbox->get(m_path + QStringLiteral("/state"), m_jdoe).object();

    QCOMPARE(state.value(QStringLiteral("isCheckedOut")).toBool(), true);
    QCOMPARE(state.value(QStringLiteral("isCheckedOutByCurrentUser")).toBool(), false);
    QCOMPARE(state.value(QStringLiteral("checkedOutUserDisplayName")).toString(),
             QStringLiteral("Qualys Scanner"));
    QCOMPARE(state.value(QStringLiteral("secretState")).toString(),
             QStringLiteral("RequiresCheckout"));
}

QTEST_GUILESS_MAIN(TestSecretServerCheckOut)
#include "tst_ss_checkout.moc"

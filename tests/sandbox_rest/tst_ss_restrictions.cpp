// Secret Server REST restrictions: Require Comment, Approval, DoubleLock, Hide Launcher
// Password, and IP address restrictions on logins by source address.
#include "RestSandbox.h"

#include <QtTest>

class TestSecretServerRestrictions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restrictedSecretRefusesPlainGet_data();
    void restrictedSecretRefusesPlainGet();
    void commentUnlocksCommentRequiredSecret();
    void rightDoubleLockPasswordUnlocks();
    void approvalStaysRefusedWithAComment();
    void hiddenLauncherPasswordIsReported();
    void loginAllowedFromRestrictionRange_data();
    void loginAllowedFromRestrictionRange();
    void loginFromAnotherAddressIsAuditedWithIt();

private:
    ProbeReply grantFrom(const QString &address, const QString &user, const QString &password);

    RestSandbox m_sandbox;
    QByteArray m_qualys;
};

void TestSecretServerRestrictions::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.process().errorString()));
    m_qualys = m_sandbox.qualys();
    QVERIFY(!m_qualys.isEmpty());
}

void TestSecretServerRestrictions::restrictedSecretRefusesPlainGet_data()
{
    QTest::addColumn<int>("secretId");
    QTest::addColumn<QString>("code");
    QTest::newRow("comment") << seed::Comment
                             << QStringLiteral("API_ValidateSecretAccessCommentRequired");
    QTest::newRow("approval") << seed::Approval
                              << QStringLiteral("API_ValidateSecretAccessApprovalRequired");
    QTest::newRow("doublelock") << seed::DoubleLock
                                << QStringLiteral(
                                           "API_ValidateSecretAccessDoubleLockPasswordRequired");
}

void TestSecretServerRestrictions::restrictedSecretRefusesPlainGet()
{
    QFETCH(int, secretId);
    QFETCH(QString, code);

    const ProbeReply reply = m_sandbox.get(QStringLiteral("/secrets/%1").arg(secretId), m_qualys);

    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), code);
    QVERIFY(!reply.body.contains("itemValue"));
}

void TestSecretServerRestrictions::commentUnlocksCommentRequiredSecret()
{
    const ProbeReply reply = m_sandbox.send(
            "POST", QStringLiteral("/secrets/%1/restricted").arg(seed::Comment),
            { { QStringLiteral("comment"), QStringLiteral("Qualys scan of hr01") } }, m_qualys);

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("id")).toInt(), seed::Comment);
    const QJsonObject audit
            = m_sandbox.get(QStringLiteral("/secrets/%1/audits").arg(seed::Comment), m_qualys)
                      .object()
                      .value(QStringLiteral("records"))
                      .toArray()
                      .at(0)
                      .toObject();
    QCOMPARE(audit.value(QStringLiteral("action")).toString(), QStringLiteral("VIEW"));
    QCOMPARE(audit.value(QStringLiteral("notes")).toString(),
             QStringLiteral("Qualys scan of hr01"));
}

void TestSecretServerRestrictions::rightDoubleLockPasswordUnlocks()
{
    const auto read = [&](const QString &password) {
        return m_sandbox.send("POST",
                              QStringLiteral("/secrets/%1/restricted").arg(seed::DoubleLock),
                              { { QStringLiteral("doubleLockPassword"), password } }, m_qualys);
    };

    QCOMPARE(read(QStringLiteral("wrong")).status, 400);
    QCOMPARE(read(QStringLiteral("Sandbox-DoubleLock-1!")).status, 200);
}

void TestSecretServerRestrictions::approvalStaysRefusedWithAComment()
{
    const ProbeReply reply
            = m_sandbox.send("POST", QStringLiteral("/secrets/%1/restricted").arg(seed::Approval),
                             { { QStringLiteral("comment"), QStringLiteral("please") } }, m_qualys);

    QCOMPARE(errorCode(reply), QStringLiteral("API_ValidateSecretAccessApprovalRequired"));
}

void TestSecretServerRestrictions::hiddenLauncherPasswordIsReported()
{
    const QJsonArray records
            = m_sandbox.get(QStringLiteral("/secrets?filter.searchText=kiosk01"), m_qualys)
                      .object()
                      .value(QStringLiteral("records"))
                      .toArray();

    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("hidePassword")).toBool(), true);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("isRestricted")).toBool(), false);
}

ProbeReply TestSecretServerRestrictions::grantFrom(const QString &address, const QString &user,
                                                   const QString &password)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), user);
    form.addQueryItem(QStringLiteral("password"), password);
    return m_sandbox.probe().sendFrom(
            QHostAddress(address), "POST", QStringLiteral("/SecretServer/oauth2/token"),
            form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
}

void TestSecretServerRestrictions::loginAllowedFromRestrictionRange_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    const QString dmz = QStringLiteral("svc-qualys-dmz");
    const QString dmzPassword = QStringLiteral("Sandbox-Dmz-1!");
    QTest::newRow("dmz from its address")
            << QStringLiteral("127.0.0.200") << dmz << dmzPassword << 200;
    QTest::newRow("dmz from elsewhere")
            << QStringLiteral("127.0.0.201") << dmz << dmzPassword << 400;
    QTest::newRow("qualys inside /24")
            << QStringLiteral("127.0.0.42") << QStringLiteral("svc-qualys")
            << QStringLiteral("Sandbox-Qualys-1!") << 200;
}

void TestSecretServerRestrictions::loginAllowedFromRestrictionRange()
{
    QFETCH(QString, address);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, status);

    const ProbeReply reply = grantFrom(address, user, password);

    QVERIFY2(reply.errorString.isEmpty() || reply.status != 0, qPrintable(reply.errorString));
    QCOMPARE(reply.status, status);
}

void TestSecretServerRestrictions::loginFromAnotherAddressIsAuditedWithIt()
{
    grantFrom(QStringLiteral("127.0.0.202"), QStringLiteral("svc-qualys-dmz"),
              QStringLiteral("Sandbox-Dmz-1!"));

    const QJsonArray audits = m_sandbox.get(QStringLiteral("/users/3/audit"), m_sandbox.admin())
                                      .object()
                                      .value(QStringLiteral("records"))
                                      .toArray();
    QVERIFY(!audits.isEmpty());
    const QJsonObject latest = audits.at(0).toObject();
    QCOMPARE(latest.value(QStringLiteral("action")).toString(), QStringLiteral("LOGIN FAILURE"));
    QCOMPARE(latest.value(QStringLiteral("ipAddress")).toString(), QStringLiteral("127.0.0.202"));
}

QTEST_GUILESS_MAIN(TestSecretServerRestrictions)
#include "tst_ss_restrictions.moc"

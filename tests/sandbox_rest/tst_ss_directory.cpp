// Secret Server REST administration: users, groups, IP restrictions and configuration need an
// administrator; configuration PATCH uses dirty/value.
#include "RestSandbox.h"

#include <QtTest>

class TestSecretServerDirectory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void plainUserIsDeniedAdministration_data();
    void plainUserIsDeniedAdministration();
    void currentUserNeedsNoAdministrator();
    void adminSeesApplicationAccounts();
    void userIpRestrictionsIncludeTheSeed();
    void newIpRestrictionAppliesToLogins();
    void generalConfigurationReportsWebServices();
    void patchingRpcChangesOnlyDirtyFields();
    void patchWithWrongTypeIsRejected();
    void disablingWebServicesByApiNeedsTheControlToReturn();

private:
    std::unique_ptr<RestSandbox> m_sandbox;
};

void TestSecretServerDirectory::init()
{
    m_sandbox = std::make_unique<RestSandbox>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->process().errorString()));
}

void TestSecretServerDirectory::plainUserIsDeniedAdministration_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("users") << QStringLiteral("/users");
    QTest::newRow("other user") << QStringLiteral("/users/1");
    QTest::newRow("groups") << QStringLiteral("/groups");
    QTest::newRow("ip restrictions") << QStringLiteral("/ipaddress-restrictions");
    QTest::newRow("configuration") << QStringLiteral("/configuration/general?loadAll=true");
    QTest::newRow("rpc") << QStringLiteral("/configuration/rpc");
}

void TestSecretServerDirectory::plainUserIsDeniedAdministration()
{
    QFETCH(QString, path);

    const ProbeReply reply = m_sandbox->get(path, m_sandbox->jdoe());

    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("API_AccessDenied"));
}

void TestSecretServerDirectory::currentUserNeedsNoAdministrator()
{
    const ProbeReply reply = m_sandbox->get(QStringLiteral("/users/current"), m_sandbox->qualys());

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("userName")).toString(),
             QStringLiteral("svc-qualys"));
    QCOMPARE(reply.object().value(QStringLiteral("isApplicationAccount")).toBool(), true);
}

void TestSecretServerDirectory::adminSeesApplicationAccounts()
{
    const ProbeReply reply
            = m_sandbox->get(QStringLiteral("/users?filter.searchText=qualys"), m_sandbox->admin());

    QCOMPARE(reply.object().value(QStringLiteral("total")).toInt(), 2);
}

void TestSecretServerDirectory::userIpRestrictionsIncludeTheSeed()
{
    const ProbeReply reply
            = m_sandbox->get(QStringLiteral("/users/%1/ipaddress-restrictions").arg(seed::Qualys),
                             m_sandbox->admin());

    const QJsonArray records = reply.object().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("ipAddressRestrictionName")).toString(),
             QStringLiteral("Scanner appliances"));
}

void TestSecretServerDirectory::newIpRestrictionAppliesToLogins()
{
    const QByteArray admin = m_sandbox->admin();
    const ProbeReply created
            = m_sandbox->send("POST", QStringLiteral("/ipaddress-restrictions"),
                              { { QStringLiteral("name"), QStringLiteral("Nowhere") },
                                { QStringLiteral("range"), QStringLiteral("10.9.9.0/24") } },
                              admin);
    QCOMPARE(created.status, 200);
    const int id = created.object().value(QStringLiteral("id")).toInt();

    const ProbeReply assigned
            = m_sandbox->send("POST", QStringLiteral("/ipaddress-restrictions/%1/users").arg(id),
                              { { QStringLiteral("userId"), seed::Jdoe } }, admin);

    QCOMPARE(assigned.status, 200);
    QVERIFY(m_sandbox->jdoe().isEmpty()); // the probe comes from 127.0.0.1
}

void TestSecretServerDirectory::generalConfigurationReportsWebServices()
{
    const ProbeReply reply = m_sandbox->get(QStringLiteral("/configuration/general?loadAll=true"),
                                            m_sandbox->admin());

    QCOMPARE(reply.status, 200);
    const QJsonObject settings
            = reply.object().value(QStringLiteral("applicationSettings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("enableWebServices")).toBool(), true);
    QVERIFY(reply.object().contains(QStringLiteral("permissionOptions")));
}

void TestSecretServerDirectory::patchingRpcChangesOnlyDirtyFields()
{
    const QJsonObject body { { QStringLiteral("data"),
                               QJsonObject {
                                       { QStringLiteral("enablePasswordChangeOnCheckIn"),
                                         QJsonObject { { QStringLiteral("dirty"), true },
                                                       { QStringLiteral("value"), false } } },
                                       { QStringLiteral("enableRpc"),
                                         QJsonObject { { QStringLiteral("dirty"), false },
                                                       { QStringLiteral("value"), false } } } } } };

    const ProbeReply reply = m_sandbox->send("PATCH", QStringLiteral("/configuration/rpc"), body,
                                             m_sandbox->admin());

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("enablePasswordChangeOnCheckIn")).toBool(), false);
    QCOMPARE(reply.object().value(QStringLiteral("enableRpc")).toBool(), true);
}

void TestSecretServerDirectory::patchWithWrongTypeIsRejected()
{
    const QJsonObject body { { QStringLiteral("data"),
                               QJsonObject { { QStringLiteral("hstsMaxAge"),
                                               QJsonObject { { QStringLiteral("dirty"), true },
                                                             { QStringLiteral("value"),
                                                               QStringLiteral("a year") } } } } } };

    const ProbeReply reply = m_sandbox->send("PATCH", QStringLiteral("/configuration/security"),
                                             body, m_sandbox->admin());

    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object().contains(QStringLiteral("modelState")));
}

void TestSecretServerDirectory::disablingWebServicesByApiNeedsTheControlToReturn()
{
    const QByteArray admin = m_sandbox->admin();
    const QJsonObject body {
        { QStringLiteral("data"),
          QJsonObject {
                  { QStringLiteral("applicationSettings"),
                    QJsonObject { { QStringLiteral("enableWebServices"),
                                    QJsonObject { { QStringLiteral("dirty"), true },
                                                  { QStringLiteral("value"), false } } } } } } }
    };

    QCOMPARE(m_sandbox->send("PATCH", QStringLiteral("/configuration/general"), body, admin).status,
             200);

    QCOMPARE(errorCode(m_sandbox->get(QStringLiteral("/users/current"), admin)),
             QStringLiteral("API_WebServicesDisabled"));
    m_sandbox->control(QStringLiteral("web-services"), { { QStringLiteral("enabled"), true } });
    QCOMPARE(m_sandbox->get(QStringLiteral("/users/current"), admin).status, 200);
}

QTEST_GUILESS_MAIN(TestSecretServerDirectory)
#include "tst_ss_directory.moc"

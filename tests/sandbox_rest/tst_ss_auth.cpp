// Secret Server REST authentication: oauth2/token, refresh, revoke, expiry, health, version,
// and web services switched off.
#include "RestSandbox.h"

#include <QtTest>

class TestSecretServerAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passwordGrantIssuesBearerToken();
    void wrongPasswordIsRefusedWith400();
    void domainPrefixedUserNameIsNotALocalAccount();
    void missingTokenGets403();
    void garbageTokenGets403();
    void refreshTokenIsSingleUse();
    void revokedTokenGets403();
    void expiredTokenGets403();
    void healthCheckNeedsNoToken();
    void versionIsReported();
    void webServicesOffRefusesTokenAndApi();
    void repeatedFailuresLockTheAccount();

private:
    std::unique_ptr<RestSandbox> m_sandbox;
};

void TestSecretServerAuth::init()
{
    m_sandbox = std::make_unique<RestSandbox>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->process().errorString()));
}

void TestSecretServerAuth::passwordGrantIssuesBearerToken()
{
    const ProbeReply reply = m_sandbox->probe().passwordGrant(QStringLiteral("svc-qualys"),
                                                              QStringLiteral("Sandbox-Qualys-1!"));

    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.object();
    QVERIFY(!body.value(QStringLiteral("access_token")).toString().isEmpty());
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 20 * 60);
    QVERIFY(!body.value(QStringLiteral("refresh_token")).toString().isEmpty());
}

void TestSecretServerAuth::wrongPasswordIsRefusedWith400()
{
    const ProbeReply reply = m_sandbox->probe().passwordGrant(QStringLiteral("svc-qualys"),
                                                              QStringLiteral("wrong"));

    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("Login failed."));
    QVERIFY(!reply.object().contains(QStringLiteral("access_token")));
}

void TestSecretServerAuth::domainPrefixedUserNameIsNotALocalAccount()
{
    const ProbeReply reply = m_sandbox->probe().passwordGrant(QStringLiteral("CORP\\svc-qualys"),
                                                              QStringLiteral("Sandbox-Qualys-1!"));

    QCOMPARE(reply.status, 400);
}

void TestSecretServerAuth::missingTokenGets403()
{
    const ProbeReply reply = m_sandbox->get(QStringLiteral("/secrets"), {});

    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Authentication failed."));
}

void TestSecretServerAuth::garbageTokenGets403()
{
    QCOMPARE(m_sandbox->get(QStringLiteral("/secrets"), "not-a-token").status, 403);
}

void TestSecretServerAuth::refreshTokenIsSingleUse()
{
    const QJsonObject first
            = m_sandbox->probe()
                      .passwordGrant(QStringLiteral("jdoe"), QStringLiteral("Sandbox-User-1!"))
                      .object();
    const QByteArray refresh = "grant_type=refresh_token&refresh_token="
            + first.value(QStringLiteral("refresh_token")).toString().toLatin1();
    const auto grant = [&] {
        return m_sandbox->probe().send("POST", QStringLiteral("/SecretServer/oauth2/token"),
                                       refresh, "application/x-www-form-urlencoded");
    };

    const ProbeReply renewed = grant();
    QCOMPARE(renewed.status, 200);
    const QByteArray token
            = renewed.object().value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(m_sandbox->get(QStringLiteral("/users/current"), token).status, 200);
    QCOMPARE(grant().status, 400);
}

void TestSecretServerAuth::revokedTokenGets403()
{
    const QByteArray token = m_sandbox->jdoe();
    QCOMPARE(m_sandbox->get(QStringLiteral("/users/current"), token).status, 200);

    const ProbeReply revoke
            = m_sandbox->send("POST", QStringLiteral("/oauth-expiration"), {}, token);

    QCOMPARE(revoke.status, 200);
    QCOMPARE(revoke.body.trimmed(), QByteArrayLiteral("true"));
    QCOMPARE(m_sandbox->get(QStringLiteral("/users/current"), token).status, 403);
}

void TestSecretServerAuth::expiredTokenGets403()
{
    const QByteArray token = m_sandbox->jdoe();

    QCOMPARE(m_sandbox
                     ->control(QStringLiteral("advance-clock"),
                               { { QStringLiteral("seconds"), 21 * 60 } })
                     .status,
             200);

    QCOMPARE(m_sandbox->get(QStringLiteral("/users/current"), token).status, 403);
}

void TestSecretServerAuth::healthCheckNeedsNoToken()
{
    const ProbeReply reply = m_sandbox->get(QStringLiteral("/healthcheck"), {});

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("Healthy")).toBool(), true);
}

void TestSecretServerAuth::versionIsReported()
{
    const ProbeReply reply = m_sandbox->get(QStringLiteral("/version"), m_sandbox->jdoe());

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object()
                     .value(QStringLiteral("model"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toString(),
             QStringLiteral("11.4.000002"));
}

void TestSecretServerAuth::webServicesOffRefusesTokenAndApi()
{
    const QByteArray token = m_sandbox->jdoe();
    m_sandbox->control(QStringLiteral("web-services"), { { QStringLiteral("enabled"), false } });

    QCOMPARE(m_sandbox->probe()
                     .passwordGrant(QStringLiteral("jdoe"), QStringLiteral("Sandbox-User-1!"))
                     .status,
             400);
    const ProbeReply api = m_sandbox->get(QStringLiteral("/users/current"), token);
    QCOMPARE(api.status, 400);
    QCOMPARE(errorCode(api), QStringLiteral("API_WebServicesDisabled"));

    m_sandbox->control(QStringLiteral("web-services"), { { QStringLiteral("enabled"), true } });
    QCOMPARE(m_sandbox->get(QStringLiteral("/users/current"), token).status, 200);
}

void TestSecretServerAuth::repeatedFailuresLockTheAccount()
{
    for (int attempt = 0; attempt < 5; ++attempt)
        m_sandbox->probe().passwordGrant(QStringLiteral("jdoe"), QStringLiteral("wrong"));

    const ProbeReply reply = m_sandbox->probe().passwordGrant(QStringLiteral("jdoe"),
                                                              QStringLiteral("Sandbox-User-1!"));

    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("User is locked out."));
}

QTEST_GUILESS_MAIN(TestSecretServerAuth)
#include "tst_ss_auth.moc"

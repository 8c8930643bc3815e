// The REST client's token lifecycle against the sandbox: password grant, refresh grant,
// transparent re-login when a token dies mid-listing, one re-login only, and revocation.

#include "ClientFixture.h"
#include "secretserver/RestClient.h"

#include <QtTest>

using namespace secretserver;

class TestClientAuth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void signInGivesASession();
    void wrongPasswordFailsCleanly();
    void callWithoutSignInFails();
    void expiredTokenMidListingSignsInAgain();
    void refreshGrantIsUsedWhenIssued();
    void secondRefusalIsACleanFailure();
    void passwordSourceIsAskedOnlyWhenNeeded();
    void signOutRevokesTheToken();

private:
    bool expireTokens();
    bool setRefreshTokens(bool enabled);

    SandboxProcess m_sandbox;
};

bool TestClientAuth::expireTokens()
{
    return ClientFixture::control(m_sandbox, "POST",
                                  QStringLiteral("/sandbox-control/secretserver/expire-tokens"))
            == 200;
}

bool TestClientAuth::setRefreshTokens(bool enabled)
{
    const QByteArray body = enabled ? "{\"enabled\":true,\"maximumRefreshes\":10}"
                                    : "{\"enabled\":false}";
    return ClientFixture::control(m_sandbox, "POST",
                                  QStringLiteral("/sandbox-control/secretserver/refresh-tokens"),
                                  body)
            == 200;
}

void TestClientAuth::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestClientAuth::init()
{
    QVERIFY(setRefreshTokens(false));
}

void TestClientAuth::signInGivesASession()
{
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    QSignalSpy changed(&client, &RestClient::sessionChanged);
    Capture<SessionInfo> session;

    client.signIn(ClientFixture::admin(), this, session.callback());

    WAIT_FOR(session);
    VERIFY_OK(session);
    QCOMPARE(session->value.userName, QStringLiteral("admin"));
    QVERIFY(session->value.expiresAt.isValid());
    QVERIFY(client.isSignedIn());
    QVERIFY(changed.count() >= 1);
    Capture<User> me;
    client.currentUser(this, me.callback());
    WAIT_FOR(me);
    VERIFY_OK(me);
    QCOMPARE(me->value.userName, QStringLiteral("admin"));
}

void TestClientAuth::wrongPasswordFailsCleanly()
{
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    Credentials credentials = ClientFixture::plainUser();
    credentials.password = QStringLiteral("Not-The-Password-9");
    Capture<SessionInfo> session;

    client.signIn(credentials, this, session.callback());

    WAIT_FOR(session);
    QCOMPARE(callStatusName(session->status), callStatusName(CallStatus::AuthenticationFailed));
    QVERIFY(!session->message.contains(credentials.password));
    QVERIFY(!client.isSignedIn());
    QVERIFY(ClientFixture::control(m_sandbox, "POST",
                                   QStringLiteral("/sandbox-control/secretserver/unlock-user"),
                                   "{\"userName\":\"jdoe\"}")
            == 200);
}

void TestClientAuth::callWithoutSignInFails()
{
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    Capture<User> me;

    client.currentUser(this, me.callback());

    WAIT_FOR(me);
    QCOMPARE(callStatusName(me->status), callStatusName(CallStatus::AuthenticationFailed));
    QCOMPARE(me->httpStatus, 0); // nothing was sent
}

void TestClientAuth::expiredTokenMidListingSignsInAgain()
{
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    Capture<SessionInfo> session;
    client.signIn(ClientFixture::admin(), this, session.callback());
    WAIT_FOR(session);
    VERIFY_OK(session);
    SecretQuery query;
    query.page.take = 2;
    Capture<Page<SecretSummary>> first;
    client.searchSecrets(query, this, first.callback());
    WAIT_FOR(first);
    VERIFY_OK(first);
    QVERIFY(first->value.hasNext);
    QSignalSpy renewed(&client, &RestClient::sessionChanged);
    QVERIFY(expireTokens());
    query.page.skip = 2;
    Capture<Page<SecretSummary>> second;

    client.searchSecrets(query, this, second.callback());

    WAIT_FOR(second);
    VERIFY_OK(second);
    QCOMPARE(second->value.records.size(), 2);
    QCOMPARE(renewed.count(), 1);
    QVERIFY(first->value.records.first().id != second->value.records.first().id);
}

void TestClientAuth::refreshGrantIsUsedWhenIssued()
{
    QVERIFY(setRefreshTokens(true));
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    QSignalSpy refreshChanged(&client, &RestClient::refreshTokenChanged);
    Capture<SessionInfo> session;
    client.signIn(ClientFixture::admin(), this, session.callback());
    WAIT_FOR(session);
    VERIFY_OK(session);
    QVERIFY(session->value.canRefresh);
    const QString firstRefresh = client.refreshToken();
    QVERIFY(!firstRefresh.isEmpty());
    QVERIFY(ClientFixture::control(m_sandbox, "POST",
                                   QStringLiteral("/sandbox-control/secretserver/advance-clock"),
                                   "{\"seconds\":1500}")
            == 200);
    client.setPasswordSource([](std::function<void(const QString &)> deliver) {
        deliver(QString()); // a password grant would fail: only the refresh grant can work
    });
    Capture<User> me;

    client.currentUser(this, me.callback());

    WAIT_FOR(me);
    VERIFY_OK(me);
    QVERIFY(!client.refreshToken().isEmpty());
    QVERIFY(client.refreshToken() != firstRefresh);
    QVERIFY(refreshChanged.count() >= 2);
}

void TestClientAuth::secondRefusalIsACleanFailure()
{
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    int asked = 0;
    client.setPasswordSource([&asked](std::function<void(const QString &)> deliver) {
        ++asked;
        deliver(QStringLiteral("Wrong-Password-1")); // the keychain holds a stale password
    });
    Capture<SessionInfo> session;
    client.signIn(ClientFixture::qualys(), this, session.callback());
    WAIT_FOR(session);
    VERIFY_OK(session);
    QSignalSpy lost(&client, &RestClient::sessionLost);
    QVERIFY(expireTokens());
    Capture<User> me;

    client.currentUser(this, me.callback());

    WAIT_FOR(me);
    QCOMPARE(callStatusName(me->status), callStatusName(CallStatus::AuthenticationFailed));
    QCOMPARE(asked, 1);
    QCOMPARE(lost.count(), 1);
    QVERIFY(ClientFixture::control(m_sandbox, "POST",
                                   QStringLiteral("/sandbox-control/secretserver/unlock-user"),
                                   "{\"userName\":\"svc-qualys\"}")
            == 200);
}

void TestClientAuth::passwordSourceIsAskedOnlyWhenNeeded()
{
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    int asked = 0;
    client.setPasswordSource([&asked](std::function<void(const QString &)> deliver) {
        ++asked;
        deliver(ClientFixture::admin().password);
    });
    Capture<SessionInfo> session;
    client.signIn(ClientFixture::admin(), this, session.callback());
    WAIT_FOR(session);
    VERIFY_OK(session);
    Capture<User> before;
    client.currentUser(this, before.callback());
    WAIT_FOR(before);
    QCOMPARE(asked, 0);
    QVERIFY(expireTokens());
    Capture<User> after;

    client.currentUser(this, after.callback());

    WAIT_FOR(after);
    VERIFY_OK(after);
    QCOMPARE(asked, 1);
}

void TestClientAuth::signOutRevokesTheToken()
{
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    Capture<SessionInfo> session;
    client.signIn(ClientFixture::admin(), this, session.callback());
    WAIT_FOR(session);
    VERIFY_OK(session);
    Capture<bool> signedOut;

    client.signOut(this, signedOut.callback());

    WAIT_FOR(signedOut);
    VERIFY_OK(signedOut);
    QVERIFY(signedOut->value);
    QVERIFY(!client.isSignedIn());
    Capture<User> me;
    client.currentUser(this, me.callback());
    WAIT_FOR(me);
    QCOMPARE(callStatusName(me->status), callStatusName(CallStatus::AuthenticationFailed));
}

QTEST_GUILESS_MAIN(TestClientAuth)
#include "tst_client_auth.moc"

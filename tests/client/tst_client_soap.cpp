// The SOAP client on the Qualys appliance's path (Authenticate, SearchSecretsByFolder,
// GetSecret with codeResponses, GetCheckOutStatus, CheckIn) against the sandbox over HTTPS.

#include "ClientFixture.h"
#include "secretserver/SoapClient.h"

#include <QJsonDocument>
#include <QtTest>

using namespace secretserver;

class TestClientSoap final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scannerPathFindsAndReadsTheSecret();
    void searchByNameFindsTheSecret();
    void wrongPasswordIsLoginFailed();
    void listOnlySecretIsAccessDenied();
    void commentRequiredIsAnsweredWithCodeResponse();
    void checkOutSecretIsCheckedInAndChangesPassword();
    void secretCheckedOutByAnotherIsRefused();
    void disabledWebServicesAreReported();

private:
    std::unique_ptr<SoapClient> signedIn(const Credentials &credentials);
    QString storedPassword(int secretId);

    SandboxProcess m_sandbox;
};

void TestClientSoap::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

std::unique_ptr<SoapClient> TestClientSoap::signedIn(const Credentials &credentials)
{
    auto client = std::make_unique<SoapClient>(ClientFixture::pinnedSettings(m_sandbox));
    Capture<bool> authenticated;
    client->authenticate(credentials.userName, credentials.password, credentials.domain, this,
                         authenticated.callback());
    if (!QTest::qWaitFor([&] { return authenticated.done(); }, 30000) || !authenticated->ok())
        return {};
    return client;
}

QString TestClientSoap::storedPassword(int secretId)
{
    QByteArray body;
    ClientFixture::control(m_sandbox, "GET",
                           QStringLiteral("/sandbox-control/secretserver/secret/%1").arg(secretId),
                           {}, &body);
    return QJsonDocument::fromJson(body)
            .object()
            .value(QStringLiteral("items"))
            .toObject()
            .value(QStringLiteral("password"))
            .toString();
}

void TestClientSoap::scannerPathFindsAndReadsTheSecret()
{
    const auto client = signedIn(ClientFixture::qualys());
    QVERIFY(client);
    Capture<QList<SoapSecretSummary>> found;
    client->searchSecretsByFolder(QStringLiteral("Qualys Windows Domain Scan"), 1, true, false,
                                  true, this, found.callback());
    WAIT_FOR(found);
    VERIFY_OK(found);
    QCOMPARE(found->value.size(), 1);
    const SoapSecretSummary summary = found->value.first();
    QCOMPARE(summary.name, QStringLiteral("Qualys Windows Domain Scan"));
    Capture<SoapSecretReply> secret;

    client->getSecret(summary.secretId, false, {}, this, secret.callback());

    WAIT_FOR(secret);
    VERIFY_OK(secret);
    QVERIFY(secret->value.secret.has_value());
    const SecretItem *password = secret->value.secret->item(QStringLiteral("password"));
    QVERIFY(password);
    QVERIFY(password->isPassword);
    QCOMPARE(password->value, storedPassword(summary.secretId));
}

void TestClientSoap::searchByNameFindsTheSecret()
{
    const auto client = signedIn(ClientFixture::qualys());
    QVERIFY(client);
    Capture<QList<SoapSecretSummary>> found;

    client->searchSecrets(QStringLiteral("Qualys Unix Scan - app01"), false, true, this,
                          found.callback());

    WAIT_FOR(found);
    VERIFY_OK(found);
    QVERIFY(!found->value.isEmpty());
    QCOMPARE(found->value.first().name, QStringLiteral("Qualys Unix Scan - app01"));
}

void TestClientSoap::wrongPasswordIsLoginFailed()
{
    SoapClient client(ClientFixture::pinnedSettings(m_sandbox));
    Capture<bool> authenticated;

    client.authenticate(QStringLiteral("svc-qualys-dmz"), QStringLiteral("Wrong-1!"), QString(),
                        this, authenticated.callback());

    WAIT_FOR(authenticated);
    QCOMPARE(callStatusName(authenticated->status),
             callStatusName(CallStatus::AuthenticationFailed));
    QVERIFY(!client.isAuthenticated());
    QVERIFY(!authenticated->message.contains(QStringLiteral("Wrong-1!")));
}

void TestClientSoap::listOnlySecretIsAccessDenied()
{
    const auto client = signedIn(ClientFixture::qualys());
    QVERIFY(client);
    Capture<SoapSecretReply> secret;

    client->getSecret(7, false, {}, this, secret.callback());

    WAIT_FOR(secret);
    QCOMPARE(callStatusName(secret->status), callStatusName(CallStatus::AccessDenied));
    QVERIFY(!secret->value.secret.has_value());
}

void TestClientSoap::commentRequiredIsAnsweredWithCodeResponse()
{
    const auto client = signedIn(ClientFixture::qualys());
    QVERIFY(client);
    Capture<SoapSecretReply> challenged;
    client->getSecret(9, false, {}, this, challenged.callback());
    WAIT_FOR(challenged);
    QVERIFY(challenged->value.secretError.has_value());
    QVERIFY(!challenged->value.secret.has_value());
    const SoapSecretError error = *challenged->value.secretError;
    QVERIFY(!error.errorCode.isEmpty());
    QVERIFY(error.allowsResponse);
    SoapCodeResponse answer;
    answer.errorCode = error.errorCode;
    answer.comment = QStringLiteral("Scheduled authenticated scan");
    Capture<SoapSecretReply> secret;

    client->getSecret(9, false, {answer}, this, secret.callback());

    WAIT_FOR(secret);
    VERIFY_OK(secret);
    QVERIFY(secret->value.secret.has_value());
    QCOMPARE(secret->value.secret->id, 9);
}

void TestClientSoap::checkOutSecretIsCheckedInAndChangesPassword()
{
    const auto client = signedIn(ClientFixture::qualys());
    QVERIFY(client);
    const QString before = storedPassword(12);
    Capture<SoapSecretReply> secret;
    client->getSecret(12, false, {}, this, secret.callback());
    WAIT_FOR(secret);
    VERIFY_OK(secret);
    QVERIFY(secret->value.secret.has_value());
    QVERIFY(secret->value.secret->checkedOut);
    Capture<SoapCheckOutStatus> status;
    client->getCheckOutStatus(12, this, status.callback());
    WAIT_FOR(status);
    VERIFY_OK(status);
    QVERIFY(status->value.isCheckedOut);
    Capture<bool> checkedIn;

    client->checkIn(12, this, checkedIn.callback());

    WAIT_FOR(checkedIn);
    VERIFY_OK(checkedIn);
    QVERIFY(storedPassword(12) != before);
}

void TestClientSoap::secretCheckedOutByAnotherIsRefused()
{
    const auto client = signedIn(ClientFixture::qualys());
    QVERIFY(client);
    Capture<SoapSecretReply> secret;

    client->getSecret(13, false, {}, this, secret.callback());

    WAIT_FOR(secret);
    QVERIFY(!secret->ok());
    QVERIFY(!secret->value.secret.has_value());
    QVERIFY(!secret->serverMessage.isEmpty());
}

void TestClientSoap::disabledWebServicesAreReported()
{
    QCOMPARE(ClientFixture::control(m_sandbox, "POST",
                                    QStringLiteral("/sandbox-control/secretserver/web-services"),
                                    "{\"enabled\":false}"),
             200);
    SoapClient client(ClientFixture::pinnedSettings(m_sandbox));
    Capture<bool> authenticated;

    client.authenticate(ClientFixture::qualys().userName, ClientFixture::qualys().password,
                        QString(), this, authenticated.callback());

    WAIT_FOR(authenticated);
    QCOMPARE(ClientFixture::control(m_sandbox, "POST",
                                    QStringLiteral("/sandbox-control/secretserver/web-services"),
                                    "{\"enabled\":true}"),
             200);
    QCOMPARE(callStatusName(authenticated->status),
             callStatusName(CallStatus::WebServicesDisabled));
}

QTEST_GUILESS_MAIN(TestClientSoap)
#include "tst_client_soap.moc"

// TLS trust of the REST client against the sandbox over loopback: verification always on,
// pins per host and port, a changed certificate refused, http:// only when confirmed.

#include "ClientFixture.h"
#include "HttpProbe.h"
#include "secretserver/RestClient.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace secretserver;

class TestClientTls final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selfSignedIsRefusedUntilPinned();
    void pinnedCertificateIsAccepted();
    void pinForAddressDoesNotCoverLocalhost();
    void pinForAnotherPortDoesNotApply();
    void changedCertificateIsRefused();
    void httpIsRefusedWithoutConfirmation();
    void httpIsMarkedInsecureWhenConfirmed();

private:
    SandboxProcess m_sandbox;
};

void TestClientTls::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestClientTls::selfSignedIsRefusedUntilPinned()
{
    ConnectionSettings settings;
    settings.serverUrl = m_sandbox.secretServerUrl(true);
    RestClient client(settings);
    Capture<HealthStatus> health;

    client.healthCheck(this, health.callback());

    WAIT_FOR(health);
    QCOMPARE(callStatusName(health->status), callStatusName(CallStatus::TlsUntrusted));
    QVERIFY(health->certificate.has_value());
    QCOMPARE(health->certificate->sha256, m_sandbox.sha256Fingerprint());
    QVERIFY(!health->certificate->subject.isEmpty());
    QVERIFY(health->certificate->validUntil.isValid());
    QVERIFY(!health->certificate->problems.isEmpty());
    QVERIFY(!health->message.isEmpty());
}

void TestClientTls::pinnedCertificateIsAccepted()
{
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    Capture<HealthStatus> health;

    client.healthCheck(this, health.callback());

    WAIT_FOR(health);
    VERIFY_OK(health);
    QVERIFY(health->value.healthy);
    QVERIFY(!health->insecureChannel);
}

void TestClientTls::pinForAddressDoesNotCoverLocalhost()
{
    ConnectionSettings settings = ClientFixture::pinnedSettings(m_sandbox);
    settings.serverUrl.setHost(QStringLiteral("localhost"));
    RestClient client(settings);
    Capture<HealthStatus> health;

    client.healthCheck(this, health.callback());

    WAIT_FOR(health);
    QCOMPARE(callStatusName(health->status), callStatusName(CallStatus::TlsUntrusted));
    QCOMPARE(health->certificate->host, QStringLiteral("localhost"));
}

void TestClientTls::pinForAnotherPortDoesNotApply()
{
    ConnectionSettings settings;
    settings.serverUrl = m_sandbox.secretServerUrl(true);
    settings.trust.pin(QStringLiteral("127.0.0.1"), m_sandbox.httpsPort() + 1,
                       m_sandbox.sha256Fingerprint());
    RestClient client(settings);
    Capture<HealthStatus> health;

    client.healthCheck(this, health.callback());

    WAIT_FOR(health);
    QCOMPARE(callStatusName(health->status), callStatusName(CallStatus::TlsUntrusted));
}

void TestClientTls::changedCertificateIsRefused()
{
    SandboxProcess first;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    const quint16 port = first.httpsPort();
    const QByteArray pinned = first.sha256Fingerprint();
    RestClient client(ClientFixture::pinnedSettings(first));
    Capture<HealthStatus> before;
    client.healthCheck(this, before.callback());
    WAIT_FOR(before);
    VERIFY_OK(before);
    first.stop();

    QTemporaryDir dir;
    QString cert;
    QString key;
    QVERIFY(ClientFixture::makeCertificate(dir.path(), &cert, &key));
    SandboxProcess second({QStringLiteral("--https-port"), QString::number(port),
                           QStringLiteral("--cert"), cert, QStringLiteral("--key"), key});
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QCOMPARE(second.httpsPort(), port);
    QVERIFY(second.sha256Fingerprint() != pinned);
    Capture<HealthStatus> after;

    client.healthCheck(this, after.callback());

    WAIT_FOR(after);
    QCOMPARE(callStatusName(after->status), callStatusName(CallStatus::TlsCertificateChanged));
    QCOMPARE(after->certificate->sha256, second.sha256Fingerprint());
    QCOMPARE(after->certificate->pinnedSha256, pinned);
    QVERIFY(after->message.contains(QStringLiteral("127.0.0.1")));
}

void TestClientTls::httpIsRefusedWithoutConfirmation()
{
    ConnectionSettings settings;
    settings.serverUrl = m_sandbox.secretServerUrl(false);
    RestClient client(settings);
    Capture<HealthStatus> health;

    client.healthCheck(this, health.callback());

    WAIT_FOR(health);
    QCOMPARE(callStatusName(health->status),
             callStatusName(CallStatus::InsecureChannelRefused));
    QCOMPARE(health->httpStatus, 0);
}

void TestClientTls::httpIsMarkedInsecureWhenConfirmed()
{
    ConnectionSettings settings;
    settings.serverUrl = m_sandbox.secretServerUrl(false);
    settings.allowInsecureHttp = true;
    RestClient client(settings);
    Capture<HealthStatus> health;

    client.healthCheck(this, health.callback());

    WAIT_FOR(health);
    VERIFY_OK(health);
    QVERIFY(health->insecureChannel);
}

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_client_tls.moc"

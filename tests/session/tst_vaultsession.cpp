// Signing in to a vault profile end to end: the sandbox's ready line becomes a pinned
// profile, the password comes from the real keychain, and the session reaches SignedIn.

#include "HttpProbe.h"
#include "SandboxProcess.h"
#include "profiles/CredentialJob.h"
#include "profiles/CredentialStore.h"
#include "session/SandboxProfile.h"
#include "session/VaultSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestVaultSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readyLineBecomesPinnedProfile();
    void readyLineWithoutFingerprintIsRefused();
    void signsInWithKeychainPassword();
    void asksForPasswordWhenKeychainHasNone();
    void unpinnedCertificateIsOfferedAndPinningConnects();
    void wrongPasswordFailsWithoutSigningIn();

private:
    QByteArray readyLine() const;
    bool storePassword(const ConnectionProfile &profile, const QString &password);

    SandboxProcess m_sandbox;
    CredentialStore m_credentials;
};

void TestVaultSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

QByteArray TestVaultSession::readyLine() const
{
    return QJsonDocument(QJsonObject{
                                 {QStringLiteral("https"), m_sandbox.httpsPort()},
                                 {QStringLiteral("sha256"),
                                  QString::fromLatin1(m_sandbox.sha256Fingerprint())},
                         })
            .toJson(QJsonDocument::Compact);
}

bool TestVaultSession::storePassword(const ConnectionProfile &profile, const QString &password)
{
    CredentialJob *job = m_credentials.write(profile.id(), CredentialKind::Password, password);
    QSignalSpy finished(job, &CredentialJob::finished);
    if (!finished.wait(10000))
        return false;
    return finished.constFirst().constFirst().value<CredentialResult>().ok();
}

void TestVaultSession::readyLineBecomesPinnedProfile()
{
    const auto profile = SandboxProfile::fromReadyLine(readyLine(), std::nullopt);

    QVERIFY(profile.has_value());
    QCOMPARE(profile->serverUrl().port(), int(m_sandbox.httpsPort()));
    QCOMPARE(profile->serverUrl().path(), QStringLiteral("/SecretServer"));
    QCOMPARE(profile->certificateTrust().mode, CertificateTrust::Mode::PinnedCertificate);
    QCOMPARE(profile->certificateTrust().pinnedSha256, m_sandbox.sha256Fingerprint());
    QCOMPARE(profile->certificateTrust().pinnedHost, QStringLiteral("127.0.0.1"));
    QVERIFY(profile->validate().isEmpty());
}

void TestVaultSession::readyLineWithoutFingerprintIsRefused()
{
    QVERIFY(!SandboxProfile::fromReadyLine(QByteArrayLiteral("{\"https\":443}"), std::nullopt));
    QVERIFY(!SandboxProfile::fromReadyLine(QByteArrayLiteral("not json"), std::nullopt));
}

void TestVaultSession::signsInWithKeychainPassword()
{
    const auto profile = SandboxProfile::fromReadyLine(readyLine(), std::nullopt);
    QVERIFY(profile);
    QVERIFY(storePassword(*profile, QStringLiteral("Sandbox-Admin-1!")));

    VaultSession session(*profile, &m_credentials);
    session.signInWithStoredPassword();

    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::State::SignedIn, 20000);
    QVERIFY(session.client()->isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(!session.serverVersion().isEmpty(), 20000);
}

void TestVaultSession::asksForPasswordWhenKeychainHasNone()
{
    const auto profile = SandboxProfile::fromReadyLine(readyLine(), std::nullopt);
    QVERIFY(profile);

    VaultSession session(*profile, &m_credentials);
    session.signInWithStoredPassword();

    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::State::NeedsPassword, 20000);
    QVERIFY(!session.message().isEmpty());
    QVERIFY(!session.client()->isSignedIn());
}

void TestVaultSession::unpinnedCertificateIsOfferedAndPinningConnects()
{
    auto profile = SandboxProfile::fromReadyLine(readyLine(), std::nullopt);
    QVERIFY(profile);
    profile->trustSystemCertificates();

    VaultSession session(*profile, &m_credentials);
    QSignalSpy rejected(&session, &VaultSession::certificateRejected);
    QSignalSpy changedProfile(&session, &VaultSession::profileChanged);
    session.signIn(QStringLiteral("Sandbox-Admin-1!"), false);

    QVERIFY(rejected.wait(20000));
    QCOMPARE(session.state(), VaultSession::State::Failed);
    const auto certificate = rejected.constFirst().constFirst().value<secretserver::CertificateInfo>();
    QCOMPARE(certificate.sha256, m_sandbox.sha256Fingerprint());
    QCOMPARE(rejected.constFirst().at(1).toBool(), false);

    session.pinCertificateAndRetry(certificate);

    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::State::SignedIn, 20000);
    QCOMPARE(changedProfile.size(), 1);
    QCOMPARE(session.profile().certificateTrust().pinnedSha256, m_sandbox.sha256Fingerprint());
}

void TestVaultSession::wrongPasswordFailsWithoutSigningIn()
{
    const auto profile = SandboxProfile::fromReadyLine(readyLine(), std::nullopt);
    QVERIFY(profile);

    VaultSession session(*profile, &m_credentials);
    session.signIn(QStringLiteral("not-the-password"), true);

    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::State::Failed, 20000);
    QVERIFY(!session.client()->isSignedIn());
    QVERIFY(!session.message().contains(QStringLiteral("not-the-password")));

    // A failed sign-in must not have been remembered.
    CredentialJob *job = m_credentials.read(profile->id(), CredentialKind::Password);
    QSignalSpy finished(job, &CredentialJob::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().value<CredentialResult>().status,
             CredentialResult::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestVaultSession)
#include "tst_vaultsession.moc"

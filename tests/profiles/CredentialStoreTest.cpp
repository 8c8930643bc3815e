#include "core/ApplicationInfo.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

constexpr int KeychainAnswerMs = 20000;

const QString Password = QStringLiteral("Sandbox-Qualys-1!");

} // namespace

// Specification of the keychain half of a profile, against the real OS keychain (the test
// command provides a private, unlocked gnome-keyring on a private D-Bus session).
class CredentialStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void keysAreNamespacedByProfileAndKind();
    void usesApplicationKeychainService();
    void writtenPasswordReadsBack();
    void overwriteReplacesPassword();
    void removedPasswordIsGone();
    void removingMissingEntrySucceeds();
    void missingEntryIsNotFound();
    void profilesDoNotShareEntries();
    void passwordAndRefreshTokenAreSeparate();
    void removeAllClearsEveryKind();
    void passwordNeverReachesSettingsFile();

private:
    CredentialResult run(CredentialJob *job);
    void track(const QUuid &profileId) { m_used.append(profileId); }

    CredentialStore m_store;
    QList<QUuid> m_used;
};

CredentialResult CredentialStoreTest::run(CredentialJob *job)
{
    CredentialResult result;
    bool done = false;
    connect(job, &CredentialJob::finished, this, [&](const CredentialResult &r) {
        result = r;
        done = true;
    });
    QSignalSpy destroyed(job, &QObject::destroyed);
    destroyed.wait(KeychainAnswerMs);
    if (!done)
        result.message = QStringLiteral("the keychain job never reported");
    return result;
}

void CredentialStoreTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ScanVaultTest"));
    QCoreApplication::setApplicationName(QStringLiteral("credentials-test"));

    QSignalSpy changed(&m_store, &CredentialStore::availabilityChanged);
    m_store.checkAvailability();
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, KeychainAnswerMs);

    if (m_store.availability() != CredentialStore::Availability::Available)
        QFAIL(qPrintable(QStringLiteral("no keychain: ") + m_store.unavailableReason()));
}

void CredentialStoreTest::cleanup()
{
    for (const QUuid &id : std::as_const(m_used)) {
        run(m_store.remove(id, CredentialKind::Password));
        run(m_store.remove(id, CredentialKind::RefreshToken));
    }
    m_used.clear();
}

void CredentialStoreTest::keysAreNamespacedByProfileAndKind()
{
    const QUuid id(QStringLiteral("{6f1c1c52-3a55-4c49-9d2e-0f5f1c8b9a10}"));

    QCOMPARE(CredentialJob::keyFor(id, CredentialKind::Password),
             QStringLiteral("6f1c1c52-3a55-4c49-9d2e-0f5f1c8b9a10/password"));
    QCOMPARE(CredentialJob::keyFor(id, CredentialKind::RefreshToken),
             QStringLiteral("6f1c1c52-3a55-4c49-9d2e-0f5f1c8b9a10/refresh-token"));
}

void CredentialStoreTest::usesApplicationKeychainService()
{
    QCOMPARE(m_store.service(), ApplicationInfo::keychainService());
}

void CredentialStoreTest::writtenPasswordReadsBack()
{
    const QUuid id = QUuid::createUuid();
    track(id);

    const CredentialResult written = run(m_store.write(id, CredentialKind::Password, Password));
    const CredentialResult read = run(m_store.read(id, CredentialKind::Password));

    QVERIFY2(written.ok(), qPrintable(written.message));
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, Password);
    QCOMPARE(read.profileId, id);
    QCOMPARE(read.kind, CredentialKind::Password);
}

void CredentialStoreTest::overwriteReplacesPassword()
{
    const QUuid id = QUuid::createUuid();
    track(id);
    QVERIFY(run(m_store.write(id, CredentialKind::Password, Password)).ok());

    QVERIFY(run(m_store.write(id, CredentialKind::Password, QStringLiteral("rotated"))).ok());

    QCOMPARE(run(m_store.read(id, CredentialKind::Password)).secret, QStringLiteral("rotated"));
}

void CredentialStoreTest::removedPasswordIsGone()
{
    const QUuid id = QUuid::createUuid();
    track(id);
    QVERIFY(run(m_store.write(id, CredentialKind::Password, Password)).ok());

    const CredentialResult removed = run(m_store.remove(id, CredentialKind::Password));

    QVERIFY2(removed.ok(), qPrintable(removed.message));
    const CredentialResult read = run(m_store.read(id, CredentialKind::Password));
    QCOMPARE(read.status, CredentialResult::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void CredentialStoreTest::removingMissingEntrySucceeds()
{
    const CredentialResult removed =
        run(m_store.remove(QUuid::createUuid(), CredentialKind::Password));

    QVERIFY2(removed.ok(), qPrintable(removed.message));
}

void CredentialStoreTest::missingEntryIsNotFound()
{
    const CredentialResult read = run(m_store.read(QUuid::createUuid(), CredentialKind::Password));

    QCOMPARE(read.status, CredentialResult::Status::NotFound);
    QVERIFY(!read.message.isEmpty());
}

void CredentialStoreTest::profilesDoNotShareEntries()
{
    const QUuid first = QUuid::createUuid();
    const QUuid second = QUuid::createUuid();
    track(first);
    track(second);

    QVERIFY(run(m_store.write(first, CredentialKind::Password, QStringLiteral("first"))).ok());
    QVERIFY(run(m_store.write(second, CredentialKind::Password, QStringLiteral("second"))).ok());
    QVERIFY(run(m_store.remove(second, CredentialKind::Password)).ok());

    QCOMPARE(run(m_store.read(first, CredentialKind::Password)).secret, QStringLiteral("first"));
    QCOMPARE(run(m_store.read(second, CredentialKind::Password)).status,
             CredentialResult::Status::NotFound);
}

void CredentialStoreTest::passwordAndRefreshTokenAreSeparate()
{
    const QUuid id = QUuid::createUuid();
    track(id);

    QVERIFY(run(m_store.write(id, CredentialKind::Password, Password)).ok());
    QVERIFY(run(m_store.write(id, CredentialKind::RefreshToken, QStringLiteral("rt-1"))).ok());

    QCOMPARE(run(m_store.read(id, CredentialKind::Password)).secret, Password);
    QCOMPARE(run(m_store.read(id, CredentialKind::RefreshToken)).secret, QStringLiteral("rt-1"));
}

void CredentialStoreTest::removeAllClearsEveryKind()
{
    const QUuid id = QUuid::createUuid();
    track(id);
    QVERIFY(run(m_store.write(id, CredentialKind::Password, Password)).ok());
    QVERIFY(run(m_store.write(id, CredentialKind::RefreshToken, QStringLiteral("rt-1"))).ok());

    m_store.removeAll(id);

    // The keychain serialises jobs, so this read is answered after both removals.
    QCOMPARE(run(m_store.read(id, CredentialKind::RefreshToken)).status,
             CredentialResult::Status::NotFound);
    QCOMPARE(run(m_store.read(id, CredentialKind::Password)).status,
             CredentialResult::Status::NotFound);
}

void CredentialStoreTest::passwordNeverReachesSettingsFile()
{
    ConnectionProfile profile = ConnectionProfile::create();
    profile.setName(QStringLiteral("Production"));
    profile.setServerAddress(QStringLiteral("vault.example.com"));
    profile.setUserName(QStringLiteral("svc-qualys"));
    track(profile.id());
    ProfileStore profiles;
    QVERIFY(profiles.add(profile).isEmpty());

    QVERIFY(run(m_store.write(profile.id(), CredentialKind::Password, Password)).ok());
    QVERIFY(run(m_store.write(profile.id(), CredentialKind::RefreshToken,
                              QStringLiteral("refresh-token-value"))).ok());
    QVERIFY(profiles.update(profile).isEmpty());

    QFile file(profiles.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(profiles.fileName()));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains(profile.id().toString(QUuid::WithoutBraces).toLatin1()));
    QVERIFY(!content.contains(Password.toUtf8()));
    QVERIFY(!content.contains("Sandbox-Qualys"));
    QVERIFY(!content.contains("refresh-token-value"));
    QVERIFY(profiles.remove(profile.id()));
}

QTEST_GUILESS_MAIN(CredentialStoreTest)
#include "CredentialStoreTest.moc"

#include "profiles/ProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

ConnectionProfile sampleProfile(const QString &name)
{
    ConnectionProfile profile = ConnectionProfile::create();
    profile.setName(name);
    profile.setServerAddress(QStringLiteral("https://vault.example.com:8443/SecretServer/"));
    profile.setUserName(QStringLiteral("svc-qualys"));
    profile.setDomain(QStringLiteral("CORP"));
    profile.setQualysConnectionId(QUuid::createUuid());
    profile.pinCertificate(QByteArrayLiteral(
        "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
        "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"));
    return profile;
}

} // namespace

// Specification of the profile store: what survives a restart, and what it refuses.
class ProfileStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void usesTestSettingsLocation();
    void roundTripsEveryField();
    void roundTripsSystemTrustAndConfirmedHttp();
    void addEmitsSignal();
    void addRefusesInvalidProfile();
    void addRefusesDuplicateId();
    void updateReplacesFields();
    void updateRefusesUnknownProfile();
    void removeForgetsProfile();
    void removeOfUnknownProfileIsRefused();
    void listsProfilesByName();
    void toleratesHandEditedSettings();
    void iniFileStoreRoundTrips();

private:
    void clearSettings();
};

void ProfileStoreTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ScanVaultTest"));
    QCoreApplication::setApplicationName(QStringLiteral("profiles-test"));
}

void ProfileStoreTest::init()
{
    clearSettings();
}

void ProfileStoreTest::clearSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void ProfileStoreTest::usesTestSettingsLocation()
{
    const ProfileStore store;

    const QString testConfig = QStandardPaths::writableLocation(
        QStandardPaths::GenericConfigLocation);
    QVERIFY2(store.fileName().startsWith(testConfig), qPrintable(store.fileName()));
    QVERIFY(testConfig.contains(QLatin1String(".qttest")));
}

void ProfileStoreTest::roundTripsEveryField()
{
    const ConnectionProfile saved = sampleProfile(QStringLiteral("Production"));
    {
        ProfileStore writer;
        QVERIFY(writer.add(saved).isEmpty());
    }

    const ProfileStore reader;
    const std::optional<ConnectionProfile> loaded = reader.profile(saved.id());

    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->name(), saved.name());
    QCOMPARE(loaded->serverUrl(),
             QUrl(QStringLiteral("https://vault.example.com:8443/SecretServer")));
    QCOMPARE(loaded->userName(), saved.userName());
    QCOMPARE(loaded->domain(), saved.domain());
    QCOMPARE(loaded->qualysConnectionId(), saved.qualysConnectionId());
    QCOMPARE(loaded->certificateTrust(), saved.certificateTrust());
    QVERIFY(*loaded == saved);
}

void ProfileStoreTest::roundTripsSystemTrustAndConfirmedHttp()
{
    ConnectionProfile saved = sampleProfile(QStringLiteral("Lab"));
    saved.trustSystemCertificates();
    saved.setServerAddress(QStringLiteral("http://lab-vault"));
    saved.setInsecureHttpConfirmed(true);
    saved.setQualysConnectionId({});
    ProfileStore store;
    QVERIFY(store.add(saved).isEmpty());

    const std::optional<ConnectionProfile> loaded = ProfileStore().profile(saved.id());

    QVERIFY(loaded.has_value());
    QVERIFY(*loaded == saved);
    QVERIFY(loaded->isInsecureHttpConfirmed());
    QCOMPARE(loaded->certificateTrust().mode, CertificateTrust::Mode::SystemCertificates);
    QVERIFY(loaded->qualysConnectionId().isNull());
}

void ProfileStoreTest::addEmitsSignal()
{
    ProfileStore store;
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    const ConnectionProfile profile = sampleProfile(QStringLiteral("Production"));

    QVERIFY(store.add(profile).isEmpty());

    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().value<QUuid>(), profile.id());
}

void ProfileStoreTest::addRefusesInvalidProfile()
{
    ProfileStore store;
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    ConnectionProfile profile = sampleProfile(QStringLiteral("Plain http"));
    profile.trustSystemCertificates();
    profile.setServerAddress(QStringLiteral("http://vault.example.com"));

    const QList<ProfileIssue> issues = store.add(profile);

    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, ProfileIssue::Field::InsecureHttp);
    QVERIFY(!store.contains(profile.id()));
    QCOMPARE(added.count(), 0);
}

void ProfileStoreTest::addRefusesDuplicateId()
{
    ProfileStore store;
    const ConnectionProfile profile = sampleProfile(QStringLiteral("Production"));
    QVERIFY(store.add(profile).isEmpty());

    const QList<ProfileIssue> issues = store.add(profile);

    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, ProfileIssue::Field::Identity);
}

void ProfileStoreTest::updateReplacesFields()
{
    ProfileStore store;
    ConnectionProfile profile = sampleProfile(QStringLiteral("Production"));
    QVERIFY(store.add(profile).isEmpty());
    QSignalSpy updated(&store, &ProfileStore::profileUpdated);
    profile.setName(QStringLiteral("Production (EU)"));
    profile.setDomain(QString());

    QVERIFY(store.update(profile).isEmpty());

    QCOMPARE(updated.count(), 1);
    QCOMPARE(store.profile(profile.id())->name(), QStringLiteral("Production (EU)"));
    QVERIFY(store.profile(profile.id())->domain().isEmpty());
}

void ProfileStoreTest::updateRefusesUnknownProfile()
{
    ProfileStore store;
    QSignalSpy updated(&store, &ProfileStore::profileUpdated);

    const QList<ProfileIssue> issues = store.update(sampleProfile(QStringLiteral("Ghost")));

    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, ProfileIssue::Field::Identity);
    QCOMPARE(updated.count(), 0);
    QVERIFY(store.profiles().isEmpty());
}

void ProfileStoreTest::removeForgetsProfile()
{
    ProfileStore store;
    const ConnectionProfile profile = sampleProfile(QStringLiteral("Production"));
    QVERIFY(store.add(profile).isEmpty());
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);

    QVERIFY(store.remove(profile.id()));

    QCOMPARE(removed.count(), 1);
    QVERIFY(!store.contains(profile.id()));
    QVERIFY(!ProfileStore().profile(profile.id()).has_value());
}

void ProfileStoreTest::removeOfUnknownProfileIsRefused()
{
    ProfileStore store;
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);

    QVERIFY(!store.remove(QUuid::createUuid()));

    QCOMPARE(removed.count(), 0);
}

void ProfileStoreTest::listsProfilesByName()
{
    ProfileStore store;
    QVERIFY(store.add(sampleProfile(QStringLiteral("Staging"))).isEmpty());
    QVERIFY(store.add(sampleProfile(QStringLiteral("Archive"))).isEmpty());
    QVERIFY(store.add(sampleProfile(QStringLiteral("Production"))).isEmpty());

    const QList<ConnectionProfile> profiles = store.profiles();

    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles.at(0).name(), QStringLiteral("Archive"));
    QCOMPARE(profiles.at(1).name(), QStringLiteral("Production"));
    QCOMPARE(profiles.at(2).name(), QStringLiteral("Staging"));
}

void ProfileStoreTest::toleratesHandEditedSettings()
{
    const QUuid id = QUuid::createUuid();
    {
        QSettings settings;
        settings.setValue(QStringLiteral("profiles/not-a-uuid/name"), QStringLiteral("junk"));
        const QString group = QStringLiteral("profiles/") + id.toString(QUuid::WithoutBraces);
        settings.setValue(group + QStringLiteral("/name"), QStringLiteral("Edited"));
        settings.setValue(group + QStringLiteral("/serverUrl"), QStringLiteral("ftp://x"));
        settings.setValue(group + QStringLiteral("/tlsTrust"), QStringLiteral("pinned"));
        settings.setValue(group + QStringLiteral("/pinnedPort"), QStringLiteral("many"));
        settings.setValue(group + QStringLiteral("/insecureHttpConfirmed"), QStringLiteral("?"));
    }

    const QList<ConnectionProfile> profiles = ProfileStore().profiles();

    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().id(), id);
    QVERIFY(!profiles.first().validate().isEmpty());
}

void ProfileStoreTest::iniFileStoreRoundTrips()
{
    const QString file = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
                       + QStringLiteral("/scanvault-profiles-test.ini");
    QFile::remove(file);
    const ConnectionProfile saved = sampleProfile(QStringLiteral("Portable"));

    QVERIFY(ProfileStore(file).add(saved).isEmpty());

    QVERIFY(QFile::exists(file));
    QVERIFY(*ProfileStore(file).profile(saved.id()) == saved);
    QVERIFY(ProfileStore().profiles().isEmpty());
    QFile::remove(file);
}

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "ProfileStoreTest.moc"

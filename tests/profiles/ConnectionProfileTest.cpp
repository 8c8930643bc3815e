#include "profiles/ConnectionProfile.h"

#include <QTest>

namespace {

ConnectionProfile completeProfile(const QString &address)
{
    ConnectionProfile profile = ConnectionProfile::create();
    profile.setName(QStringLiteral("Production vault"));
    profile.setServerAddress(address);
    profile.setUserName(QStringLiteral("svc-qualys"));
    return profile;
}

bool hasIssue(const QList<ProfileIssue> &issues, ProfileIssue::Field field)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [field](const ProfileIssue &issue) { return issue.field == field; });
}

const QByteArray Fingerprint = QByteArrayLiteral(
    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

} // namespace

// Specification of a vault profile's own rules: address normalisation and validation.
class ConnectionProfileTest final : public QObject
{
    Q_OBJECT

private slots:
    void normalisesServerUrl_data();
    void normalisesServerUrl();
    void refusesUnusableAddress_data();
    void refusesUnusableAddress();
    void normalisesFingerprint_data();
    void normalisesFingerprint();
    void createGivesUniqueIds();
    void completeHttpsProfileIsValid();
    void refusesHttpWithoutConfirmation();
    void acceptsHttpWithConfirmation();
    void requiresNameAndUser();
    void pinIsBoundToHostAndPort();
    void pinRejectedWhenAddressMoves();
    void pinRejectedOverHttp();
    void pinRejectsMalformedFingerprint();
};

void ConnectionProfileTest::normalisesServerUrl_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");

    const QString plain = QStringLiteral("https://vault.example.com/SecretServer");
    QTest::newRow("host only") << QStringLiteral("vault.example.com") << plain;
    QTest::newRow("host with spaces") << QStringLiteral("  vault.example.com ") << plain;
    QTest::newRow("https without path") << QStringLiteral("https://vault.example.com") << plain;
    QTest::newRow("trailing slash") << QStringLiteral("https://vault.example.com/") << plain;
    QTest::newRow("full") << QStringLiteral("https://vault.example.com/SecretServer") << plain;
    QTest::newRow("full with slash")
        << QStringLiteral("https://vault.example.com/SecretServer/") << plain;
    QTest::newRow("case of path")
        << QStringLiteral("https://vault.example.com/secretserver") << plain;
    QTest::newRow("upper-case host and scheme")
        << QStringLiteral("HTTPS://Vault.Example.COM/SecretServer") << plain;
    QTest::newRow("pasted api path")
        << QStringLiteral("https://vault.example.com/SecretServer/api/v1/secrets?take=5") << plain;
    QTest::newRow("default port dropped")
        << QStringLiteral("https://vault.example.com:443/SecretServer") << plain;
    QTest::newRow("custom port kept")
        << QStringLiteral("vault.example.com:8443")
        << QStringLiteral("https://vault.example.com:8443/SecretServer");
    QTest::newRow("http kept as http")
        << QStringLiteral("http://vault.example.com")
        << QStringLiteral("http://vault.example.com/SecretServer");
    QTest::newRow("http default port dropped")
        << QStringLiteral("http://vault.example.com:80/SecretServer")
        << QStringLiteral("http://vault.example.com/SecretServer");
    QTest::newRow("loopback with port")
        << QStringLiteral("https://127.0.0.1:40123/SecretServer/")
        << QStringLiteral("https://127.0.0.1:40123/SecretServer");
    QTest::newRow("ipv6") << QStringLiteral("https://[::1]:8443")
                          << QStringLiteral("https://[::1]:8443/SecretServer");
    QTest::newRow("fragment dropped")
        << QStringLiteral("https://vault.example.com/SecretServer#top") << plain;
}

void ConnectionProfileTest::normalisesServerUrl()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);

    QString problem;
    const QUrl url = ConnectionProfile::normaliseServerUrl(typed, &problem);

    QVERIFY2(url.isValid(), qPrintable(problem));
    QCOMPARE(url.toString(), expected);
}

void ConnectionProfileTest::refusesUnusableAddress_data()
{
    QTest::addColumn<QString>("typed");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("ftp") << QStringLiteral("ftp://vault.example.com/SecretServer");
    QTest::newRow("credentials in url")
        << QStringLiteral("https://admin:Sandbox-Admin-1!@vault.example.com/SecretServer");
    QTest::newRow("other site path") << QStringLiteral("https://vault.example.com/intranet");
    QTest::newRow("no host") << QStringLiteral("https:///SecretServer");
    QTest::newRow("bad port") << QStringLiteral("https://vault.example.com:99999");
}

void ConnectionProfileTest::refusesUnusableAddress()
{
    QFETCH(QString, typed);

    QString problem;
    const QUrl url = ConnectionProfile::normaliseServerUrl(typed, &problem);

    QVERIFY(!url.isValid());
    QVERIFY(!problem.isEmpty());
    QVERIFY2(!problem.contains(QLatin1String("Sandbox-Admin-1!")), qPrintable(problem));
}

void ConnectionProfileTest::normalisesFingerprint_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("expected");

    QString colons;
    for (int i = 0; i < Fingerprint.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString())
                + QString::fromLatin1(Fingerprint.mid(i, 2));
    QTest::newRow("plain") << QString::fromLatin1(Fingerprint) << Fingerprint;
    QTest::newRow("upper colons") << colons.toUpper() << Fingerprint;
    QTest::newRow("spaces") << QString(colons).replace(QLatin1Char(':'), QLatin1Char(' '))
                            << Fingerprint;
    QTest::newRow("too short") << QString::fromLatin1(Fingerprint.left(62)) << QByteArray();
    QTest::newRow("not hex") << QString::fromLatin1(Fingerprint.left(63)) + QLatin1Char('g')
                             << QByteArray();
    QTest::newRow("empty") << QString() << QByteArray();
}

void ConnectionProfileTest::normalisesFingerprint()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, expected);

    QCOMPARE(ConnectionProfile::normaliseFingerprint(typed), expected);
}

void ConnectionProfileTest::createGivesUniqueIds()
{
    const ConnectionProfile first = ConnectionProfile::create();
    const ConnectionProfile second = ConnectionProfile::create();

    QVERIFY(!first.id().isNull());
    QVERIFY(first.id() != second.id());
}

void ConnectionProfileTest::completeHttpsProfileIsValid()
{
    const ConnectionProfile profile = completeProfile(QStringLiteral("vault.example.com"));

    QVERIFY(profile.validate().isEmpty());
    QCOMPARE(profile.serverUrl().toString(),
             QStringLiteral("https://vault.example.com/SecretServer"));
}

void ConnectionProfileTest::refusesHttpWithoutConfirmation()
{
    const ConnectionProfile profile = completeProfile(QStringLiteral("http://vault.example.com"));

    const QList<ProfileIssue> issues = profile.validate();

    QVERIFY(hasIssue(issues, ProfileIssue::Field::InsecureHttp));
}

void ConnectionProfileTest::acceptsHttpWithConfirmation()
{
    ConnectionProfile profile = completeProfile(QStringLiteral("http://vault.example.com"));
    profile.setInsecureHttpConfirmed(true);

    QVERIFY(profile.validate().isEmpty());
}

void ConnectionProfileTest::requiresNameAndUser()
{
    ConnectionProfile profile = completeProfile(QStringLiteral("vault.example.com"));
    profile.setName(QStringLiteral("  "));
    profile.setUserName(QString());

    const QList<ProfileIssue> issues = profile.validate();

    QVERIFY(hasIssue(issues, ProfileIssue::Field::Name));
    QVERIFY(hasIssue(issues, ProfileIssue::Field::UserName));
    for (const ProfileIssue &issue : issues)
        QVERIFY(!issue.message.isEmpty());
}

void ConnectionProfileTest::pinIsBoundToHostAndPort()
{
    ConnectionProfile profile = completeProfile(QStringLiteral("vault.example.com:8443"));

    profile.pinCertificate(Fingerprint);

    const CertificateTrust trust = profile.certificateTrust();
    QCOMPARE(trust.mode, CertificateTrust::Mode::PinnedCertificate);
    QCOMPARE(trust.pinnedSha256, Fingerprint);
    QCOMPARE(trust.pinnedHost, QStringLiteral("vault.example.com"));
    QCOMPARE(trust.pinnedPort, 8443);
    QVERIFY(profile.validate().isEmpty());
}

void ConnectionProfileTest::pinRejectedWhenAddressMoves()
{
    ConnectionProfile profile = completeProfile(QStringLiteral("vault.example.com:8443"));
    profile.pinCertificate(Fingerprint);

    profile.setServerAddress(QStringLiteral("vault.example.com"));

    QVERIFY(hasIssue(profile.validate(), ProfileIssue::Field::CertificateTrust));
}

void ConnectionProfileTest::pinRejectedOverHttp()
{
    ConnectionProfile profile = completeProfile(QStringLiteral("http://vault.example.com"));
    profile.setInsecureHttpConfirmed(true);

    profile.pinCertificate(Fingerprint);

    QVERIFY(hasIssue(profile.validate(), ProfileIssue::Field::CertificateTrust));
}

void ConnectionProfileTest::pinRejectsMalformedFingerprint()
{
    ConnectionProfile profile = completeProfile(QStringLiteral("vault.example.com"));

    profile.pinCertificate(QByteArrayLiteral("not-a-fingerprint"));

    QVERIFY(hasIssue(profile.validate(), ProfileIssue::Field::CertificateTrust));
}

QTEST_GUILESS_MAIN(ConnectionProfileTest)
#include "ConnectionProfileTest.moc"

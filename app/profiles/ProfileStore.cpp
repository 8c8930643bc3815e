#include "profiles/ProfileStore.h"

#include <QLoggingCategory>

#include <algorithm>

namespace {

Q_LOGGING_CATEGORY(lcProfiles, "scanvault.profiles")

const QString ProfilesGroup = QStringLiteral("profiles");
const QString KeyName = QStringLiteral("name");
const QString KeyServerUrl = QStringLiteral("serverUrl");
const QString KeyUserName = QStringLiteral("userName");
const QString KeyDomain = QStringLiteral("domain");
const QString KeyTrust = QStringLiteral("tlsTrust");
const QString KeyPinSha256 = QStringLiteral("pinnedSha256");
const QString KeyPinHost = QStringLiteral("pinnedHost");
const QString KeyPinPort = QStringLiteral("pinnedPort");
const QString KeyInsecureHttp = QStringLiteral("insecureHttpConfirmed");
const QString KeyQualys = QStringLiteral("qualysConnectionId");
const QString TrustPinned = QStringLiteral("pinned");
const QString TrustSystem = QStringLiteral("system");

// Reads the current group of settings; every field tolerates a missing or mistyped value.
ConnectionProfile readProfile(const QSettings &settings, const QUuid &id)
{
    ConnectionProfile profile;
    profile.setId(id);
    profile.setName(settings.value(KeyName).toString());
    profile.setServerAddress(settings.value(KeyServerUrl).toString());
    profile.setUserName(settings.value(KeyUserName).toString());
    profile.setDomain(settings.value(KeyDomain).toString());
    profile.setInsecureHttpConfirmed(settings.value(KeyInsecureHttp, false).toBool());
    profile.setQualysConnectionId(QUuid(settings.value(KeyQualys).toString()));

    CertificateTrust trust;
    if (settings.value(KeyTrust).toString() == TrustPinned) {
        trust.mode = CertificateTrust::Mode::PinnedCertificate;
        trust.pinnedSha256 = settings.value(KeyPinSha256).toString().toLatin1();
        trust.pinnedHost = settings.value(KeyPinHost).toString();
        trust.pinnedPort = settings.value(KeyPinPort, -1).toInt();
    }
    profile.setCertificateTrust(trust);
    return profile;
}

void writeProfile(QSettings &settings, const ConnectionProfile &profile)
{
    const CertificateTrust trust = profile.certificateTrust();
    const bool pinned = trust.mode == CertificateTrust::Mode::PinnedCertificate;

    settings.remove(QString()); // drop keys an older version may have left in this group
    settings.setValue(KeyName, profile.name());
    settings.setValue(KeyServerUrl, profile.serverUrl().toString());
    settings.setValue(KeyUserName, profile.userName());
    settings.setValue(KeyDomain, profile.domain());
    settings.setValue(KeyInsecureHttp, profile.isInsecureHttpConfirmed());
    settings.setValue(KeyQualys, profile.qualysConnectionId().isNull()
                                     ? QString()
                                     : profile.qualysConnectionId().toString(QUuid::WithoutBraces));
    settings.setValue(KeyTrust, pinned ? TrustPinned : TrustSystem);
    if (pinned) {
        settings.setValue(KeyPinSha256, QString::fromLatin1(trust.pinnedSha256));
        settings.setValue(KeyPinHost, trust.pinnedHost);
        settings.setValue(KeyPinPort, trust.pinnedPort);
    }
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

ProfileStore::ProfileStore(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::groupFor(const QUuid &id)
{
    return ProfilesGroup + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;

    m_settings->beginGroup(ProfilesGroup);
    const QStringList groups = m_settings->childGroups();
    for (const QString &group : groups) {
        const QUuid id(group);
        if (id.isNull()) {
            qCWarning(lcProfiles) << "ignoring settings group that is not a profile id" << group;
            continue;
        }
        m_settings->beginGroup(group);
        result.append(readProfile(*m_settings, id));
        m_settings->endGroup();
    }
    m_settings->endGroup();

    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name(), b.name()) < 0;
    });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QUuid &id) const
{
    if (!contains(id))
        return std::nullopt;

    m_settings->beginGroup(groupFor(id));
    ConnectionProfile result = readProfile(*m_settings, id);
    m_settings->endGroup();
    return result;
}

bool ProfileStore::contains(const QUuid &id) const
{
    if (id.isNull())
        return false;
    m_settings->beginGroup(ProfilesGroup);
    const bool found = m_settings->childGroups().contains(id.toString(QUuid::WithoutBraces));
    m_settings->endGroup();
    return found;
}

QList<ProfileIssue> ProfileStore::add(const ConnectionProfile &profile)
{
    if (contains(profile.id()))
        return {{ProfileIssue::Field::Identity, tr("A vault with this identifier exists.")}};

    const QList<ProfileIssue> issues = save(profile);
    if (issues.isEmpty()) {
        qCInfo(lcProfiles) << "added profile" << profile.id() << profile.serverUrl().host();
        emit profileAdded(profile.id());
    }
    return issues;
}

QList<ProfileIssue> ProfileStore::update(const ConnectionProfile &profile)
{
    if (!contains(profile.id()))
        return {{ProfileIssue::Field::Identity, tr("This vault is no longer saved.")}};

    const QList<ProfileIssue> issues = save(profile);
    if (issues.isEmpty()) {
        qCInfo(lcProfiles) << "updated profile" << profile.id() << profile.serverUrl().host();
        emit profileUpdated(profile.id());
    }
    return issues;
}

QList<ProfileIssue> ProfileStore::save(const ConnectionProfile &profile)
{
    const QList<ProfileIssue> issues = profile.validate();
    if (!issues.isEmpty())
        return issues;

    m_settings->beginGroup(groupFor(profile.id()));
    writeProfile(*m_settings, profile);
    m_settings->endGroup();
    m_settings->sync();

    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcProfiles) << "could not write settings file" << m_settings->fileName();
        return {{ProfileIssue::Field::Storage,
                 tr("The settings file %1 could not be written.").arg(m_settings->fileName())}};
    }
    return {};
}

bool ProfileStore::remove(const QUuid &id)
{
    if (!contains(id))
        return false;

    m_settings->remove(groupFor(id));
    m_settings->sync();

    qCInfo(lcProfiles) << "removed profile" << id;
    emit profileRemoved(id);
    return true;
}

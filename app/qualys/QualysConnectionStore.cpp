#include "qualys/QualysConnectionStore.h"

#include "qualys/QualysLog.h"

#include <algorithm>

namespace qualys {

namespace {

const QString Group = QStringLiteral("qualysConnections");
const QString KeyName = QStringLiteral("name");
const QString KeyPlatform = QStringLiteral("platform");
const QString KeyUrl = QStringLiteral("customUrl");
const QString KeyUser = QStringLiteral("userName");
const QString KeyTrust = QStringLiteral("tlsTrust");
const QString KeyPinSha256 = QStringLiteral("pinnedSha256");
const QString KeyPinHost = QStringLiteral("pinnedHost");
const QString KeyPinPort = QStringLiteral("pinnedPort");
const QString TrustPinned = QStringLiteral("pinned");
const QString TrustSystem = QStringLiteral("system");

QualysConnection read(const QSettings &settings, const QUuid &id)
{
    QualysConnection connection;
    connection.id = id;
    connection.name = settings.value(KeyName).toString();
    connection.platformKey = settings.value(KeyPlatform, QStringLiteral("US1")).toString();
    connection.customUrl = settings.value(KeyUrl).toString();
    connection.userName = settings.value(KeyUser).toString();
    if (settings.value(KeyTrust).toString() == TrustPinned) {
        connection.trust.mode = CertificateTrust::Mode::PinnedCertificate;
        connection.trust.pinnedSha256 = settings.value(KeyPinSha256).toString().toLatin1();
        connection.trust.pinnedHost = settings.value(KeyPinHost).toString();
        connection.trust.pinnedPort = settings.value(KeyPinPort, -1).toInt();
    }
    return connection;
}

void write(QSettings &settings, const QualysConnection &connection)
{
    const bool pinned = connection.trust.mode == CertificateTrust::Mode::PinnedCertificate;
    settings.remove(QString());
    settings.setValue(KeyName, connection.name.trimmed());
    settings.setValue(KeyPlatform, connection.platformKey);
    settings.setValue(KeyUrl, connection.customUrl.trimmed());
    settings.setValue(KeyUser, connection.userName.trimmed());
    settings.setValue(KeyTrust, pinned ? TrustPinned : TrustSystem);
    if (pinned) {
        settings.setValue(KeyPinSha256, QString::fromLatin1(connection.trust.pinnedSha256));
        settings.setValue(KeyPinHost, connection.trust.pinnedHost);
        settings.setValue(KeyPinPort, connection.trust.pinnedPort);
    }
}

} // namespace

QualysConnectionStore::QualysConnectionStore(QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>())
{
}

QualysConnectionStore::QualysConnectionStore(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QualysConnectionStore::~QualysConnectionStore() = default;

QString QualysConnectionStore::groupFor(const QUuid &id)
{
    return Group + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
}

QString QualysConnectionStore::fileName() const
{
    return m_settings->fileName();
}

QList<QualysConnection> QualysConnectionStore::connections() const
{
    QList<QualysConnection> result;
    m_settings->beginGroup(Group);
    const QStringList groups = m_settings->childGroups();
    for (const QString &group : groups) {
        const QUuid id(group);
        if (id.isNull())
            continue;
        m_settings->beginGroup(group);
        result.append(read(*m_settings, id));
        m_settings->endGroup();
    }
    m_settings->endGroup();

    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<QualysConnection> QualysConnectionStore::connection(const QUuid &id) const
{
    if (!contains(id))
        return std::nullopt;
    m_settings->beginGroup(groupFor(id));
    QualysConnection result = read(*m_settings, id);
    m_settings->endGroup();
    return result;
}

bool QualysConnectionStore::contains(const QUuid &id) const
{
    if (id.isNull())
        return false;
    m_settings->beginGroup(Group);
    const bool found = m_settings->childGroups().contains(id.toString(QUuid::WithoutBraces));
    m_settings->endGroup();
    return found;
}

QStringList QualysConnectionStore::save(const QualysConnection &connection)
{
    QStringList issues = connection.validate();
    if (!issues.isEmpty())
        return issues;

    m_settings->beginGroup(groupFor(connection.id));
    write(*m_settings, connection);
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcQualys) << "could not write the Qualys connection settings";
        return { tr("The connection could not be written to %1.").arg(fileName()) };
    }
    emit connectionSaved(connection.id);
    return {};
}

bool QualysConnectionStore::remove(const QUuid &id)
{
    if (!contains(id))
        return false;
    m_settings->remove(groupFor(id));
    m_settings->sync();
    emit connectionRemoved(id);
    return true;
}

} // namespace qualys

#include "session/SandboxProfile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace SandboxProfile {

QString profileName()
{
    return QCoreApplication::translate("SandboxProfile", "Sandbox (example estate)");
}

std::optional<ConnectionProfile> fromReadyLine(const QByteArray &readyJson,
                                               const std::optional<ConnectionProfile> &existing)
{
    const QJsonObject ready = QJsonDocument::fromJson(readyJson).object();
    const int port = ready.value(QStringLiteral("https")).toInt();
    const QByteArray sha256 = ready.value(QStringLiteral("sha256")).toString().toLatin1();
    if (port <= 0 || sha256.isEmpty())
        return std::nullopt;

    ConnectionProfile profile = existing.value_or(ConnectionProfile::create());
    profile.setName(profileName());
    profile.setServerAddress(QStringLiteral("https://127.0.0.1:%1/SecretServer").arg(port));
    profile.setUserName(QStringLiteral("admin"));
    profile.setDomain({});
    profile.pinCertificate(sha256);
    return profile;
}

QString qualysConnectionName()
{
    return QCoreApplication::translate("SandboxProfile", "Sandbox Qualys");
}

std::optional<qualys::QualysConnection>
qualysFromReadyLine(const QByteArray &readyJson,
                    const std::optional<qualys::QualysConnection> &existing)
{
    const QJsonObject ready = QJsonDocument::fromJson(readyJson).object();
    const int port = ready.value(QStringLiteral("https")).toInt();
    const QByteArray sha256 = ready.value(QStringLiteral("sha256")).toString().toLatin1();
    if (port <= 0 || sha256.isEmpty())
        return std::nullopt;

    qualys::QualysConnection connection = existing.value_or(qualys::QualysConnection::create());
    connection.name = qualysConnectionName();
    connection.platformKey = qualys::CustomPlatformKey;
    connection.customUrl = QStringLiteral("https://127.0.0.1:%1").arg(port);
    connection.userName = QStringLiteral("qualys-admin");
    connection.pinCertificate(sha256);
    return connection;
}

} // namespace SandboxProfile

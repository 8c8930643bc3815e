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

} // namespace SandboxProfile

#include "secretserver/ServerConfiguration.h"

#include "secretserver/JsonRead.h"

namespace secretserver {

HealthStatus HealthStatus::fromJson(const QJsonObject &object)
{
    HealthStatus health;
    health.healthy = json::boolean(object, QStringLiteral("healthy"));
    health.databaseHealthy = json::boolean(object, QStringLiteral("databaseHealthy"));
    health.readOnlyMode = json::boolean(object, QStringLiteral("readOnlyMode"));
    return health;
}

QJsonValue ServerConfiguration::value(const QString &dottedPath) const
{
    const QStringList parts = dottedPath.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    QJsonValue current(data);
    for (const QString &part : parts) {
        // Wrappers may sit at any level; step through them before descending.
        current = json::unwrap(current);
        if (!current.isObject())
            return {};
        current = json::field(current.toObject(), part);
    }
    return json::unwrap(current);
}

bool ServerConfiguration::boolValue(const QString &dottedPath, bool fallback) const
{
    const QJsonValue found = value(dottedPath);
    return found.isBool() ? found.toBool() : fallback;
}

int ServerConfiguration::intValue(const QString &dottedPath, int fallback) const
{
    const QJsonValue found = value(dottedPath);
    return found.isDouble() ? found.toInt() : fallback;
}

bool ServerConfiguration::webServicesEnabled() const
{
    return boolValue(QStringLiteral("applicationSettings.enableWebServices"));
}

bool ServerConfiguration::refreshTokensEnabled() const
{
    return boolValue(QStringLiteral("applicationSettings.apiRefreshTokensEnabled"));
}

bool ServerConfiguration::rpcEnabled() const
{
    return boolValue(QStringLiteral("enableRpc"));
}

bool ServerConfiguration::passwordChangeOnCheckInEnabled() const
{
    return boolValue(QStringLiteral("enablePasswordChangeOnCheckIn"));
}

bool ServerConfiguration::forceHttps() const
{
    return boolValue(QStringLiteral("forceHttps"));
}

ServerConfiguration ServerConfiguration::fromJson(const QJsonObject &json)
{
    ServerConfiguration configuration;
    configuration.data = json;
    return configuration;
}

} // namespace secretserver

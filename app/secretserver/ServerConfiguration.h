#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace secretserver {

// GET /healthcheck.
struct HealthStatus
{
    bool healthy = false;
    bool databaseHealthy = false;
    bool readOnlyMode = false;

    static HealthStatus fromJson(const QJsonObject &json);
};

// One of the configuration documents (general, security, rpc). Values are read by a dotted
// path ("applicationSettings.enableWebServices"); view-field wrappers {value,...} unwrap.
struct ServerConfiguration
{
    QJsonObject data;

    QJsonValue value(const QString &dottedPath) const;
    bool boolValue(const QString &dottedPath, bool fallback = false) const;
    int intValue(const QString &dottedPath, int fallback = 0) const;

    // Convenience for the checks the console runs.
    bool webServicesEnabled() const; // general: applicationSettings.enableWebServices
    bool refreshTokensEnabled() const;
    bool rpcEnabled() const;         // rpc: enableRpc
    bool passwordChangeOnCheckInEnabled() const;
    bool forceHttps() const;         // security

    static ServerConfiguration fromJson(const QJsonObject &json);
};

// One dirty/value change for a configuration PATCH. section is empty for the security
// and rpc documents, e.g. {"applicationSettings", "enableWebServices", true} for general.
struct ConfigurationChange
{
    QString section;
    QString field;
    QJsonValue value;
};

enum class ConfigurationArea { General, Security, RemotePasswordChanging };

} // namespace secretserver

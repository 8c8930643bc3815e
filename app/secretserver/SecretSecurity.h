#pragma once

#include <QJsonObject>

#include <optional>

namespace secretserver {

// Check-out settings of a secret (PATCH /secrets/{id}/security-checkout). Unset fields are
// left alone by the PATCH; the server's answer fills what it reports.
struct CheckOutPolicy
{
    std::optional<bool> checkOutEnabled;
    std::optional<int> intervalMinutes;
    std::optional<bool> changePasswordOnCheckIn;

    QJsonObject toPatchJson() const;
    static CheckOutPolicy fromJson(const QJsonObject &json);
};

// General security settings of a secret (PATCH /secrets/{id}/security-general), same
// dirty/value rules as CheckOutPolicy.
struct SecretSecurity
{
    std::optional<bool> hideLauncherPassword;
    std::optional<bool> requiresComment;
    std::optional<bool> enableDoubleLock;
    std::optional<int> doubleLockId;
    std::optional<bool> proxyEnabled;
    std::optional<bool> sessionRecordingEnabled;
    std::optional<bool> webLauncherRequiresIncognitoMode;

    QJsonObject toPatchJson() const;
    static SecretSecurity fromJson(const QJsonObject &json);
};

} // namespace secretserver

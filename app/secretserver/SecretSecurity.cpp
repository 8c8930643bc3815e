#include "secretserver/SecretSecurity.h"

#include "secretserver/JsonRead.h"

namespace secretserver {

namespace {

template<typename T>
void putDirty(QJsonObject &data, const QString &name, const std::optional<T> &value)
{
    if (value.has_value())
        data.insert(name, json::dirty(QJsonValue(*value)));
}

// Reads a view-field wrapper (or a plain value) when the answer has that field.
std::optional<bool> readBool(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = json::unwrap(json::field(object, name));
    if (value.isBool())
        return value.toBool();
    return std::nullopt;
}

std::optional<int> readInt(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = json::unwrap(json::field(object, name));
    if (value.isDouble())
        return value.toInt();
    return std::nullopt;
}

// Answers may come bare or inside {"data": ...} / {"model": ...}.
QJsonObject body(const QJsonObject &object)
{
    for (const QString &envelope : {QStringLiteral("data"), QStringLiteral("model")}) {
        const QJsonValue inner = object.value(envelope);
        if (inner.isObject())
            return inner.toObject();
    }
    return object;
}

} // namespace

QJsonObject CheckOutPolicy::toPatchJson() const
{
    QJsonObject data;
    putDirty(data, QStringLiteral("checkOutEnabled"), checkOutEnabled);
    putDirty(data, QStringLiteral("checkOutIntervalMinutes"), intervalMinutes);
    putDirty(data, QStringLiteral("checkOutChangePasswordEnabled"), changePasswordOnCheckIn);
    return QJsonObject{{QStringLiteral("data"), data}};
}

CheckOutPolicy CheckOutPolicy::fromJson(const QJsonObject &json)
{
    const QJsonObject object = body(json);
    CheckOutPolicy policy;
    policy.checkOutEnabled = readBool(object, QStringLiteral("checkOutEnabled"));
    policy.intervalMinutes = readInt(object, QStringLiteral("checkOutIntervalMinutes"));
    policy.changePasswordOnCheckIn = readBool(object,
                                              QStringLiteral("checkOutChangePasswordEnabled"));
    return policy;
}

QJsonObject SecretSecurity::toPatchJson() const
{
    QJsonObject data;
    putDirty(data, QStringLiteral("hideLauncherPassword"), hideLauncherPassword);
    putDirty(data, QStringLiteral("requiresComment"), requiresComment);
    putDirty(data, QStringLiteral("enableDoubleLock"), enableDoubleLock);
    putDirty(data, QStringLiteral("doubleLockId"), doubleLockId);
    putDirty(data, QStringLiteral("proxyEnabled"), proxyEnabled);
    putDirty(data, QStringLiteral("sessionRecordingEnabled"), sessionRecordingEnabled);
    putDirty(data, QStringLiteral("webLauncherRequiresIncognitoMode"),
             webLauncherRequiresIncognitoMode);
    return QJsonObject{{QStringLiteral("data"), data}};
}

SecretSecurity SecretSecurity::fromJson(const QJsonObject &json)
{
    const QJsonObject object = body(json);
    SecretSecurity security;
    security.hideLauncherPassword = readBool(object, QStringLiteral("hideLauncherPassword"));
    security.requiresComment = readBool(object, QStringLiteral("requiresComment"));
    security.enableDoubleLock = readBool(object, QStringLiteral("enableDoubleLock"));
    security.doubleLockId = readInt(object, QStringLiteral("doubleLockId"));
    security.proxyEnabled = readBool(object, QStringLiteral("proxyEnabled"));
    security.sessionRecordingEnabled = readBool(object,
                                                QStringLiteral("sessionRecordingEnabled"));
    security.webLauncherRequiresIncognitoMode
            = readBool(object, QStringLiteral("webLauncherRequiresIncognitoMode"));
    return security;
}

} // namespace secretserver

#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Lenient readers for Secret Server JSON: a field of the wrong type reads as the fallback
// instead of failing the whole reply, and numbers sent as strings are accepted.
namespace secretserver::json {

inline QJsonValue field(const QJsonObject &object, const QString &key)
{
    const QJsonValue direct = object.value(key);
    if (!direct.isUndefined())
        return direct;

    // Names are camelCase, but some servers (and the GO-style "paging." form) differ in case.
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

inline int integer(const QJsonObject &object, const QString &key, int fallback = 0)
{
    const QJsonValue value = field(object, key);
    if (value.isDouble())
        return value.toInt(fallback);
    if (value.isString()) {
        bool ok = false;
        const int parsed = value.toString().toInt(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

inline std::optional<int> optionalInteger(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = field(object, key);
    if (value.isDouble())
        return value.toInt();
    if (value.isString()) {
        bool ok = false;
        const int parsed = value.toString().toInt(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

inline bool boolean(const QJsonObject &object, const QString &key, bool fallback = false)
{
    const QJsonValue value = field(object, key);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toInt() != 0;
    if (value.isString()) {
        const QString text = value.toString();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return fallback;
}

inline QString string(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = field(object, key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

inline QDateTime dateTime(const QJsonObject &object, const QString &key)
{
    const QString text = string(object, key);
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    // .NET writes DateTime.MinValue (0001-01-01T00:00:00) for "never happened", e.g. a
    // heartbeat that never ran; no real event in a vault predates 1900.
    if (parsed.isValid() && parsed.date().year() < 1900)
        return {};
    return parsed;
}

inline QJsonObject object(const QJsonObject &object, const QString &key)
{
    return field(object, key).toObject();
}

inline QJsonArray array(const QJsonObject &object, const QString &key)
{
    return field(object, key).toArray();
}

// The value of a view-field wrapper {value, label, readOnly...}, or the value itself.
inline QJsonValue unwrap(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject wrapper = value.toObject();
        if (wrapper.contains(QLatin1String("value")))
            return wrapper.value(QLatin1String("value"));
    }
    return value;
}

// A dirty/value entry of a PATCH body.
inline QJsonObject dirty(const QJsonValue &value)
{
    return QJsonObject{{QStringLiteral("dirty"), true}, {QStringLiteral("value"), value}};
}

} // namespace secretserver::json

// /api/v1/configuration/general, /security and /rpc: GET and dirty/value PATCH
// (secret-server-api.md §8). Administrators only.
#include "secretserver/Protocol.h"
#include "secretserver/RestEndpoints.h"

namespace sandbox::rest {

namespace {

// The general sections and the load* switch that asks for each.
const QList<std::pair<QString, QString>> &generalSections()
{
    static const QList<std::pair<QString, QString>> sections {
        { QStringLiteral("applicationSettings"), QStringLiteral("loadApplicationSettings") },
        { QStringLiteral("permissionOptions"), QStringLiteral("loadPermissionOptions") },
        { QStringLiteral("login"), QStringLiteral("loadLogin") },
    };
    return sections;
}

// Applies {field: value} to one section; false with *error on an unknown field or a type
// mismatch, in which case nothing is applied.
bool applySection(Estate &estate, const QString &section, const QJsonObject &values,
                  HttpReply *error)
{
    const QJsonObject current = estate.configurationSection(section);
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonValue existing = current.value(it.key());
        const bool fits = !existing.isUndefined()
                && (existing.type() == it.value().type()
                    || (existing.isString() && it.value().isNull()));
        if (!fits) {
            *error = invalidField(section + QLatin1Char('.') + it.key(),
                                  QStringLiteral("Unknown setting or a value of the wrong type."));
            return false;
        }
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        QString ignored;
        estate.setConfigurationValue(section, it.key(), it.value(), &ignored);
    }
    return true;
}

HttpReply general(RestCall &call)
{
    if (call.is("GET")) {
        const bool all = call.boolParam(QStringLiteral("loadAll"), false);
        QJsonObject body;
        for (const auto &[section, flag] : generalSections()) {
            if (all || call.boolParam(flag, false))
                body.insert(section, call.estate.configurationSection(section));
        }
        return HttpReply::json(200, body);
    }
    if (!call.is("PATCH"))
        return methodNotAllowed();

    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    // Validate every section before changing any.
    QList<std::pair<QString, QJsonObject>> changes;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const auto known = std::find_if(generalSections().begin(), generalSections().end(),
                                        [&](const auto &entry) { return entry.first == it.key(); });
        if (known == generalSections().end())
            continue; // unknown sections are ignored, like unknown fields elsewhere
        changes.append({ it.key(), RestCall::dirtyValues(it.value().toObject()) });
    }
    for (const auto &[section, values] : changes) {
        const QJsonObject current = call.estate.configurationSection(section);
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QJsonValue existing = current.value(it.key());
            if (existing.isUndefined() || existing.type() != it.value().type())
                return invalidField(section + QLatin1Char('.') + it.key(),
                                    QStringLiteral("Unknown setting or a value of the wrong "
                                                   "type."));
        }
    }
    for (const auto &[section, values] : changes) {
        if (!applySection(call.estate, section, values, &error))
            return error;
    }
    QJsonObject result;
    for (const auto &[section, flag] : generalSections())
        result.insert(section, call.estate.configurationSection(section));
    return HttpReply::json(200, result);
}

HttpReply flatSection(RestCall &call, const QString &section)
{
    if (call.is("PATCH")) {
        QJsonObject body;
        HttpReply error;
        if (!call.jsonBody(&body, &error))
            return error;
        const QJsonObject values
                = RestCall::dirtyValues(body.value(QStringLiteral("data")).toObject());
        if (!applySection(call.estate, section, values, &error))
            return error;
    } else if (!call.is("GET")) {
        return methodNotAllowed();
    }
    return HttpReply::json(200, call.estate.configurationSection(section));
}

} // namespace

HttpReply configuration(RestCall &call)
{
    if (!call.estate.isAdministrator(call.userId))
        return accessDenied();
    if (call.segments.size() != 2)
        return noResource();
    const QString section = call.segment(1).toLower();
    if (section == QLatin1String("general"))
        return general(call);
    if (section == QLatin1String("security"))
        return flatSection(call, QStringLiteral("security"));
    if (section == QLatin1String("rpc"))
        return flatSection(call, QStringLiteral("rpc"));
    return noResource();
}

} // namespace sandbox::rest

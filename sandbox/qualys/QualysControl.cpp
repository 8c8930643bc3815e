#include "qualys/AuthRecordType.h"
#include "qualys/QualysLogging.h"
#include "qualys/QualysServicePrivate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sandbox {

namespace {

constexpr int MaxGenerated = 100000;

HttpReply controlError(int status, const QString &message)
{
    return HttpReply::json(status, QJsonObject { { QLatin1String("error"), message } });
}

// A whole number in [minimum, maximum] under key, or nullopt (absent or unsuitable).
std::optional<int> number(const QJsonObject &json, const char *key, int minimum, int maximum,
                          bool *bad)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return std::nullopt;
    const double raw = value.toDouble(-1);
    if (!value.isDouble() || raw != double(qint64(raw)) || raw < minimum || raw > maximum) {
        *bad = true;
        return std::nullopt;
    }
    return int(raw);
}

} // namespace

HttpReply QualysService::control(const HttpRequest &request)
{
    QString path = request.path;
    const QLatin1String prefix("/sandbox-control/qualys");
    if (path.startsWith(prefix))
        path = path.mid(prefix.size());
    if (path.endsWith(u'/'))
        path.chop(1);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const bool write = request.method == "PUT" || request.method == "POST";

    const auto limitsJson = [this] {
        const ApiLimits::Settings settings = d->limits.settings();
        return QJsonObject { { QLatin1String("callsPerWindow"), settings.callsPerWindow },
                             { QLatin1String("windowSeconds"), settings.windowSeconds },
                             { QLatin1String("concurrency"), settings.concurrency },
                             { QLatin1String("otherRunning"), d->otherRunning },
                             { QLatin1String("transportReportsCalls"), d->callsReported } };
    };

    if (path == QLatin1String("/limits") && request.method == "GET")
        return HttpReply::json(200, limitsJson());
    if (path == QLatin1String("/limits") && write) {
        // All fields are checked before any changes, so a bad update changes nothing.
        bool bad = false;
        ApiLimits::Settings settings = d->limits.settings();
        const auto calls = number(body, "callsPerWindow", 0, 1000000000, &bad);
        const auto window = number(body, "windowSeconds", 1, 100000000, &bad);
        const auto concurrency = number(body, "concurrency", 1, 1000000, &bad);
        const auto others = number(body, "otherRunning", 0, 1000000, &bad);
        if (bad)
            return controlError(400, QStringLiteral("limits must be whole numbers in range"));
        settings.callsPerWindow = calls.value_or(settings.callsPerWindow);
        settings.windowSeconds = window.value_or(settings.windowSeconds);
        settings.concurrency = concurrency.value_or(settings.concurrency);
        d->limits.setSettings(settings);
        d->otherRunning = others.value_or(d->otherRunning);
        qCInfo(lcSandboxQualys) << "limits changed through control";
        return HttpReply::json(200, limitsJson());
    }
    if (path == QLatin1String("/limits/reset") && write) {
        d->limits.resetCounters();
        return HttpReply::json(200, limitsJson());
    }
    if (path == QLatin1String("/clock/advance") && write) {
        bool bad = false;
        const auto seconds = number(body, "seconds", 0, 100000000, &bad);
        if (!seconds)
            return controlError(400, QStringLiteral("seconds must be a whole number >= 0"));
        d->limits.advanceClock(*seconds);
        return HttpReply::json(200, limitsJson());
    }
    if (path == QLatin1String("/records/generate") && write)
        return generate(body);
    if (path == QLatin1String("/tenant") && request.method == "GET")
        return HttpReply::json(200, d->tenant.toJson());
    return controlError(404, QStringLiteral("unknown Qualys control path"));
}

HttpReply QualysService::generate(const QJsonObject &body)
{
    const AuthRecordType *type = AuthRecordType::find(body.value(QLatin1String("type")).toString());
    bool bad = false;
    const auto count = number(body, "count", 1, MaxGenerated, &bad);
    if (!type || !count)
        return controlError(
                400, QStringLiteral("need a record type and a count of 1 to %1").arg(MaxGenerated));

    // Addresses in 10.0.0.0/8 derived from the record ID cannot collide with each other.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int first = 0;
    int last = 0;
    for (int i = 0; i < *count; ++i) {
        AuthRecord record;
        record.type = type->key;
        record.username = QStringLiteral("generated");
        record.password = QStringLiteral("Generated-Password-1!");
        record.created = now;
        record.createdBy = QStringLiteral("sandbox");
        record.lastModified = now;
        record.lastModifiedBy = record.createdBy;
        for (const QString &name : type->requiredOnCreate)
            record.settings.insert(name,
                                   name == QLatin1String("port") ? QStringLiteral("50000")
                                                                 : QStringLiteral("GEN"));
        last = d->tenant.addRecord(record);
        record = *d->tenant.record(last);
        record.title = QStringLiteral("Generated %1 record %2").arg(type->key).arg(last);
        const quint64 address = (quint64(10) << 24) + quint64(last);
        record.ips.add(address, address);
        d->tenant.replaceRecord(record);
        if (first == 0)
            first = last;
    }
    d->changed();
    return HttpReply::json(
            200,
            QJsonObject { { QLatin1String("first"), first }, { QLatin1String("last"), last } });
}

} // namespace sandbox

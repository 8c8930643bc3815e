#include "http/TransportFaults.h"

#include <QJsonValue>
#include <cmath>

namespace sandbox {

namespace {

bool readRate(const QJsonObject &update, const QString &name, double *rate, QString *error)
{
    if (!update.contains(name))
        return true;
    const QJsonValue value = update.value(name);
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || !std::isfinite(number) || number < 0.0 || number > 1.0) {
        *error = name + QStringLiteral(" must be a number from 0 to 1.");
        return false;
    }
    *rate = number;
    return true;
}

} // namespace

QJsonObject FaultSettings::toJson() const
{
    return { { QStringLiteral("latencyMs"), latencyMs },
             { QStringLiteral("failRate"), failRate },
             { QStringLiteral("dropRate"), dropRate } };
}

bool FaultSettings::apply(const QJsonObject &update, QString *error)
{
    FaultSettings next = *this;
    const QString latencyName = QStringLiteral("latencyMs");
    if (update.contains(latencyName)) {
        const QJsonValue value = update.value(latencyName);
        const double number = value.toDouble(-1.0);
        if (!value.isDouble() || number != std::floor(number) || number < 0
            || number > MaxLatencyMs) {
            *error = QStringLiteral("latencyMs must be a whole number from 0 to %1.")
                             .arg(MaxLatencyMs);
            return false;
        }
        next.latencyMs = static_cast<int>(number);
    }
    if (!readRate(update, QStringLiteral("failRate"), &next.failRate, error)
        || !readRate(update, QStringLiteral("dropRate"), &next.dropRate, error))
        return false;

    *this = next;
    return true;
}

void TrafficStats::begin()
{
    ++requests;
    ++inFlight;
    maxInFlight = qMax(maxInFlight, inFlight);
}

void TrafficStats::end()
{
    inFlight = qMax(0, inFlight - 1);
}

void TrafficStats::reset()
{
    requests = 0;
    maxInFlight = inFlight;
}

QJsonObject TrafficStats::toJson() const
{
    return { { QStringLiteral("requests"), requests },
             { QStringLiteral("inFlight"), inFlight },
             { QStringLiteral("maxInFlight"), maxInFlight } };
}

} // namespace sandbox

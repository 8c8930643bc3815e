#pragma once

#include <QJsonObject>
#include <QString>

namespace sandbox {

// Faults the transport injects into every request except control ones. Changed at start by
// options and at run time through PUT /sandbox-control/faults.
struct FaultSettings
{
    int latencyMs = 0; // each request waits this long on its own timer before it is served
    double failRate = 0.0; // share of requests answered with the service's 503
    double dropRate = 0.0; // share of requests whose connection is dropped without a reply

    static constexpr int MaxLatencyMs = 10 * 60 * 1000;

    QJsonObject toJson() const;

    // Applies the fields present in update (others stay); false, with the reason, when any
    // field is of the wrong type or out of range, in which case nothing changes.
    bool apply(const QJsonObject &update, QString *error);
};

// Request counters for the control service; the in-flight count includes requests that wait
// for their latency.
struct TrafficStats
{
    qint64 requests = 0;
    int inFlight = 0;
    int maxInFlight = 0;

    void begin();
    void end();
    void reset(); // keeps inFlight, which still has requests to finish
    QJsonObject toJson() const;
};

} // namespace sandbox

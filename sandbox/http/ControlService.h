#pragma once

#include "http/HttpExchange.h"
#include "http/TransportFaults.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace sandbox {

// The sandbox's own test switches under /sandbox-control/, guarded by the control token:
// faults, traffic statistics, and areas other parts register (secretserver/, qualys/...).
// It does not own the settings it changes; the transport does and outlives it.
class ControlService : public Service
{
public:
    using AreaHandler = std::function<HttpReply(const HttpRequest &)>;

    ControlService(const QByteArray &token, FaultSettings &faults, TrafficStats &stats);

    // Requests under /sandbox-control/<area>/ go to handler once the token has been checked.
    void addArea(const QString &area, AreaHandler handler);

    static bool isControlPath(const QString &path);

    bool accepts(const HttpRequest &request) const override;
    HttpReply handle(const HttpRequest &request) override;
    HttpReply transportError(int status, const QString &message) const override;

private:
    bool hasValidToken(const HttpRequest &request) const;
    HttpReply handleFaults(const HttpRequest &request);
    HttpReply handleStats(const HttpRequest &request, bool reset);

    struct Area
    {
        QString prefix;
        AreaHandler handler;
    };

    QByteArray m_token;
    FaultSettings &m_faults;
    TrafficStats &m_stats;
    QList<Area> m_areas;
};

} // namespace sandbox

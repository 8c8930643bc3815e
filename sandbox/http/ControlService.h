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
    // Hands the reply over once it is ready; call it exactly once, from the event loop.
    using Responder = std::function<void(const HttpReply &)>;
    // For areas whose answer needs network round trips of its own (the scanner appliance).
    using AsyncAreaHandler = std::function<void(const HttpRequest &, Responder)>;

    ControlService(const QByteArray &token, FaultSettings &faults, TrafficStats &stats);

    // Requests under /sandbox-control/<area>/ go to handler once the token has been checked.
    void addArea(const QString &area, AreaHandler handler);
    // Same, for an area that answers later through the responder.
    void addAsyncArea(const QString &area, AsyncAreaHandler handler);

    // Answers request now (through handle()) or, for an asynchronous area, later.
    void respond(const HttpRequest &request, const Responder &responder);

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
    struct AsyncArea
    {
        QString prefix;
        AsyncAreaHandler handler;
    };

    QList<Area> m_areas;
    QList<AsyncArea> m_asyncAreas;
};

} // namespace sandbox

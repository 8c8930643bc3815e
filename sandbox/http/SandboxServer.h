#pragma once

#include "http/ControlService.h"
#include "http/HttpExchange.h"
#include "http/TransportFaults.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <functional>
#include <memory>

class QTcpSocket;

namespace sandbox {

class LoopbackListener;
struct RequestHead;

// How the transport listens and what it starts with; main fills it from the command line.
// Plain values only: the server copies it.
struct TransportOptions
{
    quint16 httpPort = 0; // 0: any free port
    quint16 httpsPort = 0; // 0: any free port
    QSslConfiguration tls; // the server certificate and key for the HTTPS listener
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    // HTTP.sys's HeaderWait and EntityBody timers (120 s each by default): a request must
    // arrive in full this long after its first byte, however slowly it trickles in.
    int requestTimeoutMs = 120 * 1000;
    FaultSettings faults;
    QByteArray controlToken;
};

// The sandbox's HTTP(S) transport on 127.0.0.1: copies each request out of Qt's server,
// offers it to the control service and then to the registered services in order, and applies
// latency, injected failures and dropped connections on the way. Services are not owned.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(const TransportOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Told when a request a service accepts arrives (before its latency) and when its reply
    // has been handed over or its connection dropped, for services that count running calls.
    struct CallHooks
    {
        std::function<void(const HttpRequest &)> started;
        std::function<void(const HttpRequest &)> finished;
    };

    void addService(Service *service, CallHooks hooks = {});
    ControlService &control() { return m_control; }

    // Opens both listeners on 127.0.0.1; false, with the reason, when a port is taken.
    bool start(QString *error);
    quint16 httpPort() const;
    quint16 httpsPort() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Exchange;

    LoopbackListener *openListener(bool secure, quint16 port, QString *error);
    Service *serviceFor(const HttpRequest &request) const;
    void serve(const std::shared_ptr<Exchange> &exchange);
    HttpReply answer(Exchange &exchange);
    void finish(Exchange &exchange, const HttpReply &reply);
    HttpReply refusalReply(const RequestHead *head, int status, const QString &reason) const;
    void logExchange(const Exchange &exchange, int status) const;

    TransportOptions m_options;
    FaultSettings m_faults;
    TrafficStats m_stats;
    ControlService m_control;
    QList<Service *> m_services;
    QHash<Service *, CallHooks> m_hooks;
    LoopbackListener *m_http = nullptr;
    LoopbackListener *m_https = nullptr;
};

} // namespace sandbox

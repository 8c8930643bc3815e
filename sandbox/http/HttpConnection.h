#pragma once

#include "http/HttpExchange.h"
#include "http/RequestFramer.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTcpSocket>
#include <QTimer>
#include <deque>
#include <functional>

namespace sandbox {

// The transport's watch over one client connection, alongside Qt's HTTP parser: it sees every
// byte before the parser does (refusing oversized or malformed requests before their body is
// read), keeps replies in request order while some wait for their latency, and closes the
// connection when it idles. A child of its socket, so it lives exactly as long as the socket.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // The reply for a request the transport refuses; head is null when it never became a
    // request (garbage).
    using RefusalReply
            = std::function<HttpReply(const RequestHead *head, int status, const QString &reason)>;

    // Must be created before the HTTP server connects to the socket, so that its look at
    // each read comes first. httpServer is the object whose read handler a refusal cuts off.
    HttpConnection(QTcpSocket *socket, QObject *httpServer, qint64 maxBodyBytes,
                   int requestTimeoutMs, RefusalReply refusal);

    static HttpConnection *of(QTcpSocket *socket);

    RequestHead takeHead(); // the head of the request the HTTP server has just parsed
    quint64 reserve(); // a place in the reply order, for a reply that comes later
    void deliver(quint64 ticket, const QByteArray &wire, bool close);
    void drop(); // lose the connection without a word, as a failing network would

    static constexpr int IdleTimeoutMs = 120 * 1000; // IIS's default connection timeout

private:
    void inspect();
    void refuse(const FramingResult &result);
    void flush();
    void expireIdle();
    void expireRequest();

    struct PendingReply
    {
        quint64 ticket = 0;
        bool ready = false;
        bool close = false;
        QByteArray wire;
    };

    QTcpSocket *m_socket;
    QPointer<QObject> m_httpServer;
    RequestFramer m_framer;
    RefusalReply m_refusal;
    QQueue<RequestHead> m_heads;
    std::deque<PendingReply> m_pending;
    quint64 m_nextTicket = 1;
    bool m_closing = false;
    QTimer m_idle;
    QTimer m_request; // runs while a request is partly received
};

} // namespace sandbox

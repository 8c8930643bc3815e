#include "http/HttpConnection.h"

#include "http/HttpLogging.h"
#include "http/HttpWire.h"

namespace sandbox {

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *httpServer, qint64 maxBodyBytes,
                               int requestTimeoutMs, RefusalReply refusal)
    : QObject(socket), m_socket(socket), m_httpServer(httpServer), m_framer(maxBodyBytes),
      m_refusal(std::move(refusal))
{
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::inspect);

    // Also the backstop for connections Qt's parser gave up on: it stops listening to such a
    // socket without closing it.
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &HttpConnection::expireIdle);
    m_idle.start();

    m_request.setSingleShot(true);
    m_request.setInterval(requestTimeoutMs);
    connect(&m_request, &QTimer::timeout, this, &HttpConnection::expireRequest);
}

HttpConnection *HttpConnection::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

RequestHead HttpConnection::takeHead()
{
    return m_heads.isEmpty() ? RequestHead {} : m_heads.dequeue();
}

quint64 HttpConnection::reserve()
{
    m_pending.push_back({ m_nextTicket, false, false, {} });
    return m_nextTicket++;
}

void HttpConnection::deliver(quint64 ticket, const QByteArray &wire, bool close)
{
    for (PendingReply &pending : m_pending) {
        if (pending.ticket == ticket) {
            pending.ready = true;
            pending.close = close;
            pending.wire = wire;
            break;
        }
    }
    flush();
}

void HttpConnection::drop()
{
    m_pending.clear();
    m_closing = true;
    m_socket->abort();
    m_socket->deleteLater();
}

void HttpConnection::inspect()
{
    m_idle.start();
    if (m_closing || m_framer.isRefused()) {
        m_socket->readAll(); // nothing more is going to be answered here
        return;
    }

    // The HTTP server reads everything available right after this slot, so what is available
    // now is exactly what neither of us has seen yet.
    const FramingResult result = m_framer.feed(m_socket->peek(m_socket->bytesAvailable()));
    if (result.refusal != 0) {
        refuse(result);
        return;
    }
    for (const RequestHead &head : result.heads)
        m_heads.enqueue(head);
    // Each byte restarts the idle timer, so a trickling client needs its own deadline.
    if (m_framer.isIdle())
        m_request.stop();
    else if (!m_request.isActive())
        m_request.start();

    // Qt's server does not answer "Expect: 100-continue"; curl and .NET clients wait for it.
    if (result.continueWanted && m_pending.empty())
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
}

void HttpConnection::refuse(const FramingResult &result)
{
    if (m_httpServer)
        disconnect(m_socket, &QIODevice::readyRead, m_httpServer.data(), nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();

    const RequestHead *head = result.refusedHeadKnown ? &result.refusedHead : nullptr;
    const QString request = head
            ? QString::fromLatin1(head->method) + QLatin1Char(' ') + head->path()
            : QStringLiteral("unparsable request");
    qCInfo(lcSandboxHttp, "refused %s from %s: %d %s", qUtf8Printable(request),
           qUtf8Printable(m_socket->peerAddress().toString()), result.refusal,
           qUtf8Printable(result.refusalReason));

    WireOptions options;
    options.closeConnection = true;
    options.headRequest = head && head->method == "HEAD";
    const HttpReply reply = m_refusal(head, result.refusal, result.refusalReason);
    deliver(reserve(), encodeReply(reply, options), true);
}

void HttpConnection::flush()
{
    while (!m_pending.empty() && m_pending.front().ready && !m_closing) {
        const PendingReply pending = m_pending.front();
        m_pending.pop_front();
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            continue;
        m_socket->write(pending.wire);
        if (pending.close) {
            m_closing = true;
            m_socket->disconnectFromHost();
        }
    }
    m_idle.start();
}

void HttpConnection::expireIdle()
{
    if (!m_pending.empty()) {
        m_idle.start();
        return;
    }
    qCDebug(lcSandboxHttp, "closing idle connection from %s",
            qUtf8Printable(m_socket->peerAddress().toString()));
    m_closing = true;
    m_socket->abort();
    m_socket->deleteLater();
}

void HttpConnection::expireRequest()
{
    if (m_closing || m_framer.isIdle())
        return;
    // HTTP.sys gives up on such a connection without an answer.
    qCInfo(lcSandboxHttp, "closing connection from %s: request not complete in %d ms",
           qUtf8Printable(m_socket->peerAddress().toString()), m_request.interval());
    m_pending.clear();
    m_closing = true;
    m_socket->abort();
    m_socket->deleteLater();
}

} // namespace sandbox

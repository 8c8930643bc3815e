#pragma once

#include <QSslConfiguration>
#include <QTcpServer>
#include <functional>
#include <optional>

class QTcpSocket;

namespace sandbox {

// A TCP listener for the HTTP server that hands over a connection only once it is ready:
// plain ones at once, TLS ones after their handshake. Before that it lets the transport
// attach its per-connection watch, so the transport sees each socket first.
class LoopbackListener : public QTcpServer
{
    Q_OBJECT

public:
    using Preparation = std::function<void(QTcpSocket *)>;

    // tls empty: plain HTTP. prepare runs on every accepted socket before it is handed over.
    LoopbackListener(std::optional<QSslConfiguration> tls, Preparation prepare,
                     QObject *parent = nullptr);

    bool isSecure() const { return m_tls.has_value(); }

    static constexpr int HandshakeTimeoutMs = 10 * 1000;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void handOver(QTcpSocket *socket);

    std::optional<QSslConfiguration> m_tls;
    Preparation m_prepare;
};

} // namespace sandbox

#include "http/LoopbackListener.h"

#include "http/HttpLogging.h"

#include <QSslSocket>
#include <QTimer>

namespace sandbox {

LoopbackListener::LoopbackListener(std::optional<QSslConfiguration> tls, Preparation prepare,
                                   QObject *parent)
    : QTcpServer(parent), m_tls(std::move(tls)), m_prepare(std::move(prepare))
{
}

void LoopbackListener::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_prepare(socket);
        addPendingConnection(socket); // QTcpServer announces it with newConnection() itself
        return;
    }

    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(*m_tls);
    m_prepare(socket);

    // Until the handshake is done the listener owns the socket's fate; these connections go
    // with the hand-over.
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { handOver(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [socket](QAbstractSocket::SocketError) {
        qCDebug(lcSandboxHttp, "TLS handshake with %s failed: %s",
                qUtf8Printable(socket->peerAddress().toString()),
                qUtf8Printable(socket->errorString()));
        socket->abort();
        socket->deleteLater();
    });
    QTimer::singleShot(HandshakeTimeoutMs, socket, [socket] {
        if (!socket->isEncrypted()) {
            socket->abort();
            socket->deleteLater();
        }
    });
    socket->startServerEncryption();
}

void LoopbackListener::handOver(QTcpSocket *socket)
{
    socket->disconnect(this);
    addPendingConnection(socket);
    // QTcpServer only announces connections right after incomingConnection(); a TLS one
    // becomes ready later, so announce it here.
    Q_EMIT newConnection();
}

} // namespace sandbox

#include "CannedHttpServer.h"

#include <QTcpSocket>

CannedHttpServer::CannedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CannedHttpServer::serve);
}

bool CannedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 CannedHttpServer::port() const
{
    return m_server.serverPort();
}

QString CannedHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

QByteArray CannedHttpServer::response(int status, const QByteArray &contentType,
                                      const QByteArray &body,
                                      const QList<QByteArray> &extraHeaders)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + " Canned\r\n";
    if (!contentType.isEmpty())
        raw += "Content-Type: " + contentType + "\r\n";
    for (const QByteArray &header : extraHeaders)
        raw += header + "\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    raw += "Connection: close\r\n\r\n";
    return raw + body;
}

void CannedHttpServer::serve()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (!buffer->contains("\r\n\r\n") || buffer->isEmpty())
                return;
            m_requestLines.append(buffer->left(buffer->indexOf("\r\n")));
            buffer->clear();
            if (m_silent)
                return;
            socket->write(m_response);
            socket->disconnectFromHost();
        });
    }
}

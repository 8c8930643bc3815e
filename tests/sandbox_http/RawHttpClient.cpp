#include "RawHttpClient.h"

#include <QHostAddress>
#include <QSslConfiguration>

RawHttpClient::RawHttpClient(quint16 port, const QSslCertificate &trusted, QObject *parent)
    : QObject(parent)
{
    const auto ready = [this] {
        m_connected = true;
        m_socket.write(m_pending);
        m_pending.clear();
    };
    connect(&m_socket, &QIODevice::readyRead, this, [this] { m_received += m_socket.readAll(); });
    connect(&m_socket, &QAbstractSocket::disconnected, this, [this] { m_closed = true; });
    connect(&m_socket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { m_closed = true; });

    if (trusted.isNull()) {
        connect(&m_socket, &QAbstractSocket::connected, this, ready);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({ trusted });
    m_socket.setSslConfiguration(tls);
    connect(&m_socket, &QSslSocket::encrypted, this, ready);
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    if (m_connected)
        m_socket.write(bytes);
    else
        m_pending += bytes;
}

QByteArray RawHttpClient::request(const QByteArray &method, const QByteArray &path,
                                  const QByteArray &extraHeaders, const QByteArray &body)
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

qsizetype RawHttpClient::headEnd() const
{
    // Skip interim "100 Continue" responses: the final response is the one that counts.
    qsizetype start = 0;
    while (true) {
        const qsizetype end = m_received.indexOf("\r\n\r\n", start);
        if (end < 0)
            return -1;
        if (!m_received.mid(start, 12).startsWith("HTTP/1.1 100"))
            return end;
        start = end + 4;
    }
}

bool RawHttpClient::hasResponse() const
{
    const qsizetype end = headEnd();
    if (end < 0)
        return false;
    return m_received.size() - (end + 4) >= header("Content-Length").toLongLong();
}

int RawHttpClient::status() const
{
    const qsizetype end = headEnd();
    if (end < 0)
        return 0;
    const qsizetype lineStart = m_received.lastIndexOf("HTTP/1.", end);
    return m_received.mid(lineStart, 16).split(' ').value(1).toInt();
}

QByteArray RawHttpClient::header(const QByteArray &name) const
{
    const qsizetype end = headEnd();
    if (end < 0)
        return {};
    const qsizetype start = m_received.lastIndexOf("HTTP/1.", end);
    const QList<QByteArray> lines = m_received.mid(start, end - start).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray RawHttpClient::body() const
{
    const qsizetype end = headEnd();
    return end < 0 ? QByteArray() : m_received.mid(end + 4, header("Content-Length").toLongLong());
}

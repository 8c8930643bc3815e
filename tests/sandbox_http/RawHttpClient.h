#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslSocket>

// One client connection that sends exactly the bytes a test gives it (garbage, half
// requests, oversized heads) and collects the answer without blocking, so a test can keep
// many open at once and wait with QTRY_*. Plain TCP, or TLS trusting one certificate.
class RawHttpClient : public QObject
{
    Q_OBJECT

public:
    explicit RawHttpClient(quint16 port, const QSslCertificate &trusted = QSslCertificate(),
                           QObject *parent = nullptr);

    void send(const QByteArray &bytes);
    void abort() { m_socket.abort(); }

    bool isConnected() const { return m_connected; }
    bool isClosed() const { return m_closed; } // the server closed or the connection failed
    bool hasResponse() const; // a full response (head and body) arrived
    int status() const; // of the first response; 0 if none yet
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const;
    QByteArray received() const { return m_received; }

    static QByteArray request(const QByteArray &method, const QByteArray &path,
                              const QByteArray &extraHeaders = {}, const QByteArray &body = {});

private:
    qsizetype headEnd() const;

    QSslSocket m_socket;
    QByteArray m_pending;
    QByteArray m_received;
    bool m_connected = false;
    bool m_closed = false;
};

#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

// A tiny plain-HTTP server on 127.0.0.1 for the shapes the sandbox never produces: it reads
// one request per connection and answers with the canned bytes (or nothing, to hang).
class CannedHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit CannedHttpServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:<port>

    void setResponse(const QByteArray &response) { m_response = response; }
    void setSilent(bool silent) { m_silent = silent; } // accept, read, never answer

    int requests() const { return int(m_requestLines.size()); }
    QList<QByteArray> requestLines() const { return m_requestLines; }

    static QByteArray response(int status, const QByteArray &contentType,
                               const QByteArray &body,
                               const QList<QByteArray> &extraHeaders = {});

private:
    void serve();

    QTcpServer m_server;
    QByteArray m_response;
    bool m_silent = false;
    QList<QByteArray> m_requestLines;
};

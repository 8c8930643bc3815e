#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace sandbox {

// What one SOAP call brought back: the transport outcome and, when an HTTP reply arrived,
// the values below soap:Body by path of local names
// ("AuthenticateResponse/AuthenticateResult/Token"). Holds secret values while it lives.
struct SoapCallResult
{
    bool answered = false; // an HTTP reply was read
    QString transportError; // why not, in words (connection refused, TLS, timeout...)
    int httpStatus = 0;
    bool wellFormed = false;
    QHash<QString, QStringList> values;

    QString value(const QString &path) const { return values.value(path).value(0); }
    QStringList all(const QString &path) const { return values.value(path); }
};

using SoapArgumentList = QList<QPair<QString, QString>>;

// One SOAP 1.1 call to SSWebService.asmx the way the scanner appliance makes it: its own TCP
// (or TLS) connection bound to the appliance's loopback source address, one request,
// "Connection: close", a bounded wait. Asynchronous; deletes itself after finished().
class ApplianceSoapCall : public QObject
{
    Q_OBJECT

public:
    // url is the endpoint (https://127.0.0.1:P/SecretServer/webservices/SSWebService.asmx);
    // trusted is the one certificate accepted for HTTPS (the sandbox's own).
    ApplianceSoapCall(const QUrl &url, const QHostAddress &source,
                      const QList<QSslCertificate> &trusted, QObject *parent = nullptr);

    void call(const QString &method, const SoapArgumentList &arguments);

    static constexpr int TimeoutMs = 15000;

signals:
    void finished(const SoapCallResult &result);

private:
    void connected();
    void readReply();
    void fail(const QString &reason);
    void complete();
    bool replyComplete() const;

    QUrl m_url;
    QHostAddress m_source;
    QList<QSslCertificate> m_trusted;
    QByteArray m_request;
    QByteArray m_received;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timeout;
    bool m_done = false;
};

// The values below soap:Body of a SOAP reply, by path of local names.
bool readSoapBody(const QByteArray &xml, QHash<QString, QStringList> *values);

} // namespace sandbox

#include "scanner/ApplianceSoapCall.h"

#include "scanner/ScannerLogging.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QXmlStreamReader>

namespace sandbox {

namespace {

constexpr QLatin1String ServiceNamespace("urn:thesecretserver.com");
constexpr QLatin1String EnvelopeNamespace("http://schemas.xmlsoap.org/soap/envelope/");
constexpr qsizetype MaxReplyBytes = 8 * 1024 * 1024;

QByteArray envelope(const QString &method, const SoapArgumentList &arguments)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                                 "<soap:Envelope xmlns:soap=\"%1\"><soap:Body>"
                                 "<%2 xmlns=\"%3\">")
                          .arg(EnvelopeNamespace, method, ServiceNamespace);
    for (const auto &[name, value] : arguments)
        xml += QStringLiteral("<%1>%2</%1>").arg(name, value.toHtmlEscaped());
    xml += QStringLiteral("</%1></soap:Body></soap:Envelope>").arg(method);
    return xml.toUtf8();
}

// Where the header block ends, or -1.
qsizetype headerEnd(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    return end < 0 ? -1 : end + 4;
}

qint64 contentLength(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            return line.mid(colon + 1).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

bool readSoapBody(const QByteArray &xml, QHash<QString, QStringList> *values)
{
    QXmlStreamReader reader(xml);
    QStringList path; // local names below soap:Body
    bool inBody = false;
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (inBody)
                path.append(reader.name().toString());
            else if (reader.name() == QLatin1String("Body")
                     && reader.namespaceUri() == EnvelopeNamespace)
                inBody = true;
            text.clear();
        } else if (reader.isCharacters() && inBody) {
            text += reader.text();
        } else if (reader.isEndElement() && inBody) {
            if (path.isEmpty()) {
                inBody = false;
                continue;
            }
            (*values)[path.join(u'/')].append(text.trimmed());
            text.clear();
            path.removeLast();
        }
    }
    return !reader.hasError();
}

ApplianceSoapCall::ApplianceSoapCall(const QUrl &url, const QHostAddress &source,
                                     const QList<QSslCertificate> &trusted, QObject *parent)
    : QObject(parent), m_url(url), m_source(source), m_trusted(trusted)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(TimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(QStringLiteral("no answer within %1 s").arg(TimeoutMs / 1000)); });
}

void ApplianceSoapCall::call(const QString &method, const SoapArgumentList &arguments)
{
    const QByteArray body = envelope(method, arguments);
    const bool secure = m_url.scheme() == QLatin1String("https");
    const int port = m_url.port(secure ? 443 : 80);
    const QByteArray path = m_url.path(QUrl::FullyEncoded).toUtf8();
    m_request = "POST " + path + " HTTP/1.1\r\n" + "Host: " + m_url.host().toUtf8() + ':'
            + QByteArray::number(port) + "\r\n" + "Content-Type: text/xml; charset=utf-8\r\n"
            + "SOAPAction: \"urn:thesecretserver.com/" + method.toUtf8() + "\"\r\n"
            + "User-Agent: ScanVault sandbox scanner appliance\r\n" + "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n" + "Connection: close\r\n\r\n" + body;
    qCInfo(lcSandboxScanner) << method << "from" << m_source.toString() << "to" << m_url.host()
                             << m_url.path();

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    // The appliance's own address: Secret Server applies IP restrictions to it.
    if (!socket->bind(m_source)) {
        fail(QStringLiteral("cannot use source address %1: %2")
                     .arg(m_source.toString(), socket->errorString()));
        return;
    }
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        if (socket->error() == QAbstractSocket::RemoteHostClosedError && !m_received.isEmpty())
            return; // "Connection: close": the disconnected handler completes
        fail(socket->errorString());
    });
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Verification stays on: any error ends the call.
        fail(QStringLiteral("TLS: %1").arg(errors.value(0).errorString()));
    });
    connect(socket, &QIODevice::readyRead, this, &ApplianceSoapCall::readReply);
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        if (!m_received.isEmpty())
            complete();
        else
            fail(QStringLiteral("the server closed the connection without an answer"));
    });
    m_timeout.start();
    if (secure) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_trusted);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket->setSslConfiguration(tls);
        connect(socket, &QSslSocket::encrypted, this, &ApplianceSoapCall::connected);
        socket->connectToHostEncrypted(m_url.host(), quint16(port));
    } else {
        connect(socket, &QAbstractSocket::connected, this, &ApplianceSoapCall::connected);
        socket->connectToHost(m_url.host(), quint16(port));
    }
}

void ApplianceSoapCall::connected()
{
    if (m_socket)
        m_socket->write(m_request);
    m_request.clear(); // it may hold a password
}

void ApplianceSoapCall::readReply()
{
    if (!m_socket)
        return;
    m_received += m_socket->readAll();
    if (m_received.size() > MaxReplyBytes)
        fail(QStringLiteral("the reply is too large"));
    else if (replyComplete())
        complete();
}

bool ApplianceSoapCall::replyComplete() const
{
    const qsizetype end = headerEnd(m_received);
    if (end < 0)
        return false;
    const qint64 length = contentLength(m_received.left(end));
    return length >= 0 && m_received.size() - end >= length;
}

void ApplianceSoapCall::fail(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_request.clear();
    if (m_socket)
        m_socket->abort();
    SoapCallResult result;
    result.transportError = reason;
    emit finished(result);
    deleteLater();
}

void ApplianceSoapCall::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_socket)
        m_socket->abort();

    SoapCallResult result;
    const qsizetype end = headerEnd(m_received);
    const QList<QByteArray> status = m_received.left(m_received.indexOf('\n')).split(' ');
    if (end < 0 || status.size() < 2 || !status.at(0).startsWith("HTTP/")) {
        result.transportError = QStringLiteral("the reply is not HTTP");
    } else {
        result.answered = true;
        result.httpStatus = status.at(1).toInt();
        result.wellFormed = readSoapBody(m_received.mid(end), &result.values);
    }
    m_received.clear();
    emit finished(result);
    deleteLater();
}

} // namespace sandbox

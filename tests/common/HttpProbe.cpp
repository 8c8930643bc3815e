#include "HttpProbe.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QUrl>

QByteArray ProbeReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpProbe::HttpProbe(const SandboxProcess &sandbox, bool https)
    : m_sandbox(sandbox)
    , m_https(https)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkRequest HttpProbe::request(const QString &pathAndQuery) const
{
    QUrl url = m_sandbox.baseUrl(m_https);
    url = url.resolved(QUrl(pathAndQuery));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (m_https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_sandbox.certificate()});
        request.setSslConfiguration(tls);
    }
    return request;
}

ProbeReply HttpProbe::collect(QNetworkReply *reply) const
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    ProbeReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    result.errorString = reply->errorString();
    reply->deleteLater();
    return result;
}

ProbeReply HttpProbe::send(const QByteArray &method, const QString &pathAndQuery,
                           const QByteArray &body, const QByteArray &contentType,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req = request(pathAndQuery);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    return collect(m_network.sendCustomRequest(req, method, body));
}

ProbeReply HttpProbe::get(const QString &pathAndQuery, const QByteArray &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + bearer});
    return send(QByteArrayLiteral("GET"), pathAndQuery, {}, {}, headers);
}

ProbeReply HttpProbe::sendJson(const QByteArray &method, const QString &pathAndQuery,
                               const QJsonDocument &json, const QByteArray &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + bearer});
    return send(method, pathAndQuery, json.toJson(QJsonDocument::Compact),
                QByteArrayLiteral("application/json"), headers);
}

ProbeReply HttpProbe::passwordGrant(const QString &user, const QString &password,
                                    const QString &domain)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), user);
    form.addQueryItem(QStringLiteral("password"), password);
    if (!domain.isEmpty())
        form.addQueryItem(QStringLiteral("domain"), domain);
    return send(QByteArrayLiteral("POST"), QStringLiteral("/SecretServer/oauth2/token"),
                form.toString(QUrl::FullyEncoded).toUtf8(),
                QByteArrayLiteral("application/x-www-form-urlencoded"));
}

QByteArray HttpProbe::login(const QString &user, const QString &password)
{
    const ProbeReply reply = passwordGrant(user, password);
    return reply.object().value(QStringLiteral("access_token")).toString().toUtf8();
}

ProbeReply HttpProbe::sendFrom(const QHostAddress &source, const QByteArray &method,
                               const QString &pathAndQuery, const QByteArray &body,
                               const QByteArray &contentType,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ProbeReply result;
    QTcpSocket socket;
    if (!socket.bind(source)) {
        result.errorString = QStringLiteral("cannot bind ") + source.toString();
        return result;
    }
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox.httpPort());
    if (!socket.waitForConnected(timeoutMs)) {
        result.errorString = socket.errorString();
        return result;
    }

    QByteArray raw = method + ' ' + pathAndQuery.toUtf8() + " HTTP/1.1\r\n";
    raw += "Host: 127.0.0.1:" + QByteArray::number(m_sandbox.httpPort()) + "\r\n";
    raw += "Connection: close\r\n";
    if (!contentType.isEmpty())
        raw += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : headers)
        raw += name + ": " + value + "\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket.write(raw);

    QByteArray response;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(timeoutMs))
        response += socket.readAll();
    response += socket.readAll();

    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        result.errorString = QStringLiteral("no HTTP response");
        return result;
    }
    const QList<QByteArray> lines = response.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    result.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            result.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    result.body = response.mid(headerEnd + 4);
    const int length = result.header(QByteArrayLiteral("Content-Length")).toInt();
    if (length > 0 && result.body.size() > length)
        result.body.truncate(length);
    return result;
}

QList<ProbeReply> HttpProbe::sendParallel(const QByteArray &method, const QList<QString> &paths,
                                          const QByteArray &bearer)
{
    QList<QNetworkReply *> replies;
    for (const QString &path : paths) {
        QNetworkRequest req = request(path);
        if (!bearer.isEmpty())
            req.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + bearer);
        replies.append(m_network.sendCustomRequest(req, method));
    }
    QList<ProbeReply> results;
    for (QNetworkReply *reply : replies)
        results.append(collect(reply));
    return results;
}

#pragma once

#include "SandboxProcess.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrlQuery>

// What came back for one probe request.
struct ProbeReply
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
};

// A deliberately plain, test-only HTTP client for talking to the sandbox: it shares no code
// with the console's clients. Over HTTPS it trusts exactly the sandbox's certificate.
// Calls wait (bounded) for the reply; that is fine in tests and never done in product code.
class HttpProbe
{
public:
    explicit HttpProbe(const SandboxProcess &sandbox, bool https = true);

    // pathAndQuery is relative to the server root, e.g. "/SecretServer/api/v1/version".
    ProbeReply send(const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body = {}, const QByteArray &contentType = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
    ProbeReply get(const QString &pathAndQuery, const QByteArray &bearer = {});
    ProbeReply sendJson(const QByteArray &method, const QString &pathAndQuery,
                        const QJsonDocument &json, const QByteArray &bearer = {});

    // POST /SecretServer/oauth2/token with the password grant; the whole reply.
    ProbeReply passwordGrant(const QString &user, const QString &password,
                             const QString &domain = {});
    // The access token of a successful password grant, or empty.
    QByteArray login(const QString &user, const QString &password);

    // One HTTP/1.1 request over a plain TCP socket bound to a chosen loopback source address
    // (127.0.0.0/8), so access rules that depend on the caller's address can be exercised.
    ProbeReply sendFrom(const QHostAddress &source, const QByteArray &method,
                        const QString &pathAndQuery, const QByteArray &body = {},
                        const QByteArray &contentType = {},
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // Several requests sent together; replies in request order.
    QList<ProbeReply> sendParallel(const QByteArray &method, const QList<QString> &paths,
                                   const QByteArray &bearer = {});

    int timeoutMs = 30000;

private:
    QNetworkRequest request(const QString &pathAndQuery) const;
    ProbeReply collect(QNetworkReply *reply) const;

    const SandboxProcess &m_sandbox;
    bool m_https;
    QNetworkAccessManager m_network;
};

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request as the sandbox's services see it: copied out of the transport, so a
// service may answer it later (latency) without holding on to the socket.
struct HttpRequest
{
    QByteArray method; // upper case: GET, POST, PUT, PATCH, DELETE
    QString path;      // decoded, without the query: /SecretServer/api/v1/secrets/5
    QUrlQuery query;   // decoded query parameters, repeated keys kept
    HeaderList headers;
    QByteArray body;
    QHostAddress peer; // the client's source address, for IP restrictions and audit
    bool secure = false;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

// A service's answer. The transport adds the server headers and the framing (Content-Length,
// Connection) when it puts the reply on the wire; see HttpWire.h.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    HeaderList headers;

    static HttpReply json(int status, const QJsonValue &value);
    static HttpReply text(int status, const QByteArray &contentType, const QByteArray &body);
};

// A protocol the sandbox speaks (Secret Server REST, SOAP, Qualys...). The server offers each
// request to its services in order; the first that accepts it answers it.
class Service
{
public:
    virtual ~Service() = default;

    virtual bool accepts(const HttpRequest &request) const = 0;
    virtual HttpReply handle(const HttpRequest &request) = 0;

    // The reply this service's real counterpart gives when the transport refuses a request
    // before the service sees it (oversized body, unparsable request, injected 5xx).
    virtual HttpReply transportError(int status, const QString &message) const = 0;
};

} // namespace sandbox

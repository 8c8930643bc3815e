#pragma once

#include "http/HttpExchange.h"

#include <QByteArray>
#include <QString>

namespace sandbox {

// How a reply goes on the wire, the way IIS in front of Secret Server sends it: status line,
// server headers, the service's headers, then the body (none for HEAD).
struct WireOptions
{
    bool headRequest = false; // send the headers of the reply but not its body
    bool closeConnection = false; // announce "Connection: close"; the caller then closes
    bool keepAliveHeader = false; // HTTP/1.0 clients that asked to keep the connection open
};

QByteArray encodeReply(const HttpReply &reply, const WireOptions &options = {});

// The reason phrase for a status code ("Not Found"); "Unknown" for codes it does not know.
QByteArray reasonPhrase(int status);

// An HTML error page of the kind IIS serves when no application answers (404, 400, 503...).
HttpReply iisErrorPage(int status, const QString &detail);

} // namespace sandbox

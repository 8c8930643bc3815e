#pragma once

#include "secretserver/CallResult.h"

#include <QJsonValue>

namespace secretserver {

struct HttpReply;

// An HTTP answer read as Secret Server REST: the JSON payload on success, or the error body
// (errorCode, message, modelState) mapped to a CallStatus. Internal to app/secretserver.
struct RestReply
{
    CallResult result;
    QJsonValue payload;
    bool tokenRejected = false; // 401/403 "Authentication failed": re-login may help

    static RestReply decode(const HttpReply &reply);
    // POST /oauth2/token answers {error} on failure instead of the API error shape.
    static RestReply decodeTokenGrant(const HttpReply &reply);
};

// Parses any JSON text, including the bare scalars some endpoints answer (search-total gives
// a number, fields/{slug} a string literal). False when it is not JSON.
bool parseJsonText(const QByteArray &text, QJsonValue *value);

} // namespace secretserver

#pragma once

#include "secretserver/TlsTrust.h"

#include <QUrl>

namespace secretserver {

// How to reach one Secret Server: its site root, the trust to apply and the limits every
// request obeys. Filled by the profiles layer; no credentials here.
struct ConnectionSettings
{
    QUrl serverUrl;                  // site root, e.g. https://host:port/SecretServer
    bool allowInsecureHttp = false;  // the profile explicitly confirmed http://
    TlsTrust trust;                  // pins; verification is always on
    int timeoutMs = 30000;           // transfer timeout of every request
    qint64 maxReplyBytes = 32 * 1024 * 1024; // larger replies are aborted
    int maxParallelRequests = 4;     // the rest wait in a queue
    int maxListRecords = 5000;       // cap when a caller asks for all pages of a list
};

} // namespace secretserver

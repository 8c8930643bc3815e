#pragma once

#include "secretserver/CertificateInfo.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace secretserver {

// How a call to Secret Server ended. Ok is the only success; every other value comes with a
// translated message in CallResult::message.
enum class CallStatus {
    Ok,
    NetworkError,          // connection refused, dropped, DNS...
    Timeout,               // no progress within the transfer timeout
    TlsUntrusted,          // certificate not trusted and not pinned; see certificate
    TlsCertificateChanged, // the host is pinned to another certificate; see certificate
    InsecureChannelRefused, // http:// without the profile's confirmation
    RedirectRefused,       // redirect to http:// or to another host
    AuthenticationFailed,  // bad credentials, or the token was refused after one re-login
    AccessDenied,          // signed in, but the role does not allow it (API_AccessDenied)
    Restricted,            // comment, approval, DoubleLock or check-out needed first
    NotFound,
    BadRequest,            // the server refused the request; see errorCode / modelState
    ServerError,           // 5xx
    WebServicesDisabled,   // "Enable Web Services" is off on the server
    InvalidReply,          // not JSON / XML, wrong shape, HTML page
    ReplyTooLarge,         // aborted at the reply size cap
    Cancelled,
};

// Stable English name of a status for logs and test output (not for users).
QString callStatusName(CallStatus status);

// The outcome of one call: status, a translated message for the user, and what the server
// said. Never holds a password, token or secret field value in message or serverMessage.
struct CallResult
{
    CallStatus status = CallStatus::Ok;
    QString message;          // translated, empty on success
    int httpStatus = 0;       // 0 when no HTTP answer arrived
    QString errorCode;        // Secret Server errorCode (REST) or SecretError code (SOAP)
    QString serverMessage;    // the server's own message text, if any
    QJsonObject modelState;   // REST 400 modelState {field: [messages]}
    bool insecureChannel = false; // the call went over http:// (allowed by the profile)
    std::optional<CertificateInfo> certificate; // set for TlsUntrusted / TlsCertificateChanged

    bool ok() const { return status == CallStatus::Ok; }
};

// A CallResult with its payload; value is default-constructed unless ok().
template<typename T>
struct Result : CallResult
{
    T value{};
};

// Results are delivered to a callback, always asynchronously, on the client's thread, and
// only while the context object passed with the call still exists.
template<typename T>
using Callback = std::function<void(const Result<T> &)>;

} // namespace secretserver

#pragma once

#include "secretserver/CertificateInfo.h"

#include <QString>
#include <functional>
#include <optional>

namespace qualys {

// How a call to the Qualys API ended. Ok is the only success; every other value comes
// with a translated message in QualysResult::message.
enum class QualysStatus {
    Ok,
    NetworkError,
    Timeout,
    TlsUntrusted, // see certificate; the editor may offer to pin it
    TlsCertificateChanged, // another certificate than the pinned one
    RedirectRefused,
    AuthenticationFailed, // "Bad Login/Password": wrong password, no API access, wrong platform
    Rejected, // Qualys refused the request; see errorCode and serverText
    RateLimited, // still blocked by 1960/1965 after the allowed waits
    ServerError, // 5xx without a Qualys answer
    InvalidReply, // HTML page, not XML, or XML of an unexpected shape
    ReplyTooLarge,
    Cancelled,
    NotConfigured, // no URL, user or password to call with
};

QString qualysStatusName(QualysStatus status); // stable English name for logs and tests

// The outcome of one call: status, translated message, what Qualys said. Never holds a
// password in message or serverText.
struct QualysResult
{
    QualysStatus status = QualysStatus::Ok;
    QString message; // translated, empty on success
    int httpStatus = 0; // 0 when no HTTP answer arrived
    int errorCode = 0; // Qualys CODE (Appendix D), 0 when none
    QString serverText; // Qualys TEXT
    int retries = 0; // how often a rate-limit answer made the client wait and retry
    std::optional<secretserver::CertificateInfo> certificate; // TlsUntrusted / Changed

    bool ok() const { return status == QualysStatus::Ok; }
};

// A QualysResult with its payload; value is default-constructed unless ok().
template<typename T> struct QualysReply : QualysResult
{
    T value {};
};

// Delivered asynchronously, once, while the context object of the call still exists.
template<typename T> using QualysCallback = std::function<void(const QualysReply<T> &)>;

} // namespace qualys

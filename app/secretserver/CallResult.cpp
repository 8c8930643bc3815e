#include "secretserver/CallResult.h"

#include "secretserver/SecretServerLog.h"

Q_LOGGING_CATEGORY(lcSecretServer, "scanvault.secretserver")

namespace secretserver {

QString callStatusName(CallStatus status)
{
    switch (status) {
    case CallStatus::Ok:
        return QStringLiteral("Ok");
    case CallStatus::NetworkError:
        return QStringLiteral("NetworkError");
    case CallStatus::Timeout:
        return QStringLiteral("Timeout");
    case CallStatus::TlsUntrusted:
        return QStringLiteral("TlsUntrusted");
    case CallStatus::TlsCertificateChanged:
        return QStringLiteral("TlsCertificateChanged");
    case CallStatus::InsecureChannelRefused:
        return QStringLiteral("InsecureChannelRefused");
    case CallStatus::RedirectRefused:
        return QStringLiteral("RedirectRefused");
    case CallStatus::AuthenticationFailed:
        return QStringLiteral("AuthenticationFailed");
    case CallStatus::AccessDenied:
        return QStringLiteral("AccessDenied");
    case CallStatus::Restricted:
        return QStringLiteral("Restricted");
    case CallStatus::NotFound:
        return QStringLiteral("NotFound");
    case CallStatus::BadRequest:
        return QStringLiteral("BadRequest");
    case CallStatus::ServerError:
        return QStringLiteral("ServerError");
    case CallStatus::WebServicesDisabled:
        return QStringLiteral("WebServicesDisabled");
    case CallStatus::InvalidReply:
        return QStringLiteral("InvalidReply");
    case CallStatus::ReplyTooLarge:
        return QStringLiteral("ReplyTooLarge");
    case CallStatus::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

} // namespace secretserver

#include "secretserver/RestReply.h"

#include "secretserver/HttpChannel.h"
#include "secretserver/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace secretserver {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("secretserver::RestReply", text);
}

bool looksLikeHtml(const HttpReply &reply)
{
    const QByteArray start = reply.body.left(256).trimmed().toLower();
    return reply.contentType.toLower().contains("html") || start.startsWith("<!doctype")
            || start.startsWith("<html") || start.startsWith('<');
}

bool mentions(const QString &text, const char *word)
{
    return text.contains(QLatin1String(word), Qt::CaseInsensitive);
}

// Error codes are Secret Server's own (reference §11); unknown ones fall back on the status.
CallStatus statusForErrorCode(const QString &code, const QString &message)
{
    if (code == QLatin1String("API_AccessDenied"))
        return CallStatus::AccessDenied;
    if (mentions(code, "WebServices") || mentions(message, "web services"))
        return CallStatus::WebServicesDisabled;
    if (mentions(code, "Comment") || mentions(code, "Approval") || mentions(code, "DoubleLock")
        || mentions(code, "CheckedOut") || mentions(code, "CheckOut")
        || mentions(code, "Restricted"))
        return CallStatus::Restricted;
    if (mentions(code, "NotFound") || mentions(message, "not found")
        || mentions(message, "does not exist"))
        return CallStatus::NotFound;
    if (mentions(message, "access denied"))
        return CallStatus::AccessDenied;
    return CallStatus::BadRequest;
}

QString messageFor(CallStatus status, int httpStatus, const QString &serverMessage)
{
    const QString detail = serverMessage.isEmpty() ? QString() : QStringLiteral(" (%1)")
                                                                         .arg(serverMessage);
    switch (status) {
    case CallStatus::AuthenticationFailed:
        return tr("Secret Server did not accept the session%1.").arg(detail);
    case CallStatus::AccessDenied:
        return tr("Your account's role does not allow this%1.").arg(detail);
    case CallStatus::Restricted:
        return tr("The secret needs a comment, approval, DoubleLock or check-out first%1.")
                .arg(detail);
    case CallStatus::NotFound:
        return tr("Secret Server does not know this object%1.").arg(detail);
    case CallStatus::WebServicesDisabled:
        return tr("Web services are disabled on this Secret Server (Administration > "
                  "Configuration > Enable Web Services).");
    case CallStatus::ServerError:
        return tr("Secret Server had an internal error (HTTP %1)%2.").arg(httpStatus).arg(detail);
    default:
        return tr("Secret Server refused the request (HTTP %1)%2.").arg(httpStatus).arg(detail);
    }
}

} // namespace

bool parseJsonText(const QByteArray &text, QJsonValue *value)
{
    // QJsonDocument holds only arrays and objects, so wrap the text to accept scalars too.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()
        || document.array().size() != 1)
        return false;
    *value = document.array().at(0);
    return true;
}

RestReply RestReply::decode(const HttpReply &reply)
{
    RestReply out;
    out.result = reply.result;
    if (!out.result.ok())
        return out;

    const int status = out.result.httpStatus;
    const QByteArray text = reply.body.trimmed();
    QJsonValue json;
    const bool isJson = !text.isEmpty() && parseJsonText(text, &json);

    if (status >= 200 && status < 300) {
        if (text.isEmpty() || isJson) {
            out.payload = json;
            return out;
        }
        out.result.status = CallStatus::InvalidReply;
        out.result.message = looksLikeHtml(reply)
                ? tr("Secret Server answered with a web page instead of data. Check that the "
                     "address points at the Secret Server site root.")
                : tr("Secret Server's answer is not valid JSON.");
        return out;
    }

    const QJsonObject body = json.toObject();
    out.result.errorCode = json::string(body, QStringLiteral("errorCode"));
    out.result.serverMessage = json::string(body, QStringLiteral("message"));
    out.result.modelState = json::object(body, QStringLiteral("modelState"));

    if (status == 401 || status == 403) {
        out.result.status = out.result.errorCode == QLatin1String("API_AccessDenied")
                ? CallStatus::AccessDenied
                : CallStatus::AuthenticationFailed;
        out.tokenRejected = out.result.status == CallStatus::AuthenticationFailed;
    } else if (status == 404 && out.result.errorCode.isEmpty()) {
        out.result.status = CallStatus::NotFound;
    } else if (status >= 500) {
        const bool disabled = statusForErrorCode(out.result.errorCode, out.result.serverMessage)
                == CallStatus::WebServicesDisabled;
        out.result.status = disabled ? CallStatus::WebServicesDisabled : CallStatus::ServerError;
    } else {
        out.result.status = statusForErrorCode(out.result.errorCode, out.result.serverMessage);
    }

    if (!isJson && looksLikeHtml(reply) && out.result.status != CallStatus::NotFound) {
        out.result.message = tr("Secret Server answered HTTP %1 with a web page instead of "
                                "data.").arg(status);
        if (status < 500 && !out.tokenRejected)
            out.result.status = CallStatus::InvalidReply;
        return out;
    }
    out.result.message = messageFor(out.result.status, status, out.result.serverMessage);
    return out;
}

RestReply RestReply::decodeTokenGrant(const HttpReply &reply)
{
    RestReply out = decode(reply);
    const int status = out.result.httpStatus;
    if (!reply.result.ok() || out.result.ok() || status >= 500
        || out.result.status == CallStatus::WebServicesDisabled)
        return out;

    // The grant's failure body is {error[, error_description]} (reference §2.1).
    QJsonValue json;
    parseJsonText(reply.body.trimmed(), &json);
    const QJsonObject body = json.toObject();
    QString reason = json::string(body, QStringLiteral("error_description"));
    if (reason.isEmpty())
        reason = json::string(body, QStringLiteral("error"));
    if (reason.isEmpty())
        reason = out.result.serverMessage;
    if (mentions(reason, "web services"))
        return out;

    out.result.status = CallStatus::AuthenticationFailed;
    out.result.serverMessage = reason;
    out.result.message = reason.isEmpty()
            ? tr("Secret Server refused the sign-in.")
            : tr("Secret Server refused the sign-in: %1").arg(reason);
    out.tokenRejected = false;
    return out;
}

} // namespace secretserver

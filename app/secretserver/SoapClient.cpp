#include "secretserver/SoapClient.h"

#include "secretserver/HttpChannel.h"
#include "secretserver/SecretServerLog.h"
#include "secretserver/SoapMessage.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace secretserver {

namespace {

QString flag(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

bool mentions(const QString &text, const char *word)
{
    return text.contains(QLatin1String(word), Qt::CaseInsensitive);
}

// The web service reports application errors as texts in <Errors> (reference §12); the
// texts are not specified, so classify by what they say.
CallStatus statusForErrors(const QString &errors)
{
    if (mentions(errors, "web service"))
        return CallStatus::WebServicesDisabled;
    if (mentions(errors, "login failed") || mentions(errors, "token")
        || mentions(errors, "session") || mentions(errors, "authenticat"))
        return CallStatus::AuthenticationFailed;
    if (mentions(errors, "access denied") || mentions(errors, "does not have access")
        || mentions(errors, "permission"))
        return CallStatus::AccessDenied;
    if (mentions(errors, "checked out") || mentions(errors, "check out")
        || mentions(errors, "approval") || mentions(errors, "doublelock")
        || mentions(errors, "comment"))
        return CallStatus::Restricted;
    if (mentions(errors, "not found") || mentions(errors, "does not exist"))
        return CallStatus::NotFound;
    return CallStatus::BadRequest;
}

SoapSecretSummary summaryFrom(const XmlElement &element)
{
    SoapSecretSummary summary;
    summary.secretId = element.childInt(QStringLiteral("SecretId"));
    summary.name = element.childText(QStringLiteral("SecretName"));
    summary.typeName = element.childText(QStringLiteral("SecretTypeName"));
    summary.typeId = element.childInt(QStringLiteral("SecretTypeId"));
    summary.folderId = element.childInt(QStringLiteral("FolderId"), -1);
    summary.isRestricted = element.childBool(QStringLiteral("IsRestricted"));
    return summary;
}

Secret secretFrom(const XmlElement &element)
{
    Secret secret;
    secret.id = element.childInt(QStringLiteral("Id"));
    secret.name = element.childText(QStringLiteral("Name"));
    secret.templateId = element.childInt(QStringLiteral("SecretTypeId"));
    secret.folderId = element.childInt(QStringLiteral("FolderId"), -1);
    secret.checkedOut = element.childBool(QStringLiteral("IsCheckedOut"));
    secret.checkOutMinutesRemaining = element.childInt(QStringLiteral("CheckOutMinutesRemaining"));
    secret.checkOutUserId = element.childInt(QStringLiteral("CheckOutUserId"));
    secret.checkOutUserDisplayName = element.childText(QStringLiteral("CheckOutUserDisplayName"));
    secret.isOutOfSync = element.childBool(QStringLiteral("IsOutOfSync"));
    secret.isRestricted = element.childBool(QStringLiteral("IsRestricted"));
    secret.outOfSyncReason = element.childText(QStringLiteral("OutOfSyncReason"));
    secret.active = element.childBool(QStringLiteral("Active"), true);

    if (const XmlElement *settings = element.child(QStringLiteral("SecretSettings"))) {
        secret.checkOutEnabled = settings->childBool(QStringLiteral("CheckOutEnabled"));
        secret.requiresComment = settings->childBool(QStringLiteral("RequiresComment"));
        secret.requiresApproval = settings->childBool(QStringLiteral("RequiresApprovalForAccess"));
        secret.checkOutChangePasswordEnabled
                = settings->childBool(QStringLiteral("CheckOutChangePasswordEnabled"));
        secret.autoChangeEnabled = settings->childBool(QStringLiteral("AutoChangeEnabled"));
    }

    if (const XmlElement *items = element.child(QStringLiteral("Items"))) {
        for (const XmlElement *item : items->childrenNamed(QStringLiteral("SecretItem"))) {
            SecretItem field;
            field.itemId = item->childInt(QStringLiteral("Id"));
            field.fieldId = item->childInt(QStringLiteral("FieldId"));
            field.slug = item->childText(QStringLiteral("FieldName"));
            field.fieldName = item->childText(QStringLiteral("FieldDisplayName"));
            if (field.fieldName.isEmpty())
                field.fieldName = field.slug;
            field.value = item->child(QStringLiteral("Value"))
                    ? item->child(QStringLiteral("Value"))->text
                    : QString();
            field.isPassword = item->childBool(QStringLiteral("IsPassword"));
            field.isNotes = item->childBool(QStringLiteral("IsNotes"));
            field.isFile = item->childBool(QStringLiteral("IsFile"));
            secret.items.append(field);
        }
    }
    return secret;
}

} // namespace

struct SoapClient::Private
{
    using Handler = std::function<void(const CallResult &, const XmlElement &)>;

    SoapClient *q = nullptr;
    ConnectionSettings settings;
    HttpChannel *channel = nullptr;
    QUrl endpoint;
    QString token;

    PendingCall *call(const QString &method, const QList<SoapParameter> &parameters,
                      QObject *context, Handler handler);
    static CallResult read(const HttpReply &reply, const QString &method, XmlElement *result);
};

CallResult SoapClient::Private::read(const HttpReply &reply, const QString &method,
                                     XmlElement *result)
{
    CallResult out = reply.result;
    if (!out.ok())
        return out;

    XmlElement envelope;
    QString parseError;
    const bool parsed = SoapMessage::parse(reply.body, &envelope, &parseError);
    const XmlElement *body = parsed ? SoapMessage::body(envelope) : nullptr;
    if (!body) {
        const bool html = reply.contentType.toLower().contains("html")
                || reply.body.trimmed().toLower().startsWith("<!doctype html")
                || reply.body.trimmed().toLower().startsWith("<html");
        out.status = out.httpStatus == 404 ? CallStatus::NotFound
                : out.httpStatus >= 500   ? CallStatus::ServerError
                                          : CallStatus::InvalidReply;
        out.message = html ? tr("The web service answered HTTP %1 with a web page instead of a "
                                "SOAP message. Check the web service address.")
                                     .arg(out.httpStatus)
                           : tr("The web service's answer is not a SOAP message (HTTP %1).")
                                     .arg(out.httpStatus);
        return out;
    }

    if (const XmlElement *fault = body->child(QStringLiteral("Fault"))) {
        const QString code = fault->childText(QStringLiteral("faultcode"));
        out.serverMessage = fault->childText(QStringLiteral("faultstring"));
        out.errorCode = code;
        out.status = mentions(code, "Client") ? CallStatus::BadRequest : CallStatus::ServerError;
        if (mentions(out.serverMessage, "web service"))
            out.status = CallStatus::WebServicesDisabled;
        out.message = tr("The web service refused the request (SOAP fault): %1")
                              .arg(out.serverMessage);
        return out;
    }

    const XmlElement *response = body->child(method + QStringLiteral("Response"));
    const XmlElement *found = response ? response->child(method + QStringLiteral("Result"))
                                       : nullptr;
    if (!found || out.httpStatus >= 300) {
        out.status = out.httpStatus >= 500 ? CallStatus::ServerError : CallStatus::InvalidReply;
        out.message = tr("The web service's answer to %1 has an unexpected shape.").arg(method);
        return out;
    }
    *result = *found;

    QStringList errors;
    if (const XmlElement *list = found->child(QStringLiteral("Errors"))) {
        for (const XmlElement *text : list->childrenNamed(QStringLiteral("string"))) {
            if (!text->text.trimmed().isEmpty())
                errors << text->text.trimmed();
        }
    }
    if (!errors.isEmpty()) {
        out.serverMessage = errors.join(QLatin1String("; "));
        out.status = statusForErrors(out.serverMessage);
        out.message = tr("Secret Server's web service answered: %1").arg(out.serverMessage);
    }
    return out;
}

PendingCall *SoapClient::Private::call(const QString &method,
                                       const QList<SoapParameter> &parameters,
                                       QObject *context, Handler handler)
{
    auto *pending = new PendingCall(q);
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;

    HttpRequest http;
    http.method = QByteArrayLiteral("POST");
    http.url = endpoint;
    http.contentType = QByteArrayLiteral("text/xml; charset=utf-8");
    http.headers.append({QByteArrayLiteral("SOAPAction"),
                         "\"" + QByteArray(SoapMessage::Namespace) + '/' + method.toLatin1()
                                 + "\""});
    http.body = SoapMessage::request(method, parameters);

    channel->send(http, pending, [pending, guard, guarded, handler, method](const HttpReply &r) {
        XmlElement result;
        const CallResult outcome = read(r, method, &result);
        qCDebug(lcSecretServer).noquote() << "SOAP" << method << callStatusName(outcome.status);
        if (!guarded || guard)
            handler(outcome, result);
        pending->finish();
    });
    return pending;
}

SoapClient::SoapClient(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->settings = settings;
    d->channel = new HttpChannel(settings, this);

    QUrl endpoint = settings.serverUrl;
    QString root = endpoint.path();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    endpoint.setPath(root + QStringLiteral("/webservices/SSWebService.asmx"));
    d->endpoint = endpoint;
}

SoapClient::~SoapClient()
{
    forgetToken();
}

void SoapClient::setEndpoint(const QUrl &endpoint)
{
    d->endpoint = endpoint;
}

QUrl SoapClient::endpoint() const
{
    return d->endpoint;
}

bool SoapClient::isAuthenticated() const
{
    return !d->token.isEmpty();
}

void SoapClient::forgetToken()
{
    d->token.fill(QChar(u'\0'));
    d->token.clear();
}

PendingCall *SoapClient::authenticate(const QString &userName, const QString &password,
                                      const QString &domain, QObject *context,
                                      Callback<bool> done)
{
    forgetToken();
    const QList<SoapParameter> parameters{
        {QStringLiteral("username"), userName, {}},
        {QStringLiteral("password"), password, {}},
        {QStringLiteral("organization"), QString(), {}},
        {QStringLiteral("domain"), domain, {}},
    };
    return d->call(QStringLiteral("Authenticate"), parameters, context,
                   [this, done](const CallResult &result, const XmlElement &element) {
        Result<bool> out;
        static_cast<CallResult &>(out) = result;
        if (out.ok()) {
            d->token = element.childText(QStringLiteral("Token"));
            if (d->token.isEmpty()) {
                out.status = CallStatus::AuthenticationFailed;
                out.message = tr("The web service gave no token.");
            }
        }
        out.value = out.ok();
        done(out);
    });
}

PendingCall *SoapClient::searchSecrets(const QString &searchTerm, bool includeDeleted,
                                       bool includeRestricted, QObject *context,
                                       Callback<QList<SoapSecretSummary>> done)
{
    const QList<SoapParameter> parameters{
        {QStringLiteral("token"), d->token, {}},
        {QStringLiteral("searchTerm"), searchTerm, {}},
        {QStringLiteral("includeDeleted"), flag(includeDeleted), {}},
        {QStringLiteral("includeRestricted"), flag(includeRestricted), {}},
    };
    return d->call(QStringLiteral("SearchSecrets"), parameters, context,
                   [done](const CallResult &result, const XmlElement &element) {
        Result<QList<SoapSecretSummary>> out;
        static_cast<CallResult &>(out) = result;
        if (const XmlElement *list = element.child(QStringLiteral("SecretSummaries"))) {
            for (const XmlElement *summary : list->childrenNamed(QStringLiteral("SecretSummary")))
                out.value.append(summaryFrom(*summary));
        }
        done(out);
    });
}

PendingCall *SoapClient::searchSecretsByFolder(const QString &searchTerm, int folderId,
                                               bool includeSubFolders, bool includeDeleted,
                                               bool includeRestricted, QObject *context,
                                               Callback<QList<SoapSecretSummary>> done)
{
    const QList<SoapParameter> parameters{
        {QStringLiteral("token"), d->token, {}},
        {QStringLiteral("searchTerm"), searchTerm, {}},
        {QStringLiteral("folderId"), QString::number(folderId), {}},
        {QStringLiteral("includeSubFolders"), flag(includeSubFolders), {}},
        {QStringLiteral("includeDeleted"), flag(includeDeleted), {}},
        {QStringLiteral("includeRestricted"), flag(includeRestricted), {}},
    };
    return d->call(QStringLiteral("SearchSecretsByFolder"), parameters, context,
                   [done](const CallResult &result, const XmlElement &element) {
        Result<QList<SoapSecretSummary>> out;
        static_cast<CallResult &>(out) = result;
        if (const XmlElement *list = element.child(QStringLiteral("SecretSummaries"))) {
            for (const XmlElement *summary : list->childrenNamed(QStringLiteral("SecretSummary")))
                out.value.append(summaryFrom(*summary));
        }
        done(out);
    });
}

PendingCall *SoapClient::getSecret(int secretId, bool loadSettingsAndPermissions,
                                   const QList<SoapCodeResponse> &codeResponses,
                                   QObject *context, Callback<SoapSecretReply> done)
{
    SoapParameter responses{QStringLiteral("codeResponses"), QString(), {}};
    for (const SoapCodeResponse &response : codeResponses) {
        responses.children.append({QStringLiteral("CodeResponse"), QString(),
                                   {{QStringLiteral("ErrorCode"), response.errorCode, {}},
                                    {QStringLiteral("Comment"), response.comment, {}},
                                    {QStringLiteral("AdditionalComment"),
                                     response.additionalComment, {}}}});
    }
    const QList<SoapParameter> parameters{
        {QStringLiteral("token"), d->token, {}},
        {QStringLiteral("secretId"), QString::number(secretId), {}},
        {QStringLiteral("loadSettingsAndPermissions"), flag(loadSettingsAndPermissions), {}},
        responses,
    };
    return d->call(QStringLiteral("GetSecret"), parameters, context,
                   [done](const CallResult &result, const XmlElement &element) {
        Result<SoapSecretReply> out;
        static_cast<CallResult &>(out) = result;
        const XmlElement *error = element.child(QStringLiteral("SecretError"));
        if (error && !error->nil && !error->children.isEmpty()) {
            SoapSecretError secretError;
            secretError.errorCode = error->childText(QStringLiteral("ErrorCode"));
            secretError.errorMessage = error->childText(QStringLiteral("ErrorMessage"));
            secretError.allowsResponse = error->childBool(QStringLiteral("AllowsResponse"));
            secretError.commentTitle = error->childText(QStringLiteral("CommentTitle"));
            secretError.additionalCommentTitle
                    = error->childText(QStringLiteral("AdditionalCommentTitle"));
            out.errorCode = secretError.errorCode;
            out.value.secretError = secretError;
        }
        const XmlElement *secret = element.child(QStringLiteral("Secret"));
        if (out.ok() && secret && !secret->nil && !secret->children.isEmpty())
            out.value.secret = secretFrom(*secret);
        if (out.ok() && !out.value.secret && !out.value.secretError) {
            out.status = CallStatus::InvalidReply;
            out.message = tr("The web service returned neither the secret nor a reason.");
        }
        done(out);
    });
}

PendingCall *SoapClient::getCheckOutStatus(int secretId, QObject *context,
                                           Callback<SoapCheckOutStatus> done)
{
    const QList<SoapParameter> parameters{
        {QStringLiteral("token"), d->token, {}},
        {QStringLiteral("secretId"), QString::number(secretId), {}},
    };
    return d->call(QStringLiteral("GetCheckOutStatus"), parameters, context,
                   [done](const CallResult &result, const XmlElement &element) {
        Result<SoapCheckOutStatus> out;
        static_cast<CallResult &>(out) = result;
        out.value.isCheckedOut = element.childBool(QStringLiteral("IsCheckedOut"));
        out.value.checkOutMinutesRemaining
                = element.childInt(QStringLiteral("CheckOutMinutesRemaining"));
        out.value.checkOutUserId = element.childInt(QStringLiteral("CheckOutUserId"));
        out.value.checkOutUserDisplayName
                = element.childText(QStringLiteral("CheckOutUserDisplayName"));
        done(out);
    });
}

PendingCall *SoapClient::checkIn(int secretId, QObject *context, Callback<bool> done)
{
    const QList<SoapParameter> parameters{
        {QStringLiteral("token"), d->token, {}},
        {QStringLiteral("secretId"), QString::number(secretId), {}},
    };
    return d->call(QStringLiteral("CheckIn"), parameters, context,
                   [done](const CallResult &result, const XmlElement &) {
        Result<bool> out;
        static_cast<CallResult &>(out) = result;
        out.value = out.ok();
        done(out);
    });
}

} // namespace secretserver

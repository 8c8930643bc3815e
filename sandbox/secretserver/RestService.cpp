#include "secretserver/RestService.h"

#include "secretserver/Estate.h"
#include "secretserver/Protocol.h"
#include "secretserver/RestEndpoints.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>
#include <QUrlQuery>
#include <limits>

Q_LOGGING_CATEGORY(lcRest, "sandbox.secretserver.rest")

namespace sandbox {

namespace {

const QString SiteRoot = QStringLiteral("/SecretServer");

// The token endpoint's framing (§2.1): OWIN's content type and no-cache headers.
HttpReply tokenReply(int status, const QJsonObject &body)
{
    HttpReply reply = HttpReply::json(status, body);
    reply.contentType = QByteArray(protocol::TokenContentType);
    reply.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache") });
    reply.headers.append({ QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache") });
    reply.headers.append({ QByteArrayLiteral("Expires"), QByteArrayLiteral("-1") });
    return reply;
}

HttpReply tokenError(const QString &text)
{
    return tokenReply(400, QJsonObject { { QStringLiteral("error"), text } });
}

QByteArray bearerToken(const HttpRequest &request)
{
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme)
        return {};
    return header.mid(scheme.size()).trimmed();
}

QString loginRefusal(LoginOutcome outcome)
{
    switch (outcome) {
    case LoginOutcome::WebServicesDisabled:
        return QLatin1String(protocol::WebServicesDisabledMessage);
    case LoginOutcome::LockedOut:
        return QLatin1String(protocol::LoginLockedOut);
    case LoginOutcome::IpRestricted:
        return QLatin1String(protocol::LoginIpRestricted);
    case LoginOutcome::RefreshRejected:
        return QLatin1String(protocol::RefreshRejected);
    case LoginOutcome::Ok:
    case LoginOutcome::BadCredentials:
    case LoginOutcome::UserDisabled:
        break;
    }
    return QLatin1String(protocol::LoginFailed);
}

QJsonObject healthBody()
{
    // §1: names as protocol::HealthCheckPascalCase decides.
    const auto name = [](const char *camel) {
        QString text = QLatin1String(camel);
        if (protocol::HealthCheckPascalCase)
            text[0] = text[0].toUpper();
        return text;
    };
    return QJsonObject {
        { name("healthy"), true },
        { name("databaseHealthy"), true },
        { name("serviceBusHealthy"), true },
        { name("storageAccountHealthy"), true },
        { name("scheduledForDeletion"), false },
        { name("readOnlyMode"), false },
    };
}

} // namespace

RestService::RestService(Estate &estate) : m_estate(estate) { }

bool RestService::accepts(const HttpRequest &request) const
{
    return request.path.compare(SiteRoot, Qt::CaseInsensitive) == 0
            || request.path.startsWith(SiteRoot + QLatin1Char('/'), Qt::CaseInsensitive);
}

HttpReply RestService::transportError(int status, const QString &message) const
{
    if (status == 400)
        return rest::badRequest(QLatin1String(protocol::ValidationCode), message);
    // 5xx as ASP.NET shapes them (§11: message, exceptionMessage, exceptionType).
    return HttpReply::json(
            status,
            QJsonObject {
                    { QStringLiteral("message"), message },
                    { QStringLiteral("exceptionMessage"), message },
                    { QStringLiteral("exceptionType"), QStringLiteral("System.Exception") },
            });
}

HttpReply RestService::handle(const HttpRequest &request)
{
    return withRequestDetails(request, dispatch(request));
}

HttpReply RestService::withRequestDetails(const HttpRequest &request, HttpReply reply)
{
    // Endpoints answer unknown routes and methods with fixed texts; Web API's name the request.
    if (reply.status != 404 && reply.status != 405)
        return reply;
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    const QString message = body.value(QStringLiteral("message")).toString();
    QString detailed;
    if (reply.status == 404 && message == QLatin1String(protocol::NoResourceMessage)) {
        QUrl uri;
        uri.setScheme(request.secure ? QStringLiteral("https") : QStringLiteral("http"));
        const QByteArray host = request.header(QByteArrayLiteral("Host"));
        uri.setAuthority(host.isEmpty() ? QStringLiteral("localhost") : QString::fromLatin1(host));
        uri.setPath(request.path);
        uri.setQuery(request.query);
        detailed = QString::fromLatin1(protocol::NoResourceFormat)
                           .arg(uri.toString(QUrl::FullyEncoded).left(2000));
    } else if (reply.status == 405 && message == QLatin1String(protocol::MethodNotAllowedMessage)) {
        detailed = QString::fromLatin1(protocol::MethodNotAllowedFormat)
                           .arg(QString::fromLatin1(request.method));
    }
    if (!detailed.isEmpty()) {
        const HeaderList headers = reply.headers;
        reply = HttpReply::json(reply.status,
                                QJsonObject { { QStringLiteral("message"), detailed } });
        reply.headers = headers;
    }
    return reply;
}

HttpReply RestService::dispatch(const HttpRequest &request)
{
    const QStringList segments
            = request.path.mid(SiteRoot.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString first = segments.value(0).toLower();

    if (first == QLatin1String("oauth2") && segments.size() == 2
        && segments.at(1).compare(QLatin1String("token"), Qt::CaseInsensitive) == 0)
        return token(request);
    if (first == QLatin1String("api") && segments.size() >= 3
        && segments.at(1).compare(QLatin1String("v1"), Qt::CaseInsensitive) == 0)
        return api(request, segments.mid(2));
    if (first == QLatin1String("api") && segments.size() >= 3
        && segments.at(1).compare(QLatin1String("v2"), Qt::CaseInsensitive) == 0
        && segments.at(2).compare(QLatin1String(protocol::SecretsV2Area), Qt::CaseInsensitive) == 0)
        return api(request, segments.mid(2));
    return rest::noResource();
}

HttpReply RestService::token(const HttpRequest &request)
{
    // OWIN's token endpoint reads a form whatever the method: any other method finds no
    // grant_type in it (§2.1).
    if (request.method != "POST")
        return tokenError(QLatin1String(protocol::UnsupportedGrant));
    if (!m_estate.webServicesEnabled())
        return tokenError(QLatin1String(protocol::WebServicesDisabledMessage));

    // Form encoding writes spaces as '+', which QUrlQuery would keep.
    QByteArray formBody = request.body;
    formBody.replace('+', "%20");
    const QUrlQuery form(QString::fromUtf8(formBody));
    const auto field = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const QString grant = field("grant_type");

    LoginResult result;
    if (grant == QLatin1String("password")) {
        result = m_estate.login(field("username"), field("password"), field("domain"), request.peer,
                                Channel::Rest);
    } else if (grant == QLatin1String("refresh_token")) {
        result = m_estate.refresh(field("refresh_token").toLatin1(), request.peer);
    } else {
        return tokenError(QLatin1String(protocol::UnsupportedGrant));
    }
    if (result.outcome != LoginOutcome::Ok || !result.session)
        return tokenError(loginRefusal(result.outcome));

    // An unlimited session still needs a number; clients treat it as "very long".
    const int expiresIn = result.expiresInSeconds > 0 ? result.expiresInSeconds
                                                      : std::numeric_limits<int>::max();
    QJsonObject body {
        { QStringLiteral("access_token"), QString::fromLatin1(result.session->accessToken) },
        { QStringLiteral("token_type"), QLatin1String(protocol::TokenType) },
        { QStringLiteral("expires_in"), expiresIn },
    };
    if (!result.session->refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"),
                    QString::fromLatin1(result.session->refreshToken));
    qCInfo(lcRest) << "token issued for user" << result.session->userId << "grant" << grant;
    return tokenReply(200, body);
}

HttpReply RestService::api(const HttpRequest &request, const QStringList &segments)
{
    const QString area = segments.value(0).toLower();
    if (area == QLatin1String("healthcheck") && segments.size() == 1) {
        // Health answers without a token and even with web services off: it is the server's,
        // not the API's (§1).
        if (request.method != "GET" && request.method != "HEAD")
            return rest::methodNotAllowed();
        return HttpReply::json(200, healthBody());
    }
    if (!m_estate.webServicesEnabled())
        return rest::webServicesDisabled();

    RestCall call(m_estate, request, segments);
    call.session = m_estate.session(bearerToken(request));
    if (!call.session) {
        qCInfo(lcRest) << "refused" << request.method << request.path << "without a valid token";
        return rest::authenticationFailed();
    }
    call.userId = call.session->userId;
    m_estate.expireCheckOuts();
    return route(call);
}

HttpReply RestService::route(RestCall &call)
{
    const QString area = call.segment(0).toLower();
    qCDebug(lcRest) << call.request.method << call.request.path << "user" << call.userId;

    if (area == QLatin1String("version") && call.segments.size() == 1) {
        if (!call.is("GET"))
            return rest::methodNotAllowed();
        // §1: envelope UNCERTAIN (OAS {version}, PS model.version): answer both readers.
        const bool hidden = m_estate.configurationFlag(QStringLiteral("security"),
                                                       QStringLiteral("hideVersionNumber"));
        const QJsonValue version
                = hidden ? QJsonValue(QJsonValue::Null) : QJsonValue(m_estate.version());
        return HttpReply::json(200,
                               QJsonObject {
                                       { QStringLiteral("success"), true },
                                       { QStringLiteral("severity"), QStringLiteral("None") },
                                       { QStringLiteral("version"), version },
                                       { QStringLiteral("model"),
                                         QJsonObject { { QStringLiteral("version"), version } } },
                               });
    }
    if (area == QLatin1String("oauth-expiration") && call.segments.size() == 1) {
        if (!call.is("POST"))
            return rest::methodNotAllowed();
        m_estate.revoke(call.session->accessToken);
        return HttpReply::json(200, true);
    }
    if (area == QLatin1String("folders") || area == QLatin1String("folder"))
        return rest::folders(call);
    if (area == QLatin1String("folder-permissions"))
        return rest::folderPermissions(call);
    if (area == QLatin1String("secrets"))
        return rest::secrets(call);
    if (area == QLatin1String("secret-permissions"))
        return rest::secretPermissions(call);
    if (area == QLatin1String("secret-templates"))
        return rest::secretTemplates(call);
    if (area == QLatin1String("users"))
        return rest::users(call);
    if (area == QLatin1String("groups"))
        return rest::groups(call);
    if (area == QLatin1String("ipaddress-restrictions"))
        return rest::ipRestrictions(call);
    if (area == QLatin1String("configuration"))
        return rest::configuration(call);
    return rest::noResource();
}

} // namespace sandbox

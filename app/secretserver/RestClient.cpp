#include "secretserver/RestClient.h"

#include "secretserver/RestClientPrivate.h"
#include "secretserver/RestReply.h"
#include "secretserver/SecretServerLog.h"

#include <QTimer>

namespace secretserver {

namespace {

// Renew this long before expires_in runs out, so a request does not race the expiry.
constexpr int ExpiryMarginSeconds = 10;

} // namespace

void applyPaging(QUrlQuery &query, const PageRequest &page, int skip, int take)
{
    query.removeAllQueryItems(QStringLiteral("skip"));
    query.removeAllQueryItems(QStringLiteral("take"));
    query.addQueryItem(QStringLiteral("skip"), QString::number(qMax(0, skip)));
    query.addQueryItem(QStringLiteral("take"), QString::number(qMax(1, take)));
    if (!page.sortBy.isEmpty() && !query.hasQueryItem(QStringLiteral("sortBy[0].name"))) {
        query.addQueryItem(QStringLiteral("sortBy[0].name"), page.sortBy);
        query.addQueryItem(QStringLiteral("sortBy[0].direction"),
                           page.direction == SortDirection::Descending ? QStringLiteral("desc")
                                                                       : QStringLiteral("asc"));
    }
}

void addFilter(QUrlQuery &query, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        query.addQueryItem(QStringLiteral("filter.") + name, value);
}

void addFilter(QUrlQuery &query, const QString &name, bool value)
{
    query.addQueryItem(QStringLiteral("filter.") + name,
                       value ? QStringLiteral("true") : QStringLiteral("false"));
}

void addFilter(QUrlQuery &query, const QString &name, std::optional<int> value)
{
    if (value.has_value())
        query.addQueryItem(QStringLiteral("filter.") + name, QString::number(*value));
}

// --- Private: requests and the token lifecycle ---------------------------------------------

QUrl RestClient::Private::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url = settings.serverUrl;
    QString root = url.path();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    url.setPath(root + path);
    // Query values are percent-encoded fully: '+' in a search text must stay a plus.
    QUrlQuery encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        encoded.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key, "[]._")),
                             QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    url.setQuery(encoded);
    return url;
}

bool RestClient::Private::canRenew() const
{
    return !refreshToken.isEmpty() || !password.isEmpty() || bool(passwordSource);
}

bool RestClient::Private::tokenExpired() const
{
    return expiresAt.isValid()
            && QDateTime::currentDateTimeUtc().addSecs(ExpiryMarginSeconds) >= expiresAt;
}

void RestClient::Private::execute(const Request &request, PendingCall *call,
                                  const JsonHandler &deliver, bool retried)
{
    if (call->isCancelled()) {
        QTimer::singleShot(0, q, [deliver] {
            CallResult cancelled;
            cancelled.status = CallStatus::Cancelled;
            cancelled.message = restTr("The request was cancelled.");
            deliver(cancelled, {});
        });
        return;
    }

    const bool needsToken = request.authenticated
            && (accessToken.isEmpty() || tokenExpired());
    if (!needsToken) {
        sendNow(request, call, deliver, retried);
        return;
    }

    if (!canRenew() || userName.isEmpty()) {
        QTimer::singleShot(0, q, [deliver] {
            CallResult notSignedIn;
            notSignedIn.status = CallStatus::AuthenticationFailed;
            notSignedIn.message = restTr("Not signed in to Secret Server.");
            deliver(notSignedIn, {});
        });
        return;
    }

    QPointer<PendingCall> guard(call);
    renew([this, request, guard, deliver](const CallResult &renewed) {
        if (!renewed.ok()) {
            deliver(renewed, {});
            return;
        }
        if (!guard) {
            CallResult cancelled;
            cancelled.status = CallStatus::Cancelled;
            deliver(cancelled, {});
            return;
        }
        execute(request, guard, deliver, true);
    });
}

void RestClient::Private::sendNow(const Request &request, PendingCall *call,
                                  const JsonHandler &deliver, bool retried)
{
    HttpRequest http;
    http.method = request.method;
    http.url = url(request.path, request.query);
    http.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (request.authenticated)
        http.headers.append({QByteArrayLiteral("Authorization"),
                             "Bearer " + accessToken.toUtf8()});
    if (request.json.has_value()) {
        http.contentType = QByteArrayLiteral("application/json");
        const QJsonValue &body = *request.json;
        http.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }

    QPointer<PendingCall> guard(call);
    const QString usedToken = accessToken;
    channel->send(http, call,
                  [this, request, guard, deliver, retried, usedToken](const HttpReply &reply) {
        const RestReply rest = RestReply::decode(reply);
        if (rest.tokenRejected && request.authenticated && !retried && guard && canRenew()) {
            qCInfo(lcSecretServer) << "token refused; signing in again once";
            // Parallel requests may all be refused; only the first drops the token.
            if (accessToken == usedToken)
                accessToken.clear();
            execute(request, guard, deliver, true);
            return;
        }
        CallResult result = rest.result;
        if (rest.tokenRejected && retried) {
            result.message = restTr("Secret Server refused the session even after signing in "
                                    "again. Sign in again.");
        }
        deliver(result, rest.payload);
    });
}

void RestClient::Private::renew(const Done &done)
{
    renewWaiters.append(done);
    if (renewing)
        return;
    renewing = true;

    if (refreshToken.isEmpty()) {
        passwordGrant([this](const CallResult &result) { finishRenew(result); });
        return;
    }

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    // Refresh tokens are single use: forget it now whatever the answer.
    refreshToken.clear();
    grant(form, [this](const CallResult &result) {
        const bool fallBack = result.status == CallStatus::AuthenticationFailed
                && (!password.isEmpty() || passwordSource);
        if (!fallBack) {
            finishRenew(result);
            return;
        }
        passwordGrant([this](const CallResult &second) { finishRenew(second); });
    });
}

void RestClient::Private::finishRenew(const CallResult &result)
{
    renewing = false;
    const QList<Done> waiters = std::exchange(renewWaiters, {});
    if (!result.ok()) {
        qCWarning(lcSecretServer) << "session renewal failed:" << callStatusName(result.status);
        const bool lost = !accessToken.isEmpty() || result.status
                == CallStatus::AuthenticationFailed;
        accessToken.clear();
        if (lost)
            emit q->sessionLost(result.message);
    }
    for (const Done &waiter : waiters)
        waiter(result);
}

void RestClient::Private::passwordGrant(const Done &done)
{
    const auto withPassword = [this, done](const QString &secret) {
        if (secret.isEmpty()) {
            CallResult failed;
            failed.status = CallStatus::AuthenticationFailed;
            failed.message = restTr("No password is available to sign in to Secret Server "
                                    "again.");
            done(failed);
            return;
        }
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("username"), userName);
        form.addQueryItem(QStringLiteral("password"), secret);
        if (!domain.isEmpty())
            form.addQueryItem(QStringLiteral("domain"), domain);
        grant(form, done);
    };

    if (!password.isEmpty()) {
        withPassword(password);
        return;
    }
    if (passwordSource) {
        QPointer<RestClient> alive(q);
        passwordSource([alive, withPassword](const QString &secret) {
            if (alive)
                withPassword(secret);
        });
        return;
    }
    withPassword({});
}

void RestClient::Private::grant(const QUrlQuery &form, const Done &done)
{
    HttpRequest http;
    http.method = QByteArrayLiteral("POST");
    http.url = url(QStringLiteral("/oauth2/token"));
    http.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    http.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    QUrlQuery encoded;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
        encoded.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    http.body = encoded.query(QUrl::FullyEncoded).toUtf8();

    channel->send(http, nullptr, [this, done](const HttpReply &reply) {
        RestReply rest = RestReply::decodeTokenGrant(reply);
        const QJsonObject token = rest.payload.toObject();
        if (rest.result.ok() && json::string(token, QStringLiteral("access_token")).isEmpty()) {
            rest.result.status = CallStatus::InvalidReply;
            rest.result.message = restTr("Secret Server's sign-in answer has no access token.");
        }
        if (rest.result.ok())
            acceptToken(token);
        done(rest.result);
    });
}

void RestClient::Private::acceptToken(const QJsonObject &token)
{
    accessToken = json::string(token, QStringLiteral("access_token"));
    const int expiresIn = json::integer(token, QStringLiteral("expires_in"), 0);
    expiresAt = expiresIn > 0 ? QDateTime::currentDateTimeUtc().addSecs(expiresIn) : QDateTime();

    const QString refresh = json::string(token, QStringLiteral("refresh_token"));
    const bool refreshChanged = refresh != refreshToken;
    refreshToken = refresh;

    // With a source to ask again, the password need not stay in memory.
    if (passwordSource)
        wipePassword();

    qCInfo(lcSecretServer).noquote() << "signed in to" << settings.serverUrl.host()
                                     << "expires in" << expiresIn << "s, refresh token:"
                                     << (refreshToken.isEmpty() ? "no" : "yes");
    emit q->sessionChanged();
    if (refreshChanged)
        emit q->refreshTokenChanged(refreshToken);
}

void RestClient::Private::wipePassword()
{
    password.fill(QChar(u'\0'));
    password.clear();
}

void RestClient::Private::forgetSession()
{
    const bool hadRefresh = !refreshToken.isEmpty();
    accessToken.fill(QChar(u'\0'));
    accessToken.clear();
    refreshToken.clear();
    expiresAt = {};
    wipePassword();
    emit q->sessionChanged();
    if (hadRefresh)
        emit q->refreshTokenChanged({});
}

SessionInfo RestClient::Private::sessionInfo() const
{
    SessionInfo info;
    info.userName = userName;
    info.domain = domain;
    if (expiresAt.isValid())
        info.expiresAt = expiresAt.toLocalTime();
    info.canRefresh = !refreshToken.isEmpty();
    return info;
}

// --- RestClient -----------------------------------------------------------------------------

RestClient::RestClient(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->settings = settings;
    d->channel = new HttpChannel(settings, this);
}

RestClient::~RestClient()
{
    d->wipePassword();
}

const ConnectionSettings &RestClient::settings() const
{
    return d->settings;
}

void RestClient::setTlsTrust(const TlsTrust &trust)
{
    d->settings.trust = trust;
    d->channel->setTrust(trust);
}

void RestClient::setPasswordSource(PasswordSource source)
{
    d->passwordSource = std::move(source);
    if (d->passwordSource && !d->accessToken.isEmpty())
        d->wipePassword();
}

void RestClient::setMaxParallelRequests(int count)
{
    d->settings.maxParallelRequests = qMax(1, count);
    d->channel->setMaxParallel(count);
}

bool RestClient::isSignedIn() const
{
    return !d->accessToken.isEmpty() || !d->refreshToken.isEmpty();
}

SessionInfo RestClient::session() const
{
    return d->sessionInfo();
}

QString RestClient::refreshToken() const
{
    return d->refreshToken;
}

PendingCall *RestClient::send(Request request, QObject *context, JsonHandler handler)
{
    auto *call = new PendingCall(this);
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    d->execute(request, call,
               [call, guard, guarded, handler](const CallResult &result, const QJsonValue &v) {
        if (call->isFinished())
            return;
        if (!guarded || guard)
            handler(result, v);
        call->finish();
    }, false);
    return call;
}

PendingCall *RestClient::signIn(const Credentials &credentials, QObject *context,
                                Callback<SessionInfo> done)
{
    d->forgetSession();
    d->userName = credentials.userName;
    d->domain = credentials.domain;
    d->password = credentials.password;

    auto *call = new PendingCall(this);
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    d->renew([this, call, guard, guarded, done](const CallResult &result) {
        if (!result.ok())
            d->wipePassword();
        Result<SessionInfo> out;
        static_cast<CallResult &>(out) = result;
        out.value = d->sessionInfo();
        if (!guarded || guard)
            done(out);
        call->finish();
    });
    return call;
}

PendingCall *RestClient::resumeSession(const QString &userName, const QString &refreshToken,
                                       QObject *context, Callback<SessionInfo> done)
{
    d->forgetSession();
    d->userName = userName;
    d->refreshToken = refreshToken;

    auto *call = new PendingCall(this);
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    d->renew([this, call, guard, guarded, done](const CallResult &result) {
        Result<SessionInfo> out;
        static_cast<CallResult &>(out) = result;
        out.value = d->sessionInfo();
        if (!guarded || guard)
            done(out);
        call->finish();
    });
    return call;
}

PendingCall *RestClient::signOut(QObject *context, Callback<bool> done)
{
    if (d->accessToken.isEmpty()) {
        d->forgetSession();
        auto *call = new PendingCall(this);
        const QPointer<QObject> guard(context);
        const bool guarded = context != nullptr;
        QTimer::singleShot(0, this, [call, guard, guarded, done] {
            Result<bool> out;
            out.value = true;
            if (!guarded || guard)
                done(out);
            call->finish();
        });
        return call;
    }

    Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/api/v1/oauth-expiration");
    auto *call = new PendingCall(this);
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    // Sent directly: a refused token needs no re-login just to be revoked.
    d->sendNow(request, call,
               [this, call, guard, guarded, done](const CallResult &result, const QJsonValue &) {
        d->forgetSession();
        Result<bool> out;
        static_cast<CallResult &>(out) = result;
        out.value = result.ok();
        if (!guarded || guard)
            done(out);
        call->finish();
    }, true);
    return call;
}

PendingCall *RestClient::healthCheck(QObject *context, Callback<HealthStatus> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/healthcheck");
    request.authenticated = false;
    return send(request, context, objectHandler<HealthStatus>(done));
}

PendingCall *RestClient::version(QObject *context, Callback<QString> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/version");
    return send(request, context, [done](const CallResult &result, const QJsonValue &payload) {
        // The envelope is uncertain (reference §1): {version} or {model:{version}}.
        Result<QString> out;
        static_cast<CallResult &>(out) = result;
        const QJsonObject object = payload.toObject();
        out.value = json::string(object, QStringLiteral("version"));
        if (out.value.isEmpty())
            out.value = json::string(json::object(object, QStringLiteral("model")),
                                     QStringLiteral("version"));
        if (out.value.isEmpty() && payload.isString())
            out.value = payload.toString();
        done(out);
    });
}

PendingCall *RestClient::currentUser(QObject *context, Callback<User> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/users/current");
    return send(request, context, objectHandler<User>(done));
}

} // namespace secretserver

#pragma once

// Internals of RestClient shared by its implementation files; not part of the public API.

#include "secretserver/HttpChannel.h"
#include "secretserver/JsonRead.h"
#include "secretserver/RestClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <optional>

namespace secretserver {

struct RestClient::Request
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // below the site root, e.g. "/api/v1/folders"
    QUrlQuery query;
    std::optional<QJsonValue> json;
    bool authenticated = true;
};

struct RestClient::Private
{
    using Done = std::function<void(const CallResult &)>;

    RestClient *q = nullptr;
    ConnectionSettings settings;
    HttpChannel *channel = nullptr;

    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;
    QString userName;
    QString domain;
    QString password; // only without a PasswordSource; wiped on sign-out
    PasswordSource passwordSource;

    bool renewing = false;
    QList<Done> renewWaiters;

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    void execute(const Request &request, PendingCall *call, const JsonHandler &deliver,
                 bool retried);
    void sendNow(const Request &request, PendingCall *call, const JsonHandler &deliver,
                 bool retried);
    bool canRenew() const;
    bool tokenExpired() const;
    void renew(const Done &done);
    void finishRenew(const CallResult &result);
    void passwordGrant(const Done &done);
    void grant(const QUrlQuery &form, const Done &done);
    void acceptToken(const QJsonObject &token);
    void wipePassword();
    void forgetSession();
    SessionInfo sessionInfo() const;
};

inline QString restTr(const char *text)
{
    return QCoreApplication::translate("secretserver::RestClient", text);
}

// Copies the outcome into a typed result; a successful call whose payload is not an object
// becomes InvalidReply.
template<typename T, typename Parse>
Result<T> objectResult(const CallResult &result, const QJsonValue &payload, Parse parse)
{
    Result<T> out;
    static_cast<CallResult &>(out) = result;
    if (!result.ok())
        return out;
    if (!payload.isObject()) {
        out.status = CallStatus::InvalidReply;
        out.message = restTr("Secret Server's answer does not have the expected shape.");
        return out;
    }
    out.value = parse(payload.toObject());
    return out;
}

template<typename T>
std::function<void(const CallResult &, const QJsonValue &)> objectHandler(Callback<T> done)
{
    return [done](const CallResult &result, const QJsonValue &payload) {
        done(objectResult<T>(result, payload,
                             [](const QJsonObject &object) { return T::fromJson(object); }));
    };
}

// For calls whose answer does not matter beyond success (delete, revoke, membership).
inline std::function<void(const CallResult &, const QJsonValue &)> successHandler(
        Callback<bool> done)
{
    return [done](const CallResult &result, const QJsonValue &) {
        Result<bool> out;
        static_cast<CallResult &>(out) = result;
        out.value = result.ok();
        done(out);
    };
}

// Reads the paging envelope (reference §1); a bare array is taken as all records.
template<typename T>
Result<Page<T>> pageResult(const CallResult &result, const QJsonValue &payload)
{
    Result<Page<T>> out;
    static_cast<CallResult &>(out) = result;
    if (!result.ok())
        return out;

    QJsonArray records;
    if (payload.isArray()) {
        records = payload.toArray();
        out.value.total = int(records.size());
    } else if (payload.isObject()) {
        const QJsonObject envelope = payload.toObject();
        const QJsonValue list = json::field(envelope, QStringLiteral("records"));
        if (!list.isArray() && !list.isNull() && !list.isUndefined()) {
            out.status = CallStatus::InvalidReply;
            out.message = restTr("Secret Server's list answer has no records.");
            return out;
        }
        records = list.toArray();
        out.value.skip = json::integer(envelope, QStringLiteral("skip"));
        out.value.take = json::integer(envelope, QStringLiteral("take"));
        out.value.total = json::integer(envelope, QStringLiteral("total"), int(records.size()));
        out.value.hasNext = json::boolean(envelope, QStringLiteral("hasNext"));
    } else {
        out.status = CallStatus::InvalidReply;
        out.message = restTr("Secret Server's list answer does not have the expected shape.");
        return out;
    }

    for (const QJsonValue &record : records) {
        if (record.isObject())
            out.value.records.append(T::fromJson(record.toObject()));
    }
    return out;
}

void applyPaging(QUrlQuery &query, const PageRequest &page, int skip, int take);
void addFilter(QUrlQuery &query, const QString &name, const QString &value);
void addFilter(QUrlQuery &query, const QString &name, bool value);
void addFilter(QUrlQuery &query, const QString &name, std::optional<int> value);

template<typename T>
PendingCall *RestClient::sendPage(Request request, const PageRequest &page, QObject *context,
                                  Callback<Page<T>> done)
{
    if (!page.allPages) {
        applyPaging(request.query, page, page.skip, page.take);
        return send(request, context, [done](const CallResult &result, const QJsonValue &v) {
            done(pageResult<T>(result, v));
        });
    }

    // Walk the pages under one PendingCall; each page goes through the normal token rules,
    // so an expiry half-way is renewed transparently.
    auto *call = new PendingCall(this);
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    const int limit = qMax(1, d->settings.maxListRecords);
    const int take = qMax(page.take, 1);
    auto collected = std::make_shared<Page<T>>();
    auto step = std::make_shared<std::function<void(int)>>();

    const auto finish = [call, guard, guarded, done, step](const Result<Page<T>> &result) {
        *step = nullptr; // breaks the step's self-reference
        if (call->isFinished())
            return;
        if (!guarded || guard)
            done(result);
        call->finish();
    };

    *step = [this, request, page, take, limit, call, collected, finish, step](int skip) {
        Request pageRequest = request;
        applyPaging(pageRequest.query, page, skip, take);
        d->execute(pageRequest, call,
                   [=](const CallResult &result, const QJsonValue &payload) {
            Result<Page<T>> one = pageResult<T>(result, payload);
            if (!one.ok()) {
                finish(one);
                return;
            }
            collected->records += one.value.records;
            collected->total = one.value.total;
            const bool more = one.value.hasNext && !one.value.records.isEmpty();
            if (more && collected->records.size() < limit) {
                (*step)(skip + int(one.value.records.size()));
                return;
            }
            Result<Page<T>> all;
            static_cast<CallResult &>(all) = result;
            all.value = *collected;
            all.value.take = int(all.value.records.size());
            all.value.truncated = more;
            all.value.hasNext = more;
            finish(all);
        }, false);
    };
    (*step)(page.skip);
    return call;
}

} // namespace secretserver

#pragma once

#include "http/HttpExchange.h"
#include "secretserver/Estate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace sandbox {

// One REST request as the endpoint handlers see it: the route split into segments, the
// caller's session, and Secret Server's parameter conventions (filter.*, paging., skip/take).
// Borrows the request and estate; lives for one handle() call.
struct RestCall
{
    RestCall(Estate &estate, const HttpRequest &request, QStringList segments);

    Estate &estate;
    const HttpRequest &request;
    QStringList segments; // after /api/v1: {"secrets", "5", "fields", "password"}
    const Session *session = nullptr;
    int userId = 0;

    QString method() const { return QString::fromLatin1(request.method); }
    bool is(const char *method) const { return request.method == method; }
    QString segment(qsizetype index) const { return segments.value(index); }
    // The segment as a non-negative id; nullopt when it is not a number.
    std::optional<int> idAt(qsizetype index) const;

    // Query parameters, case-insensitive, with or without the "paging." prefix.
    QString param(const QString &name) const;
    QStringList params(const QString &name) const;
    bool hasParam(const QString &name) const;
    bool boolParam(const QString &name, bool fallback) const;
    int intParam(const QString &name, int fallback) const;
    QString filter(const QString &name) const { return param(QStringLiteral("filter.") + name); }
    bool hasFilter(const QString &name) const { return hasParam(QStringLiteral("filter.") + name); }
    bool boolFilter(const QString &name, bool fallback) const;
    int intFilter(const QString &name, int fallback) const;

    // The JSON body; false (and an error reply ready in *error) when it is not JSON at all.
    // An empty body reads as an empty object.
    bool jsonBody(QJsonObject *body, HttpReply *error) const;
    // dirty/value PATCH data: {"data": {"field": {"dirty": true, "value": v}}} -> field: v.
    static QJsonObject dirtyValues(const QJsonObject &data);

    // Paging envelope (§1) over already-filtered, already-sorted records.
    HttpReply page(const QJsonArray &records) const;
    // The same for a large list serialized only for the page shown.
    template<typename T, typename ToJson> HttpReply page(const QList<T> &items, ToJson toJson) const
    {
        const auto [skip, take] = window(items.size());
        QJsonArray records;
        for (qsizetype i = skip; i < qMin<qsizetype>(items.size(), skip + take); ++i)
            records.append(toJson(items.at(i)));
        return envelope(records, items.size(), skip, take);
    }
    // Sort key from sortBy[0].name / direction (empty name when none).
    QString sortName() const;
    bool sortDescending() const;
    // Sorts JSON records on sortBy[0] (case-insensitive field name); stable.
    QJsonArray sorted(QJsonArray records, const QString &defaultName) const;

    std::pair<qsizetype, qsizetype> window(qsizetype total) const;
    HttpReply envelope(const QJsonArray &records, qsizetype total, qsizetype skip,
                       qsizetype take) const;
};

// Typed reads from a JSON body with ASP.NET's leniency (case-insensitive names, "5" for 5,
// "true" for true). A present value of the wrong type is remembered and reported by error().
class BodyArgs
{
public:
    explicit BodyArgs(QJsonObject body) : m_body(std::move(body)) { }

    QJsonValue value(const QString &key) const; // undefined when absent
    bool has(const QString &key) const;
    std::optional<QString> text(const QString &key);
    std::optional<int> number(const QString &key);
    std::optional<bool> flag(const QString &key);
    bool ok() const { return m_badFields.isEmpty(); }
    HttpReply error() const; // 400 with modelState naming the bad fields

private:
    QJsonObject m_body;
    QStringList m_badFields;
};

// Secret Server's error shapes (§11).
namespace rest {
HttpReply badRequest(const QString &errorCode, const QString &message,
                     const QJsonObject &modelState = {});
HttpReply accessDenied();
HttpReply notFound();
HttpReply authenticationFailed();
HttpReply webServicesDisabled();
HttpReply noResource();
HttpReply methodNotAllowed();
HttpReply invalidField(const QString &field, const QString &problem);
QString dateText(const QDateTime &value); // ISO 8601 local time, no offset (§10), or empty
QJsonValue dateOrNull(const QDateTime &value);
QJsonValue dateOrNever(const QDateTime &value); // a non-nullable .NET date: 0001-01-01 if unset
} // namespace rest

} // namespace sandbox

#include "secretserver/RestCall.h"

#include "secretserver/Protocol.h"

#include <QJsonDocument>
#include <algorithm>
#include <limits>

namespace sandbox {

RestCall::RestCall(Estate &estateRef, const HttpRequest &requestRef, QStringList routeSegments)
    : estate(estateRef), request(requestRef), segments(std::move(routeSegments))
{
}

std::optional<int> RestCall::idAt(qsizetype index) const
{
    bool ok = false;
    const int id = segments.value(index).toInt(&ok);
    if (!ok || id < 0)
        return std::nullopt;
    return id;
}

static bool sameName(const QString &given, const QString &wanted)
{
    static const QString prefix = QStringLiteral("paging.");
    if (given.compare(wanted, Qt::CaseInsensitive) == 0)
        return true;
    return given.startsWith(prefix, Qt::CaseInsensitive)
            && QStringView(given).mid(prefix.size()).compare(wanted, Qt::CaseInsensitive) == 0;
}

QStringList RestCall::params(const QString &name) const
{
    QStringList values;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (sameName(key, name) || sameName(key, name + QStringLiteral("[]")))
            values.append(value);
    }
    return values;
}

QString RestCall::param(const QString &name) const
{
    return params(name).value(0);
}

bool RestCall::hasParam(const QString &name) const
{
    return !params(name).isEmpty();
}

bool RestCall::boolParam(const QString &name, bool fallback) const
{
    const QString value = param(name).trimmed();
    if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
        || value == QLatin1String("1"))
        return true;
    if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0
        || value == QLatin1String("0"))
        return false;
    return fallback;
}

int RestCall::intParam(const QString &name, int fallback) const
{
    bool ok = false;
    const int value = param(name).trimmed().toInt(&ok);
    return ok ? value : fallback;
}

bool RestCall::boolFilter(const QString &name, bool fallback) const
{
    return boolParam(QStringLiteral("filter.") + name, fallback);
}

int RestCall::intFilter(const QString &name, int fallback) const
{
    return intParam(QStringLiteral("filter.") + name, fallback);
}

bool RestCall::jsonBody(QJsonObject *body, HttpReply *error) const
{
    if (request.body.trimmed().isEmpty()) {
        *body = {};
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        *error = rest::badRequest(
                QLatin1String(protocol::ValidationCode),
                QLatin1String(protocol::InvalidJsonMessage),
                QJsonObject { { QStringLiteral("args"),
                                QJsonArray { parseError.error != QJsonParseError::NoError
                                                     ? parseError.errorString()
                                                     : QStringLiteral("An object is "
                                                                      "expected.") } } });
        return false;
    }
    *body = document.object();
    return true;
}

QJsonObject RestCall::dirtyValues(const QJsonObject &data)
{
    QJsonObject values;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        if (field.value(QStringLiteral("dirty")).toBool()
            && field.contains(QStringLiteral("value")))
            values.insert(it.key(), field.value(QStringLiteral("value")));
    }
    return values;
}

std::pair<qsizetype, qsizetype> RestCall::window(qsizetype total) const
{
    const qsizetype skip
            = qBound(qsizetype(0), qsizetype(intParam(QStringLiteral("skip"), 0)), total);
    const int requested = intParam(QStringLiteral("take"), protocol::DefaultTake);
    const qsizetype take = requested > 0 ? requested : protocol::DefaultTake;
    return { skip, take };
}

HttpReply RestCall::page(const QJsonArray &records) const
{
    const auto [skip, take] = window(records.size());
    QJsonArray shown;
    for (qsizetype i = skip; i < qMin<qsizetype>(records.size(), skip + take); ++i)
        shown.append(records.at(i));
    return envelope(shown, records.size(), skip, take);
}

HttpReply RestCall::envelope(const QJsonArray &records, qsizetype total, qsizetype skip,
                             qsizetype take) const
{
    const qsizetype pageCount = total == 0 ? 0 : (total + take - 1) / take;
    const bool hasNext = skip + take < total;
    QJsonArray sortBy;
    if (!sortName().isEmpty()) {
        sortBy.append(
                QJsonObject { { QStringLiteral("name"), sortName() },
                              { QStringLiteral("direction"),
                                sortDescending() ? QStringLiteral("Desc") : QStringLiteral("Asc") },
                              { QStringLiteral("priority"), 0 } });
    }
    const QJsonObject body {
        { QStringLiteral("success"), true },
        { QStringLiteral("severity"), QStringLiteral("None") },
        { QStringLiteral("skip"), qint64(skip) },
        { QStringLiteral("take"), qint64(take) },
        { QStringLiteral("total"), qint64(total) },
        { QStringLiteral("pageCount"), qint64(pageCount) },
        { QStringLiteral("currentPage"), qint64(skip / take + 1) },
        { QStringLiteral("batchCount"), qint64(pageCount) },
        { QStringLiteral("prevSkip"), qint64(qMax<qsizetype>(0, skip - take)) },
        { QStringLiteral("nextSkip"), qint64(hasNext ? skip + take : skip) },
        { QStringLiteral("hasPrev"), skip > 0 },
        { QStringLiteral("hasNext"), hasNext },
        { QStringLiteral("sortBy"), sortBy },
        { QStringLiteral("records"), records },
    };
    return HttpReply::json(200, body);
}

QString RestCall::sortName() const
{
    return param(QStringLiteral("sortBy[0].name")).trimmed();
}

bool RestCall::sortDescending() const
{
    return param(QStringLiteral("sortBy[0].direction"))
                   .compare(QLatin1String("desc"), Qt::CaseInsensitive)
            == 0;
}

static QJsonValue fieldOf(const QJsonObject &record, const QString &name)
{
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

QJsonArray RestCall::sorted(QJsonArray records, const QString &defaultName) const
{
    const QString name = sortName().isEmpty() ? defaultName : sortName();
    QList<QJsonObject> list;
    for (const QJsonValue &value : records)
        list.append(value.toObject());
    const bool descending = sortDescending();
    std::stable_sort(list.begin(), list.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        const QJsonValue left = fieldOf(a, name);
        const QJsonValue right = fieldOf(b, name);
        bool less = false;
        if (left.isDouble() && right.isDouble())
            less = descending ? left.toDouble() > right.toDouble()
                              : left.toDouble() < right.toDouble();
        else {
            const int order = left.toVariant().toString().compare(right.toVariant().toString(),
                                                                  Qt::CaseInsensitive);
            less = descending ? order > 0 : order < 0;
        }
        return less;
    });
    QJsonArray result;
    for (const QJsonObject &record : list)
        result.append(record);
    return result;
}

namespace rest {

HttpReply badRequest(const QString &errorCode, const QString &message,
                     const QJsonObject &modelState)
{
    QJsonObject body { { QStringLiteral("errorCode"), errorCode },
                       { QStringLiteral("message"), message } };
    if (!modelState.isEmpty())
        body.insert(QStringLiteral("modelState"), modelState);
    return HttpReply::json(400, body);
}

HttpReply accessDenied()
{
    return badRequest(QLatin1String(protocol::AccessDeniedCode),
                      QLatin1String(protocol::AccessDeniedMessage));
}

HttpReply notFound()
{
    return badRequest(QLatin1String(protocol::NotFoundCode),
                      QLatin1String(protocol::NotFoundMessage));
}

HttpReply authenticationFailed()
{
    return HttpReply::json(403,
                           QJsonObject { { QStringLiteral("message"),
                                           QLatin1String(protocol::AuthenticationFailed) } });
}

HttpReply webServicesDisabled()
{
    return badRequest(QLatin1String(protocol::WebServicesDisabledCode),
                      QLatin1String(protocol::WebServicesDisabledMessage));
}

HttpReply noResource()
{
    return HttpReply::json(404,
                           QJsonObject { { QStringLiteral("message"),
                                           QLatin1String(protocol::NoResourceMessage) } });
}

HttpReply methodNotAllowed()
{
    return HttpReply::json(405,
                           QJsonObject { { QStringLiteral("message"),
                                           QLatin1String(protocol::MethodNotAllowedMessage) } });
}

HttpReply invalidField(const QString &field, const QString &problem)
{
    return badRequest(QLatin1String(protocol::ValidationCode),
                      QLatin1String(protocol::InvalidJsonMessage),
                      QJsonObject { { field, QJsonArray { problem } } });
}

QString dateText(const QDateTime &value)
{
    // §10: the server's local time without an offset, milliseconds only when not zero and
    // without trailing zeros, as .NET writes an unspecified DateTime.
    if (!value.isValid())
        return {};
    const QDateTime local = value.toLocalTime();
    QString text = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int milliseconds = local.time().msec();
    if (milliseconds != 0) {
        QString fraction = QStringLiteral("%1").arg(milliseconds, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    return text;
}

QJsonValue dateOrNever(const QDateTime &value)
{
    return value.isValid() ? dateText(value) : QLatin1String(protocol::NeverDate);
}

QJsonValue dateOrNull(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(dateText(value)) : QJsonValue(QJsonValue::Null);
}

} // namespace rest

} // namespace sandbox

namespace sandbox {

QJsonValue BodyArgs::value(const QString &key) const
{
    for (auto it = m_body.begin(); it != m_body.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool BodyArgs::has(const QString &key) const
{
    const QJsonValue found = value(key);
    return !found.isUndefined() && !found.isNull();
}

std::optional<QString> BodyArgs::text(const QString &key)
{
    const QJsonValue found = value(key);
    if (found.isUndefined() || found.isNull())
        return std::nullopt;
    if (found.isString())
        return found.toString();
    if (found.isDouble())
        return QString::number(found.toDouble());
    m_badFields.append(key);
    return std::nullopt;
}

std::optional<int> BodyArgs::number(const QString &key)
{
    const QJsonValue found = value(key);
    if (found.isUndefined() || found.isNull())
        return std::nullopt;
    bool ok = false;
    double parsed = 0;
    if (found.isDouble()) {
        parsed = found.toDouble();
        ok = true;
    } else if (found.isString()) {
        parsed = found.toString().trimmed().toDouble(&ok);
    }
    if (!ok || parsed != double(qint64(parsed)) || parsed < std::numeric_limits<int>::min()
        || parsed > std::numeric_limits<int>::max()) {
        m_badFields.append(key);
        return std::nullopt;
    }
    return int(parsed);
}

std::optional<bool> BodyArgs::flag(const QString &key)
{
    const QJsonValue found = value(key);
    if (found.isUndefined() || found.isNull())
        return std::nullopt;
    if (found.isBool())
        return found.toBool();
    const QString textValue = found.toString().trimmed();
    if (textValue.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (textValue.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    m_badFields.append(key);
    return std::nullopt;
}

HttpReply BodyArgs::error() const
{
    QJsonObject modelState;
    for (const QString &field : m_badFields)
        modelState.insert(
                QStringLiteral("args.") + field,
                QJsonArray { QString(QStringLiteral("The value is not valid for ") + field) });
    return rest::badRequest(QLatin1String(protocol::ValidationCode),
                            QLatin1String(protocol::InvalidJsonMessage), modelState);
}

} // namespace sandbox

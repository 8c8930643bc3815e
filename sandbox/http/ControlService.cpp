#include "http/ControlService.h"

#include "http/HttpLogging.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sandbox {

namespace {

const QString ControlRoot = QStringLiteral("/sandbox-control");

HttpReply message(int status, const QString &text)
{
    return HttpReply::json(status, QJsonObject { { QStringLiteral("message"), text } });
}

} // namespace

ControlService::ControlService(const QByteArray &token, FaultSettings &faults, TrafficStats &stats)
    : m_token(token), m_faults(faults), m_stats(stats)
{
}

void ControlService::addArea(const QString &area, AreaHandler handler)
{
    m_areas.append(
            { ControlRoot + QLatin1Char('/') + area + QLatin1Char('/'), std::move(handler) });
}

void ControlService::addAsyncArea(const QString &area, AsyncAreaHandler handler)
{
    m_asyncAreas.append(
            { ControlRoot + QLatin1Char('/') + area + QLatin1Char('/'), std::move(handler) });
}

void ControlService::respond(const HttpRequest &request, const Responder &responder)
{
    if (hasValidToken(request)) {
        for (const AsyncArea &area : std::as_const(m_asyncAreas)) {
            if (request.path.startsWith(area.prefix) || request.path == area.prefix.chopped(1)) {
                area.handler(request, responder);
                return;
            }
        }
    }
    responder(handle(request));
}

bool ControlService::isControlPath(const QString &path)
{
    return path == ControlRoot || path.startsWith(ControlRoot + QLatin1Char('/'));
}

bool ControlService::accepts(const HttpRequest &request) const
{
    return isControlPath(request.path);
}

bool ControlService::hasValidToken(const HttpRequest &request) const
{
    // Compare digests so the time taken does not depend on how much of the token matched.
    const QByteArray given = request.header(QByteArrayLiteral("X-Sandbox-Control"));
    const QByteArray expected = QCryptographicHash::hash(m_token, QCryptographicHash::Sha256);
    const QByteArray actual = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    int difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= expected.at(i) ^ actual.at(i);
    return !given.isEmpty() && difference == 0;
}

HttpReply ControlService::handle(const HttpRequest &request)
{
    if (!hasValidToken(request)) {
        qCInfo(lcSandboxHttp, "control request to %s refused: no valid control token",
               qUtf8Printable(request.path));
        return message(403, QStringLiteral("A valid X-Sandbox-Control header is required."));
    }

    const QString path
            = request.path.endsWith(QLatin1Char('/')) ? request.path.chopped(1) : request.path;
    if (path == ControlRoot + QStringLiteral("/faults"))
        return handleFaults(request);
    if (path == ControlRoot + QStringLiteral("/stats"))
        return handleStats(request, false);
    if (path == ControlRoot + QStringLiteral("/stats/reset"))
        return handleStats(request, true);
    for (const Area &area : std::as_const(m_areas)) {
        if (request.path.startsWith(area.prefix) || request.path == area.prefix.chopped(1))
            return area.handler(request);
    }
    return message(404, QStringLiteral("No such control endpoint."));
}

HttpReply ControlService::handleFaults(const HttpRequest &request)
{
    if (request.method == "GET")
        return HttpReply::json(200, m_faults.toJson());
    if (request.method != "PUT")
        return message(405, QStringLiteral("Use GET or PUT."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return message(400, QStringLiteral("The body must be a JSON object."));
    QString error;
    if (!m_faults.apply(document.object(), &error))
        return message(400, error);

    qCInfo(lcSandboxHttp, "faults now: latency %d ms, fail rate %g, drop rate %g",
           m_faults.latencyMs, m_faults.failRate, m_faults.dropRate);
    return HttpReply::json(200, m_faults.toJson());
}

HttpReply ControlService::handleStats(const HttpRequest &request, bool reset)
{
    if (reset) {
        if (request.method != "POST")
            return message(405, QStringLiteral("Use POST."));
        m_stats.reset();
        return HttpReply::json(200, m_stats.toJson());
    }
    if (request.method != "GET")
        return message(405, QStringLiteral("Use GET."));
    return HttpReply::json(200, m_stats.toJson());
}

HttpReply ControlService::transportError(int status, const QString &text) const
{
    return message(status, text);
}

} // namespace sandbox

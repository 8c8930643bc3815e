#include "qualys/QualysService.h"

#include "qualys/AuthRecordType.h"
#include "qualys/QualysCall.h"
#include "qualys/QualysDocument.h"
#include "qualys/QualysLogging.h"
#include "qualys/QualysParameters.h"
#include "qualys/QualysProtocol.h"
#include "qualys/QualysServicePrivate.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>
#include <QXmlStreamWriter>

Q_LOGGING_CATEGORY(lcSandboxQualys, "sandbox.qualys")

namespace sandbox {

using qualys::ErrorCode;

namespace {

constexpr int SaveDelayMs = 250;

std::optional<QualysTenant> loadTenant(const QString &file, QString *error)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(file, input.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (!json.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(file, parseError.errorString());
        return std::nullopt;
    }
    std::optional<QualysTenant> tenant = QualysTenant::fromJson(json.object(), error);
    if (!tenant)
        *error = file + QStringLiteral(": ") + *error;
    return tenant;
}

// The value of the QualysSession cookie, or empty.
QByteArray sessionCookie(const HttpRequest &request)
{
    const QList<QByteArray> cookies = request.header(QByteArrayLiteral("Cookie")).split(';');
    for (const QByteArray &cookie : cookies) {
        const qsizetype equals = cookie.indexOf('=');
        if (equals > 0 && cookie.left(equals).trimmed() == qualys::SessionCookie)
            return cookie.mid(equals + 1).trimmed();
    }
    return {};
}

// The user named by a valid Basic Authorization header or session cookie, or null.
const QualysUser *authenticate(const QualysTenant &tenant,
                               const QHash<QByteArray, QString> &sessions,
                               const HttpRequest &request)
{
    const QByteArray cookie = sessionCookie(request);
    if (!cookie.isEmpty() && sessions.contains(cookie))
        return tenant.user(sessions.value(cookie));
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (!header.left(6).toLower().startsWith("basic "))
        return nullptr;
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return nullptr;
    const QByteArray &credentials = decoded.decoded;
    const qsizetype colon = credentials.indexOf(':');
    if (colon <= 0)
        return nullptr;

    const QualysUser *user = tenant.user(QString::fromUtf8(credentials.left(colon)));
    if (!user || user->password != QString::fromUtf8(credentials.mid(colon + 1)))
        return nullptr;
    return user;
}

} // namespace

QString qualysApiOf(const QString &path)
{
    // Unknown paths share one bucket, so probing random paths cannot grow the counters.
    const QString api = path.endsWith(u'/') ? path : path + u'/';
    if (api == qualys::VaultPath || api == qualys::AuthPath)
        return api;
    const bool recordApi = api.startsWith(qualys::AuthPath)
            && AuthRecordType::find(api.mid(qualys::AuthPath.size()).chopped(1));
    return recordApi ? api : QString(qualys::ApiPrefix);
}

QualysService::Private::Private(const QualysOptions &options_, QualysTenant tenant_)
    : options(options_), tenant(std::move(tenant_)),
      limits({ options_.callsPerWindow, options_.windowSeconds, options_.concurrency }),
      vaults(tenant, [this] { changed(); }), records(tenant, [this] { changed(); })
{
    saveTimer.setSingleShot(true);
    saveTimer.setInterval(SaveDelayMs);
    saveTimer.callOnTimeout([this] { save(); });
}

void QualysService::Private::changed()
{
    if (options.stateFile.isEmpty())
        return;
    dirty = true;
    saveTimer.start();
}

void QualysService::Private::save()
{
    if (!dirty)
        return;
    dirty = false;

    QSaveFile output(options.stateFile);
    if (!output.open(QIODevice::WriteOnly)) {
        qCWarning(lcSandboxQualys) << "cannot write state file" << options.stateFile;
        return;
    }
    output.write(QJsonDocument(tenant.toJson()).toJson(QJsonDocument::Indented));
    if (!output.commit())
        qCWarning(lcSandboxQualys) << "cannot save state file" << options.stateFile;
}

QualysService::QualysService() = default;

QualysService::~QualysService()
{
    if (d)
        saveNow();
}

std::unique_ptr<QualysService> QualysService::create(const QualysOptions &options, QString *error)
{
    std::optional<QualysTenant> tenant;
    if (!options.stateFile.isEmpty() && QFile::exists(options.stateFile))
        tenant = loadTenant(options.stateFile, error);
    else if (!options.seedFile.isEmpty())
        tenant = loadTenant(options.seedFile, error);
    else
        tenant = QualysTenant::example();
    if (!tenant)
        return nullptr;
    if (options.callsPerWindow < 0 || options.windowSeconds <= 0 || options.concurrency < 1) {
        *error = QStringLiteral("Qualys limits need calls >= 0, a window > 0 and "
                                "concurrency >= 1");
        return nullptr;
    }

    std::unique_ptr<QualysService> service(new QualysService);
    service->d = std::make_unique<Private>(options, std::move(*tenant));
    return service;
}

const QualysTenant &QualysService::tenant() const
{
    return d->tenant;
}

void QualysService::adoptSecretServerPort(quint16 httpsPort)
{
    for (const auto &[id, vault] : d->tenant.vaults()) {
        QUrl url(vault.url);
        if (!url.isValid() || url.port() != -1 || url.host() != QLatin1String("127.0.0.1"))
            continue;
        url.setPort(httpsPort);
        AuthVault changed = vault;
        changed.url = url.toString();
        d->tenant.replaceVault(changed);
    }
}

bool QualysService::accepts(const HttpRequest &request) const
{
    return request.path.startsWith(qualys::ApiPrefix);
}

void QualysService::callStarted(const HttpRequest &request)
{
    d->callsReported = true;
    ++d->inFlight[qualysApiOf(request.path)];
}

void QualysService::callFinished(const HttpRequest &request)
{
    const QString api = qualysApiOf(request.path);
    if (--d->inFlight[api] <= 0)
        d->inFlight.remove(api);
}

HttpReply QualysService::handle(const HttpRequest &request)
{
    const QString api = qualysApiOf(request.path);
    const QString host = QualysDocument::hostOf(request);
    const int running = std::max(d->inFlight.value(api), 1) + d->otherRunning;

    const bool requestedWith = !request.header(QByteArrayLiteral("X-Requested-With")).isEmpty();
    const QString normalized = request.path.endsWith(u'/') ? request.path : request.path + u'/';
    if (normalized == qualys::SessionPath)
        return session(request, host, requestedWith);

    const QualysUser *user = authenticate(d->tenant, d->sessions, request);
    if (!user || !requestedWith) {
        qCInfo(lcSandboxQualys) << request.method << api
                                << "refused:" << (user ? "no X-Requested-With" : "bad login");
        HttpReply reply = QualysDocument::simpleReturn(
                host, user ? qualys::MissingRequestedWithStatus : qualys::BadLoginStatus,
                qualys::BadLoginText);
        ApiLimits::addHeaders(reply, d->limits.usage(api, running));
        return reply;
    }

    ApiLimits::Usage usage;
    const ApiLimits::Verdict verdict = d->limits.admit(api, running, &usage);
    if (verdict != ApiLimits::Verdict::Allowed) {
        const bool concurrency = verdict == ApiLimits::Verdict::ConcurrencyBlocked;
        qCInfo(lcSandboxQualys) << request.method << api << "blocked by the"
                                << (concurrency ? "concurrency" : "rate") << "limit";
        HttpReply reply = QualysDocument::error(
                host, qualys::BlockedStatus,
                concurrency ? ErrorCode::ConcurrencyLimit : ErrorCode::RateLimit,
                concurrency ? QString(qualys::ConcurrencyText).arg(running - 1)
                            : QString(qualys::RateText).arg(usage.toWaitSeconds));
        ApiLimits::addHeaders(reply, usage);
        return reply;
    }

    HttpReply reply = withEcho(request, host, user->login, dispatch(request, host, user->login));
    ApiLimits::addHeaders(reply, usage);
    qCInfo(lcSandboxQualys) << request.method << api << "by" << user->login << "->" << reply.status;
    return reply;
}

HttpReply QualysService::withEcho(const HttpRequest &request, const QString &host,
                                  const QString &user, HttpReply reply)
{
    const std::optional<QualysParameters> parameters = QualysParameters::fromRequest(request);
    if (!parameters || parameters->value(QStringLiteral("echo_request")) != u'1')
        return reply;
    // Every reply shape has RESPONSE as the root's first child; REQUEST goes right before it.
    const QByteArray anchor = QByteArrayLiteral("\n  <RESPONSE>");
    const qsizetype at = reply.body.indexOf(anchor);
    if (at < 0)
        return reply;

    QByteArray fragment;
    QXmlStreamWriter xml(&fragment);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartElement(QStringLiteral("REQUEST"));
    xml.writeTextElement(QStringLiteral("DATETIME"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeStartElement(QStringLiteral("USER_LOGIN"));
    xml.writeCDATA(QualysDocument::xmlSafe(user));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("RESOURCE"));
    xml.writeCDATA(QualysDocument::xmlSafe(
            (request.secure ? QStringLiteral("https://") : QStringLiteral("http://")) + host
            + request.path.left(500)));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("PARAM_LIST"));
    for (const QString &name : parameters->names()) {
        xml.writeStartElement(QStringLiteral("PARAM"));
        xml.writeStartElement(QStringLiteral("KEY"));
        xml.writeCDATA(QualysDocument::xmlSafe(name.left(200)));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("VALUE"));
        xml.writeCDATA(name.contains(QLatin1String("password"))
                               ? QString(qualys::EchoedPasswordMask)
                               : QualysDocument::xmlSafe(parameters->value(name).left(2000)));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();

    QByteArray indented = "\n";
    for (const QByteArray &line : fragment.trimmed().split('\n'))
        indented += "  " + line + '\n';
    indented.chop(1);
    reply.body.insert(at, indented);
    return reply;
}

HttpReply QualysService::session(const HttpRequest &request, const QString &host,
                                 bool requestedWith)
{
    // §1.2: outside the limits, so no limit headers either.
    const std::optional<QualysParameters> parameters = QualysParameters::fromRequest(request);
    const QString action = parameters ? parameters->value(QStringLiteral("action")) : QString();
    if (!requestedWith)
        return QualysDocument::simpleReturn(host, qualys::MissingRequestedWithStatus,
                                            qualys::BadLoginText);
    if (request.method != "POST")
        return QualysDocument::error(host, 400, ErrorCode::WrongMethod,
                                     QStringLiteral("Request method %1 is incompatible with "
                                                    "specified parameter(s): action=%2")
                                             .arg(QString::fromLatin1(request.method), action));
    if (action == QLatin1String("login")) {
        const QualysUser *user = d->tenant.user(parameters->value(QStringLiteral("username")));
        if (!user || user->password != parameters->value(QStringLiteral("password"))) {
            qCInfo(lcSandboxQualys) << "session login refused";
            return QualysDocument::simpleReturn(host, qualys::BadLoginStatus, qualys::BadLoginText);
        }
        const QByteArray token = QUuid::createUuid().toRfc4122().toHex();
        d->sessions.insert(token, user->login);
        HttpReply reply = QualysDocument::simpleReturn(host, 200, qualys::LoggedInText);
        reply.headers.append({ QByteArrayLiteral("Set-Cookie"),
                               QByteArray(qualys::SessionCookie) + '=' + token
                                       + "; path=/api; secure; HttpOnly" });
        qCInfo(lcSandboxQualys) << "session opened for" << user->login;
        return reply;
    }
    if (action == QLatin1String("logout")) {
        if (!d->sessions.remove(sessionCookie(request)))
            return QualysDocument::simpleReturn(host, qualys::BadLoginStatus, qualys::BadLoginText);
        return QualysDocument::simpleReturn(host, 200, qualys::LoggedOutText);
    }
    if (action.isEmpty())
        return QualysDocument::error(host, 400, ErrorCode::MissingParameter,
                                     QStringLiteral("Missing required parameter(s): action"));
    return QualysDocument::error(host, 400, ErrorCode::InvalidValue,
                                 QStringLiteral("parameter action has invalid value"));
}

HttpReply QualysService::dispatch(const HttpRequest &request, const QString &host,
                                  const QString &user)
{
    const std::optional<QualysParameters> parameters = QualysParameters::fromRequest(request);
    if (!parameters)
        return QualysDocument::error(host, 400, ErrorCode::InvalidValue,
                                     QStringLiteral("Parameters are not valid URL-encoded "
                                                    "UTF-8"));
    const QString unreadable = parameters->firstWithControlCharacter();
    const QualysCall call(request, user, *parameters);
    if (!unreadable.isEmpty())
        return call.invalid(unreadable, QStringLiteral("control characters"));
    if (request.method != "GET" && request.method != "POST")
        return call.requirePost().value();
    const QString echo = call.value(QStringLiteral("echo_request"));
    if (call.has(QStringLiteral("echo_request")) && echo != u'0' && echo != u'1')
        return call.invalid(QStringLiteral("echo_request"));

    const QString api = qualysApiOf(request.path);
    if (api == qualys::ApiPrefix)
        return QualysDocument::simpleReturn(
                host, 404, QStringLiteral("Unknown API: ") + request.path.left(200));
    if (api == qualys::VaultPath)
        return d->vaults.handle(call);
    if (api == qualys::AuthPath)
        return d->records.summary(call);
    const QString key = api.mid(qualys::AuthPath.size()).chopped(1);
    return d->records.handle(call, *AuthRecordType::find(key));
}

HttpReply QualysService::transportError(int status, const QString &message) const
{
    return QualysDocument::simpleReturn(QStringLiteral("127.0.0.1"), status, message);
}

QStringList QualysService::exampleAccounts() const
{
    QStringList lines;
    for (const QualysUser &user : d->tenant.users())
        lines.append(QStringLiteral("%1 / %2 (%3)").arg(user.login, user.password, user.role));
    return lines;
}

void QualysService::saveNow()
{
    d->saveTimer.stop();
    d->save();
}

} // namespace sandbox

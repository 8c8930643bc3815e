#include "qualys/QualysClient.h"

#include "qualys/QualysConnection.h"
#include "qualys/QualysLog.h"
#include "secretserver/HttpChannel.h"
#include "secretserver/PendingCall.h"

Q_LOGGING_CATEGORY(lcQualys, "scanvault.qualys")

namespace qualys {

using secretserver::CallStatus;
using secretserver::HttpReply;
using secretserver::HttpRequest;
using secretserver::PendingCall;

namespace {

// §1.4 / §5.1: the two codes of a blocked call; both are answered with 409 (some clients
// also report 429, which is treated alike).
constexpr int ConcurrencyLimitCode = 1960;
constexpr int RateLimitCode = 1965;
// §5.2: the only documented wording of a refused login; its CODE is [U].
const QLatin1String BadLoginText("Bad Login/Password");

QByteArray formEncode(const QList<QPair<QString, QString>> &params)
{
    // QUrlQuery leaves '+' alone, which a form decoder reads as a space (§1.3: passwords
    // with + and # must be encoded), so every byte outside the unreserved set is encoded.
    QByteArray body;
    for (const auto &[name, value] : params) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

int headerInt(const HttpReply &reply, const char *name)
{
    for (const auto &[key, value] : reply.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const int number = value.trimmed().toInt(&ok);
            return ok ? number : -1;
        }
    }
    return -1;
}

QualysStatus fromTransport(CallStatus status)
{
    switch (status) {
    case CallStatus::Ok:
        return QualysStatus::Ok;
    case CallStatus::Timeout:
        return QualysStatus::Timeout;
    case CallStatus::TlsUntrusted:
        return QualysStatus::TlsUntrusted;
    case CallStatus::TlsCertificateChanged:
        return QualysStatus::TlsCertificateChanged;
    case CallStatus::RedirectRefused:
    case CallStatus::InsecureChannelRefused:
        return QualysStatus::RedirectRefused;
    case CallStatus::ReplyTooLarge:
        return QualysStatus::ReplyTooLarge;
    case CallStatus::Cancelled:
        return QualysStatus::Cancelled;
    default:
        return QualysStatus::NetworkError;
    }
}

QString joinIds(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

QString qualysStatusName(QualysStatus status)
{
    switch (status) {
    case QualysStatus::Ok:
        return QStringLiteral("Ok");
    case QualysStatus::NetworkError:
        return QStringLiteral("NetworkError");
    case QualysStatus::Timeout:
        return QStringLiteral("Timeout");
    case QualysStatus::TlsUntrusted:
        return QStringLiteral("TlsUntrusted");
    case QualysStatus::TlsCertificateChanged:
        return QStringLiteral("TlsCertificateChanged");
    case QualysStatus::RedirectRefused:
        return QStringLiteral("RedirectRefused");
    case QualysStatus::AuthenticationFailed:
        return QStringLiteral("AuthenticationFailed");
    case QualysStatus::Rejected:
        return QStringLiteral("Rejected");
    case QualysStatus::RateLimited:
        return QStringLiteral("RateLimited");
    case QualysStatus::ServerError:
        return QStringLiteral("ServerError");
    case QualysStatus::InvalidReply:
        return QStringLiteral("InvalidReply");
    case QualysStatus::ReplyTooLarge:
        return QStringLiteral("ReplyTooLarge");
    case QualysStatus::Cancelled:
        return QStringLiteral("Cancelled");
    case QualysStatus::NotConfigured:
        return QStringLiteral("NotConfigured");
    }
    return QStringLiteral("Unknown");
}

struct QualysClient::Job
{
    HttpRequest request;
    QPointer<PendingCall> call;
    std::function<void(const Answer &)> handle;
    int retries = 0;
    bool delivered = false;
};

QualysClientSettings QualysClientSettings::from(const QualysConnection &connection)
{
    QualysClientSettings settings;
    settings.apiUrl = connection.apiUrl();
    settings.userName = connection.userName;
    if (connection.trust.mode == CertificateTrust::Mode::PinnedCertificate)
        settings.trust.pin(connection.trust.pinnedHost, connection.trust.pinnedPort,
                           connection.trust.pinnedSha256);
    return settings;
}

QualysClient::QualysClient(const QualysClientSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    secretserver::ConnectionSettings channel;
    channel.serverUrl = settings.apiUrl;
    channel.allowInsecureHttp = settings.allowInsecureHttp;
    channel.trust = settings.trust;
    channel.timeoutMs = settings.timeoutMs;
    channel.maxReplyBytes = settings.maxReplyBytes;
    // The client keeps its own queue against Qualys' limit; the channel never holds back.
    channel.maxParallelRequests = 1000;
    m_channel = new secretserver::HttpChannel(channel, this);

    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &QualysClient::resume);
}

QualysClient::~QualysClient()
{
    for (const auto &job : m_queue) {
        if (job->call)
            job->call->finish();
    }
}

void QualysClient::setTrust(const secretserver::TlsTrust &trust)
{
    m_settings.trust = trust;
    m_channel->setTrust(trust);
}

QUrl QualysClient::endpoint(const QString &path) const
{
    QUrl url = m_settings.apiUrl;
    url.setPath(path);
    return url;
}

bool QualysClient::sameServer(const QUrl &url) const
{
    // A next-page URL must not carry the Basic credentials to any other server.
    const QUrl api = m_settings.apiUrl;
    return url.scheme() == api.scheme() && url.host().compare(api.host(), Qt::CaseInsensitive) == 0
            && url.port(443) == api.port(443);
}

QualysClient::Call *QualysClient::send(const QByteArray &method, const QUrl &url,
                                       const Params &params, Call *call,
                                       std::function<void(const Answer &)> handle)
{
    if (!call)
        call = new PendingCall(this);

    auto job = std::make_shared<Job>();
    job->call = call;
    job->handle = std::move(handle);
    job->request.method = method;
    job->request.url = url;
    if (method == "POST") {
        job->request.body = formEncode(params);
        job->request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    } else if (!params.isEmpty()) {
        job->request.url.setQuery(QString::fromLatin1(formEncode(params)), QUrl::StrictMode);
    }

    if (!m_settings.apiUrl.isValid() || m_settings.userName.isEmpty() || m_password.isEmpty()) {
        Answer answer;
        answer.result.status = QualysStatus::NotConfigured;
        answer.result.message = tr("The Qualys connection needs an API server, a user name and "
                                   "a password.");
        QTimer::singleShot(0, this, [job, answer] {
            job->delivered = true;
            job->handle(answer);
        });
        return call;
    }

    connect(call, &PendingCall::cancelRequested, this, [this, job] {
        // Still waiting in our queue: drop it; in flight, the channel reports Cancelled.
        const auto it = std::find(m_queue.begin(), m_queue.end(), job);
        if (it == m_queue.end() || job->delivered)
            return;
        m_queue.erase(it);
        job->delivered = true;
        Answer answer;
        answer.result.status = QualysStatus::Cancelled;
        answer.result.message = tr("The request was cancelled.");
        QTimer::singleShot(0, this, [job, answer] { job->handle(answer); });
    });

    m_queue.push_back(job);
    QTimer::singleShot(0, this, &QualysClient::pump);
    return call;
}

void QualysClient::pump()
{
    while (!m_resumeTimer.isActive() && m_inFlight < qMax(1, m_concurrencyLimit)
           && !m_queue.empty()) {
        const std::shared_ptr<Job> job = m_queue.front();
        m_queue.pop_front();
        start(job);
    }
}

void QualysClient::start(const std::shared_ptr<Job> &job)
{
    HttpRequest request = job->request;
    const QByteArray credentials = (m_settings.userName + QLatin1Char(':') + m_password).toUtf8();
    request.headers = { { QByteArrayLiteral("Authorization"),
                          QByteArrayLiteral("Basic ") + credentials.toBase64() },
                        { QByteArrayLiteral("X-Requested-With"), m_settings.requestedWith },
                        { QByteArrayLiteral("Accept"), QByteArrayLiteral("text/xml") } };

    ++m_inFlight;
    m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
    qCDebug(lcQualys).noquote() << request.method << request.url.host() << request.url.path()
                                << "in flight" << m_inFlight;
    m_channel->send(request, job->call, [this, job](const HttpReply &reply) {
        --m_inFlight;
        finished(job, reply);
        pump();
    });
}

QualysClient::Answer QualysClient::interpret(const HttpReply &reply) const
{
    Answer answer;
    QualysResult &result = answer.result;
    result.httpStatus = reply.result.httpStatus;
    if (!reply.result.ok()) {
        result.status = fromTransport(reply.result.status);
        result.message = reply.result.message;
        result.certificate = reply.result.certificate;
        return answer;
    }

    const int status = reply.result.httpStatus;
    if (looksLikeHtml(reply.body, reply.contentType)) {
        result.status = status >= 500 ? QualysStatus::ServerError : QualysStatus::InvalidReply;
        result.message = tr("The server answered with a web page (HTTP %1) instead of Qualys "
                            "XML. Check the API server address of the platform.")
                                 .arg(status);
        return answer;
    }
    QString parseError;
    answer.root = parseXml(reply.body, &parseError);
    if (!answer.root) {
        result.status = status >= 500 ? QualysStatus::ServerError : QualysStatus::InvalidReply;
        result.message = status >= 500 ? tr("The Qualys API server failed (HTTP %1).").arg(status)
                                       : tr("The Qualys answer (HTTP %1) is not valid XML: %2")
                                                 .arg(status)
                                                 .arg(parseError);
        return answer;
    }

    const std::optional<SimpleReturn> simple = readSimpleReturn(*answer.root);
    const bool badLogin = simple && simple->text.contains(BadLoginText, Qt::CaseInsensitive);
    const bool failed = status >= 400 || (simple && simple->code != 0) || badLogin;
    if (!failed)
        return answer;

    result.errorCode = simple ? simple->code : 0;
    result.serverText = simple ? simple->text : QString();
    if (status == 401 || result.serverText.contains(BadLoginText, Qt::CaseInsensitive)) {
        result.status = QualysStatus::AuthenticationFailed;
        result.message = tr("Qualys refused the login. The user name or password is wrong, the "
                            "account has no API access, or it belongs to another platform.");
    } else if (result.errorCode == ConcurrencyLimitCode || result.errorCode == RateLimitCode) {
        result.status = QualysStatus::RateLimited;
        result.message = tr("Qualys' API limit is reached (code %1): %2")
                                 .arg(result.errorCode)
                                 .arg(result.serverText);
    } else if (simple) {
        result.status = QualysStatus::Rejected;
        result.message = tr("Qualys refused the request (code %1): %2")
                                 .arg(result.errorCode)
                                 .arg(result.serverText);
    } else {
        result.status = status >= 500 ? QualysStatus::ServerError : QualysStatus::InvalidReply;
        result.message
                = tr("The Qualys API answered HTTP %1 without an error description.").arg(status);
    }
    return answer;
}

void QualysClient::finished(const std::shared_ptr<Job> &job, const HttpReply &reply)
{
    if (reply.result.ok()) {
        m_limits.rateLimit = headerInt(reply, "X-RateLimit-Limit");
        m_limits.windowSeconds = headerInt(reply, "X-RateLimit-Window-Sec");
        m_limits.remaining = headerInt(reply, "X-RateLimit-Remaining");
        m_limits.toWaitSeconds = headerInt(reply, "X-RateLimit-ToWait-Sec");
        m_limits.concurrencyLimit = headerInt(reply, "X-Concurrency-Limit-Limit");
        m_limits.running = headerInt(reply, "X-Concurrency-Limit-Running");
        if (m_limits.concurrencyLimit > 0)
            m_concurrencyLimit = m_limits.concurrencyLimit;
    }

    Answer answer = interpret(reply);
    answer.result.retries = job->retries;
    const int status = reply.result.httpStatus;
    const bool blocked
            = (status == 409 || status == 429) && answer.result.status == QualysStatus::RateLimited;
    if (blocked && retryLater(job, answer, m_limits.toWaitSeconds))
        return;

    qCDebug(lcQualys).noquote() << job->request.method << job->request.url.host()
                                << job->request.url.path() << "->" << status
                                << qualysStatusName(answer.result.status);
    if (!job->delivered) {
        job->delivered = true;
        job->handle(answer);
    }
}

bool QualysClient::retryLater(const std::shared_ptr<Job> &job, const Answer &answer,
                              int waitSeconds)
{
    // §1.4: ToWait may be missing on the first limited answer, and a concurrency block
    // carries none; one second later is the least that can help.
    const int wait = qMax(1, waitSeconds);
    if (job->retries >= m_settings.maxRateLimitRetries || wait > m_settings.maxWaitSeconds
        || (job->call && job->call->isCancelled())) {
        qCWarning(lcQualys) << "rate limit: giving up after" << job->retries << "retries, wait"
                            << wait << "s, code" << answer.result.errorCode;
        return false;
    }

    ++job->retries;
    m_queue.push_front(job);
    const int remainingMs = m_resumeTimer.isActive() ? m_resumeTimer.remainingTime() : 0;
    if (wait * 1000 > remainingMs)
        m_resumeTimer.start(wait * 1000);
    qCInfo(lcQualys) << "rate limit code" << answer.result.errorCode << ": waiting" << wait
                     << "s before retry" << job->retries;
    emit rateLimited(wait);
    return true;
}

void QualysClient::resume()
{
    pump();
}

template<typename T>
QualysClient::Call *
QualysClient::simpleCall(const QByteArray &method, const QString &path, const Params &params,
                         QObject *context, QualysCallback<T> done,
                         std::function<std::optional<T>(const XmlElement &)> read)
{
    auto *call = new PendingCall(this);
    QPointer<QObject> guard(context);
    QPointer<PendingCall> callGuard(call);
    send(method, endpoint(path), params, call,
         [this, guard, callGuard, done, read](const Answer &answer) {
             QualysReply<T> reply;
             static_cast<QualysResult &>(reply) = answer.result;
             if (reply.ok()) {
                 std::optional<T> value = read(*answer.root);
                 if (value) {
                     reply.value = *value;
                 } else {
                     reply.status = QualysStatus::InvalidReply;
                     reply.message = tr("The Qualys answer has an unexpected shape (%1).")
                                             .arg(answer.root->name);
                 }
             }
             if (guard)
                 done(reply);
             if (callGuard)
                 callGuard->finish();
         });
    return call;
}

QualysClient::Call *QualysClient::listVaults(QObject *context,
                                             QualysCallback<QList<AuthVault>> done)
{
    return simpleCall<QList<AuthVault>>("GET", QStringLiteral("/api/2.0/fo/vault/"),
                                        { { QStringLiteral("action"), QStringLiteral("list") } },
                                        context, std::move(done), readVaultList);
}

QualysClient::Call *QualysClient::viewVault(int id, QObject *context,
                                            QualysCallback<AuthVault> done)
{
    return simpleCall<AuthVault>("GET", QStringLiteral("/api/2.0/fo/vault/"),
                                 { { QStringLiteral("action"), QStringLiteral("view") },
                                   { QStringLiteral("id"), QString::number(id) } },
                                 context, std::move(done), readVaultView);
}

namespace {

QList<QPair<QString, QString>> vaultParams(const VaultForm &form, bool creating)
{
    QList<QPair<QString, QString>> params {
        { QStringLiteral("title"), form.title.trimmed() },
        { QStringLiteral("url"), form.url.trimmed() },
        { QStringLiteral("username"), form.username.trimmed() },
        { QStringLiteral("domain"), form.domain.trimmed() },
        { QStringLiteral("comments"), form.comments },
    };
    // §2.2: the selector is named `type` by two sources [U]; one place to change it.
    if (creating)
        params.append({ QStringLiteral("type"), ThycoticVaultType });
    if (!form.password.isEmpty())
        params.append({ QStringLiteral("password"), form.password });
    return params;
}

std::optional<int> createdId(const XmlElement &root)
{
    // §2.1: the new ID as ITEM KEY "ID" [U].
    const std::optional<SimpleReturn> simple = readSimpleReturn(root);
    if (!simple)
        return std::nullopt;
    bool ok = false;
    const int id = simple->item(QStringLiteral("ID")).toInt(&ok);
    return ok && id > 0 ? std::optional<int>(id) : std::nullopt;
}

std::optional<QList<int>> batchIds(const XmlElement &root)
{
    const std::optional<BatchReturn> batch = readBatchReturn(root);
    if (!batch)
        return std::nullopt;
    return batch->ids;
}

} // namespace

QualysClient::Call *QualysClient::createVault(const VaultForm &form, QObject *context,
                                              QualysCallback<int> done)
{
    Params params { { QStringLiteral("action"), QStringLiteral("create") } };
    params += vaultParams(form, true);
    return simpleCall<int>("POST", QStringLiteral("/api/2.0/fo/vault/"), params, context,
                           std::move(done), createdId);
}

QualysClient::Call *QualysClient::updateVault(int id, const VaultForm &form, QObject *context,
                                              QualysCallback<int> done)
{
    Params params { { QStringLiteral("action"), QStringLiteral("update") },
                    { QStringLiteral("id"), QString::number(id) } };
    params += vaultParams(form, false);
    return simpleCall<int>("POST", QStringLiteral("/api/2.0/fo/vault/"), params, context,
                           std::move(done), [id](const XmlElement &root) -> std::optional<int> {
                               return readSimpleReturn(root) ? std::optional<int>(id)
                                                             : std::nullopt;
                           });
}

QualysClient::Call *QualysClient::deleteVault(int id, QObject *context, QualysCallback<int> done)
{
    return simpleCall<int>(
            "POST", QStringLiteral("/api/2.0/fo/vault/"),
            { { QStringLiteral("action"), QStringLiteral("delete") },
              { QStringLiteral("id"), QString::number(id) } },
            context, std::move(done), [id](const XmlElement &root) -> std::optional<int> {
                return readSimpleReturn(root) ? std::optional<int>(id) : std::nullopt;
            });
}

namespace {

QList<QPair<QString, QString>> recordParams(const RecordForm &form, bool creating)
{
    const AuthRecordTypeInfo &type = AuthRecordTypeInfo::of(form.type);
    QList<QPair<QString, QString>> params;
    const auto add = [&params](const char *name, const QString &value) {
        params.append({ QLatin1String(name), value });
    };
    if (creating || !form.title.isEmpty())
        add("title", form.title.trimmed());
    if (creating || !form.comments.isEmpty())
        add("comments", form.comments);
    if (creating || !form.ips.isEmpty())
        add("ips", form.ips.simplified().remove(QLatin1Char(' ')));
    if (!form.username.isEmpty())
        add("username", form.username.trimmed());
    if (form.vaultId > 0) {
        // §3.2: login_type=vault with vault_id, vault_type and, for Thycotic, the secret's
        // exact name under `secret_name` [U]. A password given as well is sent as it is:
        // checkRecordForm warns first, and Qualys refuses the pair (1904).
        add("login_type", QStringLiteral("vault"));
        add("vault_id", QString::number(form.vaultId));
        add("vault_type", form.vaultType);
        add("secret_name", form.secretName);
    } else if (!form.password.isEmpty()) {
        add("login_type", QStringLiteral("basic"));
    }
    if (!form.password.isEmpty())
        add("password", form.password);
    for (const RecordField &field : type.fields) {
        if (form.settings.contains(field.name)
            && (!creating || !form.settings.value(field.name).isEmpty()))
            params.append({ field.name, form.settings.value(field.name) });
    }
    return params;
}

} // namespace

QualysClient::Call *QualysClient::createRecord(const RecordForm &form, QObject *context,
                                               QualysCallback<int> done)
{
    const AuthRecordTypeInfo &type = AuthRecordTypeInfo::of(form.type);
    Params params { { QStringLiteral("action"), QStringLiteral("create") } };
    params += recordParams(form, true);
    return simpleCall<int>(
            "POST", QStringLiteral("/api/2.0/fo/auth/%1/").arg(type.key), params, context,
            std::move(done), [](const XmlElement &root) -> std::optional<int> {
                // §1.6: the new ID in BATCH/ID_SET is an inference [U].
                const std::optional<QList<int>> ids = batchIds(root);
                return ids && ids->size() == 1 ? std::optional<int>(ids->first()) : std::nullopt;
            });
}

QualysClient::Call *QualysClient::updateRecords(const QList<int> &ids, const RecordForm &form,
                                                QObject *context, QualysCallback<QList<int>> done)
{
    const AuthRecordTypeInfo &type = AuthRecordTypeInfo::of(form.type);
    Params params { { QStringLiteral("action"), QStringLiteral("update") },
                    { QStringLiteral("ids"), joinIds(ids) } };
    params += recordParams(form, false);
    return simpleCall<QList<int>>("POST", QStringLiteral("/api/2.0/fo/auth/%1/").arg(type.key),
                                  params, context, std::move(done), batchIds);
}

QualysClient::Call *QualysClient::deleteRecords(AuthRecordType type, const QList<int> &ids,
                                                QObject *context, QualysCallback<QList<int>> done)
{
    const AuthRecordTypeInfo &info = AuthRecordTypeInfo::of(type);
    return simpleCall<QList<int>>("POST", QStringLiteral("/api/2.0/fo/auth/%1/").arg(info.key),
                                  { { QStringLiteral("action"), QStringLiteral("delete") },
                                    { QStringLiteral("ids"), joinIds(ids) } },
                                  context, std::move(done), batchIds);
}

QualysClient::Call *QualysClient::listRecords(AuthRecordType type, QObject *context,
                                              QualysCallback<QList<AuthRecord>> done)
{
    const AuthRecordTypeInfo &info = AuthRecordTypeInfo::of(type);
    auto *call = new PendingCall(this);
    QPointer<QObject> guard(context);
    QPointer<PendingCall> callGuard(call);
    auto records = std::make_shared<QList<AuthRecord>>();
    auto pages = std::make_shared<int>(0);
    auto fetch = std::make_shared<std::function<void(const QUrl &)>>();

    const auto deliver = [guard, callGuard, done](const QualysReply<QList<AuthRecord>> &reply) {
        if (guard)
            done(reply);
        if (callGuard)
            callGuard->finish();
    };
    const std::weak_ptr<std::function<void(const QUrl &)>> weakFetch = fetch;
    *fetch = [this, &info, call, records, pages, weakFetch, deliver](const QUrl &url) {
        send("GET", url, {}, call,
             [this, &info, records, pages, weakFetch, deliver](const Answer &answer) {
                 QualysReply<QList<AuthRecord>> reply;
                 static_cast<QualysResult &>(reply) = answer.result;
                 const std::optional<RecordPage> page
                         = reply.ok() ? readRecordList(*answer.root, info) : std::nullopt;
                 if (reply.ok() && !page) {
                     reply.status = QualysStatus::InvalidReply;
                     reply.message = tr("The Qualys answer has an unexpected shape (%1).")
                                             .arg(answer.root->name);
                 }
                 if (!reply.ok())
                     return deliver(reply);

                 *records += page->records;
                 const auto next = weakFetch.lock();
                 if (page->next.isValid() && next) {
                     if (!sameServer(page->next)) {
                         reply.status = QualysStatus::InvalidReply;
                         reply.message = tr("Qualys pointed the next page at another server (%1); "
                                            "it was not followed.")
                                                 .arg(page->next.host());
                         return deliver(reply);
                     }
                     if (++*pages < m_settings.maxListPages)
                         return (*next)(page->next);
                     qCWarning(lcQualys) << "record list stopped at" << *pages << "pages";
                 }
                 reply.value = *records;
                 deliver(reply);
             });
    };

    QUrl first = endpoint(QStringLiteral("/api/2.0/fo/auth/%1/").arg(info.key));
    first.setQuery(QStringLiteral("action=list&details=Basic"));
    // The fetch function must live as long as pages keep coming; the call owns it.
    connect(call, &QObject::destroyed, this, [fetch] {});
    (*fetch)(first);
    return call;
}

QualysClient::Call *
QualysClient::listRecordIds(QObject *context, QualysCallback<QMap<AuthRecordType, QList<int>>> done)
{
    using Ids = QMap<AuthRecordType, QList<int>>;
    auto *call = new PendingCall(this);
    QPointer<QObject> guard(context);
    QPointer<PendingCall> callGuard(call);
    auto all = std::make_shared<Ids>();
    auto pages = std::make_shared<int>(0);
    auto fetch = std::make_shared<std::function<void(const QUrl &)>>();
    const std::weak_ptr<std::function<void(const QUrl &)>> weakFetch = fetch;

    const auto deliver = [guard, callGuard, done](const QualysReply<Ids> &reply) {
        if (guard)
            done(reply);
        if (callGuard)
            callGuard->finish();
    };
    *fetch = [this, call, all, pages, weakFetch, deliver](const QUrl &url) {
        send("GET", url, {}, call, [this, all, pages, weakFetch, deliver](const Answer &answer) {
            QualysReply<Ids> reply;
            static_cast<QualysResult &>(reply) = answer.result;
            const std::optional<RecordSummary> summary
                    = reply.ok() ? readRecordSummary(*answer.root) : std::nullopt;
            if (reply.ok() && !summary) {
                reply.status = QualysStatus::InvalidReply;
                reply.message = tr("The Qualys answer has an unexpected shape (%1).")
                                        .arg(answer.root->name);
            }
            if (!reply.ok())
                return deliver(reply);

            for (auto it = summary->ids.cbegin(); it != summary->ids.cend(); ++it)
                (*all)[it.key()] += it.value();
            const auto next = weakFetch.lock();
            if (summary->next.isValid() && next && sameServer(summary->next)
                && ++*pages < m_settings.maxListPages)
                return (*next)(summary->next);
            reply.value = *all;
            deliver(reply);
        });
    };

    QUrl first = endpoint(QStringLiteral("/api/2.0/fo/auth/"));
    first.setQuery(QStringLiteral("action=list"));
    connect(call, &QObject::destroyed, this, [fetch] {});
    (*fetch)(first);
    return call;
}

} // namespace qualys

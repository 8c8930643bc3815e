#include "secretserver/HttpChannel.h"

#include "secretserver/PendingCall.h"
#include "secretserver/SecretServerLog.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace secretserver {

namespace {

constexpr int MaxRedirects = 5;

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
}

} // namespace

struct HttpChannel::Job
{
    HttpRequest request;
    QPointer<PendingCall> call;
    std::function<void(const HttpReply &)> done;
    bool delivered = false;
};

// State of one request on the wire; the reasons it may have been aborted by us.
struct HttpChannel::Flight
{
    std::shared_ptr<Job> job;
    bool cancelled = false;
    bool tooLarge = false;
    bool redirectRefused = false;
    QUrl refusedRedirect;
    std::optional<CallStatus> tlsFailure;
    std::optional<CertificateInfo> certificate;
};

HttpChannel::HttpChannel(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    // Cookies would let one session leak into the next sign-in; Secret Server needs none.
    m_network->setCookieJar(nullptr);
}

HttpChannel::~HttpChannel() = default;

void HttpChannel::setTrust(const TlsTrust &trust)
{
    m_settings.trust = trust;

    // Connections accepted under the old pins must not carry on under the new ones.
    m_network->clearConnectionCache();
}

void HttpChannel::setMaxParallel(int count)
{
    m_settings.maxParallelRequests = qMax(1, count);
    startNext();
}

HttpReply HttpChannel::refusal(const HttpRequest &request) const
{
    HttpReply reply;
    const QString scheme = request.url.scheme();
    if (scheme == QLatin1String("http") && !m_settings.allowInsecureHttp) {
        reply.result.status = CallStatus::InsecureChannelRefused;
        reply.result.message = tr("This connection uses http://, which is not encrypted. "
                                  "Confirm it in the vault's settings or use https://.");
        return reply;
    }
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        reply.result.status = CallStatus::BadRequest;
        reply.result.message = tr("The server address must start with https://.");
        return reply;
    }
    return reply;
}

void HttpChannel::send(const HttpRequest &request, PendingCall *call,
                       std::function<void(const HttpReply &)> done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->call = call;
    job->done = std::move(done);

    const HttpReply refused = refusal(request);
    if (!refused.result.ok()) {
        qCWarning(lcSecretServer).noquote() << request.method << request.url.host()
                                            << request.url.path() << "refused:"
                                            << callStatusName(refused.result.status);
        deliverLater(job, refused);
        return;
    }

    if (call) {
        connect(call, &PendingCall::cancelRequested, this, [this, job] {
            // Still queued: drop it. In flight: the reply's abort path delivers Cancelled.
            if (m_queue.removeOne(job)) {
                HttpReply cancelled;
                cancelled.result.status = CallStatus::Cancelled;
                cancelled.result.message = tr("The request was cancelled.");
                deliverLater(job, cancelled);
            }
        });
    }

    m_queue.enqueue(job);
    startNext();
}

void HttpChannel::deliverLater(const std::shared_ptr<Job> &job, const HttpReply &reply)
{
    QTimer::singleShot(0, this, [job, reply] {
        if (job->delivered)
            return;
        job->delivered = true;
        job->done(reply);
    });
}

void HttpChannel::startNext()
{
    while (m_inFlight < qMax(1, m_settings.maxParallelRequests) && !m_queue.isEmpty())
        start(m_queue.dequeue());
}

void HttpChannel::start(const std::shared_ptr<Job> &job)
{
    const HttpRequest &request = job->request;
    QNetworkRequest networkRequest(request.url);
    networkRequest.setTransferTimeout(m_settings.timeoutMs);
    networkRequest.setMaximumRedirectsAllowed(MaxRedirects);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::UserVerifiedRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                                QNetworkRequest::Manual);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (request.url.scheme() == QLatin1String("https")) {
        // Verification stays on; pins are handled per reply in watch().
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        networkRequest.setSslConfiguration(tls);
    }

    auto flight = std::make_shared<Flight>();
    flight->job = job;
    ++m_inFlight;
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.method,
                                                        request.body);
    watch(reply, flight);
}

void HttpChannel::watch(QNetworkReply *reply, const std::shared_ptr<Flight> &flight)
{
    const QUrl url = reply->url();

    if (flight->job->call) {
        connect(flight->job->call, &PendingCall::cancelRequested, reply, [reply, flight] {
            flight->cancelled = true;
            reply->abort();
        });
    }

    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply, flight, url](const QList<QSslError> &errors) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        const int port = portOf(url);
        const TlsTrust::Verdict verdict = m_settings.trust.check(url.host(), port, peer);
        if (verdict == TlsTrust::Verdict::Matches) {
            // Exactly the errors of this handshake, for exactly the pinned certificate.
            reply->ignoreSslErrors(errors);
            return;
        }
        CertificateInfo info = CertificateInfo::fromCertificate(peer, url.host(), port, errors);
        info.pinnedSha256 = m_settings.trust.pinFor(url.host(), port);
        flight->certificate = info;
        flight->tlsFailure = verdict == TlsTrust::Verdict::Changed
                ? CallStatus::TlsCertificateChanged
                : CallStatus::TlsUntrusted;
    });

    // A certificate the system trusts must still be the pinned one when a pin exists.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, flight, url] {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        const int port = portOf(url);
        if (m_settings.trust.check(url.host(), port, peer) != TlsTrust::Verdict::Changed)
            return;
        CertificateInfo info = CertificateInfo::fromCertificate(peer, url.host(), port);
        info.pinnedSha256 = m_settings.trust.pinFor(url.host(), port);
        flight->certificate = info;
        flight->tlsFailure = CallStatus::TlsCertificateChanged;
        reply->abort();
    });

    connect(reply, &QNetworkReply::redirected, this, [reply, flight, url](const QUrl &target) {
        const QUrl resolved = url.resolved(target);
        const bool sameHost = resolved.host().compare(url.host(), Qt::CaseInsensitive) == 0;
        if (resolved.scheme() == QLatin1String("https") && sameHost) {
            emit reply->redirectAllowed();
            return;
        }
        flight->redirectRefused = true;
        flight->refusedRedirect = resolved;
        reply->abort();
    });

    const qint64 cap = m_settings.maxReplyBytes;
    connect(reply, &QNetworkReply::downloadProgress, this,
            [reply, flight, cap](qint64 received, qint64 total) {
        if (received > cap || total > cap) {
            flight->tooLarge = true;
            reply->abort();
        }
    });

    connect(reply, &QNetworkReply::finished, this, [this, reply, flight] {
        complete(reply, flight);
    });
}

void HttpChannel::complete(QNetworkReply *reply, const std::shared_ptr<Flight> &flight)
{
    reply->deleteLater();
    --m_inFlight;

    HttpReply out;
    CallResult &result = out.result;
    const QUrl url = reply->url();
    const QByteArray method = flight->job->request.method;
    result.insecureChannel = url.scheme() == QLatin1String("http");
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (flight->cancelled) {
        result.status = CallStatus::Cancelled;
        result.message = tr("The request was cancelled.");
    } else if (flight->tooLarge) {
        result.status = CallStatus::ReplyTooLarge;
        result.message = tr("The server's answer was larger than the allowed %1 bytes; it "
                            "was not read.").arg(m_settings.maxReplyBytes);
    } else if (flight->redirectRefused) {
        result.status = CallStatus::RedirectRefused;
        result.message = tr("The server redirected the request to %1://%2; only redirects "
                            "to https:// on the same host are followed.")
                                 .arg(flight->refusedRedirect.scheme(),
                                      flight->refusedRedirect.host());
    } else if (flight->tlsFailure) {
        result.status = *flight->tlsFailure;
        result.certificate = flight->certificate;
        result.message = result.status == CallStatus::TlsCertificateChanged
                ? tr("Warning: the certificate of %1 is not the one pinned for this vault. "
                     "Someone may be intercepting the connection. Nothing was sent.")
                          .arg(url.host())
                : tr("The certificate of %1 is not trusted. Check its fingerprint and pin "
                     "it if it is the server's own.")
                          .arg(url.host());
    } else if (result.httpStatus > 0) {
        out.body = reply->readAll();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        out.headers = reply->rawHeaderPairs();
        if (out.body.size() > m_settings.maxReplyBytes) {
            out.body.clear();
            result.status = CallStatus::ReplyTooLarge;
            result.message = tr("The server's answer was larger than the allowed %1 bytes.")
                                     .arg(m_settings.maxReplyBytes);
        }
    } else {
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        case QNetworkReply::TimeoutError:
            result.status = CallStatus::Timeout;
            result.message = tr("%1 did not answer in time.").arg(url.host());
            break;
        case QNetworkReply::SslHandshakeFailedError:
            result.status = CallStatus::TlsUntrusted;
            result.message = tr("The secure connection to %1 failed.").arg(url.host());
            break;
        default:
            result.status = CallStatus::NetworkError;
            result.message = tr("Could not reach %1: %2").arg(url.host(), reply->errorString());
            break;
        }
    }

    if (result.ok()) {
        qCDebug(lcSecretServer).noquote() << method << url.host() << url.path() << "->"
                                          << result.httpStatus;
    } else {
        qCWarning(lcSecretServer).noquote() << method << url.host() << url.path() << "failed:"
                                            << callStatusName(result.status)
                                            << result.httpStatus;
    }

    const std::shared_ptr<Job> job = flight->job;
    if (!job->delivered) {
        job->delivered = true;
        job->done(out);
    }
    startNext();
}

} // namespace secretserver

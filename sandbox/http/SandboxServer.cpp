#include "http/SandboxServer.h"

#include "http/HttpConnection.h"
#include "http/HttpLogging.h"
#include "http/HttpWire.h"
#include "http/LoopbackListener.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTimer>
#include <exception>

// Info lines (one per request, refusals, control changes) are off unless --verbose turns them
// on, or QT_LOGGING_RULES does.
Q_LOGGING_CATEGORY(lcSandboxHttp, "sandbox.http", QtWarningMsg)

namespace sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method, const QByteArray &fromHead)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return fromHead.isEmpty() ? QByteArrayLiteral("UNKNOWN") : fromHead;
    }
}

bool chance(double rate)
{
    return rate > 0.0 && QRandomGenerator::global()->generateDouble() < rate;
}

} // namespace

struct SandboxServer::Exchange
{
    enum class Fate { Serve, Fail, Drop };

    HttpRequest request;
    RequestHead head;
    QPointer<QTcpSocket> socket;
    QPointer<HttpConnection> connection;
    quint64 ticket = 0;
    Service *service = nullptr;
    Fate fate = Fate::Serve;
    bool counted = false;
    QElapsedTimer clock;
};

SandboxServer::SandboxServer(const TransportOptions &options, QObject *parent)
    : QAbstractHttpServer(parent), m_options(options), m_faults(options.faults),
      m_control(options.controlToken, m_faults, m_stats)
{
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::addService(Service *service, CallHooks hooks)
{
    m_services.append(service);
    if (hooks.started || hooks.finished)
        m_hooks.insert(service, std::move(hooks));
}

bool SandboxServer::start(QString *error)
{
    m_http = openListener(false, m_options.httpPort, error);
    if (!m_http)
        return false;
    m_https = openListener(true, m_options.httpsPort, error);
    return m_https != nullptr;
}

LoopbackListener *SandboxServer::openListener(bool secure, quint16 port, QString *error)
{
    std::optional<QSslConfiguration> tls;
    if (secure)
        tls = m_options.tls;
    const qint64 maxBody = m_options.maxBodyBytes;
    const int requestTimeout = m_options.requestTimeoutMs;
    auto prepare = [this, maxBody, requestTimeout](QTcpSocket *socket) {
        new HttpConnection(socket, this, maxBody, requestTimeout,
                           [this](const RequestHead *head, int status, const QString &reason) {
                               return refusalReply(head, status, reason);
                           });
    };

    // Loopback only: the sandbox hands out secrets to anyone who can reach it.
    auto *listener = new LoopbackListener(tls, prepare, this);
    if (!listener->listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1 for %2: %3")
                         .arg(port)
                         .arg(secure ? QStringLiteral("HTTPS") : QStringLiteral("HTTP"),
                              listener->errorString());
        delete listener;
        return nullptr;
    }
    bind(listener);
    return listener;
}

quint16 SandboxServer::httpPort() const
{
    return m_http ? m_http->serverPort() : 0;
}

quint16 SandboxServer::httpsPort() const
{
    return m_https ? m_https->serverPort() : 0;
}

Service *SandboxServer::serviceFor(const HttpRequest &request) const
{
    if (m_control.accepts(request))
        return const_cast<ControlService *>(&m_control);
    for (Service *service : m_services) {
        if (service->accepts(request))
            return service;
    }
    return nullptr;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->clock.start();
    exchange->socket = socket;
    exchange->connection = HttpConnection::of(socket);
    if (exchange->connection) {
        exchange->head = exchange->connection->takeHead();
        exchange->ticket = exchange->connection->reserve();
    }

    HttpRequest &copy = exchange->request;
    copy.method = methodName(request.method(), exchange->head.method);
    copy.path = request.url().path();
    if (copy.path.isEmpty())
        copy.path = exchange->head.path();
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    copy.peer = request.remoteAddress();
    copy.secure = qobject_cast<QSslSocket *>(socket) != nullptr;
    exchange->service = serviceFor(copy);

    if (exchange->service == &m_control) {
        // Some control areas answer after network round trips of their own (the scanner).
        const QPointer<SandboxServer> self(this);
        try {
            m_control.respond(copy, [self, exchange](const HttpReply &reply) {
                if (self)
                    self->finish(*exchange, reply);
            });
        } catch (...) {
            // As in answer(): a bug costs one request, never the whole sandbox.
            qCWarning(lcSandboxHttp, "control failed on %s", qUtf8Printable(copy.path));
            finish(*exchange, m_control.transportError(500, QStringLiteral("control failed")));
        }
        return true;
    }

    // Faults are decided on arrival, so a change through the control service affects the
    // requests that come after it.
    m_stats.begin();
    exchange->counted = true;
    if (chance(m_faults.dropRate))
        exchange->fate = Exchange::Fate::Drop;
    else if (chance(m_faults.failRate))
        exchange->fate = Exchange::Fate::Fail;

    const CallHooks hooks = m_hooks.value(exchange->service);
    if (hooks.started)
        hooks.started(copy);

    // Each request waits on its own timer, so slow replies never hold up the server.
    if (m_faults.latencyMs > 0)
        QTimer::singleShot(m_faults.latencyMs, this, [this, exchange] { serve(exchange); });
    else
        serve(exchange);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if Qt calls it regardless.
    const HttpReply reply = iisErrorPage(404, QStringLiteral("File or directory not found."));
    WireOptions options;
    options.headRequest = request.method() == QHttpServerRequest::Method::Head;
    socket->write(encodeReply(reply, options));
}

void SandboxServer::serve(const std::shared_ptr<Exchange> &exchange)
{
    if (exchange->counted)
        m_stats.end();

    if (exchange->fate == Exchange::Fate::Drop) {
        logExchange(*exchange, 0);
        if (exchange->connection)
            exchange->connection->drop();
        else if (exchange->socket)
            exchange->socket->abort();
    } else {
        finish(*exchange, answer(*exchange));
    }

    const CallHooks hooks = m_hooks.value(exchange->service);
    if (hooks.finished)
        hooks.finished(exchange->request);
}

HttpReply SandboxServer::answer(Exchange &exchange)
{
    const QString unavailable = QStringLiteral("The service is temporarily unavailable.");
    if (!exchange.service) {
        return exchange.fate == Exchange::Fate::Fail
                ? iisErrorPage(503, unavailable)
                : iisErrorPage(404, QStringLiteral("File or directory not found."));
    }
    if (exchange.fate == Exchange::Fate::Fail)
        return exchange.service->transportError(503, unavailable);

    // A service bug must cost one request, never the whole sandbox.
    try {
        return exchange.service->handle(exchange.request);
    } catch (const std::exception &error) {
        qCWarning(lcSandboxHttp, "service failed on %s %s: %s", exchange.request.method.constData(),
                  qUtf8Printable(exchange.request.path), error.what());
    } catch (...) {
        qCWarning(lcSandboxHttp, "service failed on %s %s", exchange.request.method.constData(),
                  qUtf8Printable(exchange.request.path));
    }
    return exchange.service->transportError(500, QStringLiteral("An error has occurred."));
}

void SandboxServer::finish(Exchange &exchange, const HttpReply &reply)
{
    logExchange(exchange, reply.status);

    WireOptions options;
    options.headRequest = exchange.request.method == "HEAD";
    options.closeConnection = !exchange.head.keepAlive;
    options.keepAliveHeader = exchange.head.minorVersion == 0 && exchange.head.keepAlive;
    const QByteArray wire = encodeReply(reply, options);

    if (exchange.connection) {
        exchange.connection->deliver(exchange.ticket, wire, options.closeConnection);
    } else if (exchange.socket && exchange.socket->state() == QAbstractSocket::ConnectedState) {
        exchange.socket->write(wire);
        if (options.closeConnection)
            exchange.socket->disconnectFromHost();
    }
}

HttpReply SandboxServer::refusalReply(const RequestHead *head, int status,
                                      const QString &reason) const
{
    if (!head)
        return iisErrorPage(status, reason);

    HttpRequest request;
    request.method = head->method;
    request.path = head->path();
    request.headers = head->headers;
    Service *service = serviceFor(request);
    return service ? service->transportError(status, reason) : iisErrorPage(status, reason);
}

void SandboxServer::logExchange(const Exchange &exchange, int status) const
{
    const QByteArray outcome
            = status == 0 ? QByteArrayLiteral("dropped") : QByteArray::number(status);
    qCInfo(lcSandboxHttp, "%s %s -> %s (%lld ms)", exchange.request.method.constData(),
           qUtf8Printable(exchange.request.path), outcome.constData(),
           static_cast<long long>(exchange.clock.elapsed()));
}

} // namespace sandbox

#pragma once

#include "secretserver/CallResult.h"
#include "secretserver/ConnectionSettings.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QQueue>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace secretserver {

class PendingCall;

// One HTTP request as the clients build it.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// What came back: result.ok() means an HTTP answer arrived (of any status); otherwise
// result says why not (timeout, TLS, refused redirect, size cap, cancel...).
struct HttpReply
{
    CallResult result;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers; // every response header, as received
};

// The transport shared by the REST and SOAP clients of one connection: one
// QNetworkAccessManager, TLS pins, redirect rule, timeout, size cap and a bounded number of
// requests in flight (the rest queue). Internal to app/secretserver.
class HttpChannel : public QObject
{
    Q_OBJECT

public:
    explicit HttpChannel(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~HttpChannel() override;

    const ConnectionSettings &settings() const { return m_settings; }
    void setTrust(const TlsTrust &trust);
    void setMaxParallel(int count);

    // done is called exactly once, asynchronously. call (may be null) can cancel it.
    void send(const HttpRequest &request, PendingCall *call,
              std::function<void(const HttpReply &)> done);

private:
    struct Job;
    struct Flight;

    void startNext();
    void start(const std::shared_ptr<Job> &job);
    void watch(QNetworkReply *reply, const std::shared_ptr<Flight> &flight);
    void complete(QNetworkReply *reply, const std::shared_ptr<Flight> &flight);
    void deliverLater(const std::shared_ptr<Job> &job, const HttpReply &reply);
    HttpReply refusal(const HttpRequest &request) const;

    ConnectionSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    QQueue<std::shared_ptr<Job>> m_queue;
    int m_inFlight = 0;
};

} // namespace secretserver

#pragma once

#include "qualys/AuthRecord.h"
#include "qualys/QualysResult.h"
#include "qualys/QualysXml.h"
#include "secretserver/TlsTrust.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <deque>
#include <memory>

namespace secretserver {
class HttpChannel;
class PendingCall;
struct HttpReply;
} // namespace secretserver

namespace qualys {

struct QualysConnection;

// How to reach one Qualys API server; filled from a QualysConnection. No password here.
struct QualysClientSettings
{
    QUrl apiUrl; // https://qualysapi.example[:port]
    QString userName;
    secretserver::TlsTrust trust;
    bool allowInsecureHttp = false; // tests against a plain-HTTP canned server only
    int timeoutMs = 30000;
    qint64 maxReplyBytes = 16 * 1024 * 1024;
    int maxRateLimitRetries = 3; // waits after a 1960/1965 answer before giving up
    int maxWaitSeconds = 300; // a longer X-RateLimit-ToWait-Sec is reported, not waited
    int maxListPages = 100; // WARNING next-page URLs followed per list
    QByteArray requestedWith = QByteArrayLiteral("ScanVault");

    static QualysClientSettings from(const QualysConnection &connection);
};

// The limits Qualys announced on its last answer (§1.4 headers); -1 when not announced.
struct ApiLimitState
{
    int rateLimit = -1;
    int windowSeconds = -1;
    int remaining = -1;
    int toWaitSeconds = -1;
    int concurrencyLimit = -1;
    int running = -1;
};

// Asynchronous client for the Qualys API v2 vault and authentication-record calls: one
// QNetworkAccessManager (through HttpChannel), Basic auth, X-Requested-With, POST forms for
// writes, XML replies. Never more calls in flight than Qualys' announced concurrency limit;
// rate-limit answers (409 with 1960/1965) wait X-RateLimit-ToWait-Sec on a timer and retry.
// Each method returns a PendingCall owned by the client; the callback runs once, later,
// while context lives.
class QualysClient : public QObject
{
    Q_OBJECT

public:
    explicit QualysClient(const QualysClientSettings &settings, QObject *parent = nullptr);
    ~QualysClient() override;

    const QualysClientSettings &settings() const { return m_settings; }
    // Held in memory only for the Authorization header; never logged or stored.
    void setPassword(const QString &password) { m_password = password; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    void setTrust(const secretserver::TlsTrust &trust);

    using Call = secretserver::PendingCall;

    Call *listVaults(QObject *context, QualysCallback<QList<AuthVault>> done);
    Call *viewVault(int id, QObject *context, QualysCallback<AuthVault> done);
    Call *createVault(const VaultForm &form, QObject *context, QualysCallback<int> done);
    Call *updateVault(int id, const VaultForm &form, QObject *context, QualysCallback<int> done);
    Call *deleteVault(int id, QObject *context, QualysCallback<int> done);

    // Every record of one type, following WARNING next-page URLs on the same server.
    Call *listRecords(AuthRecordType type, QObject *context,
                      QualysCallback<QList<AuthRecord>> done);
    // /api/2.0/fo/auth/?action=list: the IDs of every type.
    Call *listRecordIds(QObject *context, QualysCallback<QMap<AuthRecordType, QList<int>>> done);
    // The created record's ID.
    Call *createRecord(const RecordForm &form, QObject *context, QualysCallback<int> done);
    // The IDs Qualys changed (empty when nothing changed).
    Call *updateRecords(const QList<int> &ids, const RecordForm &form, QObject *context,
                        QualysCallback<QList<int>> done);
    Call *deleteRecords(AuthRecordType type, const QList<int> &ids, QObject *context,
                        QualysCallback<QList<int>> done);

    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }
    int concurrencyLimit() const { return m_concurrencyLimit; }
    ApiLimitState lastLimits() const { return m_limits; }

signals:
    // A rate-limit answer arrived; the client waits this long before the next call.
    void rateLimited(int waitSeconds);

private:
    struct Job;
    struct Answer
    {
        QualysResult result;
        std::optional<XmlElement> root;
    };
    using Params = QList<QPair<QString, QString>>;

    Call *send(const QByteArray &method, const QUrl &url, const Params &params, Call *call,
               std::function<void(const Answer &)> handle);
    QUrl endpoint(const QString &path) const;
    void pump();
    void start(const std::shared_ptr<Job> &job);
    void finished(const std::shared_ptr<Job> &job, const secretserver::HttpReply &reply);
    bool retryLater(const std::shared_ptr<Job> &job, const Answer &answer, int waitSeconds);
    void resume();
    Answer interpret(const secretserver::HttpReply &reply) const;
    bool sameServer(const QUrl &url) const;

    template<typename T>
    Call *simpleCall(const QByteArray &method, const QString &path, const Params &params,
                     QObject *context, QualysCallback<T> done,
                     std::function<std::optional<T>(const XmlElement &)> read);

    QualysClientSettings m_settings;
    QString m_password;
    secretserver::HttpChannel *m_channel = nullptr;
    std::deque<std::shared_ptr<Job>> m_queue;
    QTimer m_resumeTimer;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    // §1.4: until Qualys announces its limit, one call at a time is the safe guess.
    int m_concurrencyLimit = 1;
    ApiLimitState m_limits;
};

} // namespace qualys

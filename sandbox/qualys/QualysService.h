#pragma once

#include "http/HttpExchange.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace sandbox {

class QualysTenant;

struct QualysOptions
{
    QString seedFile; // JSON tenant (QualysTenant::toJson() form); empty = the built-in one
    QString stateFile; // keep changes here across restarts (loaded if present, atomic writes)
    int callsPerWindow = 300; // rate limit per API; reference §1.4 default tier [U]
    int windowSeconds = 3600;
    int concurrency = 2; // calls of one API running at once
};

// The Qualys API v2 half of the sandbox: vaults and authentication records of one
// subscription, behind Basic authentication and Qualys' rate and concurrency limits. It
// answers every path under /api/2.0/; the transport owns it and must outlive no request.
//
// Concurrency: the transport holds a request for its latency before handle() sees it, so
// handle() alone only ever sees one call running. The transport should call callStarted()
// when it takes a request this service accepts (before the latency wait) and
// callFinished() once its reply is handed over; without those calls each call counts as
// running alone (plus any set through control "otherRunning").
class QualysService : public Service
{
public:
    // Empty, with the reason in error, when the seed or state file cannot be read.
    static std::unique_ptr<QualysService> create(const QualysOptions &options, QString *error);
    ~QualysService() override;

    bool accepts(const HttpRequest &request) const override;
    HttpReply handle(const HttpRequest &request) override;
    HttpReply transportError(int status, const QString &message) const override;

    void callStarted(const HttpRequest &request);
    void callFinished(const HttpRequest &request);

    // Test switches under /sandbox-control/qualys/ (the caller has checked the control token):
    //   GET  .../limits          {callsPerWindow, windowSeconds, concurrency, otherRunning,
    //                             transportReportsCalls}
    //   PUT  .../limits          any of those fields; otherRunning = calls other clients run
    //   POST .../limits/reset    forget the calls counted in every window
    //   POST .../clock/advance   {"seconds": N} moves the limit clock forward
    //   POST .../records/generate {"type": "unix", "count": N} adds N basic records fast
    //   GET  .../tenant          the whole subscription as JSON (passwords included)
    HttpReply control(const HttpRequest &request);

    // The subscription as it is now, for the simulated scanner appliance (read only).
    const QualysTenant &tenant() const;

    // Vaults whose URL names 127.0.0.1 without a port (the built-in example's) get the
    // sandbox's HTTPS port once it is known, so the appliance reaches this very process.
    void adoptSecretServerPort(quint16 httpsPort);

    // Lines for the start banner: "qualys-admin / <password> (Manager)".
    QStringList exampleAccounts() const;

    // Writes the state file now if changes wait for the debounce; called at exit.
    void saveNow();

private:
    QualysService();
    HttpReply dispatch(const HttpRequest &request, const QString &host, const QString &user);
    // With echo_request=1, the reply with its REQUEST block (§1.3, §1.5).
    static HttpReply withEcho(const HttpRequest &request, const QString &host, const QString &user,
                              HttpReply reply);
    // POST /api/2.0/fo/session/ action=login|logout (§1.2).
    HttpReply session(const HttpRequest &request, const QString &host, bool requestedWith);
    HttpReply generate(const QJsonObject &body);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sandbox

#pragma once

#include "http/ControlService.h"
#include "http/HttpExchange.h"

#include <QObject>
#include <QSslCertificate>

namespace sandbox {

class QualysService;

// A simulated Qualys scanner appliance on a loopback address of its own: for each
// vault-backed authentication record of the Qualys tenant and each of its hosts it walks
// Secret Server's SOAP path over real HTTP(S), exactly as the appliance does at scan time.
// Answers POST /sandbox-control/scanner/scan (see handle()). Borrows the Qualys service,
// which must outlive it; scans still running when it is destroyed are dropped unanswered.
class ScannerAppliance : public QObject
{
    Q_OBJECT

public:
    // trusted: the certificate the appliance accepts for HTTPS vault URLs.
    ScannerAppliance(const QualysService &qualys, const QSslCertificate &trusted,
                     QObject *parent = nullptr);

    // POST .../scanner/scan {"appliance": "127.0.0.200", "recordIds": [1, 6],
    //                        "maxHostsPerRecord": 1}
    // -> 200 {"appliance", "passed", "failed", "results": [{recordId, type, title, host,
    //         secretName, status, cause, message, checkedOut, checkedIn, calls}]}
    // All fields optional: appliance 127.0.0.1, every vault record, one host per record.
    void handle(const HttpRequest &request, const ControlService::Responder &responder);

    static constexpr int MaxHostsPerRecord = 256;

private:
    const QualysService &m_qualys;
    QList<QSslCertificate> m_trusted;
};

} // namespace sandbox

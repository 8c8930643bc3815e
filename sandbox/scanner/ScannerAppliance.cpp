#include "scanner/ScannerAppliance.h"

#include "qualys/QualysService.h"
#include "qualys/QualysTenant.h"
#include "scanner/HostScan.h"
#include "scanner/ScannerLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <memory>

Q_LOGGING_CATEGORY(lcSandboxScanner, "sandbox.scanner", QtWarningMsg)

namespace sandbox {

namespace {

HttpReply scanError(int status, const QString &message)
{
    return HttpReply::json(status, QJsonObject { { QStringLiteral("error"), message } });
}

// One scan request: its host scans, run one after another as the appliance's queue would,
// and the verdicts gathered for the reply. Deletes itself once it has answered.
class ScanRun : public QObject
{
public:
    ScanRun(QList<HostScanInput> inputs, QHostAddress appliance,
            ControlService::Responder responder, QObject *parent)
        : QObject(parent), m_inputs(std::move(inputs)), m_appliance(std::move(appliance)),
          m_responder(std::move(responder))
    {
    }

    void next()
    {
        if (m_inputs.isEmpty()) {
            answer();
            return;
        }
        auto *scan = new HostScan(m_inputs.takeFirst(), this);
        connect(scan, &HostScan::finished, this, [this](const QJsonObject &verdict) {
            m_results.append(verdict);
            ++(verdict.value(QStringLiteral("status")) == QLatin1String("Passed") ? m_passed
                                                                                  : m_failed);
            next();
        });
        scan->start();
    }

private:
    void answer()
    {
        m_responder(HttpReply::json(
                200,
                QJsonObject { { QStringLiteral("appliance"), m_appliance.toString() },
                              { QStringLiteral("passed"), m_passed },
                              { QStringLiteral("failed"), m_failed },
                              { QStringLiteral("results"), m_results } }));
        deleteLater();
    }

    QList<HostScanInput> m_inputs;
    QHostAddress m_appliance;
    ControlService::Responder m_responder;
    QJsonArray m_results;
    int m_passed = 0;
    int m_failed = 0;
};

// The first `limit` addresses of a record's IP set, in order.
QStringList hostsOf(const AuthRecord &record, int limit)
{
    QStringList hosts;
    for (const RangeSet::Range &range : record.ips.ranges()) {
        for (quint64 address = range.first; address <= range.last; ++address) {
            if (hosts.size() >= limit)
                return hosts;
            hosts.append(RangeSet::ipText(address));
        }
    }
    return hosts;
}

} // namespace

ScannerAppliance::ScannerAppliance(const QualysService &qualys, const QSslCertificate &trusted,
                                   QObject *parent)
    : QObject(parent), m_qualys(qualys), m_trusted { trusted }
{
}

void ScannerAppliance::handle(const HttpRequest &request,
                              const ControlService::Responder &responder)
{
    QString path = request.path;
    if (path.endsWith(u'/'))
        path.chop(1);
    if (path != QLatin1String("/sandbox-control/scanner/scan")) {
        responder(scanError(404, QStringLiteral("unknown scanner control path")));
        return;
    }
    if (request.method != "POST") {
        responder(scanError(405, QStringLiteral("use POST")));
        return;
    }

    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            responder(scanError(400, QStringLiteral("the body must be a JSON object")));
            return;
        }
        body = document.object();
    }

    const QHostAddress appliance(
            body.value(QStringLiteral("appliance")).toString(QStringLiteral("127.0.0.1")));
    if (appliance.protocol() != QAbstractSocket::IPv4Protocol || !appliance.isLoopback()) {
        responder(scanError(400, QStringLiteral("appliance must be an address in 127.0.0.0/8")));
        return;
    }
    const QJsonValue maxHosts = body.value(QStringLiteral("maxHostsPerRecord"));
    const int hostLimit = maxHosts.isUndefined() ? 1 : maxHosts.toInt(0);
    if (hostLimit < 1 || hostLimit > MaxHostsPerRecord) {
        responder(scanError(
                400, QStringLiteral("maxHostsPerRecord must be 1 to %1").arg(MaxHostsPerRecord)));
        return;
    }

    const QualysTenant &tenant = m_qualys.tenant();
    QList<const AuthRecord *> records;
    const QJsonValue ids = body.value(QStringLiteral("recordIds"));
    if (ids.isUndefined()) {
        for (const auto &[id, record] : tenant.records()) {
            if (record.loginType == QLatin1String("vault"))
                records.append(&record);
        }
    } else if (!ids.isArray()) {
        responder(scanError(400, QStringLiteral("recordIds must be an array of record IDs")));
        return;
    } else {
        for (const QJsonValue &id : ids.toArray()) {
            const AuthRecord *record = tenant.record(id.toInt(-1));
            if (!record || record->loginType != QLatin1String("vault")) {
                responder(scanError(400,
                                    QStringLiteral("%1 is not a vault-backed record")
                                            .arg(id.toVariant().toString())));
                return;
            }
            records.append(record);
        }
    }

    QList<HostScanInput> inputs;
    for (const AuthRecord *record : std::as_const(records)) {
        const AuthVault *vault = tenant.vault(record->vaultId);
        for (const QString &host : hostsOf(*record, hostLimit)) {
            HostScanInput input;
            input.recordId = record->id;
            input.recordType = record->type;
            input.recordTitle = record->title;
            input.host = host;
            input.secretName = record->secretName;
            input.vaultType = vault ? vault->type : record->vaultType;
            if (vault) {
                input.vaultUrl = vault->url;
                input.vaultUser = vault->username;
                input.vaultPassword = vault->password;
                input.vaultDomain = vault->domain;
            }
            input.appliance = appliance;
            input.trusted = m_trusted;
            inputs.append(input);
        }
    }
    qCInfo(lcSandboxScanner) << "scan from" << appliance.toString() << "of" << records.size()
                             << "records," << inputs.size() << "hosts";
    (new ScanRun(std::move(inputs), appliance, responder, this))->next();
}

} // namespace sandbox

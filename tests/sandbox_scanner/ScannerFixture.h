#pragma once

#include "HttpProbe.h"
#include "QualysProbe.h"
#include "SandboxProcess.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

// One sandbox process for one scanner test, with the three ways tests talk to it: the
// scanner control endpoint, Secret Server REST as the seeded administrator, and the Qualys
// API as the seeded Manager. All over real HTTP(S) on loopback.
class ScannerFixture
{
public:
    bool start()
    {
        if (!m_process.start())
            return false;
        m_http = std::make_unique<HttpProbe>(m_process);
        m_qualys = std::make_unique<QualysProbe>(m_process);
        return true;
    }

    SandboxProcess &process() { return m_process; }
    HttpProbe &http() { return *m_http; }
    QualysProbe &qualys() { return *m_qualys; }

    // POST /sandbox-control/scanner/scan; the whole reply.
    ProbeReply scan(const QJsonObject &request)
    {
        return m_http->send(
                QByteArrayLiteral("POST"), QStringLiteral("/sandbox-control/scanner/scan"),
                QJsonDocument(request).toJson(QJsonDocument::Compact),
                QByteArrayLiteral("application/json"),
                { { QByteArrayLiteral("X-Sandbox-Control"), m_process.controlToken() } });
    }

    // The verdicts of scanning the given records, one host each, from appliance.
    QJsonArray scanRecords(const QList<int> &recordIds,
                           const QString &appliance = QStringLiteral("127.0.0.200"))
    {
        QJsonArray ids;
        for (int id : recordIds)
            ids.append(id);
        return scan({ { QStringLiteral("appliance"), appliance },
                      { QStringLiteral("recordIds"), ids } })
                .object()
                .value(QStringLiteral("results"))
                .toArray();
    }
    QJsonObject verdict(int recordId, const QString &appliance = QStringLiteral("127.0.0.200"))
    {
        return scanRecords({ recordId }, appliance).at(0).toObject();
    }

    QByteArray admin()
    {
        if (m_adminToken.isEmpty())
            m_adminToken
                    = m_http->login(QStringLiteral("admin"), QStringLiteral("Sandbox-Admin-1!"));
        return m_adminToken;
    }
    ProbeReply rest(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        const QString full = QStringLiteral("/SecretServer/api/v1") + path;
        if (method == "GET")
            return m_http->get(full, admin());
        return m_http->sendJson(method, full, QJsonDocument(body), admin());
    }

    // A password field's stored value, through the sandbox's control view (no check-out).
    QString storedPassword(int secretId)
    {
        const ProbeReply reply = m_http->send(
                QByteArrayLiteral("GET"),
                QStringLiteral("/sandbox-control/secretserver/secret/%1").arg(secretId), {}, {},
                { { QByteArrayLiteral("X-Sandbox-Control"), m_process.controlToken() } });
        return reply.object()
                .value(QStringLiteral("items"))
                .toObject()
                .value(QStringLiteral("password"))
                .toString();
    }

    // The https URL of this sandbox's SOAP web service, as a Qualys vault names it.
    QString soapUrl() const
    {
        return m_process.secretServerUrl().toString()
                + QStringLiteral("/webservices/SSWebService.asmx");
    }

    // A Thycotic vault made through the Qualys API; its ID, or 0.
    int createVault(const QString &title, const QString &url, const QString &user,
                    const QString &password)
    {
        const ProbeReply reply = m_qualys->post(
                QStringLiteral("/api/2.0/fo/vault/"),
                { { QStringLiteral("action"), QStringLiteral("create") },
                  { QStringLiteral("title"), title },
                  { QStringLiteral("type"), QStringLiteral("Thycotic Secret Server") },
                  { QStringLiteral("url"), url },
                  { QStringLiteral("username"), user },
                  { QStringLiteral("password"), password } });
        return XmlReply(reply.body).text(QStringLiteral("RESPONSE/ITEM_LIST/ITEM/VALUE")).toInt();
    }

    // A vault-backed unix record made through the Qualys API; its ID, or 0.
    int createUnixRecord(const QString &title, const QString &ip, int vaultId,
                         const QString &secretName)
    {
        const ProbeReply reply = m_qualys->post(
                QStringLiteral("/api/2.0/fo/auth/unix/"),
                { { QStringLiteral("action"), QStringLiteral("create") },
                  { QStringLiteral("title"), title },
                  { QStringLiteral("ips"), ip },
                  { QStringLiteral("username"), QStringLiteral("qualys") },
                  { QStringLiteral("login_type"), QStringLiteral("vault") },
                  { QStringLiteral("vault_id"), QString::number(vaultId) },
                  { QStringLiteral("vault_type"), QStringLiteral("Thycotic Secret Server") },
                  { QStringLiteral("secret_name"), secretName } });
        return qualysreply::batchId(reply);
    }

private:
    SandboxProcess m_process;
    std::unique_ptr<HttpProbe> m_http;
    std::unique_ptr<QualysProbe> m_qualys;
    QByteArray m_adminToken;
};

// The example Qualys records (sandbox/qualys/QualysExample.cpp) and seed secrets
// (sandbox/data/estate.json) the tests scan.
namespace example {
inline constexpr int WindowsDomain = 1, UnixApp01 = 2, OracleErp = 3, SqlCrm = 4, Db2 = 5,
                     Approval = 6, Comment = 7, DoubleLock = 8, CheckedOutByJdoe = 9,
                     OneCharacterOff = 10, CaseDiffers = 11, ListOnly = 12, HiddenPassword = 13,
                     NoPermission = 14, ChangeOnCheckIn = 15;
inline constexpr int UnixApp01Secret = 3, BastionSecret = 12;
} // namespace example

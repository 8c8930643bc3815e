#pragma once

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

// Test fixture for the Secret Server REST tests: one sandbox process on the seed estate
// (sandbox/data/estate.json) and short-hands for its API and control switches.
class RestSandbox
{
public:
    explicit RestSandbox(const QStringList &arguments = {}) : m_process(arguments) { }

    bool start()
    {
        if (!m_process.start())
            return false;
        m_probe = std::make_unique<HttpProbe>(m_process);
        return true;
    }

    SandboxProcess &process() { return m_process; }
    HttpProbe &probe() { return *m_probe; }

    static QString api(const QString &path)
    {
        return QStringLiteral("/SecretServer/api/v1") + path;
    }

    QByteArray login(const QString &user, const QString &password)
    {
        return m_probe->login(user, password);
    }
    QByteArray admin()
    {
        return login(QStringLiteral("admin"), QStringLiteral("Sandbox-Admin-1!"));
    }
    QByteArray qualys()
    {
        return login(QStringLiteral("svc-qualys"), QStringLiteral("Sandbox-Qualys-1!"));
    }
    QByteArray jdoe() { return login(QStringLiteral("jdoe"), QStringLiteral("Sandbox-User-1!")); }

    ProbeReply get(const QString &path, const QByteArray &token)
    {
        return m_probe->get(api(path), token);
    }
    ProbeReply send(const QByteArray &method, const QString &path, const QJsonObject &body,
                    const QByteArray &token)
    {
        return m_probe->sendJson(method, api(path), QJsonDocument(body), token);
    }
    ProbeReply sendRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QByteArray &token)
    {
        return m_probe->send(method, api(path), body, QByteArrayLiteral("application/json"),
                             { { QByteArrayLiteral("Authorization"), "Bearer " + token } });
    }

    // POST /sandbox-control/secretserver/<command> with the control token.
    ProbeReply control(const QString &command, const QJsonObject &body = {},
                       const QByteArray &method = QByteArrayLiteral("POST"))
    {
        return m_probe->send(
                method, QStringLiteral("/sandbox-control/secretserver/") + command,
                QJsonDocument(body).toJson(QJsonDocument::Compact),
                QByteArrayLiteral("application/json"),
                { { QByteArrayLiteral("X-Sandbox-Control"), m_process.controlToken() } });
    }
    // The stored value of one field, read behind the access rules.
    QString storedValue(int secretId, const QString &slug)
    {
        const ProbeReply reply
                = control(QStringLiteral("secret/%1").arg(secretId), {}, QByteArrayLiteral("GET"));
        return reply.object().value(QStringLiteral("items")).toObject().value(slug).toString();
    }

private:
    SandboxProcess m_process;
    std::unique_ptr<HttpProbe> m_probe;
};

// Seed ids used by the tests (sandbox/data/estate.json).
namespace seed {
inline constexpr int ScanCredentials = 1, WindowsFolder = 2, UnixFolder = 3, Databases = 4,
                     ItOperations = 5;
inline constexpr int WindowsLocal = 2, UnixApp = 3, ListOnly = 7, Approval = 8, Comment = 9,
                     DoubleLock = 10, HiddenLauncher = 11, CheckOutChange = 12,
                     CheckedOutByJdoe = 13, DomainAdmin = 14;
inline constexpr int QualysGroup = 1, SecurityTeam = 2, Jdoe = 4, Qualys = 2, Mchen = 5;
} // namespace seed

inline QString errorCode(const ProbeReply &reply)
{
    return reply.object().value(QStringLiteral("errorCode")).toString();
}

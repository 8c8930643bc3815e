#pragma once

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonObject>

// Test-side calls to the sandbox's /sandbox-control/ endpoints, with the control token from
// the ready line.
class SandboxControl
{
public:
    explicit SandboxControl(const SandboxProcess &sandbox)
        : m_sandbox(sandbox), m_probe(sandbox, false)
    {
    }

    ProbeReply send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return m_probe.send(
                method, path, body, QByteArrayLiteral("application/json"),
                { { QByteArrayLiteral("X-Sandbox-Control"), m_sandbox.controlToken() } });
    }
    ProbeReply setFaults(const QJsonObject &faults)
    {
        return send(QByteArrayLiteral("PUT"), QStringLiteral("/sandbox-control/faults"),
                    QJsonDocument(faults).toJson(QJsonDocument::Compact));
    }
    QJsonObject stats()
    {
        return send(QByteArrayLiteral("GET"), QStringLiteral("/sandbox-control/stats")).object();
    }
    void resetStats()
    {
        send(QByteArrayLiteral("POST"), QStringLiteral("/sandbox-control/stats/reset"));
    }

    // Whether the sandbox still answers an ordinary request.
    bool healthy(bool https = false)
    {
        HttpProbe probe(m_sandbox, https);
        return probe.get(QStringLiteral("/SecretServer/api/v1/healthcheck")).status == 200;
    }

private:
    const SandboxProcess &m_sandbox;
    HttpProbe m_probe;
};

#include "ClientFixture.h"

#include "HttpProbe.h"

#include <QProcess>
#include <QTest>

using namespace secretserver;

namespace ClientFixture {

ConnectionSettings pinnedSettings(const SandboxProcess &sandbox)
{
    ConnectionSettings settings;
    settings.serverUrl = sandbox.secretServerUrl(true);
    settings.trust.pin(QStringLiteral("127.0.0.1"), sandbox.httpsPort(),
                       sandbox.sha256Fingerprint());
    settings.timeoutMs = 20000;
    return settings;
}

Credentials admin()
{
    return {QStringLiteral("admin"), QString(), QStringLiteral("Sandbox-Admin-1!")};
}

Credentials qualys()
{
    return {QStringLiteral("svc-qualys"), QString(), QStringLiteral("Sandbox-Qualys-1!")};
}

Credentials plainUser()
{
    return {QStringLiteral("jdoe"), QString(), QStringLiteral("Sandbox-User-1!")};
}

QString describe(const CallResult &result)
{
    return callStatusName(result.status) + QStringLiteral(" HTTP ")
            + QString::number(result.httpStatus) + QStringLiteral(" ") + result.errorCode
            + QStringLiteral(": ") + result.message;
}

bool signIn(RestClient &client, const Credentials &credentials, QString *why)
{
    Capture<SessionInfo> session;
    client.signIn(credentials, nullptr, session.callback());
    if (!QTest::qWaitFor([&] { return session.done(); }, 30000)) {
        if (why)
            *why = QStringLiteral("no answer to sign-in");
        return false;
    }
    if (why)
        *why = describe(*session);
    return session->ok();
}

int control(const SandboxProcess &sandbox, const QByteArray &method, const QString &path,
            const QByteArray &jsonBody, QByteArray *replyBody)
{
    HttpProbe probe(sandbox);
    const ProbeReply reply = probe.send(
            method, path, jsonBody,
            jsonBody.isEmpty() ? QByteArray() : QByteArrayLiteral("application/json"),
            {{QByteArrayLiteral("X-Sandbox-Control"), sandbox.controlToken()}});
    if (replyBody)
        *replyBody = reply.body;
    return reply.status;
}

bool setFaults(const SandboxProcess &sandbox, int latencyMs, double failRate, double dropRate)
{
    const QByteArray body = "{\"latencyMs\":" + QByteArray::number(latencyMs)
            + ",\"failRate\":" + QByteArray::number(failRate)
            + ",\"dropRate\":" + QByteArray::number(dropRate) + "}";
    const int status = control(sandbox, QByteArrayLiteral("PUT"),
                               QStringLiteral("/sandbox-control/faults"), body);
    return status >= 200 && status < 300;
}

bool makeCertificate(const QString &dir, QString *certPath, QString *keyPath)
{
    *certPath = dir + QStringLiteral("/other-cert.pem");
    *keyPath = dir + QStringLiteral("/other-key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), *keyPath, QStringLiteral("-out"), *certPath,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit
            && openssl.exitCode() == 0;
}

} // namespace ClientFixture

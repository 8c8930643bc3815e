#include "QualysClientFixture.h"

#include "HttpProbe.h"

using namespace qualys;

bool QualysClientFixture::start()
{
    if (!m_sandbox.start()) {
        m_error = m_sandbox.errorString();
        return false;
    }
    m_client = makeClient();
    return true;
}

QualysClientSettings QualysClientFixture::settings() const
{
    QualysClientSettings settings;
    settings.apiUrl = m_sandbox.baseUrl(true);
    settings.userName = UserName;
    settings.trust.pin(QStringLiteral("127.0.0.1"), m_sandbox.httpsPort(),
                       m_sandbox.sha256Fingerprint());
    settings.timeoutMs = 20000;
    return settings;
}

std::unique_ptr<QualysClient> QualysClientFixture::makeClient(const QString &password) const
{
    auto client = std::make_unique<QualysClient>(settings());
    client->setPassword(password);
    return client;
}

bool QualysClientFixture::setLimits(const QJsonObject &limits)
{
    HttpProbe probe(m_sandbox);
    const ProbeReply reply
            = probe.send(QByteArrayLiteral("PUT"), QStringLiteral("/sandbox-control/qualys/limits"),
                         QJsonDocument(limits).toJson(QJsonDocument::Compact),
                         QByteArrayLiteral("application/json"),
                         { { QByteArrayLiteral("X-Sandbox-Control"), m_sandbox.controlToken() } });
    return reply.status == 200;
}

bool QualysClientFixture::resetLimits()
{
    HttpProbe probe(m_sandbox);
    const ProbeReply reply = probe.send(
            QByteArrayLiteral("POST"), QStringLiteral("/sandbox-control/qualys/limits/reset"),
            QByteArrayLiteral("{}"), QByteArrayLiteral("application/json"),
            { { QByteArrayLiteral("X-Sandbox-Control"), m_sandbox.controlToken() } });
    return reply.status == 200;
}

QString QualysClientFixture::uniqueTitle(const QString &prefix)
{
    return QStringLiteral("%1 %2 %3")
            .arg(prefix)
            .arg(++m_counter)
            .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

QString QualysClientFixture::freshIp()
{
    ++m_counter;
    return QStringLiteral("10.211.%1.%2").arg(m_counter / 250).arg(m_counter % 250 + 1);
}

int QualysClientFixture::createVault(const QString &titlePrefix)
{
    VaultForm form;
    form.title = uniqueTitle(titlePrefix);
    form.url = QStringLiteral("https://vault.example/SecretServer/webservices/SSWebService.asmx");
    form.username = QStringLiteral("svc-qualys");
    form.password = QStringLiteral("Vault-Password-1!");
    const auto reply = await<int>(
            [&](QObject *context, auto done) { m_client->createVault(form, context, done); });
    return reply.ok() ? reply.value : 0;
}

QByteArray describe(const QualysResult &result)
{
    return (qualysStatusName(result.status) + QLatin1Char(' ') + QString::number(result.errorCode)
            + QStringLiteral(": ") + result.message)
            .toUtf8();
}

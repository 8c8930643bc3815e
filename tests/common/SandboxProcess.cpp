#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int StartTimeoutMs = 30000;
const QByteArray ReadyPrefix = QByteArrayLiteral("SANDBOX_READY ");
} // namespace

SandboxProcess::SandboxProcess(const QStringList &extraArguments)
    : m_arguments(extraArguments)
{
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executablePath()
{
    return QStringLiteral(SCANVAULT_SANDBOX_BIN);
}

bool SandboxProcess::start()
{
    QStringList arguments{QStringLiteral("--http-port"), QStringLiteral("0"),
                          QStringLiteral("--https-port"), QStringLiteral("0")};
    arguments += m_arguments;
    m_process.setProgram(executablePath());
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        m_error = QStringLiteral("sandbox did not start: ") + m_process.errorString();
        return false;
    }

    // Test-side synchronisation on the process's own announcement, bounded by a deadline.
    QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            m_stdout += line + '\n';
            if (line.startsWith(ReadyPrefix))
                return parseReadyLine(line.mid(ReadyPrefix.size()));
        }
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("sandbox exited early: ")
                    + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        m_process.waitForReadyRead(100);
    }
    m_error = QStringLiteral("sandbox gave no ready line; stdout so far: ")
            + QString::fromUtf8(m_stdout);
    return false;
}

bool SandboxProcess::parseReadyLine(const QByteArray &line)
{
    const QJsonObject ready = QJsonDocument::fromJson(line).object();
    m_httpPort = quint16(ready.value(QStringLiteral("http")).toInt());
    m_httpsPort = quint16(ready.value(QStringLiteral("https")).toInt());
    m_sha256 = ready.value(QStringLiteral("sha256")).toString().toLatin1();
    m_controlToken = ready.value(QStringLiteral("control")).toString().toLatin1();

    QFile pem(ready.value(QStringLiteral("certificate")).toString());
    if (pem.open(QIODevice::ReadOnly))
        m_certificate = QSslCertificate(pem.readAll(), QSsl::Pem);

    if (m_httpPort == 0 && m_httpsPort == 0) {
        m_error = QStringLiteral("ready line without ports: ") + QString::fromUtf8(line);
        return false;
    }
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QByteArray SandboxProcess::standardError()
{
    return m_process.readAllStandardError();
}

QUrl SandboxProcess::baseUrl(bool https) const
{
    QUrl url;
    url.setScheme(https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(https ? m_httpsPort : m_httpPort);
    return url;
}

QUrl SandboxProcess::secretServerUrl(bool https) const
{
    QUrl url = baseUrl(https);
    url.setPath(QStringLiteral("/SecretServer"));
    return url;
}

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

// Starts scanvault-sandbox on free loopback ports for one test and stops it afterwards.
// The sandbox announces itself on stdout with one line:
//   SANDBOX_READY {"http":P,"https":P,"sha256":"<hex>","certificate":"<pem path>",
//                  "control":"<token>"}
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &extraArguments = {});
    ~SandboxProcess();

    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the process and waits (bounded) for the ready line. False, with
    // errorString(), when it did not come up.
    bool start();
    void stop();
    bool isRunning() const;

    quint16 httpPort() const { return m_httpPort; }
    quint16 httpsPort() const { return m_httpsPort; }
    QByteArray sha256Fingerprint() const { return m_sha256; } // lower-case hex, no colons
    QSslCertificate certificate() const { return m_certificate; }
    QByteArray controlToken() const { return m_controlToken; }

    // https://127.0.0.1:<port>/SecretServer (or http://).
    QUrl secretServerUrl(bool https = true) const;
    QUrl baseUrl(bool https = true) const; // scheme://127.0.0.1:<port>

    QString errorString() const { return m_error; }
    QByteArray standardError(); // what the sandbox wrote to stderr since the last call

    static QString executablePath();

private:
    bool parseReadyLine(const QByteArray &line);

    QStringList m_arguments;
    QProcess m_process;
    QByteArray m_stdout;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    QByteArray m_sha256;
    QSslCertificate m_certificate;
    QByteArray m_controlToken;
    QString m_error;
};

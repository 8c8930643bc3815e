#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <optional>

namespace sandbox {

// The HTTPS listener's certificate and key: loaded from PEM files, or a fresh self-signed
// pair for 127.0.0.1 / localhost made with the system's openssl at start.
class TlsIdentity
{
public:
    static std::optional<TlsIdentity> load(const QString &certificatePath, const QString &keyPath,
                                           QString *error);

    // Writes cert.pem and key.pem into directory, which must outlive the process's use of
    // them (the ready line names the certificate file). Runs openssl synchronously: only at
    // start, before any request is served.
    static std::optional<TlsIdentity> generate(const QString &directory, QString *error);

    QSslCertificate certificate() const { return m_certificate; }
    QString certificatePath() const { return m_certificatePath; }
    QSslConfiguration serverConfiguration() const;

    QByteArray sha256Hex() const; // lower-case hex, no separators: for machines
    QString sha256Display() const; // AB:CD:...: for people comparing with a browser

    static constexpr int ValidityDays = 7;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_certificatePath;
};

} // namespace sandbox

#pragma once

#include <QByteArray>
#include <QHash>
#include <QSslCertificate>
#include <QString>

namespace secretserver {

// Certificate pins per host and port, filled by the caller (the profile's trust setting).
// A pin lets exactly one certificate through for exactly that host:port; nothing else.
class TlsTrust
{
public:
    enum class Verdict {
        NoPin,   // no pin for this host:port: system CAs decide
        Matches, // the certificate is the pinned one
        Changed, // a pin exists and the certificate is a different one
    };

    // sha256 in any common form (hex, upper/lower, with or without colons). Port -1 = 443.
    void pin(const QString &host, int port, const QByteArray &sha256);
    void unpin(const QString &host, int port);
    void clear();
    bool hasPin(const QString &host, int port) const;
    QByteArray pinFor(const QString &host, int port) const; // lower-case hex or empty
    bool isEmpty() const { return m_pins.isEmpty(); }

    Verdict check(const QString &host, int port, const QSslCertificate &certificate) const;

    // Lower-case hex SHA-256 of the DER certificate.
    static QByteArray fingerprint(const QSslCertificate &certificate);
    // Lower-case hex without separators, or empty when the text is not 64 hex digits.
    static QByteArray normaliseFingerprint(const QByteArray &text);

private:
    static QString key(const QString &host, int port);

    QHash<QString, QByteArray> m_pins;
};

} // namespace secretserver

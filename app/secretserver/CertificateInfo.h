#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace secretserver {

// What the UI shows when a server's certificate is not trusted, so the user can decide to
// pin it: who it names, who issued it, its validity and its SHA-256 fingerprint.
struct CertificateInfo
{
    QString host;
    int port = 443;
    QString subject;       // common name and organisation of the subject
    QString issuer;
    QDateTime validFrom;
    QDateTime validUntil;
    QByteArray sha256;     // lower-case hex, no separators (the form TlsTrust pins)
    QByteArray pinnedSha256; // the pin it did not match, for TlsCertificateChanged
    QStringList problems;  // translated texts of the TLS errors
    QSslCertificate certificate;

    // "AB:CD:..." upper-case with colons, for people to compare.
    QString displayFingerprint() const;

    static CertificateInfo fromCertificate(const QSslCertificate &certificate,
                                           const QString &host, int port,
                                           const QList<QSslError> &errors = {});
};

} // namespace secretserver

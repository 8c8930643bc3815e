#include "secretserver/CertificateInfo.h"

#include "secretserver/TlsTrust.h"

namespace secretserver {

namespace {

QString describe(const QSslCertificate &certificate, bool subject)
{
    const auto read = [&](QSslCertificate::SubjectInfo field) {
        const QStringList values = subject ? certificate.subjectInfo(field)
                                           : certificate.issuerInfo(field);
        return values.join(QLatin1String(", "));
    };

    QStringList parts;
    const QString commonName = read(QSslCertificate::CommonName);
    const QString organisation = read(QSslCertificate::Organization);
    if (!commonName.isEmpty())
        parts << commonName;
    if (!organisation.isEmpty())
        parts << organisation;
    return parts.join(QLatin1String(" / "));
}

} // namespace

QString CertificateInfo::displayFingerprint() const
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < sha256.size(); i += 2)
        pairs << QString::fromLatin1(sha256.mid(i, 2)).toUpper();
    return pairs.join(QLatin1Char(':'));
}

CertificateInfo CertificateInfo::fromCertificate(const QSslCertificate &certificate,
                                                 const QString &host, int port,
                                                 const QList<QSslError> &errors)
{
    CertificateInfo info;
    info.host = host;
    info.port = port;
    info.certificate = certificate;
    if (!certificate.isNull()) {
        info.subject = describe(certificate, true);
        info.issuer = describe(certificate, false);
        info.validFrom = certificate.effectiveDate();
        info.validUntil = certificate.expiryDate();
        info.sha256 = TlsTrust::fingerprint(certificate);
    }
    for (const QSslError &error : errors)
        info.problems << error.errorString();
    return info;
}

} // namespace secretserver

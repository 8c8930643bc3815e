#include "qualys/QualysConnection.h"

namespace qualys {

QualysConnection QualysConnection::create()
{
    QualysConnection connection;
    connection.id = QUuid::createUuid();
    return connection;
}

QUrl QualysConnection::normaliseUrl(const QString &text, QString *problem)
{
    QString typed = text.trimmed();
    if (!typed.contains(QLatin1String("://")))
        typed.prepend(QLatin1String("https://"));
    QUrl url(typed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        if (problem)
            *problem = tr("Enter the address of the Qualys API server, e.g. "
                          "https://qualysapi.qualys.com.");
        return {};
    }
    if (url.scheme() != QLatin1String("https")) {
        if (problem)
            *problem = tr("The Qualys API server address must start with https://.");
        return {};
    }
    // The client adds /api/2.0/...; anything after the host would be ambiguous.
    QUrl root;
    root.setScheme(url.scheme());
    root.setHost(url.host().toLower());
    if (url.port() > 0)
        root.setPort(url.port());
    return root;
}

QUrl QualysConnection::apiUrl() const
{
    if (platformKey == CustomPlatformKey)
        return normaliseUrl(customUrl);
    const auto platform = platformByKey(platformKey);
    return platform ? platform->apiUrl : QUrl();
}

QString QualysConnection::apiHost() const
{
    return apiUrl().host().toLower();
}

int QualysConnection::apiPort() const
{
    return apiUrl().port(443);
}

void QualysConnection::pinCertificate(const QByteArray &sha256)
{
    trust.mode = CertificateTrust::Mode::PinnedCertificate;
    trust.pinnedSha256 = ConnectionProfile::normaliseFingerprint(QString::fromLatin1(sha256));
    trust.pinnedHost = apiHost();
    trust.pinnedPort = apiPort();
}

QStringList QualysConnection::validate() const
{
    QStringList issues;
    if (id.isNull())
        issues << tr("The connection has no identity.");
    if (name.trimmed().isEmpty())
        issues << tr("Give the connection a name.");
    QString problem;
    if (platformKey == CustomPlatformKey) {
        if (!normaliseUrl(customUrl, &problem).isValid())
            issues << problem;
    } else if (!platformByKey(platformKey)) {
        issues << tr("Choose a Qualys platform.");
    }
    if (userName.trimmed().isEmpty())
        issues << tr("Enter the Qualys user name.");
    if (trust.mode == CertificateTrust::Mode::PinnedCertificate) {
        if (trust.pinnedSha256.size() != 64)
            issues << tr("The pinned certificate fingerprint is not a SHA-256 fingerprint.");
        else if (trust.pinnedHost != apiHost() || trust.pinnedPort != apiPort())
            issues << tr("The pinned certificate belongs to another server; pin it again.");
    }
    return issues;
}

} // namespace qualys

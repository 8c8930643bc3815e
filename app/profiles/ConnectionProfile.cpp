#include "profiles/ConnectionProfile.h"

namespace {

const QString SecretServerPath = QStringLiteral("/SecretServer");

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("http") ? 80 : 443;
}

} // namespace

ConnectionProfile ConnectionProfile::create()
{
    ConnectionProfile profile;
    profile.m_id = QUuid::createUuid();
    return profile;
}

QUrl ConnectionProfile::normaliseServerUrl(const QString &text, QString *problem)
{
    auto refuse = [problem](const QString &reason) {
        if (problem)
            *problem = reason;
        return QUrl();
    };

    QString input = text.trimmed();
    if (input.isEmpty())
        return refuse(tr("Enter the address of the Secret Server."));
    if (!input.contains(QLatin1String("://")))
        input.prepend(QLatin1String("https://"));

    const QUrl typed(input, QUrl::StrictMode);
    const QString scheme = typed.scheme().toLower();
    if (!typed.isValid() || typed.host().isEmpty())
        return refuse(tr("\"%1\" is not a valid server address.").arg(text.trimmed()));
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return refuse(tr("The address must start with https://."));
    if (!typed.userInfo().isEmpty())
        return refuse(tr("Do not put a user name or password in the address."));

    // Anything after /SecretServer (an API path pasted from a browser) names the same site.
    const QStringList segments = typed.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty()
        && segments.first().compare(QLatin1String("SecretServer"), Qt::CaseInsensitive) != 0) {
        return refuse(tr("The address must point at the Secret Server site, e.g. "
                         "https://vault.example.com/SecretServer."));
    }

    QUrl url;
    url.setScheme(scheme);
    url.setHost(typed.host());
    if (typed.port() != -1 && typed.port() != defaultPort(scheme))
        url.setPort(typed.port());
    url.setPath(SecretServerPath);
    return url;
}

QByteArray ConnectionProfile::normaliseFingerprint(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        const char16_t u = c.toLower().unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return {};
        hex += char(u);
    }
    return hex.size() == 64 ? hex : QByteArray();
}

void ConnectionProfile::setServerAddress(const QString &text)
{
    const QUrl url = normaliseServerUrl(text);
    m_serverAddress = url.isValid() ? url.toString() : text.trimmed();
}

QUrl ConnectionProfile::serverUrl() const
{
    return normaliseServerUrl(m_serverAddress);
}

QString ConnectionProfile::serverHost() const
{
    return serverUrl().host();
}

int ConnectionProfile::serverPort() const
{
    const QUrl url = serverUrl();
    if (!url.isValid())
        return -1;
    return url.port(defaultPort(url.scheme()));
}

bool ConnectionProfile::usesHttp() const
{
    return serverUrl().scheme() == QLatin1String("http");
}

void ConnectionProfile::pinCertificate(const QByteArray &sha256)
{
    m_trust.mode = CertificateTrust::Mode::PinnedCertificate;
    m_trust.pinnedSha256 = normaliseFingerprint(QString::fromLatin1(sha256));
    m_trust.pinnedHost = serverHost();
    m_trust.pinnedPort = serverPort();
}

QList<ProfileIssue> ConnectionProfile::validate() const
{
    using Field = ProfileIssue::Field;
    QList<ProfileIssue> issues;

    if (m_id.isNull())
        issues.append({Field::Identity, tr("The profile has no identifier.")});
    if (m_name.isEmpty())
        issues.append({Field::Name, tr("Enter a name for this vault.")});
    if (m_userName.isEmpty())
        issues.append({Field::UserName, tr("Enter the Secret Server user name.")});

    QString problem;
    const QUrl url = normaliseServerUrl(m_serverAddress, &problem);
    if (!url.isValid()) {
        issues.append({Field::ServerUrl, problem});
        return issues;
    }

    if (usesHttp() && !m_insecureHttpConfirmed) {
        issues.append({Field::InsecureHttp,
                       tr("http:// sends the password unencrypted. Use https://, or confirm "
                          "plain http for this vault explicitly.")});
    }

    if (m_trust.mode == CertificateTrust::Mode::PinnedCertificate)
        issues += validatePin();
    return issues;
}

QList<ProfileIssue> ConnectionProfile::validatePin() const
{
    using Field = ProfileIssue::Field;

    if (usesHttp())
        return {{Field::CertificateTrust, tr("A pinned certificate needs an https:// address.")}};
    if (m_trust.pinnedSha256.size() != 64
        || normaliseFingerprint(QString::fromLatin1(m_trust.pinnedSha256)).isEmpty()) {
        return {{Field::CertificateTrust, tr("The pinned certificate fingerprint is not a SHA-256 "
                                     "fingerprint.")}};
    }
    if (m_trust.pinnedHost != serverHost() || m_trust.pinnedPort != serverPort()) {
        return {{Field::CertificateTrust,
                 tr("The certificate was pinned for %1:%2 but the address now points at "
                    "%3:%4. Review the certificate again.")
                     .arg(m_trust.pinnedHost)
                     .arg(m_trust.pinnedPort)
                     .arg(serverHost())
                     .arg(serverPort())}};
    }
    return {};
}

#include "secretserver/TlsTrust.h"

#include <QCryptographicHash>

namespace secretserver {

QString TlsTrust::key(const QString &host, int port)
{
    return host.trimmed().toLower() + QLatin1Char(':') + QString::number(port < 0 ? 443 : port);
}

void TlsTrust::pin(const QString &host, int port, const QByteArray &sha256)
{
    const QByteArray normalised = normaliseFingerprint(sha256);
    if (host.trimmed().isEmpty() || normalised.isEmpty())
        return;
    m_pins.insert(key(host, port), normalised);
}

void TlsTrust::unpin(const QString &host, int port)
{
    m_pins.remove(key(host, port));
}

void TlsTrust::clear()
{
    m_pins.clear();
}

bool TlsTrust::hasPin(const QString &host, int port) const
{
    return m_pins.contains(key(host, port));
}

QByteArray TlsTrust::pinFor(const QString &host, int port) const
{
    return m_pins.value(key(host, port));
}

TlsTrust::Verdict TlsTrust::check(const QString &host, int port,
                                  const QSslCertificate &certificate) const
{
    const QByteArray pinned = pinFor(host, port);
    if (pinned.isEmpty())
        return Verdict::NoPin;
    if (certificate.isNull())
        return Verdict::Changed;
    return fingerprint(certificate) == pinned ? Verdict::Matches : Verdict::Changed;
}

QByteArray TlsTrust::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QByteArray TlsTrust::normaliseFingerprint(const QByteArray &text)
{
    QByteArray hex;
    for (const char c : text) {
        if (c == ':' || c == ' ' || c == '-')
            continue;
        const bool digit = (c >= '0' && c <= '9');
        const bool letter = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!digit && !letter)
            return {};
        hex += char(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
    }
    return hex.size() == 64 ? hex : QByteArray();
}

} // namespace secretserver

#include "checks/IpAllowance.h"

#include <QRegularExpression>

IpAllowance::IpAllowance(const QList<Restriction> &restrictions) : m_restrictions(restrictions) { }

QStringList IpAllowance::splitAddresses(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool IpAllowance::parseRange(const QString &range, QHostAddress *network, int *prefixLength)
{
    const QString trimmed = range.trimmed();
    if (trimmed.contains(QLatin1Char('/'))) {
        const auto subnet = QHostAddress::parseSubnet(trimmed);
        if (subnet.first.isNull() || subnet.second < 0)
            return false;
        *network = subnet.first;
        *prefixLength = subnet.second;
        return true;
    }
    const QHostAddress single(trimmed);
    if (single.isNull())
        return false;
    *network = single;
    *prefixLength = single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
    return true;
}

IpAllowance::Verdict IpAllowance::check(const QString &address) const
{
    Verdict verdict;
    verdict.address = address.trimmed();
    const QHostAddress host(verdict.address);
    // The appliances are IPv4 hosts; QHostAddress also takes "1" or "0x7f000001", so ask
    // for the dotted form explicitly.
    static const QRegularExpression dotted(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    if (host.isNull() || host.protocol() != QAbstractSocket::IPv4Protocol
        || !dotted.match(verdict.address).hasMatch()) {
        verdict.explanation = tr("%1 is not an IPv4 address.").arg(verdict.address);
        return verdict;
    }
    verdict.valid = true;
    if (m_restrictions.isEmpty()) {
        verdict.allowed = true;
        verdict.explanation = tr("%1: allowed (no IP address restriction: logins from "
                                 "anywhere).")
                                      .arg(verdict.address);
        return verdict;
    }
    for (const Restriction &restriction : m_restrictions) {
        QHostAddress network;
        int prefix = 0;
        if (parseRange(restriction.range, &network, &prefix) && host.isInSubnet(network, prefix)) {
            verdict.allowed = true;
            verdict.matchedName = restriction.name;
            verdict.explanation
                    = tr("%1: allowed by %2 (%3).")
                              .arg(verdict.address, restriction.name, restriction.range.trimmed());
            return verdict;
        }
    }
    QStringList ranges;
    for (const Restriction &restriction : m_restrictions)
        ranges << restriction.range.trimmed();
    verdict.explanation = tr("%1: not allowed — outside every range of this account (%2); "
                             "Secret Server refuses the appliance's login.")
                                  .arg(verdict.address, ranges.join(QStringLiteral(", ")));
    return verdict;
}

QList<IpAllowance::Verdict> IpAllowance::checkAll(const QString &addressList) const
{
    QList<Verdict> verdicts;
    for (const QString &address : splitAddresses(addressList))
        verdicts << check(address);
    return verdicts;
}

QStringList IpAllowance::unreadableRanges() const
{
    QStringList unreadable;
    for (const Restriction &restriction : m_restrictions) {
        QHostAddress network;
        int prefix = 0;
        if (!parseRange(restriction.range, &network, &prefix))
            unreadable << restriction.range;
    }
    return unreadable;
}

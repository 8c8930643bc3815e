#include "wizard/IpRanges.h"

#include <QHostAddress>
#include <algorithm>

namespace {

bool toIpv4(const QString &text, quint32 *value)
{
    QHostAddress address;
    if (!address.setAddress(text.trimmed()) || address.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    *value = address.toIPv4Address();
    return true;
}

QString fromIpv4(quint32 value)
{
    return QHostAddress(value).toString();
}

} // namespace

IpRanges IpRanges::parse(const QString &text)
{
    IpRanges result;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        quint32 first = 0;
        quint32 last = 0;
        if (part.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(part);
            if (subnet.first.protocol() != QAbstractSocket::IPv4Protocol || subnet.second < 0) {
                result.m_invalid << part;
                continue;
            }
            const quint32 mask = subnet.second == 0 ? 0 : ~quint32(0) << (32 - subnet.second);
            first = subnet.first.toIPv4Address() & mask;
            last = first | ~mask;
        } else if (part.contains(QLatin1Char('-'))) {
            const QStringList ends = part.split(QLatin1Char('-'));
            if (ends.size() != 2 || !toIpv4(ends.at(0), &first) || !toIpv4(ends.at(1), &last)
                || first > last) {
                result.m_invalid << part;
                continue;
            }
        } else if (toIpv4(part, &first)) {
            last = first;
        } else {
            result.m_invalid << part;
            continue;
        }
        result.m_ranges.append({ first, last });
    }
    std::sort(result.m_ranges.begin(), result.m_ranges.end());
    return result;
}

bool IpRanges::overlaps(const IpRanges &other) const
{
    for (const auto &mine : m_ranges) {
        for (const auto &theirs : other.m_ranges) {
            if (mine.first <= theirs.second && theirs.first <= mine.second)
                return true;
        }
    }
    return false;
}

bool IpRanges::contains(const QString &address) const
{
    quint32 value = 0;
    if (!toIpv4(address, &value))
        return false;
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(), [value](const auto &range) {
        return range.first <= value && value <= range.second;
    });
}

QString IpRanges::canonical() const
{
    QStringList parts;
    for (const auto &range : m_ranges) {
        parts << (range.first == range.second
                          ? fromIpv4(range.first)
                          : fromIpv4(range.first) + QLatin1Char('-') + fromIpv4(range.second));
    }
    parts << m_invalid;
    return parts.join(QLatin1Char(','));
}

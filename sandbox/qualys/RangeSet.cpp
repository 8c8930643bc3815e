#include "qualys/RangeSet.h"

#include <QHostAddress>
#include <algorithm>
#include <functional>

namespace sandbox {

namespace {

// Bounds keep a hostile "1-99999999999" from turning into a huge loop anywhere downstream.
constexpr quint64 MaxId = 999'999'999;

std::optional<quint64> parseId(const QString &text)
{
    bool ok = false;
    const quint64 value = text.trimmed().toULongLong(&ok);
    if (!ok || value == 0 || value > MaxId)
        return std::nullopt;
    return value;
}

std::optional<quint64> parseIp(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.count(u'.') != 3)
        return std::nullopt;
    QHostAddress address;
    if (!address.setAddress(trimmed) || address.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    return address.toIPv4Address();
}

std::optional<RangeSet>
parseList(const QString &text, const std::function<std::optional<quint64>(const QString &)> &item)
{
    QList<RangeSet::Range> ranges;
    const QStringList parts = text.split(u',');
    for (const QString &part : parts) {
        const qsizetype dash = part.indexOf(u'-');
        const std::optional<quint64> first = item(dash < 0 ? part : part.left(dash));
        const std::optional<quint64> last = dash < 0 ? first : item(part.mid(dash + 1));
        if (!first || !last || *last < *first)
            return std::nullopt;
        ranges.append({ *first, *last });
    }
    return RangeSet::fromRanges(ranges);
}

QString formatList(const QList<RangeSet::Range> &ranges, QString (*item)(quint64))
{
    QStringList parts;
    for (const RangeSet::Range &range : ranges) {
        parts.append(range.first == range.last ? item(range.first)
                                               : item(range.first) + u'-' + item(range.last));
    }
    return parts.join(u',');
}

QString idText(quint64 value)
{
    return QString::number(value);
}

} // namespace

std::optional<RangeSet> RangeSet::parseIds(const QString &text)
{
    return parseList(text, parseId);
}

std::optional<RangeSet> RangeSet::parseIps(const QString &text)
{
    return parseList(text, parseIp);
}

RangeSet RangeSet::fromRanges(const QList<Range> &ranges)
{
    RangeSet set;
    set.m_ranges = ranges;
    set.normalize();
    return set;
}

void RangeSet::add(quint64 first, quint64 last)
{
    m_ranges.append({ first, last });
    normalize();
}

void RangeSet::add(const RangeSet &other)
{
    m_ranges += other.m_ranges;
    normalize();
}

void RangeSet::normalize()
{
    std::sort(m_ranges.begin(), m_ranges.end(),
              [](const Range &a, const Range &b) { return a.first < b.first; });

    QList<Range> merged;
    for (const Range &range : std::as_const(m_ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().last + 1)
            merged.last().last = std::max(merged.last().last, range.last);
        else
            merged.append(range);
    }
    m_ranges = merged;
}

void RangeSet::remove(const RangeSet &other)
{
    RangeSet kept;
    qsizetype j = 0;
    for (Range range : std::as_const(m_ranges)) {
        while (j < other.m_ranges.size() && other.m_ranges[j].last < range.first)
            ++j;
        bool gone = false;
        for (qsizetype k = j; k < other.m_ranges.size(); ++k) {
            const Range &cut = other.m_ranges[k];
            if (cut.first > range.last)
                break;
            if (range.first < cut.first)
                kept.m_ranges.append({ range.first, cut.first - 1 });
            if (cut.last >= range.last) {
                gone = true;
                break;
            }
            range.first = cut.last + 1;
        }
        if (!gone)
            kept.m_ranges.append(range);
    }
    m_ranges = kept.m_ranges;
}

bool RangeSet::contains(quint64 value) const
{
    // Ranges are sorted and disjoint: the candidate is the last one starting at or before value.
    const auto after
            = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), value,
                               [](quint64 v, const Range &range) { return v < range.first; });
    return after != m_ranges.cbegin() && value <= std::prev(after)->last;
}

bool RangeSet::intersects(const RangeSet &other) const
{
    return !intersected(other).isEmpty();
}

RangeSet RangeSet::intersected(const RangeSet &other) const
{
    // Both lists are sorted and disjoint, so one pass over each suffices.
    RangeSet result;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < m_ranges.size() && j < other.m_ranges.size()) {
        const Range &a = m_ranges[i];
        const Range &b = other.m_ranges[j];
        const quint64 first = std::max(a.first, b.first);
        const quint64 last = std::min(a.last, b.last);
        if (first <= last)
            result.m_ranges.append({ first, last });
        if (a.last < b.last)
            ++i;
        else
            ++j;
    }
    return result;
}

quint64 RangeSet::count() const
{
    quint64 total = 0;
    for (const Range &range : m_ranges)
        total += range.last - range.first + 1;
    return total;
}

QString RangeSet::toIdText() const
{
    return formatList(m_ranges, idText);
}

QString RangeSet::toIpText() const
{
    return formatList(m_ranges, ipText);
}

QString RangeSet::ipText(quint64 address)
{
    return QHostAddress(quint32(address)).toString();
}

bool RangeSet::operator==(const RangeSet &other) const
{
    if (m_ranges.size() != other.m_ranges.size())
        return false;
    for (qsizetype i = 0; i < m_ranges.size(); ++i) {
        if (m_ranges[i].first != other.m_ranges[i].first
            || m_ranges[i].last != other.m_ranges[i].last)
            return false;
    }
    return true;
}

} // namespace sandbox

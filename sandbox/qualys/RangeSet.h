#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sandbox {

// A sorted set of closed integer ranges: record IDs ("1,5-9") or IPv4 addresses
// ("10.0.0.1,10.0.0.5-10.0.0.9"), as Qualys takes them in `ids` and `ips` and writes them
// in ID_SET and IP_SET. Adjacent and overlapping ranges are merged.
class RangeSet
{
public:
    struct Range
    {
        quint64 first = 0;
        quint64 last = 0;
    };

    // Empty optional when any item is malformed or a range runs backwards.
    static std::optional<RangeSet> parseIds(const QString &text);
    static std::optional<RangeSet> parseIps(const QString &text);

    static RangeSet fromRanges(const QList<Range> &ranges); // any order, may overlap

    void add(quint64 first, quint64 last);
    void add(const RangeSet &other);
    void remove(const RangeSet &other);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    bool contains(quint64 value) const;
    bool intersects(const RangeSet &other) const;
    RangeSet intersected(const RangeSet &other) const;
    quint64 count() const;
    const QList<Range> &ranges() const { return m_ranges; }

    // "1-3,7" and "10.0.0.1-10.0.0.3,10.0.0.7": the forms parseIds()/parseIps() read back.
    QString toIdText() const;
    QString toIpText() const;

    static QString ipText(quint64 address);

    bool operator==(const RangeSet &other) const;

private:
    void normalize(); // sorts and merges m_ranges

    QList<Range> m_ranges;
};

} // namespace sandbox

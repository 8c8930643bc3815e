#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// IPv4 addresses and ranges as Qualys records list them ("10.0.0.1-10.0.0.9,10.0.1.5") and
// as Secret Server restrictions give them ("10.0.0.0/24"): parsed to numeric intervals so
// overlaps and containment can be told. Anything else is kept as text and compared as text.
class IpRanges
{
public:
    static IpRanges parse(const QString &text);

    bool isValid() const { return m_invalid.isEmpty(); }
    QStringList invalidParts() const { return m_invalid; }
    bool isEmpty() const { return m_ranges.isEmpty() && m_invalid.isEmpty(); }

    bool overlaps(const IpRanges &other) const;
    bool contains(const QString &address) const;
    // Normalised text, ranges sorted: two texts naming the same addresses compare equal.
    QString canonical() const;

private:
    QList<QPair<quint32, quint32>> m_ranges;
    QStringList m_invalid;
};

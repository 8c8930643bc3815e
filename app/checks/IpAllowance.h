#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// Whether a login from a given address passes a user's IP address restrictions, read the way
// Secret Server stores a range: CIDR ("10.0.0.0/24") or one address (reference §7).
// No restrictions means "from anywhere"; otherwise the address must fall inside one range.
class IpAllowance
{
    Q_DECLARE_TR_FUNCTIONS(IpAllowance)

public:
    // One restriction as the console knows it: its name and its range text.
    struct Restriction
    {
        QString name;
        QString range;
    };

    // The verdict for one address.
    struct Verdict
    {
        QString address; // as typed, trimmed
        bool valid = false; // the text is an IPv4 address
        bool allowed = false;
        QString matchedName; // the restriction whose range holds it, when allowed by one
        QString explanation; // translated, one sentence
    };

    explicit IpAllowance(const QList<Restriction> &restrictions);

    // Splits "a, b ,c" (commas, spaces or semicolons) into trimmed non-empty parts.
    static QStringList splitAddresses(const QString &text);
    // Parses a stored range; false for text that is neither CIDR nor a single address.
    static bool parseRange(const QString &range, QHostAddress *network, int *prefixLength);

    Verdict check(const QString &address) const;
    QList<Verdict> checkAll(const QString &addressList) const;

    // Ranges the server holds that cannot be read (they allow nothing).
    QStringList unreadableRanges() const;

private:
    QList<Restriction> m_restrictions;
};

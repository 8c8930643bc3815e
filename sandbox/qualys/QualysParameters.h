#pragma once

#include "http/HttpExchange.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace sandbox {

// The parameters of one Qualys call: the query string and a form body merged, in that order,
// where a repeated name keeps only its last value (reference §1.3). Names are case-sensitive.
class QualysParameters
{
public:
    // Empty when the query or body is not valid percent-encoded UTF-8.
    static std::optional<QualysParameters> fromRequest(const HttpRequest &request);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    QStringList names() const { return m_values.keys(); }

    // Names not in allowed, in name order (for 1901).
    QStringList unknown(const QStringList &allowed) const;
    // Names of required that are absent or empty (for 1903).
    QStringList missing(const QStringList &required) const;
    // The names of group that are present (for 1904 when more than one).
    QStringList presentOf(const QStringList &group) const;

    // The first name whose value holds a control character other than tab or line breaks;
    // such values cannot be stored or written to XML.
    QString firstWithControlCharacter() const;

private:
    bool merge(const QByteArray &encoded);

    QMap<QString, QString> m_values;
};

} // namespace sandbox

#pragma once

#include <QList>
#include <QString>

namespace sandbox {

// One element of a SOAP request body, read by SoapEnvelope under depth and count limits so a
// hostile request cannot make it grow without bound. Plain value type; children are owned.
struct SoapElement
{
    QString namespaceUri;
    QString name;
    QString text; // the element's own character data, concatenated
    qint64 line = 0;
    qint64 column = 0;
    QList<SoapElement> children;

    // The first child with this local name in this namespace, or nullptr.
    const SoapElement *child(const QString &childName, const QString &childNamespace) const;
};

} // namespace sandbox

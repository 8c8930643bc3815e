#pragma once

#include <QString>

namespace sandbox::soap {

// Namespaces of the Secret Server web service (secret-server-api.md §12).
inline QString envelopeNamespace()
{
    return QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
}
inline QString soap12EnvelopeNamespace()
{
    return QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
}
inline QString serviceNamespace()
{
    return QStringLiteral("urn:thesecretserver.com");
}
inline QString schemaNamespace()
{
    return QStringLiteral("http://www.w3.org/2001/XMLSchema");
}
inline QString schemaInstanceNamespace()
{
    return QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
}

} // namespace sandbox::soap

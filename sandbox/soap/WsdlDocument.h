#pragma once

#include <QByteArray>
#include <QString>

namespace sandbox {

// The service description served at SSWebService.asmx?WSDL: our own WSDL 1.1 for the methods
// in SoapOperation, with an XSD of their types, a SOAP 1.1 document/literal binding and a
// service whose address is the one the caller used. Stateless; build() is cheap enough to
// run per request.
class WsdlDocument
{
public:
    static QByteArray build(const QString &serviceAddress);
};

} // namespace sandbox

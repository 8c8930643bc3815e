#pragma once

#include <QLatin1String>
#include <QList>

namespace sandbox {

// One parameter of a web method as the WSDL declares it; type is a schema QName such as
// "s:string" or "tns:ArrayOfCodeResponse".
struct SoapParameter
{
    QLatin1String name;
    QLatin1String type;
};

// The web methods the sandbox's SSWebService offers, in one table shared by routing and the
// WSDL so the two cannot disagree (secret-server-api.md §12).
struct SoapOperation
{
    QLatin1String name;
    QList<SoapParameter> parameters;
    QLatin1String resultType; // complexType of <NameResult>

    static const QList<SoapOperation> &all();
    static const SoapOperation *find(QStringView name); // case-sensitive, as ASMX routes
};

} // namespace sandbox

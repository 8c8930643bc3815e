#pragma once

#include "http/HttpExchange.h"
#include "soap/SoapElement.h"
#include "soap/SoapOperation.h"
#include "soap/SoapResponse.h"

namespace sandbox {

class Estate;

// Secret Server's SOAP web service, SSWebService.asmx (secret-server-api.md §12), over the
// same estate and access rules as the REST service: SOAP 1.1 document/literal calls, the WSDL
// at ?WSDL and, when allowWebServiceHttpGet is on, the HTTP GET binding. Borrows the estate,
// which must outlive it.
class SoapService : public Service
{
public:
    explicit SoapService(Estate &estate);

    bool accepts(const HttpRequest &request) const override;
    HttpReply handle(const HttpRequest &request) override;
    HttpReply transportError(int status, const QString &message) const override;

    static QString endpointPath(); // "/SecretServer/webservices/SSWebService.asmx"

private:
    HttpReply handleGet(const HttpRequest &request, const QString &methodPath);
    HttpReply handleSoapPost(const HttpRequest &request);
    HttpReply handleSoap12Post(const HttpRequest &request);
    HttpReply handleHttpGetBinding(const HttpRequest &request, const QString &methodPath);
    HttpReply invoke(const HttpRequest &request, const SoapOperation &operation,
                     SoapElement arguments, SoapResponse::Framing framing);

    Estate &m_estate;
};

} // namespace sandbox

#pragma once

#include "http/HttpExchange.h"

#include <QString>

namespace sandbox {

// A SOAP Fault as an ASMX service sends it: HTTP 500; for SOAP 1.1 text/xml with faultcode
// and faultstring, for SOAP 1.2 application/soap+xml with Code/Value and Reason/Text.
// Faults are for requests the service cannot read or route; application errors travel in the
// result's <Errors> instead (secret-server-api.md §12).
struct SoapFault
{
    enum class Code { VersionMismatch, Client, Server };

    Code code = Code::Client;
    QString message;
    bool soap12 = false; // written as a SOAP 1.2 Fault (Code/Reason, application/soap+xml)

    HttpReply toReply() const;

    // "Server was unable to read request. ---> There is an error in XML document (l, c). --->
    // reason", the shape ASMX gives every deserialisation failure.
    static SoapFault unreadable(qint64 line, qint64 column, const QString &reason);
};

} // namespace sandbox

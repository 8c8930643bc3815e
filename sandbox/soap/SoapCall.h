#pragma once

#include "http/HttpExchange.h"
#include "soap/SoapElement.h"
#include "soap/SoapFault.h"
#include "soap/SoapOperation.h"

#include <optional>

namespace sandbox {

class Estate;
struct Session;

// One web-method invocation as the handlers see it: the estate, the caller's address, the
// arguments (from a SOAP body or, for the HTTP GET binding, the query) and the session of the
// token argument. The service checks argument types before handing a call on, so the typed
// accessors below cannot fail; missing arguments read as .NET defaults (null, 0, false).
class SoapCall
{
public:
    SoapCall(Estate &estate, const HttpRequest &request, const SoapOperation &operation,
             SoapElement arguments);

    // A Fault for the first int or boolean argument that does not parse, as ASMX would give.
    std::optional<SoapFault> checkArgumentTypes() const;

    Estate &estate() const { return m_estate; }
    const HttpRequest &request() const { return m_request; }
    const SoapOperation &operation() const { return m_operation; }
    QString method() const { return m_operation.name; }

    const SoapElement *argument(const QString &name) const;
    QString string(const QString &name) const;
    int integer(const QString &name) const;
    bool boolean(const QString &name) const;

    // The live session of the token argument; set by the service before a handler runs.
    const Session *session() const { return m_session; }
    void setSession(const Session *session) { m_session = session; }

private:
    Estate &m_estate;
    const HttpRequest &m_request;
    const SoapOperation &m_operation;
    SoapElement m_arguments;
    const Session *m_session = nullptr;
};

} // namespace sandbox

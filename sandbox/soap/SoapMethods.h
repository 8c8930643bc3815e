#pragma once

#include "soap/SoapCall.h"
#include "soap/SoapResponse.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSandboxSoap)

// The web methods of SSWebService.asmx. Each writes its result's members, Errors first, into
// the response; the service has already checked web services, argument types and, for methods
// with a token argument, the session (secret-server-api.md §12).
namespace sandbox::soap {

using MethodHandler = void (*)(const SoapCall &call, SoapResponse &out);

// Session methods (SoapSessionMethods.cpp).
void authenticate(const SoapCall &call, SoapResponse &out);
void whoAmI(const SoapCall &call, SoapResponse &out);
void getTokenIsValid(const SoapCall &call, SoapResponse &out);
void versionGet(const SoapCall &call, SoapResponse &out);

// Secret methods (SoapSecretMethods.cpp).
void searchSecrets(const SoapCall &call, SoapResponse &out);
void searchSecretsByFolder(const SoapCall &call, SoapResponse &out);
void getSecret(const SoapCall &call, SoapResponse &out);
void getCheckOutStatus(const SoapCall &call, SoapResponse &out);
void checkIn(const SoapCall &call, SoapResponse &out);

} // namespace sandbox::soap

#pragma once

#include "secretserver/Estate.h"
#include "soap/SoapResponse.h"

namespace sandbox {

// Writes estate secrets as the SOAP types SecretSummary and Secret (secret-server-api.md §12),
// in the member order of our WSDL. Borrows the response and the estate for one reply.
class SoapSecretWriter
{
public:
    SoapSecretWriter(SoapResponse &out, const Estate &estate) : m_out(out), m_estate(estate) { }

    void summary(const Secret &secret);
    // Field values included; SecretSettings and SecretPermissions only when asked for.
    void secret(const Secret &secret, SecretRole callerRole, bool withSettingsAndPermissions);

private:
    void items(const Secret &secret, SecretRole callerRole);
    void checkOut(const Secret &secret);
    void settings(const Secret &secret);
    void permissions(const Secret &secret, SecretRole callerRole);
    void nullableText(const QString &name, const QString &value);

    SoapResponse &m_out;
    const Estate &m_estate;
};

} // namespace sandbox

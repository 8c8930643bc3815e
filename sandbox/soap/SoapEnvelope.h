#pragma once

#include "soap/SoapElement.h"
#include "soap/SoapFault.h"

#include <QByteArray>

namespace sandbox {

// A SOAP 1.1 (or 1.2) request envelope, read in one streaming pass: the Header is skipped,
// the Body's first element (the call) is kept as a small tree. DTDs (and so entity declarations) are
// refused, and depth, element count and size are capped, so hostile XML ends in a Fault.
class SoapEnvelope
{
public:
    static constexpr int MaximumDepth = 32;          // Envelope = 1
    static constexpr int MaximumElements = 10000;    // in the whole envelope
    static constexpr qsizetype MaximumBytes = 4 << 20;

    // soap12: the request came as application/soap+xml, so the 1.2 envelope is expected.
    static SoapEnvelope read(const QByteArray &xml, bool soap12 = false);

    bool isValid() const { return m_valid; }
    const SoapFault &fault() const { return m_fault; } // when not valid
    const SoapElement &call() const { return m_call; } // when valid

private:
    bool m_valid = false;
    SoapFault m_fault;
    SoapElement m_call;

    friend class SoapEnvelopeParser;
};

} // namespace sandbox

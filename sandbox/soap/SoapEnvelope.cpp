#include "soap/SoapEnvelope.h"

#include "soap/SoapNames.h"

#include <QXmlStreamReader>

namespace sandbox {

// One pass of QXmlStreamReader over the request; the first refusal ends it.
class SoapEnvelopeParser
{
public:
    SoapEnvelopeParser(const QByteArray &xml, bool soap12)
        : m_reader(xml),
          m_expected(soap12 ? soap::soap12EnvelopeNamespace() : soap::envelopeNamespace()),
          m_other(soap12 ? soap::envelopeNamespace() : soap::soap12EnvelopeNamespace())
    {
    }

    SoapEnvelope parse();

private:
    bool next();
    bool refuse(const QString &reason);
    bool readElement(SoapElement *into, int depth);
    bool readEnvelope();
    bool readBody();

    QXmlStreamReader m_reader;
    QString m_expected; // the envelope namespace of the request's SOAP version
    QString m_other;
    SoapEnvelope m_envelope;
    int m_elements = 0;
    bool m_sawBody = false;
    bool m_sawCall = false;
};

bool SoapEnvelopeParser::refuse(const QString &reason)
{
    m_envelope.m_fault = SoapFault::unreadable(m_reader.lineNumber(), m_reader.columnNumber(),
                                               reason);
    return false;
}

bool SoapEnvelopeParser::next()
{
    const QXmlStreamReader::TokenType token = m_reader.readNext();

    // Entity declarations live in the DTD: refusing every DTD closes XXE and entity expansion.
    if (token == QXmlStreamReader::DTD)
        return refuse(QStringLiteral("DTD is prohibited in this XML document."));
    if (token == QXmlStreamReader::EntityReference)
        return refuse(QStringLiteral("Reference to undeclared entity."));
    if (m_reader.hasError())
        return refuse(m_reader.errorString());
    return true;
}

// Reads the element whose StartElement was just read, keeping it in *into unless that is
// nullptr (skipped parts still count against the limits).
bool SoapEnvelopeParser::readElement(SoapElement *into, int depth)
{
    if (depth > SoapEnvelope::MaximumDepth)
        return refuse(QStringLiteral("The XML document is nested too deeply."));
    if (++m_elements > SoapEnvelope::MaximumElements)
        return refuse(QStringLiteral("The XML document has too many elements."));

    if (into) {
        into->namespaceUri = m_reader.namespaceUri().toString();
        into->name = m_reader.name().toString();
        into->line = m_reader.lineNumber();
        into->column = m_reader.columnNumber();
    }

    while (next()) {
        switch (m_reader.tokenType()) {
        case QXmlStreamReader::StartElement: {
            SoapElement child;
            if (!readElement(into ? &child : nullptr, depth + 1))
                return false;
            if (into)
                into->children.append(std::move(child));
            break;
        }
        case QXmlStreamReader::Characters:
            if (into)
                into->text += m_reader.text();
            break;
        case QXmlStreamReader::EndElement:
            return true;
        default:
            break;
        }
    }
    return false;
}

bool SoapEnvelopeParser::readBody()
{
    m_sawBody = true;
    if (++m_elements > SoapEnvelope::MaximumElements)
        return refuse(QStringLiteral("The XML document has too many elements."));

    while (next()) {
        if (m_reader.isEndElement())
            return true;
        if (!m_reader.isStartElement())
            continue;
        // Only the first element is the call; ASMX ignores whatever follows it.
        if (!readElement(m_sawCall ? nullptr : &m_envelope.m_call, 3))
            return false;
        m_sawCall = true;
    }
    return false;
}

bool SoapEnvelopeParser::readEnvelope()
{
    if (++m_elements > SoapEnvelope::MaximumElements)
        return refuse(QStringLiteral("The XML document has too many elements."));

    while (next()) {
        if (m_reader.isEndElement())
            return true;
        if (!m_reader.isStartElement())
            continue;
        const bool isBody = m_reader.name() == QLatin1String("Body")
                && m_reader.namespaceUri() == m_expected;
        if (!(isBody && !m_sawBody ? readBody() : readElement(nullptr, 2)))
            return false;
    }
    return false;
}

SoapEnvelope SoapEnvelopeParser::parse()
{
    while (next() && !m_reader.isStartElement()) {
        if (m_reader.atEnd())
            break;
    }
    if (!m_envelope.m_fault.message.isEmpty())
        return m_envelope;
    if (!m_reader.isStartElement()) {
        refuse(QStringLiteral("Root element is missing."));
        return m_envelope;
    }

    const bool isEnvelope = m_reader.name() == QLatin1String("Envelope");
    if (isEnvelope && m_reader.namespaceUri() == m_other) {
        m_envelope.m_fault = {SoapFault::Code::VersionMismatch,
                              QStringLiteral("Possible SOAP version mismatch: Envelope namespace "
                                             "%1 was unexpected. Expecting %2.")
                                      .arg(m_other, m_expected)};
        return m_envelope;
    }
    if (!isEnvelope || m_reader.namespaceUri() != m_expected) {
        refuse(QStringLiteral("<%1 xmlns='%2'> was not expected.")
                       .arg(m_reader.name().toString(), m_reader.namespaceUri().toString()));
        return m_envelope;
    }

    if (!readEnvelope())
        return m_envelope;

    // Trailing content (a second root, a late DTD) is still an error in the document.
    while (!m_reader.atEnd()) {
        if (!next())
            return m_envelope;
    }

    if (!m_sawBody || !m_sawCall) {
        m_envelope.m_fault = {SoapFault::Code::Client,
                              QStringLiteral("Server was unable to read request. ---> The SOAP "
                                             "Body is missing or has no method element.")};
        return m_envelope;
    }
    m_envelope.m_valid = true;
    return m_envelope;
}

SoapEnvelope SoapEnvelope::read(const QByteArray &xml, bool soap12)
{
    SoapEnvelope envelope;
    if (xml.size() > MaximumBytes) {
        envelope.m_fault = {SoapFault::Code::Client,
                            QStringLiteral("Server was unable to read request. ---> The request "
                                           "is too large.")};
    } else {
        envelope = SoapEnvelopeParser(xml, soap12).parse();
    }
    envelope.m_fault.soap12 = soap12;
    return envelope;
}

} // namespace sandbox

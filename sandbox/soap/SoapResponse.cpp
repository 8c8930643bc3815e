#include "soap/SoapResponse.h"

#include "soap/SoapNames.h"

namespace sandbox {

SoapResponse::SoapResponse(const QString &method, Framing framing)
    : m_contentType(framing == Framing::Envelope12 ? "application/soap+xml; charset=utf-8"
                                                   : "text/xml; charset=utf-8"),
      m_writer(&m_body)
{
    const bool enveloped = framing != Framing::Bare;
    const QString envelope = framing == Framing::Envelope12 ? soap::soap12EnvelopeNamespace()
                                                            : soap::envelopeNamespace();
    m_writer.writeStartDocument();
    m_writer.writeNamespace(soap::schemaInstanceNamespace(), QStringLiteral("xsi"));
    m_writer.writeNamespace(soap::schemaNamespace(), QStringLiteral("xsd"));
    if (enveloped) {
        m_writer.writeNamespace(envelope, QStringLiteral("soap"));
        m_writer.writeStartElement(envelope, QStringLiteral("Envelope"));
        m_writer.writeStartElement(envelope, QStringLiteral("Body"));
    }

    // Named without a namespace, then given the default one, so the declaration sits on this
    // element (as ASMX writes it) and everything below inherits it unprefixed.
    m_writer.writeStartElement(
            method + (enveloped ? QStringLiteral("Response") : QStringLiteral("Result")));
    m_writer.writeDefaultNamespace(soap::serviceNamespace());
    if (enveloped)
        m_writer.writeStartElement(soap::serviceNamespace(), method + QStringLiteral("Result"));
}

void SoapResponse::text(const QString &name, const QString &value)
{
    m_writer.writeTextElement(soap::serviceNamespace(), name, value);
}

void SoapResponse::integer(const QString &name, qint64 value)
{
    text(name, QString::number(value));
}

void SoapResponse::boolean(const QString &name, bool value)
{
    text(name, value ? QStringLiteral("true") : QStringLiteral("false"));
}

void SoapResponse::nil(const QString &name)
{
    m_writer.writeEmptyElement(soap::serviceNamespace(), name);
    m_writer.writeAttribute(soap::schemaInstanceNamespace(), QStringLiteral("nil"),
                            QStringLiteral("true"));
}

void SoapResponse::errors(const QStringList &messages)
{
    if (messages.isEmpty()) {
        m_writer.writeEmptyElement(soap::serviceNamespace(), QStringLiteral("Errors"));
        return;
    }
    begin(QStringLiteral("Errors"));
    for (const QString &message : messages)
        text(QStringLiteral("string"), message);
    end();
}

void SoapResponse::begin(const QString &name)
{
    m_writer.writeStartElement(soap::serviceNamespace(), name);
}

void SoapResponse::end()
{
    m_writer.writeEndElement();
}

HttpReply SoapResponse::reply()
{
    m_writer.writeEndDocument();
    return HttpReply::text(200, m_contentType.toByteArray(), m_body);
}

} // namespace sandbox

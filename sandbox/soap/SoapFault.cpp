#include "soap/SoapFault.h"

#include "soap/SoapNames.h"

#include <QXmlStreamWriter>

namespace sandbox {

namespace {
QString faultCodeText(SoapFault::Code code)
{
    switch (code) {
    case SoapFault::Code::VersionMismatch:
        return QStringLiteral("soap:VersionMismatch");
    case SoapFault::Code::Client:
        return QStringLiteral("soap:Client");
    case SoapFault::Code::Server:
        break;
    }
    return QStringLiteral("soap:Server");
}

QString fault12CodeText(SoapFault::Code code)
{
    switch (code) {
    case SoapFault::Code::VersionMismatch:
        return QStringLiteral("soap:VersionMismatch");
    case SoapFault::Code::Client:
        return QStringLiteral("soap:Sender");
    case SoapFault::Code::Server:
        break;
    }
    return QStringLiteral("soap:Receiver");
}

HttpReply soap12Reply(SoapFault::Code code, const QString &message)
{
    const QString ns = soap::soap12EnvelopeNamespace();
    QByteArray body;
    QXmlStreamWriter writer(&body);
    writer.writeStartDocument();
    writer.writeNamespace(ns, QStringLiteral("soap"));
    writer.writeNamespace(soap::schemaInstanceNamespace(), QStringLiteral("xsi"));
    writer.writeNamespace(soap::schemaNamespace(), QStringLiteral("xsd"));
    writer.writeStartElement(ns, QStringLiteral("Envelope"));
    writer.writeStartElement(ns, QStringLiteral("Body"));
    writer.writeStartElement(ns, QStringLiteral("Fault"));
    writer.writeStartElement(ns, QStringLiteral("Code"));
    writer.writeTextElement(ns, QStringLiteral("Value"), fault12CodeText(code));
    writer.writeEndElement();
    writer.writeStartElement(ns, QStringLiteral("Reason"));
    writer.writeStartElement(ns, QStringLiteral("Text"));
    writer.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
    writer.writeCharacters(message);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEmptyElement(ns, QStringLiteral("Detail"));
    writer.writeEndDocument();
    return HttpReply::text(500, QByteArrayLiteral("application/soap+xml; charset=utf-8"), body);
}

} // namespace

HttpReply SoapFault::toReply() const
{
    if (soap12)
        return soap12Reply(code, message);
    QByteArray body;
    QXmlStreamWriter writer(&body);
    writer.writeStartDocument();
    writer.writeNamespace(soap::envelopeNamespace(), QStringLiteral("soap"));
    writer.writeNamespace(soap::schemaInstanceNamespace(), QStringLiteral("xsi"));
    writer.writeNamespace(soap::schemaNamespace(), QStringLiteral("xsd"));
    writer.writeStartElement(soap::envelopeNamespace(), QStringLiteral("Envelope"));
    writer.writeStartElement(soap::envelopeNamespace(), QStringLiteral("Body"));
    writer.writeStartElement(soap::envelopeNamespace(), QStringLiteral("Fault"));
    // SOAP 1.1 puts faultcode and faultstring in no namespace.
    writer.writeTextElement(QStringLiteral("faultcode"), faultCodeText(code));
    writer.writeTextElement(QStringLiteral("faultstring"), message);
    writer.writeEmptyElement(QStringLiteral("detail"));
    writer.writeEndDocument();

    return HttpReply::text(500, QByteArrayLiteral("text/xml; charset=utf-8"), body);
}

SoapFault SoapFault::unreadable(qint64 line, qint64 column, const QString &reason)
{
    return { Code::Client,
             QStringLiteral("Server was unable to read request. ---> There is an error in XML "
                            "document (%1, %2). ---> %3")
                     .arg(line)
                     .arg(column)
                     .arg(reason) };
}

} // namespace sandbox

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
} // namespace

HttpReply SoapFault::toReply() const
{
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
    return {Code::Client,
            QStringLiteral("Server was unable to read request. ---> There is an error in XML "
                           "document (%1, %2). ---> %3")
                    .arg(line)
                    .arg(column)
                    .arg(reason)};
}

} // namespace sandbox

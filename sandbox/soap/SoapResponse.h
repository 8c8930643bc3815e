#pragma once

#include "http/HttpExchange.h"

#include <QByteArray>
#include <QStringList>
#include <QXmlStreamWriter>

namespace sandbox {

// Writes one successful SOAP 1.1 (or 1.2) reply the way ASMX lays it out:
// <MethodResponse xmlns="urn:thesecretserver.com"><MethodResult>...</MethodResult>.
// Elements written between construction and reply() land inside MethodResult. The HTTP GET
// binding sends the bare MethodResult element instead (Framing::Bare).
class SoapResponse
{
public:
    enum class Framing { Envelope, Envelope12, Bare };

    explicit SoapResponse(const QString &method, Framing framing = Framing::Envelope);

    SoapResponse(const SoapResponse &) = delete;
    SoapResponse &operator=(const SoapResponse &) = delete;

    void text(const QString &name, const QString &value);
    void integer(const QString &name, qint64 value);
    void boolean(const QString &name, bool value);
    void nil(const QString &name); // a nillable value that has none: xsi:nil="true"

    // ArrayOfString: <Errors /> when empty, else one <string> per message.
    void errors(const QStringList &messages);

    void begin(const QString &name);
    void end();

    HttpReply reply(); // closes every open element; call once

private:
    QByteArrayView m_contentType;
    QByteArray m_body;
    QXmlStreamWriter m_writer;
};

} // namespace sandbox

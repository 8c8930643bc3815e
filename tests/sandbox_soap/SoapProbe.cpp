#include "SoapProbe.h"

#include <QXmlStreamReader>

namespace {
const QString SoapNamespace = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QString InstanceNamespace = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
} // namespace

SoapXml::SoapXml(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    QStringList path;
    QStringList text;
    bool inBody = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (!inBody) {
                inBody = xml.name() == QLatin1String("Body")
                        && xml.namespaceUri() == SoapNamespace;
                break;
            }
            path.append(xml.name().toString());
            text.append(QString());
            if (xml.attributes().value(InstanceNamespace, QLatin1String("nil"))
                == QLatin1String("true"))
                m_nil.append(path.join(QLatin1Char('/')));
            break;
        case QXmlStreamReader::Characters:
            if (!text.isEmpty())
                text.last() += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (path.isEmpty()) {
                inBody = false;
                break;
            }
            m_values[path.join(QLatin1Char('/'))].append(text.takeLast());
            path.removeLast();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        m_error = xml.errorString();
}

QString SoapProbe::endpoint()
{
    return QStringLiteral("/SecretServer/webservices/SSWebService.asmx");
}

QByteArray SoapProbe::envelope(const QString &method, const SoapArguments &arguments,
                               const QByteArray &extraXml)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                     "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                     "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                     "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\n"
                     "  <soap:Body>\n    <"
            + method.toUtf8() + " xmlns=\"urn:thesecretserver.com\">\n";
    for (const auto &[name, value] : arguments) {
        xml += "      <" + name.toUtf8() + '>' + value.toHtmlEscaped().toUtf8() + "</"
                + name.toUtf8() + ">\n";
    }
    xml += extraXml;
    xml += "    </" + method.toUtf8() + ">\n  </soap:Body>\n</soap:Envelope>\n";
    return xml;
}

QByteArray SoapProbe::soapAction(const QString &method)
{
    return "\"urn:thesecretserver.com/" + method.toUtf8() + '"';
}

ProbeReply SoapProbe::post(const QByteArray &body, const QByteArray &action,
                           const QByteArray &contentType)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!action.isNull())
        headers.append({QByteArrayLiteral("SOAPAction"), action});
    return m_http.send(QByteArrayLiteral("POST"), endpoint(), body, contentType, headers);
}

ProbeReply SoapProbe::call(const QString &method, const SoapArguments &arguments,
                           const QByteArray &extraXml)
{
    return post(envelope(method, arguments, extraXml), soapAction(method));
}

ProbeReply SoapProbe::callFrom(const QHostAddress &source, const QString &method,
                               const SoapArguments &arguments)
{
    return m_http.sendFrom(source, QByteArrayLiteral("POST"), endpoint(),
                           envelope(method, arguments),
                           QByteArrayLiteral("text/xml; charset=utf-8"),
                           {{QByteArrayLiteral("SOAPAction"), soapAction(method)}});
}

QString SoapProbe::authenticate(const QString &user, const QString &password,
                                QStringList *errors)
{
    const ProbeReply reply = call(QStringLiteral("Authenticate"),
                                  {{QStringLiteral("username"), user},
                                   {QStringLiteral("password"), password},
                                   {QStringLiteral("organization"), QString()},
                                   {QStringLiteral("domain"), QString()}});
    const SoapXml xml(reply.body);
    if (errors) {
        *errors = xml.values(QStringLiteral(
                "AuthenticateResponse/AuthenticateResult/Errors/string"));
    }
    return xml.value(QStringLiteral("AuthenticateResponse/AuthenticateResult/Token"));
}

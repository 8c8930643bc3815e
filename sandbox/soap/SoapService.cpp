#include "soap/SoapService.h"

#include "secretserver/Estate.h"
#include "soap/SoapCall.h"
#include "soap/SoapEnvelope.h"
#include "soap/SoapErrorText.h"
#include "soap/SoapMethods.h"
#include "soap/SoapNames.h"
#include "soap/WsdlDocument.h"

#include <QUrl>

Q_LOGGING_CATEGORY(lcSandboxSoap, "sandbox.soap")

namespace sandbox {

namespace {
soap::MethodHandler handlerFor(QLatin1String method)
{
    static const QList<QPair<QLatin1String, soap::MethodHandler>> handlers = {
        {QLatin1String("Authenticate"), &soap::authenticate},
        {QLatin1String("WhoAmI"), &soap::whoAmI},
        {QLatin1String("GetTokenIsValid"), &soap::getTokenIsValid},
        {QLatin1String("VersionGet"), &soap::versionGet},
        {QLatin1String("SearchSecrets"), &soap::searchSecrets},
        {QLatin1String("SearchSecretsByFolder"), &soap::searchSecretsByFolder},
        {QLatin1String("GetSecret"), &soap::getSecret},
        {QLatin1String("GetCheckOutStatus"), &soap::getCheckOutStatus},
        {QLatin1String("CheckIn"), &soap::checkIn},
    };
    for (const auto &[name, handler] : handlers) {
        if (method == name)
            return handler;
    }
    return nullptr;
}

bool takesToken(const SoapOperation &operation)
{
    for (const SoapParameter &parameter : operation.parameters) {
        if (parameter.name == QLatin1String("token"))
            return true;
    }
    return false;
}

// ASMX's plain-text answer to requests outside the SOAP binding (HTTP 500, not a Fault).
HttpReply requestFormatError(const QString &message)
{
    return HttpReply::text(500, QByteArrayLiteral("text/plain; charset=utf-8"),
                           QStringLiteral("System.InvalidOperationException: %1").arg(message)
                                   .toUtf8());
}

HttpReply htmlPage(int status, const QString &title, const QString &paragraph)
{
    const QString html = QStringLiteral("<!DOCTYPE html><html><head><title>%1</title></head>"
                                        "<body><h2>%1</h2><p>%2</p></body></html>")
                                 .arg(title.toHtmlEscaped(), paragraph.toHtmlEscaped());
    return HttpReply::text(status, QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8());
}

// The address the caller used, so a client generated from the WSDL comes back the same way.
QString serviceAddress(const HttpRequest &request)
{
    QUrl url;
    url.setScheme(request.secure ? QStringLiteral("https") : QStringLiteral("http"));
    url.setAuthority(QString::fromLatin1(request.header(QByteArrayLiteral("Host"))),
                     QUrl::StrictMode);
    if (url.host().isEmpty())
        url.setAuthority(QStringLiteral("localhost"));
    url.setPath(request.path);
    return url.toString();
}

QString soapActionMethod(const QByteArray &header)
{
    QString action = QString::fromUtf8(header).trimmed();
    if (action.size() >= 2 && action.startsWith(QLatin1Char('"'))
        && action.endsWith(QLatin1Char('"')))
        action = action.mid(1, action.size() - 2);
    const QString prefix = soap::serviceNamespace() + QLatin1Char('/');
    return action.startsWith(prefix) ? action.mid(prefix.size()) : QString();
}
} // namespace

SoapService::SoapService(Estate &estate) : m_estate(estate) { }

QString SoapService::endpointPath()
{
    return QStringLiteral("/SecretServer/webservices/SSWebService.asmx");
}

bool SoapService::accepts(const HttpRequest &request) const
{
    // IIS matches paths case-insensitively; clients spell the file both ways (§12).
    const QString endpoint = endpointPath();
    return request.path.compare(endpoint, Qt::CaseInsensitive) == 0
            || request.path.startsWith(endpoint + QLatin1Char('/'), Qt::CaseInsensitive);
}

HttpReply SoapService::handle(const HttpRequest &request)
{
    const QString methodPath = request.path.mid(endpointPath().size() + 1);

    if (request.method == "GET")
        return handleGet(request, methodPath);
    if (request.method != "POST")
        return htmlPage(405, QStringLiteral("405 - HTTP verb used to access this page is not "
                                            "allowed."),
                        QStringLiteral("The page you are looking for cannot be displayed."));
    if (!methodPath.isEmpty()) {
        // The HTTP POST binding is not offered; ASMX says so this way.
        return requestFormatError(
                QStringLiteral("Request format is unrecognized for URL unexpectedly ending "
                               "in '/%1'.")
                        .arg(methodPath));
    }
    return handleSoapPost(request);
}

HttpReply SoapService::handleGet(const HttpRequest &request, const QString &methodPath)
{
    if (!methodPath.isEmpty())
        return handleHttpGetBinding(request, methodPath);

    for (const auto &[key, value] : request.query.queryItems()) {
        if (key.compare(QLatin1String("wsdl"), Qt::CaseInsensitive) == 0) {
            qCDebug(lcSandboxSoap) << "WSDL requested from" << request.peer.toString();
            return HttpReply::text(200, QByteArrayLiteral("text/xml; charset=utf-8"),
                                   WsdlDocument::build(serviceAddress(request)));
        }
    }

    QStringList names;
    for (const SoapOperation &operation : SoapOperation::all())
        names.append(operation.name);
    return htmlPage(200, QStringLiteral("SSWebService Web Service"),
                    QStringLiteral("Operations: %1. Service description: append ?WSDL.")
                            .arg(names.join(QStringLiteral(", "))));
}

HttpReply SoapService::handleSoapPost(const HttpRequest &request)
{
    const QByteArray mediaType =
            request.header(QByteArrayLiteral("Content-Type")).split(';').first().trimmed()
                    .toLower();
    if (mediaType == "application/soap+xml")
        return handleSoap12Post(request);
    if (mediaType != "text/xml") {
        return requestFormatError(QStringLiteral("Request format is invalid: %1.")
                                          .arg(QString::fromLatin1(mediaType)));
    }

    // ASMX routes on SOAPAction before it reads the body.
    const QByteArray action = request.header(QByteArrayLiteral("SOAPAction"));
    if (action.trimmed().isEmpty() || action.trimmed() == "\"\"") {
        qCInfo(lcSandboxSoap) << "POST without SOAPAction from" << request.peer.toString();
        return SoapFault{SoapFault::Code::Client,
                         QStringLiteral("Unable to handle request without a valid action "
                                        "parameter. Please supply a valid soap action.")}
                .toReply();
    }
    const SoapOperation *operation = SoapOperation::find(soapActionMethod(action));
    if (!operation) {
        qCInfo(lcSandboxSoap) << "Unknown SOAPAction from" << request.peer.toString();
        return SoapFault{SoapFault::Code::Client,
                         QStringLiteral("Server did not recognize the value of HTTP Header "
                                        "SOAPAction: %1.")
                                 .arg(QString::fromUtf8(action.left(200)))}
                .toReply();
    }

    const SoapEnvelope envelope = SoapEnvelope::read(request.body);
    if (!envelope.isValid()) {
        qCInfo(lcSandboxSoap) << "Unreadable envelope for" << operation->name << "from"
                              << request.peer.toString();
        return envelope.fault().toReply();
    }
    const SoapElement &call = envelope.call();
    if (call.name != operation->name || call.namespaceUri != soap::serviceNamespace()) {
        return SoapFault::unreadable(call.line, call.column,
                                     QStringLiteral("<%1 xmlns='%2'> was not expected.")
                                             .arg(call.name, call.namespaceUri))
                .toReply();
    }

    return invoke(request, *operation, call, SoapResponse::Framing::Envelope);
}

HttpReply SoapService::handleSoap12Post(const HttpRequest &request)
{
    // SOAP 1.2 (§12, port SSWebServiceSoap12): the action travels as a Content-Type
    // parameter; without it ASMX routes on the body's method element.
    QByteArray action;
    for (const QByteArray &part : request.header(QByteArrayLiteral("Content-Type")).split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.toLower().startsWith("action="))
            action = trimmed.mid(7);
    }
    const SoapEnvelope envelope = SoapEnvelope::read(request.body, true);
    if (!envelope.isValid()) {
        qCInfo(lcSandboxSoap) << "Unreadable SOAP 1.2 envelope from" << request.peer.toString();
        return envelope.fault().toReply();
    }
    const SoapElement &call = envelope.call();
    const SoapOperation *operation = action.isEmpty()
            ? SoapOperation::find(call.name)
            : SoapOperation::find(soapActionMethod(action));
    if (!operation) {
        SoapFault fault { SoapFault::Code::Client,
                          QStringLiteral("Server did not recognize the value of HTTP Header "
                                         "SOAPAction: %1.")
                                  .arg(QString::fromUtf8(action.left(200))) };
        fault.soap12 = true;
        return fault.toReply();
    }
    if (call.name != operation->name || call.namespaceUri != soap::serviceNamespace()) {
        SoapFault fault = SoapFault::unreadable(call.line, call.column,
                                                QStringLiteral("<%1 xmlns='%2'> was not expected.")
                                                        .arg(call.name, call.namespaceUri));
        fault.soap12 = true;
        return fault.toReply();
    }
    return invoke(request, *operation, call, SoapResponse::Framing::Envelope12);
}

HttpReply SoapService::handleHttpGetBinding(const HttpRequest &request,
                                            const QString &methodPath)
{
    // §12: presumably gated by allowWebServiceHttpGet; off, ASMX does not know the format.
    if (!m_estate.configurationFlag(QStringLiteral("security"),
                                    QStringLiteral("allowWebServiceHttpGet"))) {
        return requestFormatError(
                QStringLiteral("Request format is unrecognized for URL unexpectedly ending "
                               "in '/%1'.")
                        .arg(methodPath));
    }
    const SoapOperation *operation = SoapOperation::find(methodPath);
    if (!operation) {
        return requestFormatError(
                QStringLiteral("%1 Web Service method name is not valid.").arg(methodPath));
    }

    SoapElement arguments;
    arguments.namespaceUri = soap::serviceNamespace();
    arguments.name = operation->name;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        SoapElement argument;
        argument.namespaceUri = soap::serviceNamespace();
        argument.name = key;
        argument.text = value;
        arguments.children.append(argument);
    }
    return invoke(request, *operation, arguments, SoapResponse::Framing::Bare);
}

HttpReply SoapService::invoke(const HttpRequest &request, const SoapOperation &operation,
                              SoapElement arguments, SoapResponse::Framing framing)
{
    SoapCall call(m_estate, request, operation, std::move(arguments));
    if (std::optional<SoapFault> fault = call.checkArgumentTypes()) {
        if (framing == SoapResponse::Framing::Bare)
            return requestFormatError(fault->message);
        fault->soap12 = framing == SoapResponse::Framing::Envelope12;
        return fault->toReply();
    }

    SoapResponse out(operation.name, framing);
    if (!m_estate.webServicesEnabled()) {
        qCInfo(lcSandboxSoap) << operation.name << "refused: web services are disabled";
        out.errors({soap::text::webServicesDisabled()});
        return out.reply();
    }
    if (takesToken(operation)) {
        // §2.1: whether REST tokens work over SOAP is version dependent; newer servers accept
        // them, and so does the sandbox (any live session of the estate).
        const Session *session = m_estate.session(call.string(QStringLiteral("token")).toUtf8());
        if (!session) {
            qCInfo(lcSandboxSoap) << operation.name << "from" << request.peer.toString()
                                  << "refused: invalid or expired token";
            out.errors({soap::text::tokenInvalid()});
            return out.reply();
        }
        call.setSession(session);
    }

    const soap::MethodHandler handler = handlerFor(operation.name);
    if (!handler) {
        SoapFault fault { SoapFault::Code::Server,
                          QStringLiteral("Server was unable to process request. ---> The "
                                         "method is not implemented.") };
        fault.soap12 = framing == SoapResponse::Framing::Envelope12;
        return fault.toReply();
    }
    handler(call, out);
    return out.reply();
}

HttpReply SoapService::transportError(int status, const QString &message) const
{
    // An ASMX exception surfaces as a soap:Server Fault; what IIS refuses first is HTML.
    if (status == 500) {
        return SoapFault{SoapFault::Code::Server,
                         QStringLiteral("Server was unable to process request. ---> %1")
                                 .arg(message)}
                .toReply();
    }
    return htmlPage(status, QStringLiteral("HTTP Error %1").arg(status), message);
}

} // namespace sandbox

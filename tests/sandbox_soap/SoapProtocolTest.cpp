// SSWebService.asmx as a SOAP 1.1 endpoint, over real HTTP(S) against the sandbox process:
// routing, SOAPAction, the WSDL, Faults for requests it cannot read, and web services being
// switched off. What the methods do with the estate is SoapScannerPathTest's subject.
#include "SoapProbe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

namespace {
const QString VersionResult = QStringLiteral("VersionGetResponse/VersionGetResult");

QString faultCode(const ProbeReply &reply)
{
    return SoapXml(reply.body).value(QStringLiteral("Fault/faultcode"));
}

QString faultString(const ProbeReply &reply)
{
    return SoapXml(reply.body).value(QStringLiteral("Fault/faultstring"));
}

QByteArray versionGetEnvelope()
{
    return SoapProbe::envelope(QStringLiteral("VersionGet"), {});
}
} // namespace

class SoapProtocolTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void wsdlIsServed_data();
    void wsdlIsServed();
    void wsdlNamesEveryMethodWithItsSoapAction();
    void wsdlAddressIsTheOneTheCallerUsed_data();
    void wsdlAddressIsTheOneTheCallerUsed();
    void endpointPathIsCaseInsensitive_data();
    void endpointPathIsCaseInsensitive();
    void soapActionMayBeQuotedOrNot_data();
    void soapActionMayBeQuotedOrNot();
    void unreadableRequestsGetAFault_data();
    void unreadableRequestsGetAFault();
    void wrongArgumentTypeIsAFault();
    void unqualifiedArgumentsAreNotRead();
    void otherContentTypesAreRefused();
    void soap12CallIsAnswered_data();
    void soap12CallIsAnswered();
    void soap11EnvelopeAsSoap12IsAVersionMismatch();
    void httpGetBindingIsOffByDefault();
    void httpGetBindingAnswersWhenAllowed();
    void webServicesDisabledAnswersEveryMethodWithAnError_data();
    void webServicesDisabledAnswersEveryMethodWithAnError();

private:
    ProbeReply control(const QString &command, const QJsonObject &body);
    bool allowHttpGet(bool allow);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<HttpProbe> m_http;
    std::unique_ptr<SoapProbe> m_soap;
};

void SoapProtocolTest::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_http = std::make_unique<HttpProbe>(*m_sandbox);
    m_soap = std::make_unique<SoapProbe>(*m_http);
}

void SoapProtocolTest::cleanupTestCase()
{
    m_soap.reset();
    m_http.reset();
    m_sandbox.reset();
}

ProbeReply SoapProtocolTest::control(const QString &command, const QJsonObject &body)
{
    return m_http->send(QByteArrayLiteral("POST"),
                        QStringLiteral("/sandbox-control/secretserver/") + command,
                        QJsonDocument(body).toJson(QJsonDocument::Compact),
                        QByteArrayLiteral("application/json"),
                        {{QByteArrayLiteral("X-Sandbox-Control"), m_sandbox->controlToken()}});
}

// Through the REST configuration API as the administrator, as an operator would.
bool SoapProtocolTest::allowHttpGet(bool allow)
{
    const QByteArray admin = m_http->login(QStringLiteral("admin"),
                                           QStringLiteral("Sandbox-Admin-1!"));
    const QJsonObject data{{QStringLiteral("allowWebServiceHttpGet"),
                            QJsonObject{{QStringLiteral("dirty"), true},
                                        {QStringLiteral("value"), allow}}}};
    const ProbeReply reply =
            m_http->sendJson(QByteArrayLiteral("PATCH"),
                             QStringLiteral("/SecretServer/api/v1/configuration/security"),
                             QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}), admin);
    return !admin.isEmpty() && reply.status == 200;
}

void SoapProtocolTest::wsdlIsServed_data()
{
    QTest::addColumn<QString>("query");

    QTest::newRow("upper case") << QStringLiteral("?WSDL");
    QTest::newRow("lower case") << QStringLiteral("?wsdl");
    QTest::newRow("mixed case") << QStringLiteral("?Wsdl");
}

void SoapProtocolTest::wsdlIsServed()
{
    QFETCH(QString, query);

    const ProbeReply reply = m_http->get(SoapProbe::endpoint() + query);

    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header(QByteArrayLiteral("Content-Type")).startsWith("text/xml"));
    QXmlStreamReader xml(reply.body);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("definitions"));
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void SoapProtocolTest::wsdlNamesEveryMethodWithItsSoapAction()
{
    const ProbeReply reply = m_http->get(SoapProbe::endpoint() + QStringLiteral("?WSDL"));

    const QStringList methods{
        QStringLiteral("Authenticate"),       QStringLiteral("WhoAmI"),
        QStringLiteral("GetTokenIsValid"),    QStringLiteral("VersionGet"),
        QStringLiteral("SearchSecrets"),      QStringLiteral("SearchSecretsByFolder"),
        QStringLiteral("GetSecret"),          QStringLiteral("GetCheckOutStatus"),
        QStringLiteral("CheckIn")};
    QStringList actions;
    QStringList elements;
    QXmlStreamReader xml(reply.body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("operation")
            && xml.attributes().hasAttribute(QStringLiteral("soapAction")))
            actions << xml.attributes().value(QStringLiteral("soapAction")).toString();
        if (xml.name() == QLatin1String("element") && xml.attributes().hasAttribute(
                    QStringLiteral("name")))
            elements << xml.attributes().value(QStringLiteral("name")).toString();
    }

    for (const QString &method : methods) {
        QVERIFY2(actions.contains(QStringLiteral("urn:thesecretserver.com/") + method),
                 qPrintable(method));
        QVERIFY2(elements.contains(method), qPrintable(method));
        QVERIFY2(elements.contains(method + QStringLiteral("Response")), qPrintable(method));
    }
}

void SoapProtocolTest::wsdlAddressIsTheOneTheCallerUsed_data()
{
    QTest::addColumn<bool>("https");

    QTest::newRow("https") << true;
    QTest::newRow("http") << false;
}

void SoapProtocolTest::wsdlAddressIsTheOneTheCallerUsed()
{
    QFETCH(bool, https);
    HttpProbe probe(*m_sandbox, https);

    const ProbeReply reply = probe.get(SoapProbe::endpoint() + QStringLiteral("?wsdl"));

    QUrl expected = m_sandbox->baseUrl(https);
    expected.setPath(SoapProbe::endpoint());
    const QByteArray location = "location=\"" + expected.toString().toUtf8() + '"';
    QVERIFY2(reply.body.contains(location), reply.body.right(400).constData());
}

void SoapProtocolTest::endpointPathIsCaseInsensitive_data()
{
    QTest::addColumn<QString>("path");

    QTest::newRow("as documented") << QStringLiteral("/SecretServer/webservices/SSWebService.asmx");
    QTest::newRow("lower case") << QStringLiteral("/SecretServer/webservices/sswebservice.asmx");
    QTest::newRow("upper case") << QStringLiteral("/SECRETSERVER/WEBSERVICES/SSWEBSERVICE.ASMX");
}

void SoapProtocolTest::endpointPathIsCaseInsensitive()
{
    QFETCH(QString, path);

    const ProbeReply reply = m_http->send(
            QByteArrayLiteral("POST"), path, versionGetEnvelope(),
            QByteArrayLiteral("text/xml; charset=utf-8"),
            {{QByteArrayLiteral("SOAPAction"),
              SoapProbe::soapAction(QStringLiteral("VersionGet"))}});

    QCOMPARE(reply.status, 200);
    QVERIFY(!SoapXml(reply.body).value(VersionResult + QStringLiteral("/Version")).isEmpty());
}

void SoapProtocolTest::soapActionMayBeQuotedOrNot_data()
{
    QTest::addColumn<QByteArray>("action");

    QTest::newRow("quoted") << QByteArrayLiteral("\"urn:thesecretserver.com/VersionGet\"");
    QTest::newRow("unquoted") << QByteArrayLiteral("urn:thesecretserver.com/VersionGet");
}

void SoapProtocolTest::soapActionMayBeQuotedOrNot()
{
    QFETCH(QByteArray, action);

    const ProbeReply reply = m_soap->post(versionGetEnvelope(), action);

    QCOMPARE(reply.status, 200);
    const SoapXml xml(reply.body);
    QVERIFY(xml.has(VersionResult + QStringLiteral("/Errors")));
    QVERIFY(!xml.value(VersionResult + QStringLiteral("/Version")).isEmpty());
}

void SoapProtocolTest::unreadableRequestsGetAFault_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QString>("faultText");

    const QByteArray versionAction = SoapProbe::soapAction(QStringLiteral("VersionGet"));
    QTest::newRow("malformed xml") << QByteArrayLiteral("<soap:Envelope><oops") << versionAction
                                   << QStringLiteral("error in XML document");
    QTest::newRow("html instead of xml")
            << QByteArrayLiteral("<html><body><h1>Hello</h1></body></html>") << versionAction
            << QStringLiteral("was not expected");
    QTest::newRow("xxe")
            << QByteArrayLiteral("<?xml version=\"1.0\"?>"
                                 "<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "
                                 "\"file:///etc/passwd\">]>"
                                 "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/"
                                 "envelope/\"><soap:Body><VersionGet xmlns=\"urn:thesecretserver"
                                 ".com\">&xxe;</VersionGet></soap:Body></soap:Envelope>")
            << versionAction << QStringLiteral("DTD is prohibited");
    QTest::newRow("billion laughs")
            << QByteArrayLiteral("<!DOCTYPE l [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;\">"
                                 "<!ENTITY c \"&b;&b;&b;&b;\">]><l>&c;</l>")
            << versionAction << QStringLiteral("DTD is prohibited");
    QTest::newRow("empty body") << QByteArray() << versionAction
                                << QStringLiteral("error in XML document");
    QTest::newRow("no body element")
            << QByteArrayLiteral("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/"
                                 "envelope/\"><soap:Body/></soap:Envelope>")
            << versionAction << QStringLiteral("Body is missing");
    QTest::newRow("deeply nested")
            << SoapProbe::envelope(QStringLiteral("VersionGet"), {},
                                   QByteArray("<x>").repeated(5000)
                                           + QByteArray("</x>").repeated(5000))
            << versionAction << QStringLiteral("nested too deeply");
    QTest::newRow("unknown method")
            << SoapProbe::envelope(QStringLiteral("DeleteEverything"), {})
            << SoapProbe::soapAction(QStringLiteral("DeleteEverything"))
            << QStringLiteral("did not recognize the value of HTTP Header SOAPAction");
    QTest::newRow("foreign action")
            << versionGetEnvelope() << QByteArrayLiteral("\"http://tempuri.org/VersionGet\"")
            << QStringLiteral("did not recognize the value of HTTP Header SOAPAction");
    QTest::newRow("no soapaction") << versionGetEnvelope() << QByteArray()
                                   << QStringLiteral("without a valid action parameter");
    QTest::newRow("body does not match the action")
            << SoapProbe::envelope(QStringLiteral("WhoAmI"), {}) << versionAction
            << QStringLiteral("was not expected");
    QTest::newRow("method outside the service namespace")
            << QByteArrayLiteral("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/"
                                 "envelope/\"><soap:Body><VersionGet/></soap:Body>"
                                 "</soap:Envelope>")
            << versionAction << QStringLiteral("was not expected");
}

void SoapProtocolTest::unreadableRequestsGetAFault()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, action);
    QFETCH(QString, faultText);

    const ProbeReply reply = m_soap->post(body, action);

    QCOMPARE(reply.status, 500);
    QVERIFY(reply.header(QByteArrayLiteral("Content-Type")).startsWith("text/xml"));
    QCOMPARE(faultCode(reply), QStringLiteral("soap:Client"));
    QVERIFY2(faultString(reply).contains(faultText), qPrintable(faultString(reply)));
}

void SoapProtocolTest::wrongArgumentTypeIsAFault()
{
    const ProbeReply reply = m_soap->call(QStringLiteral("GetSecret"),
                                          {{QStringLiteral("token"), QStringLiteral("t")},
                                           {QStringLiteral("secretId"), QStringLiteral("five")}});

    QCOMPARE(reply.status, 500);
    QCOMPARE(faultCode(reply), QStringLiteral("soap:Client"));
    QVERIFY2(faultString(reply).contains(QLatin1String("not in a correct format")),
             qPrintable(faultString(reply)));
}

void SoapProtocolTest::unqualifiedArgumentsAreNotRead()
{
    // elementFormDefault="qualified": a prefixed method with unprefixed children sends
    // arguments in no namespace, which the service does not see, so the login fails.
    const QByteArray body = QByteArrayLiteral(
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            "xmlns:ss=\"urn:thesecretserver.com\"><soap:Body><ss:Authenticate>"
            "<username>svc-qualys</username><password>Sandbox-Qualys-1!</password>"
            "</ss:Authenticate></soap:Body></soap:Envelope>");

    const ProbeReply reply = m_soap->post(body, SoapProbe::soapAction(
                                                        QStringLiteral("Authenticate")));

    QCOMPARE(reply.status, 200);
    const SoapXml xml(reply.body);
    QVERIFY(!xml.has(QStringLiteral("AuthenticateResponse/AuthenticateResult/Token")));
    QCOMPARE(xml.values(QStringLiteral("AuthenticateResponse/AuthenticateResult/Errors/string")),
             QStringList{QStringLiteral("Login failed.")});
}

void SoapProtocolTest::otherContentTypesAreRefused()
{
    const ProbeReply reply = m_soap->post(QByteArrayLiteral("{\"method\":\"VersionGet\"}"),
                                          SoapProbe::soapAction(QStringLiteral("VersionGet")),
                                          QByteArrayLiteral("application/json"));

    QCOMPARE(reply.status, 500);
    QVERIFY(reply.body.contains("Request format is invalid"));
}

void SoapProtocolTest::soap12CallIsAnswered_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("action parameter")
            << QByteArrayLiteral("application/soap+xml; charset=utf-8; "
                                 "action=\"urn:thesecretserver.com/VersionGet\"");
    QTest::newRow("routed on the body") << QByteArrayLiteral("application/soap+xml; charset=utf-8");
}

void SoapProtocolTest::soap12CallIsAnswered()
{
    // §12: the service also has an SSWebServiceSoap12 port.
    QFETCH(QByteArray, contentType);
    QByteArray body = SoapProbe::envelope(QStringLiteral("VersionGet"), {});
    body.replace("http://schemas.xmlsoap.org/soap/envelope/",
                 "http://www.w3.org/2003/05/soap-envelope");

    const ProbeReply reply = m_soap->post(body, QByteArray(), contentType);

    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/soap+xml"));
    QVERIFY(reply.body.contains("\"http://www.w3.org/2003/05/soap-envelope\""));
    QVERIFY2(reply.body.contains("<VersionGetResponse xmlns=\"urn:thesecretserver.com\">"),
             reply.body.constData());
}

void SoapProtocolTest::soap11EnvelopeAsSoap12IsAVersionMismatch()
{
    const ProbeReply reply = m_soap->post(SoapProbe::envelope(QStringLiteral("VersionGet"), {}),
                                          QByteArray(),
                                          QByteArrayLiteral("application/soap+xml; charset=utf-8"));

    QCOMPARE(reply.status, 500);
    QVERIFY(reply.header("Content-Type").startsWith("application/soap+xml"));
    QVERIFY2(reply.body.contains("<soap:Value>soap:VersionMismatch</soap:Value>"),
             reply.body.constData());
    QVERIFY(reply.body.contains("<soap:Reason>"));
}

void SoapProtocolTest::httpGetBindingIsOffByDefault()
{
    const ProbeReply reply = m_http->get(SoapProbe::endpoint()
                                         + QStringLiteral("/VersionGet"));

    QCOMPARE(reply.status, 500);
    QVERIFY2(reply.body.contains("Request format is unrecognized"), reply.body.constData());
}

void SoapProtocolTest::httpGetBindingAnswersWhenAllowed()
{
    QVERIFY(allowHttpGet(true));

    const ProbeReply reply = m_http->get(SoapProbe::endpoint()
                                         + QStringLiteral("/Authenticate?username=svc-qualys"
                                                          "&password=Sandbox-Qualys-1%21"
                                                          "&organization=&domain="));
    QVERIFY(allowHttpGet(false));

    QCOMPARE(reply.status, 200);
    // The bare result element, as the Perl example in the vendor docs reads it (§12).
    QXmlStreamReader xml(reply.body);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("AuthenticateResult"));
    QCOMPARE(xml.namespaceUri(), QLatin1String("urn:thesecretserver.com"));
    QVERIFY2(reply.body.contains("<Token>"), reply.body.constData());
}

void SoapProtocolTest::webServicesDisabledAnswersEveryMethodWithAnError_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<SoapArguments>("arguments");

    QTest::newRow("Authenticate") << QStringLiteral("Authenticate")
                                  << SoapArguments{{QStringLiteral("username"),
                                                    QStringLiteral("svc-qualys")},
                                                   {QStringLiteral("password"),
                                                    QStringLiteral("Sandbox-Qualys-1!")}};
    QTest::newRow("VersionGet") << QStringLiteral("VersionGet") << SoapArguments{};
    QTest::newRow("GetSecret") << QStringLiteral("GetSecret")
                               << SoapArguments{{QStringLiteral("token"), QStringLiteral("x")},
                                                {QStringLiteral("secretId"),
                                                 QStringLiteral("1")}};
}

void SoapProtocolTest::webServicesDisabledAnswersEveryMethodWithAnError()
{
    QFETCH(QString, method);
    QFETCH(SoapArguments, arguments);
    QCOMPARE(control(QStringLiteral("web-services"), {{QStringLiteral("enabled"), false}}).status,
             200);

    const ProbeReply reply = m_soap->call(method, arguments);
    QCOMPARE(control(QStringLiteral("web-services"), {{QStringLiteral("enabled"), true}}).status,
             200);

    QCOMPARE(reply.status, 200);
    const QString result = method + QStringLiteral("Response/") + method
            + QStringLiteral("Result/");
    const SoapXml xml(reply.body);
    const QStringList errors = xml.values(result + QStringLiteral("Errors/string"));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QLatin1String("not enabled")), qPrintable(errors.first()));
    QVERIFY(!xml.has(result + QStringLiteral("Token")));
    QVERIFY(!xml.has(result + QStringLiteral("Version")));
    // Switched back on, the same service answers again.
    QVERIFY(!SoapXml(m_soap->call(QStringLiteral("VersionGet")).body)
                     .value(VersionResult + QStringLiteral("/Version"))
                     .isEmpty());
}

QTEST_GUILESS_MAIN(SoapProtocolTest)
#include "SoapProtocolTest.moc"

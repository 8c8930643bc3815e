// Unit behaviour of the SOAP service's XML layer: reading request envelopes, writing replies
// and the WSDL. Protocol behaviour over HTTP lives in SoapProtocolTest and SoapScannerPathTest.
#include "soap/SoapEnvelope.h"
#include "soap/SoapNames.h"
#include "soap/SoapOperation.h"
#include "soap/SoapResponse.h"
#include "soap/WsdlDocument.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace sandbox;

namespace {
QByteArray envelope(const QByteArray &body, const QByteArray &header = {})
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
           "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + header + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
}

QByteArray nested(int depth)
{
    return QByteArray("<a>").repeated(depth) + QByteArray("</a>").repeated(depth);
}
} // namespace

class SoapEnvelopeTest final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheCallAndItsArguments();
    void skipsTheHeader();
    void keepsOnlyTheFirstBodyElement();
    void refusesBadEnvelopes_data();
    void refusesBadEnvelopes();
    void answersSoap12WithVersionMismatch();
    void faultIsASoap11Fault();
    void responsePutsTheServiceNamespaceOnTheResponseElement();
    void responseWritesEmptyErrorsAndNil();
    void bareResponseIsTheResultElement();
    void wsdlIsWellFormedAndNamesEveryMethod();
    void wsdlCarriesTheServiceAddress();
};

void SoapEnvelopeTest::readsTheCallAndItsArguments()
{
    const SoapEnvelope read = SoapEnvelope::read(envelope(
            "<Authenticate xmlns=\"urn:thesecretserver.com\"><username>svc</username>"
            "<password>p&amp;w</password></Authenticate>"));

    QVERIFY(read.isValid());
    QCOMPARE(read.call().name, QStringLiteral("Authenticate"));
    QCOMPARE(read.call().namespaceUri, soap::serviceNamespace());
    const SoapElement *password =
            read.call().child(QStringLiteral("password"), soap::serviceNamespace());
    QVERIFY(password);
    QCOMPARE(password->text, QStringLiteral("p&w"));
}

void SoapEnvelopeTest::skipsTheHeader()
{
    const SoapEnvelope read = SoapEnvelope::read(
            envelope("<VersionGet xmlns=\"urn:thesecretserver.com\"/>",
                     "<soap:Header><Trace xmlns=\"urn:x\">1</Trace></soap:Header>"));

    QVERIFY(read.isValid());
    QCOMPARE(read.call().name, QStringLiteral("VersionGet"));
}

void SoapEnvelopeTest::keepsOnlyTheFirstBodyElement()
{
    const SoapEnvelope read = SoapEnvelope::read(
            envelope("<WhoAmI xmlns=\"urn:thesecretserver.com\"/><CheckIn xmlns=\"urn:x\"/>"));

    QVERIFY(read.isValid());
    QCOMPARE(read.call().name, QStringLiteral("WhoAmI"));
}

void SoapEnvelopeTest::refusesBadEnvelopes_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("Premature end");
    QTest::newRow("not xml") << QByteArrayLiteral("{\"token\":1}")
                             << QStringLiteral("XML document");
    QTest::newRow("html page") << QByteArrayLiteral("<html><body>Error</body></html>")
                               << QStringLiteral("was not expected");
    QTest::newRow("unclosed") << QByteArrayLiteral("<soap:Envelope xmlns:soap="
                                                   "\"http://schemas.xmlsoap.org/soap/envelope/\">"
                                                   "<soap:Body><VersionGet>")
                              << QStringLiteral("Premature end");
    QTest::newRow("xxe external entity")
            << QByteArrayLiteral("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM "
                                 "\"file:///etc/passwd\">]>")
                    + envelope("<VersionGet xmlns=\"urn:thesecretserver.com\">&x;</VersionGet>")
                              .mid(38)
            << QStringLiteral("DTD is prohibited");
    QTest::newRow("entity expansion")
            << QByteArrayLiteral("<!DOCTYPE e [<!ENTITY a \"aaaaaaaaaa\">"
                                 "<!ENTITY b \"&a;&a;&a;\">]><e>&b;</e>")
            << QStringLiteral("DTD is prohibited");
    QTest::newRow("undeclared entity")
            << envelope("<VersionGet xmlns=\"urn:thesecretserver.com\">&x;</VersionGet>")
            << QStringLiteral("XML document");
    QTest::newRow("no body") << QByteArrayLiteral("<soap:Envelope xmlns:soap="
                                                  "\"http://schemas.xmlsoap.org/soap/envelope/\"/>")
                             << QStringLiteral("Body is missing");
    QTest::newRow("empty body") << envelope({}) << QStringLiteral("Body is missing");
    QTest::newRow("too deep")
            << envelope("<GetSecret xmlns=\"urn:thesecretserver.com\">" + nested(40)
                        + "</GetSecret>")
            << QStringLiteral("nested too deeply");
    QTest::newRow("too many elements")
            << envelope("<GetSecret xmlns=\"urn:thesecretserver.com\">"
                        + QByteArray("<a/>").repeated(SoapEnvelope::MaximumElements)
                        + "</GetSecret>")
            << QStringLiteral("too many elements");
    QTest::newRow("too large") << QByteArray(SoapEnvelope::MaximumBytes + 1, ' ')
                               << QStringLiteral("too large");
    QTest::newRow("second root")
            << envelope("<VersionGet xmlns=\"urn:thesecretserver.com\"/>") + "<again/>"
            << QStringLiteral("XML document");
}

void SoapEnvelopeTest::refusesBadEnvelopes()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);

    const SoapEnvelope read = SoapEnvelope::read(xml);

    QVERIFY(!read.isValid());
    QCOMPARE(read.fault().code, SoapFault::Code::Client);
    QVERIFY2(read.fault().message.contains(reason), qPrintable(read.fault().message));
}

void SoapEnvelopeTest::answersSoap12WithVersionMismatch()
{
    const SoapEnvelope read = SoapEnvelope::read(
            "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\">"
            "<soap:Body><VersionGet xmlns=\"urn:thesecretserver.com\"/></soap:Body>"
            "</soap:Envelope>");

    QVERIFY(!read.isValid());
    QCOMPARE(read.fault().code, SoapFault::Code::VersionMismatch);
}

void SoapEnvelopeTest::faultIsASoap11Fault()
{
    const HttpReply reply = SoapFault{SoapFault::Code::Client, QStringLiteral("bad <thing>")}
                                    .toReply();

    QCOMPARE(reply.status, 500);
    QVERIFY(reply.contentType.startsWith("text/xml"));
    QXmlStreamReader xml(reply.body);
    QHash<QString, QString> fields;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            fields.insert(name, name == QLatin1String("faultcode")
                                        || name == QLatin1String("faultstring")
                                ? xml.readElementText()
                                : QString());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(fields.contains(QStringLiteral("Fault")));
    QCOMPARE(fields.value(QStringLiteral("faultcode")), QStringLiteral("soap:Client"));
    QCOMPARE(fields.value(QStringLiteral("faultstring")), QStringLiteral("bad <thing>"));
}

void SoapEnvelopeTest::responsePutsTheServiceNamespaceOnTheResponseElement()
{
    SoapResponse out(QStringLiteral("Authenticate"));
    out.errors({});
    out.text(QStringLiteral("Token"), QStringLiteral("abc"));

    const HttpReply reply = out.reply();

    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.body.contains("<AuthenticateResponse xmlns=\"urn:thesecretserver.com\">"
                                 "<AuthenticateResult><Errors/><Token>abc</Token>"),
             reply.body.constData());
}

void SoapEnvelopeTest::responseWritesEmptyErrorsAndNil()
{
    SoapResponse out(QStringLiteral("GetCheckOutStatus"));
    out.errors({QStringLiteral("Access Denied")});
    out.nil(QStringLiteral("CheckOutUserId"));

    const QByteArray body = out.reply().body;

    QVERIFY2(body.contains("<Errors><string>Access Denied</string></Errors>"), body.constData());
    QVERIFY2(body.contains("<CheckOutUserId xsi:nil=\"true\"/>"), body.constData());
}

void SoapEnvelopeTest::bareResponseIsTheResultElement()
{
    SoapResponse out(QStringLiteral("Authenticate"), SoapResponse::Framing::Bare);
    out.errors({});

    const QByteArray body = out.reply().body;

    QVERIFY2(!body.contains("Envelope"), body.constData());
    QVERIFY2(body.contains("<AuthenticateResult"), body.constData());
    QVERIFY2(body.contains("xmlns=\"urn:thesecretserver.com\""), body.constData());
}

void SoapEnvelopeTest::wsdlIsWellFormedAndNamesEveryMethod()
{
    const QByteArray wsdl = WsdlDocument::build(QStringLiteral("https://h/x.asmx"));

    QStringList operations;
    QXmlStreamReader xml(wsdl);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("operation")
            && xml.namespaceUri() == QLatin1String("http://schemas.xmlsoap.org/wsdl/"))
            operations << xml.attributes().value(QLatin1String("name")).toString();
    }

    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const SoapOperation &operation : SoapOperation::all()) {
        // Once in the portType, once in the binding.
        QCOMPARE(operations.count(operation.name), 2);
        const QByteArray action = "soapAction=\"urn:thesecretserver.com/"
                + QByteArray(operation.name.data()) + '"';
        QVERIFY(wsdl.contains(action));
    }
}

void SoapEnvelopeTest::wsdlCarriesTheServiceAddress()
{
    const QByteArray wsdl = WsdlDocument::build(QStringLiteral("https://vault:8443/a.asmx"));

    QVERIFY(wsdl.contains("location=\"https://vault:8443/a.asmx\""));
}

QTEST_GUILESS_MAIN(SoapEnvelopeTest)
#include "SoapEnvelopeTest.moc"

// Offline checks of what the clients make of server bytes: error mapping, JSON shapes,
// SOAP parsing and certificate pins. No network.

#include "secretserver/HttpChannel.h"
#include "secretserver/RestClientPrivate.h"
#include "secretserver/RestReply.h"
#include "secretserver/Secret.h"
#include "secretserver/SoapMessage.h"
#include "secretserver/TlsTrust.h"

#include <QtTest>

using namespace secretserver;

Q_DECLARE_METATYPE(secretserver::CallStatus)

namespace {

HttpReply httpReply(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpReply reply;
    reply.result.httpStatus = status;
    reply.contentType = contentType;
    reply.body = body;
    return reply;
}

} // namespace

class TestClientParsing final : public QObject
{
    Q_OBJECT

private slots:
    void fingerprintIsNormalised_data();
    void fingerprintIsNormalised();
    void pinAppliesToOneHostAndPort();
    void restErrorsAreMapped_data();
    void restErrorsAreMapped();
    void restSuccessAcceptsScalars_data();
    void restSuccessAcceptsScalars();
    void tokenGrantFailureIsAuthenticationFailed();
    void serverMessageNeverCarriesTheRequest();
    void wrongTypesReadAsDefaults();
    void dotNetMinimumDateReadsAsNever_data();
    void dotNetMinimumDateReadsAsNever();
    void pageWithoutRecordsIsInvalid();
    void soapRejectsDoctype();
    void soapRejectsDeepDocuments();
    void soapRequestIsDocumentLiteral();
    void soapReadsNamespacedResult();
};

void TestClientParsing::fingerprintIsNormalised_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");

    const QByteArray hex(64, 'a');
    QTest::newRow("lower hex") << hex << true;
    QTest::newRow("upper hex") << hex.toUpper() << true;
    QByteArray colons;
    for (int i = 0; i < 32; ++i)
        colons += (i ? ":" : "") + QByteArray("AB");
    QTest::newRow("colon separated") << colons << true;
    QTest::newRow("too short") << QByteArray(62, 'a') << false;
    QTest::newRow("not hex") << QByteArray(64, 'z') << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestClientParsing::fingerprintIsNormalised()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);

    const QByteArray normalised = TlsTrust::normaliseFingerprint(input);

    QCOMPARE(!normalised.isEmpty(), valid);
    if (valid) {
        QCOMPARE(normalised.size(), 64);
        QCOMPARE(normalised, normalised.toLower());
    }
}

void TestClientParsing::pinAppliesToOneHostAndPort()
{
    TlsTrust trust;
    trust.pin(QStringLiteral("127.0.0.1"), 8443, QByteArray(64, 'b'));

    QVERIFY(trust.hasPin(QStringLiteral("127.0.0.1"), 8443));
    QVERIFY(!trust.hasPin(QStringLiteral("localhost"), 8443));
    QVERIFY(!trust.hasPin(QStringLiteral("127.0.0.1"), 443));
    QCOMPARE(trust.check(QStringLiteral("localhost"), 8443, QSslCertificate()),
             TlsTrust::Verdict::NoPin);
    QCOMPARE(trust.check(QStringLiteral("127.0.0.1"), 8443, QSslCertificate()),
             TlsTrust::Verdict::Changed);
}

void TestClientParsing::restErrorsAreMapped_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<CallStatus>("expected");
    QTest::addColumn<QString>("errorCode");

    const QByteArray json = QByteArrayLiteral("application/json");
    const QByteArray html = QByteArrayLiteral("text/html");
    QTest::newRow("access denied")
            << 400 << json
            << QByteArray(R"({"errorCode":"API_AccessDenied","message":"Access Denied"})")
            << CallStatus::AccessDenied << QStringLiteral("API_AccessDenied");
    QTest::newRow("comment required")
            << 400 << json
            << QByteArray(R"({"errorCode":"API_ValidateSecretAccessCommentRequired",)"
                          R"("message":"The requested Secret requires a comment when viewed."})")
            << CallStatus::Restricted << QStringLiteral("API_ValidateSecretAccessCommentRequired");
    QTest::newRow("model state")
            << 400 << json
            << QByteArray(R"({"errorCode":"API_GenericException","message":"bad",)"
                          R"("modelState":{"name":["required"]}})")
            << CallStatus::BadRequest << QStringLiteral("API_GenericException");
    QTest::newRow("token refused") << 403 << json
                                   << QByteArray(R"({"message":"Authentication failed."})")
                                   << CallStatus::AuthenticationFailed << QString();
    QTest::newRow("iis 401 page") << 401 << html << QByteArray("<html><body>401</body></html>")
                                  << CallStatus::AuthenticationFailed << QString();
    QTest::newRow("not found page") << 404 << html << QByteArray("<html>404</html>")
                                    << CallStatus::NotFound << QString();
    QTest::newRow("server error")
            << 500 << json
            << QByteArray(R"({"message":"boom","exceptionMessage":"x","stackTrace":"y"})")
            << CallStatus::ServerError << QString();
    QTest::newRow("html 200") << 200 << html << QByteArray("<!DOCTYPE html><html></html>")
                              << CallStatus::InvalidReply << QString();
    QTest::newRow("garbage 200") << 200 << json << QByteArray("{\"records\": [")
                                 << CallStatus::InvalidReply << QString();
    QTest::newRow("wrong type error body") << 400 << json << QByteArray("[1,2,3]")
                                           << CallStatus::BadRequest << QString();
}

void TestClientParsing::restErrorsAreMapped()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(CallStatus, expected);
    QFETCH(QString, errorCode);

    const RestReply reply = RestReply::decode(httpReply(status, contentType, body));

    QCOMPARE(callStatusName(reply.result.status), callStatusName(expected));
    QCOMPARE(reply.result.errorCode, errorCode);
    QVERIFY(!reply.result.message.isEmpty());
}

void TestClientParsing::restSuccessAcceptsScalars_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("integer") << QByteArray("42") << QJsonValue(42);
    QTest::newRow("boolean") << QByteArray("true") << QJsonValue(true);
    QTest::newRow("string literal") << QByteArray("\"s3cr\\\"et\"")
                                    << QJsonValue(QStringLiteral("s3cr\"et"));
    QTest::newRow("empty body") << QByteArray() << QJsonValue();
}

void TestClientParsing::restSuccessAcceptsScalars()
{
    QFETCH(QByteArray, body);
    QFETCH(QJsonValue, expected);

    const RestReply reply = RestReply::decode(httpReply(200, "application/json", body));

    QVERIFY(reply.result.ok());
    QCOMPARE(reply.payload, expected);
}

void TestClientParsing::tokenGrantFailureIsAuthenticationFailed()
{
    const RestReply reply = RestReply::decodeTokenGrant(
            httpReply(400, "application/json", R"({"error":"Login failed."})"));

    QCOMPARE(reply.result.status, CallStatus::AuthenticationFailed);
    QCOMPARE(reply.result.serverMessage, QStringLiteral("Login failed."));
    QVERIFY(!reply.tokenRejected);
}

void TestClientParsing::serverMessageNeverCarriesTheRequest()
{
    // A reflected body must not be quoted back in full: messages use the server's message
    // field only, never the raw body.
    const RestReply reply = RestReply::decode(
            httpReply(400, "application/json", R"({"errorCode":"X","echo":"Sandbox-Admin-1!"})"));

    QVERIFY(!reply.result.message.contains(QStringLiteral("Sandbox-Admin-1!")));
    QVERIFY(!reply.result.serverMessage.contains(QStringLiteral("Sandbox-Admin-1!")));
}

void TestClientParsing::wrongTypesReadAsDefaults()
{
    const QJsonObject object{
            {QStringLiteral("id"), QStringLiteral("17")},
            {QStringLiteral("name"), QJsonArray{1, 2}},
            {QStringLiteral("folderId"), QJsonObject{}},
            {QStringLiteral("checkedOut"), QStringLiteral("true")},
            {QStringLiteral("items"), QStringLiteral("not a list")},
            {QStringLiteral("unknownField"), 5},
    };

    const Secret secret = Secret::fromJson(object);

    QCOMPARE(secret.id, 17);
    QVERIFY(secret.name.isEmpty());
    QCOMPARE(secret.folderId, -1);
    QVERIFY(secret.checkedOut);
    QVERIFY(secret.items.isEmpty());
}

void TestClientParsing::dotNetMinimumDateReadsAsNever_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("set");

    QTest::newRow("never happened") << QStringLiteral("0001-01-01T00:00:00") << false;
    QTest::newRow("local time with milliseconds")
            << QStringLiteral("2020-12-15T09:13:49.487") << true;
    QTest::newRow("utc") << QStringLiteral("2025-02-03T10:15:00.000Z") << true;
    QTest::newRow("garbage") << QStringLiteral("yesterday") << false;
}

void TestClientParsing::dotNetMinimumDateReadsAsNever()
{
    QFETCH(QString, text);
    QFETCH(bool, set);
    const QJsonObject object{{QStringLiteral("id"), 3},
                             {QStringLiteral("lastPasswordChangeAttempt"), text}};

    const SecretSummary summary = SecretSummary::fromJson(object);

    QCOMPARE(summary.lastPasswordChangeAttempt.isValid(), set);
}

void TestClientParsing::pageWithoutRecordsIsInvalid()
{
    CallResult ok;
    const QJsonObject envelope{{QStringLiteral("records"), QStringLiteral("oops")}};

    const Result<Page<SecretSummary>> page = pageResult<SecretSummary>(ok, envelope);
    const Result<Page<SecretSummary>> scalar = pageResult<SecretSummary>(ok, QJsonValue(3));

    QCOMPARE(page.status, CallStatus::InvalidReply);
    QCOMPARE(scalar.status, CallStatus::InvalidReply);
}

void TestClientParsing::soapRejectsDoctype()
{
    const QByteArray document = QByteArrayLiteral(
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            "<x>&e;</x>");
    XmlElement root;
    QString error;

    QVERIFY(!SoapMessage::parse(document, &root, &error));
    QVERIFY(!error.isEmpty());
}

void TestClientParsing::soapRejectsDeepDocuments()
{
    QByteArray document;
    for (int i = 0; i < 100; ++i)
        document += "<a>";
    for (int i = 0; i < 100; ++i)
        document += "</a>";
    XmlElement root;
    QString error;

    QVERIFY(!SoapMessage::parse(document, &root, &error));
}

void TestClientParsing::soapRequestIsDocumentLiteral()
{
    const QByteArray envelope = SoapMessage::request(
            QStringLiteral("GetSecret"), {{QStringLiteral("token"), QStringLiteral("a<b"), {}}});
    XmlElement root;
    QString error;

    QVERIFY2(SoapMessage::parse(envelope, &root, &error), qPrintable(error));
    const XmlElement *body = SoapMessage::body(root);
    QVERIFY(body);
    const XmlElement *method = body->child(QStringLiteral("GetSecret"));
    QVERIFY(method);
    QCOMPARE(method->childText(QStringLiteral("token")), QStringLiteral("a<b"));
    QVERIFY(envelope.contains("xmlns=\"urn:thesecretserver.com\""));
}

void TestClientParsing::soapReadsNamespacedResult()
{
    const QByteArray document = QByteArrayLiteral(
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            "<soap:Body><AuthenticateResponse xmlns=\"urn:thesecretserver.com\">"
            "<AuthenticateResult><Errors><string>Login failed.</string></Errors>"
            "<Token/></AuthenticateResult></AuthenticateResponse></soap:Body>"
            "</soap:Envelope>");
    XmlElement root;
    QString error;

    QVERIFY2(SoapMessage::parse(document, &root, &error), qPrintable(error));
    const XmlElement *result = SoapMessage::body(root)
                                       ->child(QStringLiteral("AuthenticateResponse"))
                                       ->child(QStringLiteral("AuthenticateResult"));
    QVERIFY(result);
    QCOMPARE(result->child(QStringLiteral("Errors"))->childText(QStringLiteral("string")),
             QStringLiteral("Login failed."));
}

QTEST_GUILESS_MAIN(TestClientParsing)
#include "tst_client_parsing.moc"

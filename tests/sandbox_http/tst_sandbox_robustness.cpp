// Oversized, malformed, half-sent and abandoned requests: the sandbox refuses what it must,
// before reading what it need not, and keeps serving everyone else.
#include "HttpProbe.h"
#include "RawHttpClient.h"
#include "SandboxControl.h"
#include "SandboxProcess.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimer>
#include <memory>

namespace {

const QByteArray HealthPath = QByteArrayLiteral("/SecretServer/api/v1/healthcheck");
constexpr int MaxBodyBytes = 1024;

} // namespace

class SandboxRobustnessTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void oversizedContentLengthIsRefusedBeforeTheBody_data();
    void oversizedContentLengthIsRefusedBeforeTheBody();
    void oversizedChunkedUploadIsRefused();
    void oversizedBodyGetsEachServicesShape_data();
    void oversizedBodyGetsEachServicesShape();
    void bodyAtTheLimitIsServed();
    void chunkedBodyWithinTheLimitIsServed();
    void malformedRequestIsRefused_data();
    void malformedRequestIsRefused();
    void halfSentRequestDoesNotHoldUpOthers();
    void tricklingRequestIsCutOffAtTheDeadline();
    void clientVanishingMidBodyLeavesServerServing();
    void expectContinueGetsInterimResponse();
    void twoRequestsInOneWriteAreRefused();
    void keptAliveConnectionServesSeveralRequests();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void SandboxRobustnessTest::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
            QStringList { QStringLiteral("--max-body-bytes"), QString::number(MaxBodyBytes) });
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void SandboxRobustnessTest::cleanup()
{
    QVERIFY(m_sandbox->isRunning());
    QVERIFY(SandboxControl(*m_sandbox).healthy());
}

void SandboxRobustnessTest::oversizedContentLengthIsRefusedBeforeTheBody_data()
{
    QTest::addColumn<bool>("https");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void SandboxRobustnessTest::oversizedContentLengthIsRefusedBeforeTheBody()
{
    QFETCH(bool, https);
    RawHttpClient client(https ? m_sandbox->httpsPort() : m_sandbox->httpPort(),
                         https ? m_sandbox->certificate() : QSslCertificate());

    // Announce ten megabytes, send a hundred bytes of it, and wait.
    client.send("POST /SecretServer/api/v1/secrets HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Content-Type: application/json\r\nContent-Length: 10485760\r\n\r\n"
                + QByteArray(100, '{'));

    QTRY_VERIFY_WITH_TIMEOUT(client.hasResponse(), 15000);
    QCOMPARE(client.status(), 413);
    QVERIFY(QJsonDocument::fromJson(client.body()).isObject()); // the REST service's shape
    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 15000);
}

void SandboxRobustnessTest::oversizedChunkedUploadIsRefused()
{
    RawHttpClient client(m_sandbox->httpPort());
    const QByteArray chunk = QByteArray::number(600, 16) + "\r\n" + QByteArray(600, 'a') + "\r\n";

    client.send("POST /SecretServer/api/v1/secrets HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Transfer-Encoding: chunked\r\n\r\n"
                + chunk + chunk);

    QTRY_VERIFY_WITH_TIMEOUT(client.hasResponse(), 15000);
    QCOMPARE(client.status(), 413);
    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 15000);
}

void SandboxRobustnessTest::oversizedBodyGetsEachServicesShape_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("shape");

    QTest::newRow("rest") << QByteArrayLiteral("/SecretServer/api/v1/secrets")
                          << QByteArrayLiteral("application/json") << QByteArrayLiteral("{\"");
    QTest::newRow("soap") << QByteArrayLiteral("/SecretServer/webservices/SSWebService.asmx")
                          << QByteArrayLiteral("text/xml; charset=utf-8")
                          << QByteArrayLiteral("<html");
    QTest::newRow("qualys") << QByteArrayLiteral("/api/2.0/fo/vault/")
                            << QByteArrayLiteral("application/x-www-form-urlencoded")
                            << QByteArrayLiteral("<SIMPLE_RETURN>");
}

void SandboxRobustnessTest::oversizedBodyGetsEachServicesShape()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, shape);
    RawHttpClient client(m_sandbox->httpPort());

    client.send("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + QByteArray::number(MaxBodyBytes * 4) + "\r\n\r\n"
                + QByteArray(MaxBodyBytes * 4, 'a'));

    QTRY_VERIFY_WITH_TIMEOUT(client.hasResponse(), 15000);
    QCOMPARE(client.status(), 413);
    QVERIFY2(client.body().contains(shape), client.body().left(300).constData());
    QVERIFY(SandboxControl(*m_sandbox).healthy());
}

void SandboxRobustnessTest::bodyAtTheLimitIsServed()
{
    // A valid fault update padded with spaces to exactly the limit.
    QByteArray body = QByteArrayLiteral("{\"latencyMs\":0}");
    body += QByteArray(MaxBodyBytes - body.size(), ' ');
    SandboxControl control(*m_sandbox);

    const ProbeReply reply = control.send(QByteArrayLiteral("PUT"),
                                          QStringLiteral("/sandbox-control/faults"), body);

    QCOMPARE(reply.status, 200);
}

void SandboxRobustnessTest::chunkedBodyWithinTheLimitIsServed()
{
    RawHttpClient client(m_sandbox->httpPort());

    client.send("PUT /sandbox-control/faults HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "X-Sandbox-Control: "
                + m_sandbox->controlToken()
                + "\r\n"
                  "Transfer-Encoding: chunked\r\n\r\n"
                  "5\r\n{\"lat\r\n"
                  "a\r\nencyMs\":0}\r\n"
                  "0\r\n\r\n");

    QTRY_VERIFY_WITH_TIMEOUT(client.hasResponse(), 15000);
    QCOMPARE(client.status(), 200);
}

void SandboxRobustnessTest::malformedRequestIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    QTest::newRow("garbage request line")
            << QByteArrayLiteral("GARBAGE\x01\x02 here\r\n\r\n") << 400;
    QByteArray noise;
    for (int i = 0; i < 2048; ++i)
        noise += char(i * 37 % 256);
    QTest::newRow("binary noise") << noise << 400;
    QTest::newRow("tls hello on the plain port")
            << QByteArrayLiteral("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03") << 400;
    QTest::newRow("no http version") << QByteArrayLiteral("GET /\r\n\r\n") << 400;
    QTest::newRow("bad http version") << QByteArrayLiteral("GET / HTTP/9.9\r\n\r\n") << 505;
    QTest::newRow("header without colon")
            << QByteArrayLiteral("GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n") << 400;
    QTest::newRow("header block too long")
            << QByteArray("GET / HTTP/1.1\r\nX-Filler: " + QByteArray(70000, 'x') + "\r\n\r\n")
            << 400;
    QTest::newRow("content length not a number")
            << QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Length: ten\r\n\r\n") << 400;
    QTest::newRow("length and chunked together")
            << QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Length: 3\r\n"
                                 "Transfer-Encoding: chunked\r\n\r\n")
            << 400;
    QTest::newRow("broken chunk size")
            << QByteArrayLiteral("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << 400;
    QTest::newRow("unknown method") << QByteArrayLiteral("BREW /pot HTTP/1.1\r\n\r\n") << 501;
}

void SandboxRobustnessTest::malformedRequestIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    RawHttpClient client(m_sandbox->httpPort());

    client.send(bytes);

    QTRY_VERIFY_WITH_TIMEOUT(client.hasResponse() || client.isClosed(), 15000);
    QCOMPARE(client.status(), status);
    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 15000);
}

void SandboxRobustnessTest::halfSentRequestDoesNotHoldUpOthers()
{
    RawHttpClient halfSent(m_sandbox->httpPort());
    halfSent.send("GET /SecretServer/api/v1/health");
    QTRY_VERIFY_WITH_TIMEOUT(halfSent.isConnected(), 15000);

    RawHttpClient other(m_sandbox->httpPort());
    other.send(RawHttpClient::request("GET", HealthPath));

    QTRY_VERIFY_WITH_TIMEOUT(other.hasResponse(), 15000);
    QCOMPARE(other.status(), 200);
    QVERIFY(!halfSent.hasResponse());
}

void SandboxRobustnessTest::tricklingRequestIsCutOffAtTheDeadline()
{
    // Slowloris: a byte every 200 ms keeps restarting the idle timer; only the request
    // deadline (HTTP.sys's HeaderWait) ends it.
    SandboxProcess sandbox(
            QStringList { QStringLiteral("--request-timeout-ms"), QStringLiteral("1500") });
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    RawHttpClient client(sandbox.httpPort());
    client.send("GET /SecretServer/api/v1/healthcheck HTTP/1.1\r\nX-Slow: ");
    QTimer trickle;
    trickle.setInterval(200);
    connect(&trickle, &QTimer::timeout, &client, [&client] { client.send("a"); });
    trickle.start();

    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 10000);
    QVERIFY(trickle.isActive()); // it was still sending when the server gave up
    QVERIFY(!client.hasResponse());
    QVERIFY(SandboxControl(sandbox).healthy());
}

void SandboxRobustnessTest::clientVanishingMidBodyLeavesServerServing()
{
    RawHttpClient client(m_sandbox->httpPort());
    client.send("POST /SecretServer/api/v1/secrets HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Content-Length: 800\r\n\r\n"
                + QByteArray(100, 'a'));
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 15000);

    client.abort();

    QVERIFY(SandboxControl(*m_sandbox).healthy());
}

void SandboxRobustnessTest::expectContinueGetsInterimResponse()
{
    const QByteArray body = QByteArrayLiteral("{\"latencyMs\":0}");
    RawHttpClient client(m_sandbox->httpPort());
    client.send("PUT /sandbox-control/faults HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "X-Sandbox-Control: "
                + m_sandbox->controlToken()
                + "\r\n"
                  "Expect: 100-continue\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n");

    QTRY_VERIFY_WITH_TIMEOUT(client.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"), 15000);
    client.send(body);

    QTRY_VERIFY_WITH_TIMEOUT(client.hasResponse(), 15000);
    QCOMPARE(client.status(), 200);
}

void SandboxRobustnessTest::twoRequestsInOneWriteAreRefused()
{
    // Qt HttpServer 6.4 would merge the two into one request; refusing is the honest answer.
    RawHttpClient client(m_sandbox->httpPort());

    client.send(RawHttpClient::request("GET", HealthPath)
                + RawHttpClient::request("GET", HealthPath));

    QTRY_VERIFY_WITH_TIMEOUT(client.hasResponse(), 15000);
    QCOMPARE(client.status(), 400);
    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 15000);
}

void SandboxRobustnessTest::keptAliveConnectionServesSeveralRequests()
{
    RawHttpClient client(m_sandbox->httpPort());

    for (int i = 0; i < 3; ++i) {
        const qsizetype before = client.received().size();
        client.send(RawHttpClient::request("GET", HealthPath));
        QTRY_VERIFY_WITH_TIMEOUT(client.received().count("HTTP/1.1 200 OK\r\n") == i + 1, 15000);
        QVERIFY(client.received().size() > before);
    }
    QVERIFY(!client.isClosed());
}

QTEST_GUILESS_MAIN(SandboxRobustnessTest)
#include "tst_sandbox_robustness.moc"

// The REST client's transport rules: non-JSON and HTML replies, the reply size cap,
// redirect refusal, timeouts, injected 5xx and dropped connections, cancellation, and the
// bound on parallel requests.

#include "CannedHttpServer.h"
#include "ClientFixture.h"
#include "secretserver/RestClient.h"

#include <QJsonDocument>
#include <QtTest>

using namespace secretserver;

Q_DECLARE_METATYPE(secretserver::CallStatus)

namespace {

ConnectionSettings cannedSettings(const CannedHttpServer &server)
{
    ConnectionSettings settings;
    settings.serverUrl = QUrl(server.baseUrl() + QStringLiteral("/SecretServer"));
    settings.allowInsecureHttp = true;
    settings.timeoutMs = 10000;
    return settings;
}

} // namespace

class TestClientTransport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void unexpectedRepliesAreReported_data();
    void unexpectedRepliesAreReported();
    void replyOverTheCapIsAborted_data();
    void replyOverTheCapIsAborted();
    void unsafeRedirectIsRefused_data();
    void unsafeRedirectIsRefused();
    void silentServerTimesOut();
    void slowSandboxTimesOutThenRecovers();
    void injectedServerErrorThenRecovers();
    void droppedConnectionThenRecovers();
    void cancelledCallReportsCancelled();
    void destroyedContextIsNotCalled();
    void parallelRequestsStayWithinTheBound();

private:
    QJsonObject stats();

    SandboxProcess m_sandbox;
};

QJsonObject TestClientTransport::stats()
{
    QByteArray body;
    ClientFixture::control(m_sandbox, "GET", QStringLiteral("/sandbox-control/stats"), {}, &body);
    return QJsonDocument::fromJson(body).object();
}

void TestClientTransport::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestClientTransport::init()
{
    QVERIFY(ClientFixture::setFaults(m_sandbox, 0, 0, 0));
}

void TestClientTransport::unexpectedRepliesAreReported_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<CallStatus>("expected");

    QTest::newRow("html 200") << CannedHttpServer::response(
            200, "text/html", "<!DOCTYPE html><html><body>Login</body></html>")
                              << CallStatus::InvalidReply;
    QTest::newRow("plain text 200") << CannedHttpServer::response(200, "text/plain", "OK")
                                    << CallStatus::InvalidReply;
    QTest::newRow("truncated json") << CannedHttpServer::response(200, "application/json",
                                                                  "{\"healthy\": tr")
                                    << CallStatus::InvalidReply;
    QTest::newRow("json array instead of object")
            << CannedHttpServer::response(200, "application/json", "[1,2]")
            << CallStatus::InvalidReply;
    QTest::newRow("iis 500 page") << CannedHttpServer::response(
            500, "text/html", "<html><body>Server Error in '/' Application</body></html>")
                                  << CallStatus::ServerError;
    QTest::newRow("iis 401 page") << CannedHttpServer::response(401, "text/html",
                                                                "<html>401.2</html>")
                                  << CallStatus::AuthenticationFailed;
}

void TestClientTransport::unexpectedRepliesAreReported()
{
    QFETCH(QByteArray, response);
    QFETCH(CallStatus, expected);
    CannedHttpServer server;
    QVERIFY(server.listen());
    server.setResponse(response);
    RestClient client(cannedSettings(server));
    Capture<HealthStatus> health;

    client.healthCheck(this, health.callback());

    WAIT_FOR(health);
    QCOMPARE(callStatusName(health->status), callStatusName(expected));
    QVERIFY(!health->message.isEmpty());
}

void TestClientTransport::replyOverTheCapIsAborted_data()
{
    QTest::addColumn<bool>("announceLength");

    QTest::newRow("with content-length") << true;
    QTest::newRow("until close") << false;
}

void TestClientTransport::replyOverTheCapIsAborted()
{
    QFETCH(bool, announceLength);
    CannedHttpServer server;
    QVERIFY(server.listen());
    const QByteArray body = "{\"healthy\":true,\"pad\":\"" + QByteArray(256 * 1024, 'x') + "\"}";
    QByteArray response = CannedHttpServer::response(200, "application/json", body);
    if (!announceLength)
        response.replace(QByteArray("Content-Length: " + QByteArray::number(body.size()) + "\r\n"),
                         QByteArray());
    server.setResponse(response);
    ConnectionSettings settings = cannedSettings(server);
    settings.maxReplyBytes = 16 * 1024;
    RestClient client(settings);
    Capture<HealthStatus> health;

    client.healthCheck(this, health.callback());

    WAIT_FOR(health);
    QCOMPARE(callStatusName(health->status), callStatusName(CallStatus::ReplyTooLarge));
}

void TestClientTransport::unsafeRedirectIsRefused_data()
{
    QTest::addColumn<QString>("location");

    QTest::newRow("to http on the same host") << QStringLiteral("http://127.0.0.1:%1/other");
    QTest::newRow("to https on another host") << QStringLiteral("https://example.invalid/x");
    QTest::newRow("to localhost by name") << QStringLiteral("https://localhost:%1/x");
}

void TestClientTransport::unsafeRedirectIsRefused()
{
    QFETCH(QString, location);
    CannedHttpServer server;
    QVERIFY(server.listen());
    const QString target = location.contains(QLatin1String("%1"))
            ? location.arg(server.port())
            : location;
    server.setResponse(CannedHttpServer::response(302, "text/html", "moved",
                                                  {"Location: " + target.toUtf8()}));
    RestClient client(cannedSettings(server));
    Capture<HealthStatus> health;

    client.healthCheck(this, health.callback());

    WAIT_FOR(health);
    QCOMPARE(callStatusName(health->status), callStatusName(CallStatus::RedirectRefused));
    QCOMPARE(server.requests(), 1); // the target was never asked
}

void TestClientTransport::silentServerTimesOut()
{
    CannedHttpServer server;
    QVERIFY(server.listen());
    server.setSilent(true);
    ConnectionSettings settings = cannedSettings(server);
    settings.timeoutMs = 300;
    RestClient client(settings);
    Capture<HealthStatus> health;

    client.healthCheck(this, health.callback());

    WAIT_FOR(health);
    QCOMPARE(callStatusName(health->status), callStatusName(CallStatus::Timeout));
}

void TestClientTransport::slowSandboxTimesOutThenRecovers()
{
    QVERIFY(ClientFixture::setFaults(m_sandbox, 3000, 0, 0));
    ConnectionSettings settings = ClientFixture::pinnedSettings(m_sandbox);
    settings.timeoutMs = 300;
    RestClient client(settings);
    Capture<HealthStatus> slow;
    client.healthCheck(this, slow.callback());
    WAIT_FOR(slow);
    QCOMPARE(callStatusName(slow->status), callStatusName(CallStatus::Timeout));
    QVERIFY(ClientFixture::setFaults(m_sandbox, 0, 0, 0));
    Capture<HealthStatus> next;

    client.healthCheck(this, next.callback());

    WAIT_FOR(next);
    VERIFY_OK(next);
}

void TestClientTransport::injectedServerErrorThenRecovers()
{
    QVERIFY(ClientFixture::setFaults(m_sandbox, 0, 1.0, 0));
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    Capture<HealthStatus> failed;
    client.healthCheck(this, failed.callback());
    WAIT_FOR(failed);
    QCOMPARE(callStatusName(failed->status), callStatusName(CallStatus::ServerError));
    QVERIFY(failed->httpStatus >= 500);
    QVERIFY(ClientFixture::setFaults(m_sandbox, 0, 0, 0));
    Capture<HealthStatus> next;

    client.healthCheck(this, next.callback());

    WAIT_FOR(next);
    VERIFY_OK(next);
}

void TestClientTransport::droppedConnectionThenRecovers()
{
    QVERIFY(ClientFixture::setFaults(m_sandbox, 0, 0, 1.0));
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    Capture<HealthStatus> dropped;
    client.healthCheck(this, dropped.callback());
    WAIT_FOR(dropped);
    QCOMPARE(callStatusName(dropped->status), callStatusName(CallStatus::NetworkError));
    QVERIFY(ClientFixture::setFaults(m_sandbox, 0, 0, 0));
    Capture<HealthStatus> next;

    client.healthCheck(this, next.callback());

    WAIT_FOR(next);
    VERIFY_OK(next);
}

void TestClientTransport::cancelledCallReportsCancelled()
{
    QVERIFY(ClientFixture::setFaults(m_sandbox, 3000, 0, 0));
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    Capture<HealthStatus> health;
    PendingCall *call = client.healthCheck(this, health.callback());
    QSignalSpy finished(call, &PendingCall::finished);

    call->cancel();

    WAIT_FOR(health);
    QCOMPARE(callStatusName(health->status), callStatusName(CallStatus::Cancelled));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(health.calls(), 1);
}

void TestClientTransport::destroyedContextIsNotCalled()
{
    RestClient client(ClientFixture::pinnedSettings(m_sandbox));
    auto *context = new QObject;
    Capture<HealthStatus> health;
    PendingCall *call = client.healthCheck(context, health.callback());
    QSignalSpy finished(call, &PendingCall::finished);

    delete context;

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(!health.done());
}

void TestClientTransport::parallelRequestsStayWithinTheBound()
{
    // Requests cancelled by earlier tests may still sit in the sandbox's latency timers.
    QTRY_COMPARE_WITH_TIMEOUT(stats().value(QStringLiteral("inFlight")).toInt(), 0, 20000);
    QVERIFY(ClientFixture::setFaults(m_sandbox, 300, 0, 0));
    QCOMPARE(ClientFixture::control(m_sandbox, "POST",
                                    QStringLiteral("/sandbox-control/stats/reset")),
             200);
    ConnectionSettings settings = ClientFixture::pinnedSettings(m_sandbox);
    settings.maxParallelRequests = 2;
    RestClient client(settings);
    QList<std::shared_ptr<Capture<HealthStatus>>> captures;

    for (int i = 0; i < 6; ++i) {
        captures.append(std::make_shared<Capture<HealthStatus>>());
        client.healthCheck(this, captures.last()->callback());
    }

    for (const auto &capture : captures) {
        WAIT_FOR(*capture);
        VERIFY_OK(*capture);
    }
    QCOMPARE(stats().value(QStringLiteral("maxInFlight")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestClientTransport)
#include "tst_client_transport.moc"

// Latency, injected failures and dropped connections, set at start and through the control
// service, checked against the running process.
#include "HttpProbe.h"
#include "RawHttpClient.h"
#include "SandboxControl.h"
#include "SandboxProcess.h"

#include <QTest>
#include <memory>
#include <vector>

namespace {

const QString HealthPath = QStringLiteral("/SecretServer/api/v1/healthcheck");
constexpr int ParallelRequests = 10;

} // namespace

class SandboxFaultsTest final : public QObject
{
    Q_OBJECT

private slots:
    void latencyKeepsRequestsInParallel();
    void clientLeavingDuringLatencyIsForgotten();
    void failRateOneAnswersEveryRequestWith503_data();
    void failRateOneAnswersEveryRequestWith503();
    void failuresStopWhenControlSetsRateToZero();
    void dropRateOneClosesWithoutReply();
    void dropsStopWhenControlSetsRateToZero();
    void controlIsExemptFromFaults();
    void statsCountRequestsSinceReset();
};

void SandboxFaultsTest::latencyKeepsRequestsInParallel()
{
    SandboxProcess sandbox({ QStringLiteral("--latency-ms"), QStringLiteral("300") });
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxControl control(sandbox);
    control.resetStats();

    // Separate connections, all open before any request goes out, so that every request is
    // waiting at once unless the server serves them one after another.
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < ParallelRequests; ++i)
        clients.push_back(std::make_unique<RawHttpClient>(sandbox.httpPort()));
    const auto allConnected = [&clients] {
        for (const auto &client : clients) {
            if (!client->isConnected())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allConnected(), 15000);
    for (const auto &client : clients)
        client->send(RawHttpClient::request("GET", HealthPath.toLatin1()));

    const auto allAnswered = [&clients] {
        for (const auto &client : clients) {
            if (!client->hasResponse() && !client->isClosed())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allAnswered(), 30000);
    for (const auto &client : clients)
        QCOMPARE(client->status(), 200);
    const QJsonObject stats = control.stats();
    QCOMPARE(stats.value(QStringLiteral("maxInFlight")).toInt(), ParallelRequests);
    QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), ParallelRequests);
    QCOMPARE(stats.value(QStringLiteral("inFlight")).toInt(), 0);
}

void SandboxFaultsTest::clientLeavingDuringLatencyIsForgotten()
{
    SandboxProcess sandbox({ QStringLiteral("--latency-ms"), QStringLiteral("300") });
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxControl control(sandbox);
    control.resetStats();

    RawHttpClient client(sandbox.httpPort());
    client.send(RawHttpClient::request("GET", HealthPath.toLatin1()));
    QTRY_VERIFY_WITH_TIMEOUT(control.stats().value(QStringLiteral("inFlight")).toInt() == 1, 15000);
    client.abort();

    QTRY_VERIFY_WITH_TIMEOUT(control.stats().value(QStringLiteral("inFlight")).toInt() == 0, 15000);
    QVERIFY(control.healthy());
}

void SandboxFaultsTest::failRateOneAnswersEveryRequestWith503_data()
{
    QTest::addColumn<bool>("https");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void SandboxFaultsTest::failRateOneAnswersEveryRequestWith503()
{
    QFETCH(bool, https);
    SandboxProcess sandbox({ QStringLiteral("--fail-rate"), QStringLiteral("1") });
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    HttpProbe probe(sandbox, https);

    for (int i = 0; i < 5; ++i) {
        const ProbeReply reply = probe.get(HealthPath);
        QCOMPARE(reply.status, 503);
        // The accepting service's own error shape: JSON from the Secret Server REST service.
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QVERIFY(reply.json().isObject());
    }
}

void SandboxFaultsTest::failuresStopWhenControlSetsRateToZero()
{
    SandboxProcess sandbox({ QStringLiteral("--fail-rate"), QStringLiteral("1") });
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxControl control(sandbox);
    HttpProbe probe(sandbox);
    QCOMPARE(probe.get(HealthPath).status, 503);

    QCOMPARE(control.setFaults({ { QStringLiteral("failRate"), 0 } }).status, 200);

    for (int i = 0; i < 5; ++i)
        QCOMPARE(probe.get(HealthPath).status, 200);
}

void SandboxFaultsTest::dropRateOneClosesWithoutReply()
{
    SandboxProcess sandbox({ QStringLiteral("--drop-rate"), QStringLiteral("1") });
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));

    RawHttpClient client(sandbox.httpPort());
    client.send(RawHttpClient::request("GET", HealthPath.toLatin1()));

    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 15000);
    QVERIFY(client.received().isEmpty());
    HttpProbe probe(sandbox);
    const ProbeReply reply = probe.get(HealthPath);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error != QNetworkReply::NoError);
}

void SandboxFaultsTest::dropsStopWhenControlSetsRateToZero()
{
    SandboxProcess sandbox({ QStringLiteral("--drop-rate"), QStringLiteral("1") });
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxControl control(sandbox);

    QCOMPARE(control.setFaults({ { QStringLiteral("dropRate"), 0 } }).status, 200);

    QVERIFY(control.healthy(false));
    QVERIFY(control.healthy(true));
}

void SandboxFaultsTest::controlIsExemptFromFaults()
{
    SandboxProcess sandbox({ QStringLiteral("--drop-rate"), QStringLiteral("1"),
                             QStringLiteral("--fail-rate"), QStringLiteral("1"),
                             QStringLiteral("--latency-ms"), QStringLiteral("100000") });
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxControl control(sandbox);

    const ProbeReply faults
            = control.send(QByteArrayLiteral("GET"), QStringLiteral("/sandbox-control/faults"));

    QCOMPARE(faults.status, 200);
    QCOMPARE(faults.object().value(QStringLiteral("latencyMs")).toInt(), 100000);
    QCOMPARE(faults.object().value(QStringLiteral("dropRate")).toDouble(), 1.0);
}

void SandboxFaultsTest::statsCountRequestsSinceReset()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxControl control(sandbox);
    HttpProbe probe(sandbox);
    probe.get(HealthPath);
    control.resetStats();

    probe.get(HealthPath);
    probe.get(QStringLiteral("/not/served/here"));
    probe.get(HealthPath);

    const QJsonObject stats = control.stats();
    QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 3);
    QCOMPARE(stats.value(QStringLiteral("maxInFlight")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("inFlight")).toInt(), 0);
}

QTEST_GUILESS_MAIN(SandboxFaultsTest)
#include "tst_sandbox_faults.moc"

// QualysClient against the sandbox's rate and concurrency limits (reference §1.4): it waits
// X-RateLimit-ToWait-Sec and retries, keeps within the announced concurrency, and gives up
// after its allowed retries.

#include "HttpProbe.h"
#include "QualysClientFixture.h"

#include <QSignalSpy>

using namespace qualys;

class QualysClientLimitsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void rateLimitedCallsWaitAndSucceed();
    void inFlightStaysWithinTheConcurrencyLimit();
    void blockedCallGivesUpAfterItsRetries();
    void otherErrorsAreNotRetried();

private:
    QList<QualysReply<QList<AuthVault>>> listMany(QualysClient *client, int count);

    QualysClientFixture m_fixture;
};

void QualysClientLimitsTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void QualysClientLimitsTest::init()
{
    QVERIFY(m_fixture.setLimits({ { QStringLiteral("callsPerWindow"), 1000 },
                                  { QStringLiteral("windowSeconds"), 3600 },
                                  { QStringLiteral("concurrency"), 5 },
                                  { QStringLiteral("otherRunning"), 0 } }));
    QVERIFY(m_fixture.resetLimits());
}

QList<QualysReply<QList<AuthVault>>> QualysClientLimitsTest::listMany(QualysClient *client,
                                                                      int count)
{
    QList<QualysReply<QList<AuthVault>>> replies;
    QObject context;
    for (int i = 0; i < count; ++i) {
        client->listVaults(&context, [&replies](const QualysReply<QList<AuthVault>> &reply) {
            replies.append(reply);
        });
    }
    if (!QTest::qWaitFor([&] { return replies.size() == count; }, 60000))
        qWarning("only %d of %d calls answered", int(replies.size()), count);
    return replies;
}

void QualysClientLimitsTest::rateLimitedCallsWaitAndSucceed()
{
    QVERIFY(m_fixture.setLimits(
            { { QStringLiteral("callsPerWindow"), 2 }, { QStringLiteral("windowSeconds"), 2 } }));
    const auto client = m_fixture.makeClient();
    QSignalSpy waited(client.get(), &QualysClient::rateLimited);

    const auto replies = listMany(client.get(), 4);

    QCOMPARE(replies.size(), 4);
    int retried = 0;
    for (const auto &reply : replies) {
        QVERIFY2(reply.ok(), describe(reply).constData());
        retried += reply.retries > 0 ? 1 : 0;
    }
    QVERIFY(retried >= 2);
    QVERIFY(!waited.isEmpty());
    QVERIFY(waited.first().at(0).toInt() >= 1);
}

void QualysClientLimitsTest::inFlightStaysWithinTheConcurrencyLimit()
{
    QVERIFY(m_fixture.setLimits({ { QStringLiteral("concurrency"), 2 } }));
    HttpProbe probe(m_fixture.sandbox());
    const auto faults = [&](int latencyMs) {
        return probe
                .send(QByteArrayLiteral("PUT"), QStringLiteral("/sandbox-control/faults"),
                      QStringLiteral("{\"latencyMs\":%1,\"failRate\":0,\"dropRate\":0}")
                              .arg(latencyMs)
                              .toUtf8(),
                      QByteArrayLiteral("application/json"),
                      { { QByteArrayLiteral("X-Sandbox-Control"),
                          m_fixture.sandbox().controlToken() } })
                .status;
    };
    QCOMPARE(faults(200), 200);
    const auto client = m_fixture.makeClient();

    const auto replies = listMany(client.get(), 8);
    QCOMPARE(faults(0), 200);

    QCOMPARE(replies.size(), 8);
    for (const auto &reply : replies) {
        QVERIFY2(reply.ok(), describe(reply).constData());
        QCOMPARE(reply.retries, 0); // the sandbox never had to block a call
    }
    QCOMPARE(client->concurrencyLimit(), 2);
    QVERIFY(client->peakInFlight() <= 2);
    QCOMPARE(client->inFlight(), 0);
}

void QualysClientLimitsTest::blockedCallGivesUpAfterItsRetries()
{
    // Another caller holds the only slot, so every call is blocked with 1960.
    QVERIFY(m_fixture.setLimits(
            { { QStringLiteral("concurrency"), 1 }, { QStringLiteral("otherRunning"), 1 } }));
    QualysClientSettings settings = m_fixture.settings();
    settings.maxRateLimitRetries = 1;
    QualysClient client(settings);
    client.setPassword(QualysClientFixture::Password);

    const auto reply = await<QList<AuthVault>>(
            [&](QObject *context, auto done) { client.listVaults(context, done); });

    QCOMPARE(reply.status, QualysStatus::RateLimited);
    QCOMPARE(reply.errorCode, 1960);
    QCOMPARE(reply.httpStatus, 409);
    QCOMPARE(reply.retries, 1);
}

void QualysClientLimitsTest::otherErrorsAreNotRetried()
{
    const auto client = m_fixture.makeClient();

    const auto reply = await<AuthVault>(
            [&](QObject *context, auto done) { client->viewVault(999999, context, done); });

    QCOMPARE(reply.status, QualysStatus::Rejected);
    QCOMPARE(reply.retries, 0);
}

QTEST_GUILESS_MAIN(QualysClientLimitsTest)
#include "tst_qualys_client_limits.moc"

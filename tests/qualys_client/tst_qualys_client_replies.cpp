// QualysClient against canned plain-HTTP replies the sandbox never sends: HTML pages,
// malformed XML, replies of the wrong shape, oversized and missing answers, next-page URLs
// to other servers, and endless rate-limit answers.

#include "CannedHttpServer.h"
#include "QualysClientFixture.h"

using namespace qualys;

class QualysClientRepliesTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void htmlPageIsReportedAsSuch();
    void malformedXmlIsAnInvalidReply();
    void unexpectedRootIsAnInvalidReply();
    void badLoginTextIsAnAuthenticationError();
    void serverErrorWithoutXmlIsAServerError();
    void oversizedReplyIsCut();
    void silentServerTimesOut();
    void nextPageOnAnotherServerIsNotFollowed();
    void endlessRateLimitGivesUp();
    void clientErrorIsNotRetried();

private:
    QualysClientSettings settings() const;
    QualysReply<QList<AuthVault>> listVaults(const QualysClientSettings &settings);

    std::unique_ptr<CannedHttpServer> m_server;
};

namespace {

QByteArray xml(const QByteArray &root, const QByteArray &inner)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE " + root
            + " SYSTEM \"https://x/api/2.0/x.dtd\">\n<" + root + "><RESPONSE>" + inner
            + "</RESPONSE></" + root + ">";
}

} // namespace

void QualysClientRepliesTest::init()
{
    m_server = std::make_unique<CannedHttpServer>();
    QVERIFY(m_server->listen());
}

QualysClientSettings QualysClientRepliesTest::settings() const
{
    QualysClientSettings settings;
    settings.apiUrl = QUrl(m_server->baseUrl());
    settings.userName = QStringLiteral("someone");
    settings.allowInsecureHttp = true;
    settings.timeoutMs = 2000;
    return settings;
}

QualysReply<QList<AuthVault>> QualysClientRepliesTest::listVaults(const QualysClientSettings &s)
{
    QualysClient client(s);
    client.setPassword(QStringLiteral("Canned-Password-1!"));
    return await<QList<AuthVault>>(
            [&](QObject *context, auto done) { client.listVaults(context, done); });
}

void QualysClientRepliesTest::htmlPageIsReportedAsSuch()
{
    m_server->setResponse(CannedHttpServer::response(
            200, "text/html", "<!DOCTYPE html><html><body>Maintenance</body></html>"));

    const auto reply = listVaults(settings());

    QCOMPARE(reply.status, QualysStatus::InvalidReply);
    QVERIFY2(reply.message.contains(QLatin1String("web page")), describe(reply).constData());
}

void QualysClientRepliesTest::malformedXmlIsAnInvalidReply()
{
    m_server->setResponse(CannedHttpServer::response(
            200, "text/xml", "<AUTH_VAULT_LIST_OUTPUT><RESPONSE><AUTH_VAULTS>"));

    const auto reply = listVaults(settings());

    QCOMPARE(reply.status, QualysStatus::InvalidReply);
    QCOMPARE(reply.httpStatus, 200);
}

void QualysClientRepliesTest::unexpectedRootIsAnInvalidReply()
{
    m_server->setResponse(CannedHttpServer::response(200, "text/xml",
                                                     xml("BATCH_RETURN",
                                                         "<BATCH_LIST><BATCH><TEXT>x</TEXT></BATCH>"
                                                         "</BATCH_LIST>")));

    const auto reply = listVaults(settings());

    QCOMPARE(reply.status, QualysStatus::InvalidReply);
    QVERIFY(reply.message.contains(QLatin1String("BATCH_RETURN")));
}

void QualysClientRepliesTest::badLoginTextIsAnAuthenticationError()
{
    // §5.2: a 200 carrying the text must not pass as success either.
    m_server->setResponse(CannedHttpServer::response(
            200, "text/xml", xml("SIMPLE_RETURN", "<TEXT>Bad Login/Password</TEXT>")));

    const auto reply = listVaults(settings());

    QCOMPARE(reply.status, QualysStatus::AuthenticationFailed);
}

void QualysClientRepliesTest::serverErrorWithoutXmlIsAServerError()
{
    m_server->setResponse(CannedHttpServer::response(503, "text/plain", "busy"));

    const auto reply = listVaults(settings());

    QCOMPARE(reply.status, QualysStatus::ServerError);
    QCOMPARE(reply.httpStatus, 503);
}

void QualysClientRepliesTest::oversizedReplyIsCut()
{
    QualysClientSettings small = settings();
    small.maxReplyBytes = 1000;
    m_server->setResponse(CannedHttpServer::response(
            200, "text/xml",
            xml("AUTH_VAULT_LIST_OUTPUT", "<COUNT>0</COUNT><!--" + QByteArray(5000, 'x') + "-->")));

    const auto reply = listVaults(small);

    QCOMPARE(reply.status, QualysStatus::ReplyTooLarge);
}

void QualysClientRepliesTest::silentServerTimesOut()
{
    QualysClientSettings quick = settings();
    quick.timeoutMs = 500;
    m_server->setSilent(true);

    const auto reply = listVaults(quick);

    QCOMPARE(reply.status, QualysStatus::Timeout);
}

void QualysClientRepliesTest::nextPageOnAnotherServerIsNotFollowed()
{
    m_server->setResponse(CannedHttpServer::response(
            200, "text/xml",
            xml("AUTH_UNIX_LIST_OUTPUT",
                "<AUTH_UNIX_LIST><AUTH_UNIX><ID>5</ID><TITLE>t</TITLE></AUTH_UNIX></AUTH_UNIX_LIST>"
                "<WARNING><CODE>1980</CODE><TEXT>more</TEXT><URL><![CDATA[http://elsewhere."
                "example/api/2.0/fo/auth/unix/?action=list&id_min=6]]></URL></WARNING>")));
    QualysClient client(settings());
    client.setPassword(QStringLiteral("Canned-Password-1!"));

    const auto reply = await<QList<AuthRecord>>([&](QObject *context, auto done) {
        client.listRecords(AuthRecordType::Unix, context, done);
    });

    QCOMPARE(reply.status, QualysStatus::InvalidReply);
    QVERIFY(reply.message.contains(QLatin1String("elsewhere.example")));
    QCOMPARE(m_server->requests(), 1);
}

void QualysClientRepliesTest::endlessRateLimitGivesUp()
{
    m_server->setResponse(CannedHttpServer::response(
            409, "text/xml",
            xml("SIMPLE_RETURN",
                "<CODE>1965</CODE><TEXT>This API cannot be run again for "
                "another 1 seconds.</TEXT>"),
            { "X-RateLimit-ToWait-Sec: 1", "X-Concurrency-Limit-Limit: 2" }));
    QualysClientSettings few = settings();
    few.maxRateLimitRetries = 2;

    const auto reply = listVaults(few);

    QCOMPARE(reply.status, QualysStatus::RateLimited);
    QCOMPARE(reply.errorCode, 1965);
    QCOMPARE(reply.retries, 2);
    QCOMPARE(m_server->requests(), 3);
}

void QualysClientRepliesTest::clientErrorIsNotRetried()
{
    m_server->setResponse(CannedHttpServer::response(
            400, "text/xml",
            xml("SIMPLE_RETURN",
                "<CODE>1903</CODE><TEXT>Missing required parameter(s): id"
                "</TEXT>")));

    const auto reply = listVaults(settings());

    QCOMPARE(reply.status, QualysStatus::Rejected);
    QCOMPARE(reply.errorCode, 1903);
    QCOMPARE(m_server->requests(), 1);
}

QTEST_GUILESS_MAIN(QualysClientRepliesTest)
#include "tst_qualys_client_replies.moc"

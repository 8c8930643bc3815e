// Qualys API access rules: Basic auth, X-Requested-With, parameters, methods, XML replies,
// and the rate and concurrency limits with their six headers.
#include "QualysProbe.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace {

const QList<QByteArray> LimitHeaders { "X-RateLimit-Limit",         "X-RateLimit-Window-Sec",
                                       "X-RateLimit-Remaining",     "X-RateLimit-ToWait-Sec",
                                       "X-Concurrency-Limit-Limit", "X-Concurrency-Limit-Running" };

const Form VaultList { { QStringLiteral("action"), QStringLiteral("list") } };

} // namespace

class QualysAccessTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void repliesAreXmlWithDoctype();
    void repliesDoNotClaimIis();
    void echoRequestAddsRequestBlock();
    void echoRequestMasksPasswords();
    void refusesBadCredentials_data();
    void refusesBadCredentials();
    void answersOverPlainHttp();
    void unknownApiPathIsNotFound();
    void missingActionIsReported();
    void unknownActionIsInvalid();
    void mergesQueryAndBodyLastWins();
    void acceptsWriteActionInQueryWithBodyFields();
    void rejectsWritesOverGet_data();
    void rejectsWritesOverGet();
    void rejectsOtherMethods();
    void malformedParameters_data();
    void malformedParameters();

    void everyReplyCarriesLimitHeaders_data();
    void everyReplyCarriesLimitHeaders();
    void countsCallsInRateHeaders();
    void blocksCallsOverRateLimit();
    void countsEachApiSeparately();
    void rateWindowExpires();
    void resetClearsCounters();
    void blocksCallsOverConcurrencyLimit();
    void concurrencyIsCheckedBeforeRate();
    void blockedCallsAreNotCounted();
    void parallelCallsOverConcurrencyAreBlocked();
    void controlRejectsBadLimits();

private:
    void setLimits(const QJsonObject &limits);

    SandboxProcess m_sandbox;
    std::unique_ptr<QualysProbe> m_probe;
};

void QualysAccessTest::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_probe = std::make_unique<QualysProbe>(m_sandbox);
}

void QualysAccessTest::init()
{
    setLimits({ { QStringLiteral("callsPerWindow"), 100000 },
                { QStringLiteral("windowSeconds"), 3600 },
                { QStringLiteral("concurrency"), 2 },
                { QStringLiteral("otherRunning"), 0 } });
    QCOMPARE(m_probe->control("POST", QStringLiteral("limits/reset")).status, 200);
}

void QualysAccessTest::setLimits(const QJsonObject &limits)
{
    const ProbeReply reply = m_probe->control("PUT", QStringLiteral("limits"), limits);
    QCOMPARE(reply.status, 200);
}

void QualysAccessTest::repliesAreXmlWithDoctype()
{
    const ProbeReply reply = m_probe->get(qualyspath::Vault, VaultList);

    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("text/xml"));
    QVERIFY(reply.header("Content-Type").toLower().contains("utf-8"));
    const QList<QByteArray> lines = reply.body.split('\n');
    QVERIFY(lines.value(0).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""));
    const QByteArray doctype = "<!DOCTYPE AUTH_VAULT_LIST_OUTPUT SYSTEM \"https://127.0.0.1:"
            + QByteArray::number(m_sandbox.httpsPort()) + "/api/2.0/fo/vault/vault_output.dtd\">";
    QCOMPARE(lines.value(1), doctype);
    const XmlReply xml(reply.body);
    QVERIFY(xml.isValid());
    QCOMPARE(xml.root(), QStringLiteral("AUTH_VAULT_LIST_OUTPUT"));
}

void QualysAccessTest::repliesDoNotClaimIis()
{
    // The transport's IIS headers belong to Secret Server; Qualys is not an IIS site.
    const ProbeReply good = m_probe->get(qualyspath::Vault, VaultList);
    const ProbeReply refused = m_probe->send("GET", qualyspath::Vault, VaultList, {},
                                             { { "X-Requested-With", "curl" } });

    QCOMPARE(good.status, 200);
    QCOMPARE(refused.status, 401);
    for (const ProbeReply &reply : { good, refused }) {
        QCOMPARE(reply.header("Server"), QByteArrayLiteral("Qualys"));
        QVERIFY(reply.header("X-Powered-By").isEmpty());
        QCOMPARE(reply.header("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    }
}

void QualysAccessTest::echoRequestAddsRequestBlock()
{
    const ProbeReply plain = m_probe->get(qualyspath::Vault, VaultList);
    const ProbeReply echoed
            = m_probe->get(qualyspath::Vault,
                           { { QStringLiteral("action"), QStringLiteral("list") },
                             { QStringLiteral("echo_request"), QStringLiteral("1") } });

    QVERIFY(!plain.body.contains("<REQUEST>"));
    QCOMPARE(echoed.status, 200);
    const XmlReply xml(echoed.body);
    QVERIFY(xml.isValid());
    QCOMPARE(xml.root(), QStringLiteral("AUTH_VAULT_LIST_OUTPUT"));
    QVERIFY(echoed.body.indexOf("<REQUEST>") < echoed.body.indexOf("<RESPONSE>"));
    QCOMPARE(xml.text(QStringLiteral("REQUEST/USER_LOGIN")), m_probe->user);
    QVERIFY(xml.text(QStringLiteral("REQUEST/RESOURCE")).endsWith(qualyspath::Vault));
    QCOMPARE(xml.texts(QStringLiteral("REQUEST/PARAM_LIST/PARAM/KEY")),
             QStringList({ QStringLiteral("action"), QStringLiteral("echo_request") }));
    QCOMPARE(xml.text(QStringLiteral("RESPONSE/COUNT")),
             XmlReply(plain.body).text(QStringLiteral("RESPONSE/COUNT")));
}

void QualysAccessTest::echoRequestMasksPasswords()
{
    const QString password = QStringLiteral("Echo-Secret-9!");
    const ProbeReply reply = m_probe->post(
            qualyspath::Vault,
            { { QStringLiteral("title"), QStringLiteral("Echoed vault") },
              { QStringLiteral("type"), QStringLiteral("Thycotic Secret Server") },
              { QStringLiteral("url"), QStringLiteral("https://ss.example/SecretServer/") },
              { QStringLiteral("username"), QStringLiteral("svc-qualys") },
              { QStringLiteral("password"), password },
              { QStringLiteral("echo_request"), QStringLiteral("1") } },
            { { QStringLiteral("action"), QStringLiteral("create") } });

    QCOMPARE(reply.status, 200);
    const XmlReply xml(reply.body);
    QCOMPARE(xml.root(), QStringLiteral("SIMPLE_RETURN"));
    QVERIFY(xml.texts(QStringLiteral("REQUEST/PARAM_LIST/PARAM/KEY"))
                    .contains(QStringLiteral("password")));
    QVERIFY(!reply.body.contains(password.toUtf8()));
}

void QualysAccessTest::refusesBadCredentials_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("requestedWith");

    const QByteArray good = QualysProbe::basic(QStringLiteral("qualys-admin"),
                                               QStringLiteral("Sandbox-Qualys-Api-1!"));
    QTest::newRow("wrong password")
            << QualysProbe::basic(QStringLiteral("qualys-admin"), QStringLiteral("nope"))
            << QByteArray("tests");
    QTest::newRow("unknown user") << QualysProbe::basic(QStringLiteral("someone"),
                                                        QStringLiteral("Sandbox-Qualys-Api-1!"))
                                  << QByteArray("tests");
    QTest::newRow("no authorization") << QByteArray() << QByteArray("tests");
    QTest::newRow("broken base64") << QByteArray("Basic !!!not-base64") << QByteArray("tests");
    QTest::newRow("no colon") << QByteArray("Basic " + QByteArray("qualys-admin").toBase64())
                              << QByteArray("tests");
    QTest::newRow("bearer scheme") << QByteArray("Bearer abc") << QByteArray("tests");
    QTest::newRow("no X-Requested-With") << good << QByteArray();
}

void QualysAccessTest::refusesBadCredentials()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, requestedWith);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({ QByteArrayLiteral("Authorization"), authorization });
    if (!requestedWith.isEmpty())
        headers.append({ QByteArrayLiteral("X-Requested-With"), requestedWith });

    const ProbeReply reply = m_probe->send("GET", qualyspath::Vault, VaultList, {}, headers);

    QCOMPARE(reply.status, 401);
    const XmlReply xml(reply.body);
    QCOMPARE(xml.root(), QStringLiteral("SIMPLE_RETURN"));
    QCOMPARE(xml.text(QStringLiteral("RESPONSE/TEXT")), QStringLiteral("Bad Login/Password"));
    QVERIFY(!reply.body.contains("AUTH_VAULT"));
}

void QualysAccessTest::answersOverPlainHttp()
{
    QualysProbe plain(m_sandbox, false);

    const ProbeReply reply = plain.get(qualyspath::Vault, VaultList);

    QCOMPARE(reply.status, 200);
    QCOMPARE(XmlReply(reply.body).root(), QStringLiteral("AUTH_VAULT_LIST_OUTPUT"));
}

void QualysAccessTest::unknownApiPathIsNotFound()
{
    const ProbeReply reply = m_probe->get(QStringLiteral("/api/2.0/fo/nothing/"), VaultList);

    QCOMPARE(reply.status, 404);
    QCOMPARE(XmlReply(reply.body).root(), QStringLiteral("SIMPLE_RETURN"));
}

void QualysAccessTest::missingActionIsReported()
{
    const ProbeReply reply = m_probe->get(qualyspath::Vault, {});

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1903"));
    QVERIFY(qualysreply::text(reply).contains(QStringLiteral("action")));
}

void QualysAccessTest::unknownActionIsInvalid()
{
    const ProbeReply reply
            = m_probe->get(qualyspath::record(QStringLiteral("unix")),
                           { { QStringLiteral("action"), QStringLiteral("purge") } });

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1905"));
}

void QualysAccessTest::mergesQueryAndBodyLastWins()
{
    // The body comes after the query, so its action=list replaces the query's action=view.
    const ProbeReply reply = m_probe->post(
            qualyspath::Vault, { { QStringLiteral("action"), QStringLiteral("list") } },
            { { QStringLiteral("action"), QStringLiteral("view") } });

    QCOMPARE(reply.status, 200);
    QCOMPARE(XmlReply(reply.body).root(), QStringLiteral("AUTH_VAULT_LIST_OUTPUT"));
}

void QualysAccessTest::acceptsWriteActionInQueryWithBodyFields()
{
    const Form body { { QStringLiteral("title"), QStringLiteral("Query and body vault") },
                      { QStringLiteral("type"), QStringLiteral("Thycotic Secret Server") },
                      { QStringLiteral("url"), QStringLiteral("https://ss.example/SecretServer") },
                      { QStringLiteral("username"), QStringLiteral("svc") },
                      { QStringLiteral("password"), QStringLiteral("a+b c&d") } };

    const ProbeReply reply = m_probe->post(
            qualyspath::Vault, body, { { QStringLiteral("action"), QStringLiteral("create") } });

    QCOMPARE(reply.status, 200);
    QCOMPARE(qualysreply::text(reply), QStringLiteral("Success"));
}

void QualysAccessTest::rejectsWritesOverGet_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("action");

    for (const char *action : { "create", "update", "delete" }) {
        QTest::addRow("vault %s", action) << qualyspath::Vault << QString::fromLatin1(action);
        QTest::addRow("windows %s", action)
                << qualyspath::record(QStringLiteral("windows")) << QString::fromLatin1(action);
    }
}

void QualysAccessTest::rejectsWritesOverGet()
{
    QFETCH(QString, path);
    QFETCH(QString, action);

    const ProbeReply reply = m_probe->get(path, { { QStringLiteral("action"), action } });

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1908"));
}

void QualysAccessTest::rejectsOtherMethods()
{
    const ProbeReply reply
            = m_probe->send("PUT", qualyspath::Vault, VaultList, {}, m_probe->standardHeaders());

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1908"));
}

void QualysAccessTest::malformedParameters_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("invalid utf-8")
            << QByteArray("action=list&title=%FF%FE") << 400 << QStringLiteral("1905");
    QTest::newRow("control character")
            << QByteArray("action=list&title=a%01b") << 400 << QStringLiteral("1905");
    QTest::newRow("nul character")
            << QByteArray("action=list&title=a%00b") << 400 << QStringLiteral("1905");
    QTest::newRow("control character in name")
            << QByteArray("a%01b=1&action=list") << 400 << QStringLiteral("1901");
    QTest::newRow("echo_request not a flag")
            << QByteArray("action=list&echo_request=yes") << 400 << QStringLiteral("1905");
    QTest::newRow("echo_request accepted")
            << QByteArray("action=list&echo_request=1") << 200 << QString();
    QTest::newRow("stray separators") << QByteArray("&&action=list&&") << 200 << QString();
    QTest::newRow("name without value") << QByteArray("action") << 400 << QStringLiteral("1903");
    QTest::newRow("value without name") << QByteArray("=list") << 400 << QStringLiteral("1903");
    QTest::newRow("bad percent escape")
            << QByteArray("action=list&title=%ZZ") << 400 << QStringLiteral("1905");
    QTest::newRow("unknown parameter")
            << QByteArray("action=list&colour=blue") << 400 << QStringLiteral("1901");
    // Names are case-sensitive, so ACTION is not action.
    QTest::newRow("case matters") << QByteArray("ACTION=list") << 400 << QStringLiteral("1903");
    QTest::newRow("huge value") << QByteArray("action=list&title=" + QByteArray(200000, 'x')) << 200
                                << QString();
}

void QualysAccessTest::malformedParameters()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    const ProbeReply reply
            = m_probe->send("POST", qualyspath::Vault, {}, body, m_probe->standardHeaders());

    QCOMPARE(reply.status, status);
    QVERIFY(XmlReply(reply.body).isValid());
    QCOMPARE(qualysreply::code(reply), code);
}

void QualysAccessTest::everyReplyCarriesLimitHeaders_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("status");

    QTest::newRow("success") << QStringLiteral("Sandbox-Qualys-Api-1!") << QStringLiteral("list")
                             << 200;
    QTest::newRow("parameter error")
            << QStringLiteral("Sandbox-Qualys-Api-1!") << QStringLiteral("explode") << 400;
    QTest::newRow("bad login") << QStringLiteral("wrong") << QStringLiteral("list") << 401;
}

void QualysAccessTest::everyReplyCarriesLimitHeaders()
{
    QFETCH(QString, password);
    QFETCH(QString, action);
    QFETCH(int, status);
    QualysProbe probe(m_sandbox);
    probe.password = password;

    const ProbeReply reply = probe.get(qualyspath::Vault, { { QStringLiteral("action"), action } });

    QCOMPARE(reply.status, status);
    for (const QByteArray &name : LimitHeaders)
        QVERIFY2(!reply.header(name).isEmpty(), name.constData());
}

void QualysAccessTest::countsCallsInRateHeaders()
{
    setLimits(
            { { QStringLiteral("callsPerWindow"), 5 }, { QStringLiteral("windowSeconds"), 600 } });

    const ProbeReply first = m_probe->get(qualyspath::Vault, VaultList);
    const ProbeReply second = m_probe->get(qualyspath::Vault, VaultList);

    QCOMPARE(first.header("X-RateLimit-Limit"), QByteArray("5"));
    QCOMPARE(first.header("X-RateLimit-Window-Sec"), QByteArray("600"));
    QCOMPARE(first.header("X-RateLimit-Remaining"), QByteArray("4"));
    QCOMPARE(second.header("X-RateLimit-Remaining"), QByteArray("3"));
    QCOMPARE(second.header("X-RateLimit-ToWait-Sec"), QByteArray("0"));
    QCOMPARE(second.header("X-Concurrency-Limit-Limit"), QByteArray("2"));
}

void QualysAccessTest::blocksCallsOverRateLimit()
{
    setLimits({ { QStringLiteral("callsPerWindow"), 3 } });
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_probe->get(qualyspath::Vault, VaultList).status, 200);

    const ProbeReply blocked = m_probe->get(qualyspath::Vault, VaultList);

    QCOMPARE(blocked.status, 409);
    QCOMPARE(qualysreply::code(blocked), QStringLiteral("1965"));
    QCOMPARE(blocked.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(blocked.header("X-RateLimit-ToWait-Sec").toInt() > 0);
    QVERIFY(!blocked.body.contains("AUTH_VAULT"));
}

void QualysAccessTest::countsEachApiSeparately()
{
    setLimits({ { QStringLiteral("callsPerWindow"), 1 } });
    QCOMPARE(m_probe->get(qualyspath::Vault, VaultList).status, 200);
    QCOMPARE(m_probe->get(qualyspath::Vault, VaultList).status, 409);

    const ProbeReply other = m_probe->get(qualyspath::record(QStringLiteral("unix")), VaultList);

    QCOMPARE(other.status, 200);
}

void QualysAccessTest::rateWindowExpires()
{
    setLimits({ { QStringLiteral("callsPerWindow"), 1 }, { QStringLiteral("windowSeconds"), 60 } });
    QCOMPARE(m_probe->get(qualyspath::Vault, VaultList).status, 200);
    QCOMPARE(m_probe->get(qualyspath::Vault, VaultList).status, 409);

    const ProbeReply advanced = m_probe->control("POST", QStringLiteral("clock/advance"),
                                                 { { QStringLiteral("seconds"), 60 } });
    QCOMPARE(advanced.status, 200);

    QCOMPARE(m_probe->get(qualyspath::Vault, VaultList).status, 200);
}

void QualysAccessTest::resetClearsCounters()
{
    setLimits({ { QStringLiteral("callsPerWindow"), 1 } });
    QCOMPARE(m_probe->get(qualyspath::Vault, VaultList).status, 200);
    QCOMPARE(m_probe->get(qualyspath::Vault, VaultList).status, 409);

    QCOMPARE(m_probe->control("POST", QStringLiteral("limits/reset")).status, 200);

    QCOMPARE(m_probe->get(qualyspath::Vault, VaultList).status, 200);
}

void QualysAccessTest::blocksCallsOverConcurrencyLimit()
{
    setLimits({ { QStringLiteral("concurrency"), 2 }, { QStringLiteral("otherRunning"), 2 } });

    const ProbeReply blocked = m_probe->get(qualyspath::Vault, VaultList);

    QCOMPARE(blocked.status, 409);
    QCOMPARE(qualysreply::code(blocked), QStringLiteral("1960"));
    QCOMPARE(blocked.header("X-Concurrency-Limit-Limit"), QByteArray("2"));
    QCOMPARE(blocked.header("X-Concurrency-Limit-Running"), QByteArray("3"));
}

void QualysAccessTest::concurrencyIsCheckedBeforeRate()
{
    setLimits({ { QStringLiteral("callsPerWindow"), 0 },
                { QStringLiteral("concurrency"), 1 },
                { QStringLiteral("otherRunning"), 1 } });

    const ProbeReply blocked = m_probe->get(qualyspath::Vault, VaultList);

    QCOMPARE(blocked.status, 409);
    QCOMPARE(qualysreply::code(blocked), QStringLiteral("1960"));
}

void QualysAccessTest::blockedCallsAreNotCounted()
{
    setLimits({ { QStringLiteral("callsPerWindow"), 2 }, { QStringLiteral("otherRunning"), 5 } });
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_probe->get(qualyspath::Vault, VaultList).status, 409);
    setLimits({ { QStringLiteral("otherRunning"), 0 } });

    const ProbeReply allowed = m_probe->get(qualyspath::Vault, VaultList);

    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.header("X-RateLimit-Remaining"), QByteArray("1"));
}

void QualysAccessTest::parallelCallsOverConcurrencyAreBlocked()
{
    QCOMPARE(m_probe->get(qualyspath::Vault, VaultList).status, 200);
    const ProbeReply limits = m_probe->control("GET", QStringLiteral("limits"));
    if (!limits.object().value(QStringLiteral("transportReportsCalls")).toBool())
        QSKIP("the transport does not report calls in flight to the Qualys service yet");
    setLimits({ { QStringLiteral("concurrency"), 1 } });
    const QJsonObject slow { { QStringLiteral("latencyMs"), 300 } };
    QCOMPARE(m_probe->http()
                     .send("PUT", QStringLiteral("/sandbox-control/faults"),
                           QJsonDocument(slow).toJson(), "application/json",
                           { { "X-Sandbox-Control", m_sandbox.controlToken() } })
                     .status,
             200);

    // Four calls at once over plain HTTP, so each waits its latency while the others run.
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i) {
        QUrl url = m_sandbox.baseUrl(false);
        url.setPath(qualyspath::Vault);
        url.setQuery(QStringLiteral("action=list"));
        QNetworkRequest request(url);
        for (const auto &[name, value] : m_probe->standardHeaders())
            request.setRawHeader(name, value);
        replies.append(network.get(request));
    }
    QStringList codes;
    for (QNetworkReply *reply : std::as_const(replies)) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(30000));
        codes.append(XmlReply(reply->readAll()).text(QStringLiteral("RESPONSE/CODE")));
        reply->deleteLater();
    }
    const QJsonObject fast { { QStringLiteral("latencyMs"), 0 } };
    m_probe->http().send("PUT", QStringLiteral("/sandbox-control/faults"),
                         QJsonDocument(fast).toJson(), "application/json",
                         { { "X-Sandbox-Control", m_sandbox.controlToken() } });

    QVERIFY2(codes.contains(QStringLiteral("1960")), qPrintable(codes.join(u',')));
    QVERIFY2(codes.contains(QString()), qPrintable(codes.join(u',')));
}

void QualysAccessTest::controlRejectsBadLimits()
{
    const ProbeReply reply = m_probe->control(
            "PUT", QStringLiteral("limits"),
            { { QStringLiteral("concurrency"), 0 }, { QStringLiteral("callsPerWindow"), 7 } });

    QCOMPARE(reply.status, 400);
    const ProbeReply now = m_probe->control("GET", QStringLiteral("limits"));
    QCOMPARE(now.object().value(QStringLiteral("callsPerWindow")).toInt(), 100000);
}

QTEST_GUILESS_MAIN(QualysAccessTest)
#include "tst_qualys_access.moc"

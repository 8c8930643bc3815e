// Secret Server REST details that public clients rely on (secret-server-api.md §1, §2.1, §4,
// §10): the health body the Python SDK probes, the OAuth2 token framing, .NET date text,
// /api/v2/secrets and IIS's case-insensitive paths.
#include "RestSandbox.h"

#include <QRegularExpression>
#include <QtTest>

class TestSecretServerFidelity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthCheckSpellsHealthyInPascalCase();
    void healthCheckRefusesPost();
    void tokenFailureCarriesOnlyTheOAuthError();
    void tokenRepliesAreUncacheable();
    void tokenEndpointOverGetFindsNoGrant();
    void datesHaveNoOffsetAndParseWithoutFraction();
    void neverHappenedDateIsTheDotNetMinimum();
    void v2SecretsSearchAnswersLikeV1();
    void pathsAreCaseInsensitive();
    void unknownRouteNamesTheRequestUri();
    void unsupportedMethodNamesTheMethod();
    void unknownJsonFieldsAreIgnored();

private:
    std::unique_ptr<RestSandbox> m_sandbox;
    QByteArray m_admin;
};

void TestSecretServerFidelity::initTestCase()
{
    m_sandbox = std::make_unique<RestSandbox>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->process().errorString()));
    m_admin = m_sandbox->admin();
    QVERIFY(!m_admin.isEmpty());
}

void TestSecretServerFidelity::healthCheckSpellsHealthyInPascalCase()
{
    const ProbeReply reply = m_sandbox->get(QStringLiteral("/healthcheck"), {});

    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.object();
    // python-tss-sdk reads json["Healthy"] with a case-sensitive dict lookup.
    QCOMPARE(body.value(QStringLiteral("Healthy")), QJsonValue(true));
    QCOMPARE(body.value(QStringLiteral("DatabaseHealthy")), QJsonValue(true));
    QVERIFY(!body.contains(QStringLiteral("healthy")));
}

void TestSecretServerFidelity::healthCheckRefusesPost()
{
    const ProbeReply reply = m_sandbox->probe().send(
            QByteArrayLiteral("POST"), RestSandbox::api(QStringLiteral("/healthcheck")), "{}",
            QByteArrayLiteral("application/json"));

    QCOMPARE(reply.status, 405);
    QVERIFY(reply.object().contains(QStringLiteral("message")));
}

void TestSecretServerFidelity::tokenFailureCarriesOnlyTheOAuthError()
{
    const ProbeReply reply
            = m_sandbox->probe().passwordGrant(QStringLiteral("admin"), QStringLiteral("wrong"));

    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().keys(), QStringList { QStringLiteral("error") });
    QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8"));
}

void TestSecretServerFidelity::tokenRepliesAreUncacheable()
{
    const ProbeReply good = m_sandbox->probe().passwordGrant(QStringLiteral("admin"),
                                                             QStringLiteral("Sandbox-Admin-1!"));
    const ProbeReply bad
            = m_sandbox->probe().passwordGrant(QStringLiteral("admin"), QStringLiteral("wrong"));

    QCOMPARE(good.status, 200);
    for (const ProbeReply &reply : { good, bad }) {
        QCOMPARE(reply.header("Cache-Control"), QByteArrayLiteral("no-cache"));
        QCOMPARE(reply.header("Pragma"), QByteArrayLiteral("no-cache"));
        QCOMPARE(reply.header("Expires"), QByteArrayLiteral("-1"));
    }
}

void TestSecretServerFidelity::tokenEndpointOverGetFindsNoGrant()
{
    // The OAuth2 server answers before Web API's routing: no 405, an OAuth2 error.
    const ProbeReply reply = m_sandbox->probe().get(
            QStringLiteral("/SecretServer/oauth2/token?grant_type=password&username=admin"));

    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("unsupported_grant_type"));
}

void TestSecretServerFidelity::datesHaveNoOffsetAndParseWithoutFraction()
{
    const ProbeReply reply = m_sandbox->get(QStringLiteral("/secrets/1"), m_admin);
    QCOMPARE(reply.status, 200);
    const QString checked = reply.object().value(QStringLiteral("lastHeartBeatCheck")).toString();

    // .NET's unspecified DateTime: no "Z", no offset; PY strips "\.[0-9]+$" and then parses
    // "%Y-%m-%dT%H:%M:%S", so anything after the seconds other than a fraction breaks it.
    static const QRegularExpression dotNet(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,7})?$"));
    QVERIFY2(dotNet.match(checked).hasMatch(), qPrintable(checked));
    QString stripped = checked;
    stripped.remove(QRegularExpression(QStringLiteral("\\.[0-9]+$")));
    QVERIFY(QDateTime::fromString(stripped, QStringLiteral("yyyy-MM-ddTHH:mm:ss")).isValid());
}

void TestSecretServerFidelity::neverHappenedDateIsTheDotNetMinimum()
{
    // Secret 1 has never had its password changed.
    const ProbeReply model = m_sandbox->get(QStringLiteral("/secrets/1"), m_admin);
    const QString name = model.object().value(QStringLiteral("name")).toString();
    const ProbeReply search
            = m_sandbox->get(QStringLiteral("/secrets?filter.searchText=")
                                     + QString::fromLatin1(QUrl::toPercentEncoding(name)),
                             m_admin);

    QCOMPARE(model.status, 200);
    QCOMPARE(model.object().value(QStringLiteral("lastPasswordChangeAttempt")).toString(),
             QStringLiteral("0001-01-01T00:00:00"));
    const QJsonArray records = search.object().value(QStringLiteral("records")).toArray();
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first()
                     .toObject()
                     .value(QStringLiteral("lastPasswordChangeAttempt"))
                     .toString(),
             QStringLiteral("0001-01-01T00:00:00"));
}

void TestSecretServerFidelity::v2SecretsSearchAnswersLikeV1()
{
    const ProbeReply v1 = m_sandbox->probe().get(
            QStringLiteral("/SecretServer/api/v1/secrets?take=3"), m_admin);
    const ProbeReply v2 = m_sandbox->probe().get(
            QStringLiteral("/SecretServer/api/v2/secrets?take=3"), m_admin);

    QCOMPARE(v1.status, 200);
    QCOMPARE(v2.status, 200);
    QCOMPARE(v2.object().value(QStringLiteral("total")),
             v1.object().value(QStringLiteral("total")));
    QCOMPARE(v2.object().value(QStringLiteral("records")),
             v1.object().value(QStringLiteral("records")));
}

void TestSecretServerFidelity::pathsAreCaseInsensitive()
{
    // IIS and ASP.NET routing ignore case in the path.
    const ProbeReply lower = m_sandbox->probe().get(
            QStringLiteral("/secretserver/API/V1/Secrets/1/Fields/PASSWORD"), m_admin);
    const ProbeReply exact = m_sandbox->get(QStringLiteral("/secrets/1/fields/password"), m_admin);

    QCOMPARE(exact.status, 200);
    QCOMPARE(lower.status, 200);
    QCOMPARE(lower.body, exact.body);
}

void TestSecretServerFidelity::unknownRouteNamesTheRequestUri()
{
    const ProbeReply reply = m_sandbox->get(QStringLiteral("/no-such-area?x=1"), m_admin);

    QCOMPARE(reply.status, 404);
    const QString message = reply.object().value(QStringLiteral("message")).toString();
    QVERIFY2(message.startsWith(QStringLiteral("No HTTP resource was found that matches the "
                                               "request URI 'https://127.0.0.1:")),
             qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("/SecretServer/api/v1/no-such-area?x=1'.")),
             qPrintable(message));
}

void TestSecretServerFidelity::unsupportedMethodNamesTheMethod()
{
    const ProbeReply reply = m_sandbox->probe().send(
            QByteArrayLiteral("DELETE"), RestSandbox::api(QStringLiteral("/version")), {}, {},
            { { QByteArrayLiteral("Authorization"), "Bearer " + m_admin } });

    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("The requested resource does not support http method 'DELETE'."));
}

void TestSecretServerFidelity::unknownJsonFieldsAreIgnored()
{
    // Json.NET skips members the argument type does not have; newer clients send more.
    const ProbeReply reply = m_sandbox->send(
            "POST", QStringLiteral("/folders"),
            { { QStringLiteral("folderName"), QStringLiteral("Fidelity extra fields") },
              { QStringLiteral("parentFolderId"), -1 },
              { QStringLiteral("folderTypeId"), 1 },
              { QStringLiteral("inheritPermissions"), false },
              { QStringLiteral("someFutureField"), QJsonObject { { QStringLiteral("a"), 1 } } } },
            m_admin);

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("folderName")).toString(),
             QStringLiteral("Fidelity extra fields"));
}

QTEST_GUILESS_MAIN(TestSecretServerFidelity)
#include "tst_ss_fidelity.moc"

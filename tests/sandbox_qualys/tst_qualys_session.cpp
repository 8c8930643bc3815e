// Qualys session mode (qualys-api.md §1.2): POST /api/2.0/fo/session/ action=login sets the
// QualysSession cookie, which then authenticates calls without Basic auth until logout.
#include "QualysProbe.h"

#include <QTest>

namespace {

const QString SessionPath = QStringLiteral("/api/2.0/fo/session/");
const Form VaultList { { QStringLiteral("action"), QStringLiteral("list") } };

} // namespace

class QualysSessionTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loginSetsSessionCookieWithoutLimitHeaders();
    void sessionCookieAuthenticatesWithoutBasic();
    void logoutEndsTheSession();
    void badPasswordIsBadLogin();
    void loginOverGetIsRefused();

private:
    ProbeReply login(const QString &password);
    ProbeReply cookieOnly(const QString &path, const Form &query, const QByteArray &body = {});

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QualysProbe> m_probe;
};

void QualysSessionTest::init()
{
    // A fresh process and probe per test: the probe's cookie jar must start empty.
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_probe = std::make_unique<QualysProbe>(*m_sandbox);
}

void QualysSessionTest::cleanup()
{
    m_probe.reset();
    m_sandbox.reset();
}

ProbeReply QualysSessionTest::login(const QString &password)
{
    const Form form { { QStringLiteral("action"), QStringLiteral("login") },
                      { QStringLiteral("username"), m_probe->user },
                      { QStringLiteral("password"), password } };
    return cookieOnly(SessionPath, {}, QualysProbe::encode(form));
}

ProbeReply QualysSessionTest::cookieOnly(const QString &path, const Form &query,
                                         const QByteArray &body)
{
    // No Authorization header: only the cookie jar can authenticate.
    return m_probe->send(body.isEmpty() ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST"),
                         path, query, body, { { "X-Requested-With", m_probe->requestedWith } });
}

void QualysSessionTest::loginSetsSessionCookieWithoutLimitHeaders()
{
    const ProbeReply reply = login(m_probe->password);

    QCOMPARE(reply.status, 200);
    QCOMPARE(qualysreply::text(reply), QStringLiteral("Logged in"));
    QVERIFY(reply.header("Set-Cookie").startsWith("QualysSession="));
    QVERIFY(reply.header("X-RateLimit-Limit").isEmpty());
}

void QualysSessionTest::sessionCookieAuthenticatesWithoutBasic()
{
    QCOMPARE(cookieOnly(qualyspath::Vault, VaultList).status, 401);
    QCOMPARE(login(m_probe->password).status, 200);

    const ProbeReply reply = cookieOnly(qualyspath::Vault, VaultList);

    QCOMPARE(reply.status, 200);
    QCOMPARE(XmlReply(reply.body).root(), QStringLiteral("AUTH_VAULT_LIST_OUTPUT"));
}

void QualysSessionTest::logoutEndsTheSession()
{
    QCOMPARE(login(m_probe->password).status, 200);

    const ProbeReply reply = cookieOnly(
            SessionPath, {},
            QualysProbe::encode({ { QStringLiteral("action"), QStringLiteral("logout") } }));

    QCOMPARE(reply.status, 200);
    QCOMPARE(qualysreply::text(reply), QStringLiteral("Logged out"));
    const ProbeReply after = cookieOnly(qualyspath::Vault, VaultList);
    QCOMPARE(after.status, 401);
    QCOMPARE(qualysreply::text(after), QStringLiteral("Bad Login/Password"));
}

void QualysSessionTest::badPasswordIsBadLogin()
{
    const ProbeReply reply = login(QStringLiteral("wrong"));

    QCOMPARE(reply.status, 401);
    QCOMPARE(qualysreply::text(reply), QStringLiteral("Bad Login/Password"));
    QVERIFY(reply.header("Set-Cookie").isEmpty());
}

void QualysSessionTest::loginOverGetIsRefused()
{
    const ProbeReply reply = cookieOnly(SessionPath,
                                        { { QStringLiteral("action"), QStringLiteral("login") },
                                          { QStringLiteral("username"), m_probe->user },
                                          { QStringLiteral("password"), m_probe->password } });

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1908"));
    QCOMPARE(cookieOnly(qualyspath::Vault, VaultList).status, 401);
}

QTEST_GUILESS_MAIN(QualysSessionTest)
#include "tst_qualys_session.moc"

// The Server settings screen against its own sandbox: the settings scanning depends on with
// their values and severities, a server whose web services were turned off (through the REST
// configuration PATCH) marked as blocking after a refresh, and a withdrawn session emptying it.

#include "admin/ServerSettingsScreen.h"

#include "SandboxProcess.h"
#include "profiles/CredentialStore.h"
#include "secretserver/RestClient.h"
#include "session/SandboxProfile.h"
#include "session/VaultSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTreeWidget>

using namespace secretserver;
using Severity = ServerSettingsScreen::Severity;

namespace {
constexpr int AnswerMs = 20000;
} // namespace

class ServerSettingsScreenTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsWebServicesOn();
    void showsSecurityAndRpcSettings();
    void refreshAfterWebServicesOffMarksThemBlocking();
    void withdrawnSessionEmptiesTheScreen();

private:
    SandboxProcess m_sandbox;
    CredentialStore m_credentials;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<ServerSettingsScreen> m_screen;
};

void ServerSettingsScreenTest::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    const QByteArray ready
            = QJsonDocument(QJsonObject { { QStringLiteral("https"), m_sandbox.httpsPort() },
                                          { QStringLiteral("sha256"),
                                            QString::fromLatin1(m_sandbox.sha256Fingerprint()) } })
                      .toJson(QJsonDocument::Compact);
    const auto profile = SandboxProfile::fromReadyLine(ready, std::nullopt);
    QVERIFY(profile);
    m_session = std::make_unique<VaultSession>(*profile, &m_credentials);
    m_session->signIn(QStringLiteral("Sandbox-Admin-1!"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), VaultSession::State::SignedIn, AnswerMs);
}

void ServerSettingsScreenTest::init()
{
    m_screen = std::make_unique<ServerSettingsScreen>();
    m_screen->resize(1200, 700);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_screen->setSession(m_session.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_screen->isLoaded(), AnswerMs);
}

void ServerSettingsScreenTest::cleanup()
{
    m_screen.reset();
}

void ServerSettingsScreenTest::showsWebServicesOn()
{
    QCOMPARE(m_screen->valueTextOf(QStringLiteral("webServices")), QStringLiteral("On"));
    QCOMPARE(m_screen->severityOf(QStringLiteral("webServices")), Severity::Fine);
}

void ServerSettingsScreenTest::showsSecurityAndRpcSettings()
{
    const QStringList keys = m_screen->settingKeys();
    for (const char *key :
         { "forceHttps", "hsts", "rpc", "heartbeat", "changeOnCheckIn", "checkOutInterval" })
        QVERIFY2(keys.contains(QLatin1String(key)), key);
    // The estate has HTTPS not forced: worth knowing, not blocking.
    QCOMPARE(m_screen->valueTextOf(QStringLiteral("forceHttps")), QStringLiteral("Off"));
    QCOMPARE(m_screen->severityOf(QStringLiteral("forceHttps")), Severity::WorthKnowing);
    QCOMPARE(m_screen->valueTextOf(QStringLiteral("rpc")), QStringLiteral("On"));
    QCOMPARE(m_screen->valueTextOf(QStringLiteral("checkOutInterval")),
             QStringLiteral("0 d 2 h 0 min"));
    // Every row says where to change it.
    QTreeWidget *view = m_screen->view();
    for (int row = 0; row < view->topLevelItemCount(); ++row)
        QVERIFY(view->topLevelItem(row)->text(4).startsWith(QStringLiteral("Admin > ")));
}

void ServerSettingsScreenTest::refreshAfterWebServicesOffMarksThemBlocking()
{
    std::optional<Result<ServerConfiguration>> answer;
    QObject context;
    m_session->client()->updateConfiguration(
            ConfigurationArea::General,
            { ConfigurationChange { QStringLiteral("applicationSettings"),
                                    QStringLiteral("enableWebServices"), false } },
            &context, [&answer](const Result<ServerConfiguration> &result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), AnswerMs);
    QVERIFY2(answer->ok(), qPrintable(answer->message));
    // Still the value read before the change until the screen is refreshed.
    QCOMPARE(m_screen->severityOf(QStringLiteral("webServices")), Severity::Fine);

    m_screen->refresh();
    QVERIFY(!m_screen->isLoaded());
    QTRY_VERIFY_WITH_TIMEOUT(m_screen->isLoaded(), AnswerMs);
    QCOMPARE(m_screen->severityOf(QStringLiteral("webServices")), Severity::BlocksScanning);
    QCOMPARE(m_screen->valueTextOf(QStringLiteral("webServices")), QStringLiteral("Off"));
}

void ServerSettingsScreenTest::withdrawnSessionEmptiesTheScreen()
{
    QVERIFY(!m_screen->settingKeys().isEmpty());
    m_screen->setSession(nullptr);
    QVERIFY(m_screen->settingKeys().isEmpty());
    QCOMPARE(m_screen->view()->topLevelItemCount(), 0);
    QVERIFY(!m_screen->severityOf(QStringLiteral("webServices")).has_value());
    QVERIFY(!m_screen->isEnabled());
}

QTEST_MAIN(ServerSettingsScreenTest)
#include "ServerSettingsScreenTest.moc"

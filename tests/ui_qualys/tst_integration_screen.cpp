// The Scan readiness screen offscreen against the sandbox over HTTPS, with a private keyring:
// the Qualys connection paired with the profile (saved in an INI file, its password in the
// keychain) lists the example records with their verdicts, the selected record's findings
// are shown in full, "only problems" hides ready records, and a withdrawn session empties it.

#include "SandboxProcess.h"
#include "profiles/CredentialStore.h"
#include "qualys/IntegrationModel.h"
#include "qualys/IntegrationScreen.h"
#include "qualys/QualysConnectionStore.h"
#include "session/SandboxProfile.h"
#include "session/VaultSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using qualys::IntegrationModel;

namespace {
constexpr int AnswerMs = 60000;
const QString QualysUser = QStringLiteral("qualys-admin");
const QString QualysPassword = QStringLiteral("Sandbox-Qualys-Api-1!");
} // namespace

class TestIntegrationScreen final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsThePairedConnectionsRecords();
    void detailShowsEveryFindingOfTheSelectedRecord();
    void onlyProblemsHidesReadyRecords();
    void f5ReadsEverythingAgain();
    void withdrawnSessionEmptiesTheScreen();
    void withoutAConnectionSaysHowToAddOne();
    void connectionWithoutPasswordIsExplained();

private:
    bool waitUntilChecked() const;
    int proxyRowOf(const QString &title) const;

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    CredentialStore m_credentials;
    std::unique_ptr<qualys::QualysConnectionStore> m_connections;
    qualys::QualysConnection m_connection;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<IntegrationScreen> m_screen;
};

void TestIntegrationScreen::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_dir.isValid());
    m_connections = std::make_unique<qualys::QualysConnectionStore>(
            m_dir.filePath(QStringLiteral("qualys.ini")));

    m_connection = qualys::QualysConnection::create();
    m_connection.name = QStringLiteral("Sandbox Qualys");
    m_connection.platformKey = qualys::CustomPlatformKey;
    m_connection.customUrl = m_sandbox.baseUrl(true).toString();
    m_connection.userName = QualysUser;
    m_connection.pinCertificate(m_sandbox.sha256Fingerprint());
    const QStringList problems = m_connections->save(m_connection);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    std::optional<CredentialResult> written;
    CredentialJob *job
            = m_credentials.write(m_connection.id, CredentialKind::Password, QualysPassword);
    connect(job, &CredentialJob::finished, this,
            [&written](const CredentialResult &result) { written = result; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), AnswerMs);
    QVERIFY2(written->ok(), qPrintable(written->message));

    const QByteArray ready
            = QJsonDocument(QJsonObject { { QStringLiteral("https"), m_sandbox.httpsPort() },
                                          { QStringLiteral("sha256"),
                                            QString::fromLatin1(m_sandbox.sha256Fingerprint()) } })
                      .toJson(QJsonDocument::Compact);
    auto profile = SandboxProfile::fromReadyLine(ready, std::nullopt);
    QVERIFY(profile);
    profile->setQualysConnectionId(m_connection.id);
    m_session = std::make_unique<VaultSession>(*profile, &m_credentials);
    m_session->signIn(QStringLiteral("Sandbox-Admin-1!"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), VaultSession::State::SignedIn, AnswerMs);
}

void TestIntegrationScreen::init()
{
    m_screen = std::make_unique<IntegrationScreen>(m_connections.get(), &m_credentials);
    m_screen->resize(1200, 800);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
}

void TestIntegrationScreen::cleanup()
{
    m_screen.reset();
}

bool TestIntegrationScreen::waitUntilChecked() const
{
    IntegrationModel *model = m_screen->model();
    (void)QTest::qWaitFor(
            [model] {
                return model->state() == IntegrationModel::State::Done
                        || model->state() == IntegrationModel::State::Failed;
            },
            AnswerMs);
    if (model->state() != IntegrationModel::State::Done)
        qWarning("not checked: %s", qPrintable(m_screen->messageLabel()->text()));
    return model->state() == IntegrationModel::State::Done;
}

int TestIntegrationScreen::proxyRowOf(const QString &title) const
{
    const QAbstractItemModel *proxy = m_screen->recordView()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, IntegrationModel::TitleColumn).data().toString() == title)
            return row;
    }
    return -1;
}

void TestIntegrationScreen::listsThePairedConnectionsRecords()
{
    m_screen->setSession(m_session.get());

    QVERIFY(waitUntilChecked());
    QCOMPARE(m_screen->connectionId(), m_connection.id);
    QCOMPARE(m_screen->connectionPicker()->currentText(), m_connection.name);
    QCOMPARE(m_screen->recordView()->model()->rowCount(), 15);
    const int ready = proxyRowOf(QStringLiteral("Windows servers via Secret Server"));
    QVERIFY(ready >= 0);
    const QModelIndex status
            = m_screen->recordView()->model()->index(ready, IntegrationModel::StatusColumn);
    // Status is text and an icon, not colour alone.
    QCOMPARE(status.data().toString(),
             IntegrationModel::statusText(IntegrationModel::RecordStatus::Ready));
    QVERIFY(!status.data(Qt::DecorationRole).isNull());
}

void TestIntegrationScreen::detailShowsEveryFindingOfTheSelectedRecord()
{
    m_screen->setSession(m_session.get());
    QVERIFY(waitUntilChecked());
    const int row = proxyRowOf(QStringLiteral("payroll01: approval for access"));
    QVERIFY(row >= 0);

    m_screen->recordView()->setCurrentIndex(m_screen->recordView()->model()->index(row, 0));

    const int sourceRow = m_screen->proxy()->mapToSource(m_screen->proxy()->index(row, 0)).row();
    const auto readiness = m_screen->model()->readiness(sourceRow);
    QVERIFY(readiness && !readiness->findings.isEmpty());
    const QString detail = m_screen->detailView()->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("payroll01: approval for access")), qPrintable(detail));
    for (const Finding &finding : readiness->findings) {
        QVERIFY2(detail.contains(finding.title), qPrintable(detail));
        QVERIFY2(detail.contains(finding.detail), qPrintable(detail));
        QVERIFY2(detail.contains(finding.fix), qPrintable(detail));
    }
}

void TestIntegrationScreen::onlyProblemsHidesReadyRecords()
{
    m_screen->setSession(m_session.get());
    QVERIFY(waitUntilChecked());
    int notReady = 0;
    for (int row = 0; row < m_screen->model()->recordCount(); ++row) {
        if (m_screen->model()
                    ->index(row, 0)
                    .data(IntegrationModel::StatusRole)
                    .value<IntegrationModel::RecordStatus>()
            != IntegrationModel::RecordStatus::Ready)
            ++notReady;
    }
    QVERIFY(notReady > 0 && notReady < 15);

    m_screen->onlyProblemsBox()->setChecked(true);

    const QAbstractItemModel *proxy = m_screen->recordView()->model();
    QCOMPARE(proxy->rowCount(), notReady);
    QCOMPARE(proxyRowOf(QStringLiteral("Windows servers via Secret Server")), -1);
    QVERIFY(proxyRowOf(QStringLiteral("payroll01: approval for access")) >= 0);
}

void TestIntegrationScreen::f5ReadsEverythingAgain()
{
    m_screen->setSession(m_session.get());
    QVERIFY(waitUntilChecked());
    QSignalSpy states(m_screen->model(), &IntegrationModel::stateChanged);
    m_screen->activateWindow();
    m_screen->recordView()->setFocus();

    QTest::keyClick(m_screen->recordView(), Qt::Key_F5);

    QTRY_VERIFY_WITH_TIMEOUT(
            states.contains(QVariantList { QVariant::fromValue(IntegrationModel::State::Loading) }),
            AnswerMs);
    QVERIFY(waitUntilChecked());
    QCOMPARE(m_screen->model()->recordCount(), 15);
}

void TestIntegrationScreen::withdrawnSessionEmptiesTheScreen()
{
    m_screen->setSession(m_session.get());
    QVERIFY(waitUntilChecked());
    m_screen->recordView()->setCurrentIndex(m_screen->recordView()->model()->index(0, 0));
    QVERIFY(!m_screen->detailView()->toPlainText().isEmpty());

    m_screen->setSession(nullptr);

    QCOMPARE(m_screen->model()->recordCount(), 0);
    QCOMPARE(m_screen->recordView()->model()->rowCount(), 0);
    QVERIFY(m_screen->detailView()->toPlainText().isEmpty());
}

void TestIntegrationScreen::withoutAConnectionSaysHowToAddOne()
{
    qualys::QualysConnectionStore empty(m_dir.filePath(QStringLiteral("empty.ini")));
    IntegrationScreen screen(&empty, &m_credentials);
    screen.show();

    screen.setSession(m_session.get());

    QVERIFY(screen.connectionId().isNull());
    QCOMPARE(screen.model()->recordCount(), 0);
    QVERIFY2(screen.messageLabel()->text().contains(QStringLiteral("Qualys screen")),
             qPrintable(screen.messageLabel()->text()));
}

void TestIntegrationScreen::connectionWithoutPasswordIsExplained()
{
    m_screen->setSession(m_session.get());
    QVERIFY(waitUntilChecked());
    qualys::QualysConnection other = m_connection;
    other.id = QUuid::createUuid(); // nothing in the keychain under this one
    other.name = QStringLiteral("Another Qualys");
    QVERIFY(m_connections->save(other).isEmpty());
    QComboBox *picker = m_screen->connectionPicker();
    QCOMPARE(picker->currentData().toUuid(), m_connection.id);

    picker->setCurrentIndex(picker->findData(other.id));

    QTRY_VERIFY_WITH_TIMEOUT(m_screen->messageLabel()->text().contains(other.name), AnswerMs);
    QTRY_VERIFY_WITH_TIMEOUT(
            m_screen->messageLabel()->text().contains(QStringLiteral("No password")), AnswerMs);
    QCOMPARE(m_screen->model()->recordCount(), 0);
    QVERIFY(m_connections->remove(other.id));
}

QTEST_MAIN(TestIntegrationScreen)
#include "tst_integration_screen.moc"

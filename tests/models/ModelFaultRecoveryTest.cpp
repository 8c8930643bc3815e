// The models under faults injected through the sandbox's control options: dropped
// connections, timeouts, a token that expires between two pages of a listing, and the bound
// on parallel requests that the console's settings put on a session. Each fault must show as
// an error row, go away on retry, and never crash or hang the model.
#include "HttpProbe.h"
#include "ModelFixture.h"
#include "models/FolderTreeModel.h"
#include "models/SecretListModel.h"
#include "secretserver/RestClient.h"
#include "session/SandboxProfile.h"
#include "session/VaultSession.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace secretserver;

namespace {

const QString AdminPassword = QStringLiteral("Sandbox-Admin-1!");

QSet<int> secretIdsOf(const SecretListModel &model)
{
    QSet<int> ids;
    for (int row = 0; row < model.recordCount(); ++row)
        ids.insert(model.secretAt(row)->id);
    return ids;
}

} // namespace

class ModelFaultRecoveryTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void secretListRecoversFromDroppedConnection();
    void secretListRecoversFromTimeout();
    void folderTreeRecoversFromDroppedConnection();
    void folderTreeRecoversFromTimeout();
    void secretListContinuesWhenTokenExpiresMidListing();
    void secretListShowsFailedReloginMidListingAndRecoversOnRetry();
    void folderTreeContinuesWhenTokenExpiresMidListing();
    void sessionBoundLimitsParallelModelLoads_data();
    void sessionBoundLimitsParallelModelLoads();

private:
    int control(const QByteArray &method, const QString &path, const QByteArray &body = {},
                QJsonObject *reply = nullptr);
    bool setFaults(int latencyMs, double failRate, double dropRate);
    bool expireTokens();
    std::unique_ptr<RestClient> signedInClient(int timeoutMs);
    void waitIdle(RemoteListModel &model);
    void loadTop(FolderTreeModel &model);

    ModelFixture m_fixture;
};

void ModelFaultRecoveryTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void ModelFaultRecoveryTest::cleanup()
{
    QVERIFY(setFaults(0, 0.0, 0.0));
}

int ModelFaultRecoveryTest::control(const QByteArray &method, const QString &path,
                                    const QByteArray &body, QJsonObject *reply)
{
    HttpProbe probe(m_fixture.sandbox());
    const ProbeReply answer = probe.send(
            method, path, body,
            body.isEmpty() ? QByteArray() : QByteArrayLiteral("application/json"),
            { { QByteArrayLiteral("X-Sandbox-Control"), m_fixture.sandbox().controlToken() } });
    if (reply)
        *reply = answer.object();
    return answer.status;
}

bool ModelFaultRecoveryTest::setFaults(int latencyMs, double failRate, double dropRate)
{
    const QJsonObject faults { { QStringLiteral("latencyMs"), latencyMs },
                               { QStringLiteral("failRate"), failRate },
                               { QStringLiteral("dropRate"), dropRate } };
    return control("PUT", QStringLiteral("/sandbox-control/faults"),
                   QJsonDocument(faults).toJson(QJsonDocument::Compact))
            == 200;
}

bool ModelFaultRecoveryTest::expireTokens()
{
    return control("POST", QStringLiteral("/sandbox-control/secretserver/expire-tokens")) == 200;
}

std::unique_ptr<RestClient> ModelFaultRecoveryTest::signedInClient(int timeoutMs)
{
    ConnectionSettings settings = m_fixture.client()->settings();
    settings.timeoutMs = timeoutMs;
    auto client = std::make_unique<RestClient>(settings);
    QSignalSpy changed(client.get(), &RestClient::sessionChanged);
    bool answered = false;
    client->signIn({ QStringLiteral("admin"), QString(), AdminPassword }, this,
                   [&answered](const Result<SessionInfo> &) { answered = true; });
    if (!QTest::qWaitFor([&answered] { return answered; }, ModelAnswerMs)
        || !client->isSignedIn()) {
        return nullptr;
    }
    return client;
}

void ModelFaultRecoveryTest::waitIdle(RemoteListModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(model.status() != RemoteListModel::Status::Loading, ModelAnswerMs);
    QVERIFY2(model.status() == RemoteListModel::Status::Idle, qPrintable(model.errorMessage()));
}

void ModelFaultRecoveryTest::loadTop(FolderTreeModel &model)
{
    QSignalSpy loaded(&model, &FolderTreeModel::childrenLoaded);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), ModelAnswerMs);
    QVERIFY(model.rowCount() > 0);
}

void ModelFaultRecoveryTest::secretListRecoversFromDroppedConnection()
{
    SecretListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());
    model.setPageSize(5);
    QVERIFY(setFaults(0, 0.0, 1.0));

    model.reload();

    QTRY_VERIFY_WITH_TIMEOUT(model.status() == RemoteListModel::Status::Failed, ModelAnswerMs);
    QCOMPARE(ModelFixture::kindOf(model, model.rowCount() - 1), ModelRow::Kind::Error);
    QVERIFY(!model.errorMessage().isEmpty());
    QVERIFY(setFaults(0, 0.0, 0.0));
    model.retry();
    waitIdle(model);
    QCOMPARE(model.recordCount(), 5);
    QVERIFY(!ModelFixture::hasRowOfKind(model, ModelRow::Kind::Error));
}

void ModelFaultRecoveryTest::secretListRecoversFromTimeout()
{
    const std::unique_ptr<RestClient> client = signedInClient(400);
    QVERIFY(client);
    SecretListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(client.get());
    model.setPageSize(5);
    QVERIFY(setFaults(3000, 0.0, 0.0));

    model.reload();

    QTRY_VERIFY_WITH_TIMEOUT(model.status() == RemoteListModel::Status::Failed, ModelAnswerMs);
    QVERIFY2(model.errorMessage().contains(QStringLiteral("in time")),
             qPrintable(model.errorMessage()));
    QVERIFY(setFaults(0, 0.0, 0.0));
    model.retry();
    waitIdle(model);
    QCOMPARE(model.recordCount(), 5);
}

void ModelFaultRecoveryTest::folderTreeRecoversFromDroppedConnection()
{
    FolderTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());
    QSignalSpy failed(&model, &FolderTreeModel::childrenFailed);
    QVERIFY(setFaults(0, 0.0, 1.0));

    model.reload();

    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), ModelAnswerMs);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(ModelFixture::kindOf(model, 0), ModelRow::Kind::Error);
    QVERIFY(setFaults(0, 0.0, 0.0));
    QSignalSpy loaded(&model, &FolderTreeModel::childrenLoaded);
    QVERIFY(model.setData(model.index(0, 0), true, ModelRow::RetryRole));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), ModelAnswerMs);
    QVERIFY(model.rowCount() > 0);
    QVERIFY2(!ModelFixture::hasRowOfKind(model, ModelRow::Kind::Error),
             qPrintable(ModelFixture::describeRows(model)));
}

void ModelFaultRecoveryTest::folderTreeRecoversFromTimeout()
{
    const std::unique_ptr<RestClient> client = signedInClient(400);
    QVERIFY(client);
    FolderTreeModel model;
    // No model tester here: it would expand the first folder itself, before the fault.
    model.setClient(client.get());
    loadTop(model);
    const QModelIndex first = model.index(0, 0);
    QSignalSpy failed(&model, &FolderTreeModel::childrenFailed);
    QVERIFY(setFaults(3000, 0.0, 0.0));

    model.fetchMore(first);

    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), ModelAnswerMs);
    QCOMPARE(ModelFixture::kindOf(model, 0, first), ModelRow::Kind::Error);
    QVERIFY(setFaults(0, 0.0, 0.0));
    QSignalSpy loaded(&model, &FolderTreeModel::childrenLoaded);
    model.retry(model.index(0, 0, first));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), ModelAnswerMs);
    QVERIFY(!ModelFixture::hasRowOfKind(model, ModelRow::Kind::Error, first));
    QVERIFY(!ModelFixture::hasRowOfKind(model, ModelRow::Kind::Loading, first));
}

void ModelFaultRecoveryTest::secretListContinuesWhenTokenExpiresMidListing()
{
    SecretListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());
    model.setPageSize(5);
    model.reload();
    waitIdle(model);
    QSignalSpy renewed(m_fixture.client(), &RestClient::sessionChanged);
    QVERIFY(expireTokens());

    model.fetchMore({});

    waitIdle(model);
    QCOMPARE(model.recordCount(), 10);
    QCOMPARE(secretIdsOf(model).size(), 10); // the second page, not the first again
    QCOMPARE(renewed.count(), 1);
}

void ModelFaultRecoveryTest::secretListShowsFailedReloginMidListingAndRecoversOnRetry()
{
    // The keychain cannot give the password at first, as when it is locked.
    QString keychainPassword;
    auto client = std::make_unique<RestClient>(m_fixture.client()->settings());
    client->setPasswordSource([&keychainPassword](std::function<void(const QString &)> deliver) {
        deliver(keychainPassword);
    });
    bool signedIn = false;
    client->signIn({ QStringLiteral("admin"), QString(), AdminPassword }, this,
                   [&signedIn](const Result<SessionInfo> &result) { signedIn = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn, ModelAnswerMs);
    SecretListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(client.get());
    model.setPageSize(5);
    model.reload();
    waitIdle(model);
    QSignalSpy lost(client.get(), &RestClient::sessionLost);
    QVERIFY(expireTokens());

    model.fetchMore({});

    QTRY_VERIFY_WITH_TIMEOUT(model.status() == RemoteListModel::Status::Failed, ModelAnswerMs);
    QCOMPARE(model.recordCount(), 5); // the page already shown stays
    QCOMPARE(ModelFixture::kindOf(model, model.rowCount() - 1), ModelRow::Kind::Error);
    QVERIFY(!model.errorMessage().isEmpty());
    QVERIFY(!model.errorMessage().contains(AdminPassword));
    QCOMPARE(lost.count(), 1);
    keychainPassword = AdminPassword;
    model.retry();
    waitIdle(model);
    QCOMPARE(model.recordCount(), 10);
    QCOMPARE(secretIdsOf(model).size(), 10);
}

void ModelFaultRecoveryTest::folderTreeContinuesWhenTokenExpiresMidListing()
{
    FolderTreeModel model;
    // No model tester here: it would expand the first folder itself, before the fault.
    model.setClient(m_fixture.client());
    loadTop(model);
    const QModelIndex first = model.index(0, 0);
    QSignalSpy loaded(&model, &FolderTreeModel::childrenLoaded);
    QVERIFY(expireTokens());

    model.fetchMore(first);

    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), ModelAnswerMs);
    QVERIFY2(!ModelFixture::hasRowOfKind(model, ModelRow::Kind::Error, first),
             qPrintable(ModelFixture::describeRows(model, first)));
    QVERIFY(!model.isLoading(first));
}

void ModelFaultRecoveryTest::sessionBoundLimitsParallelModelLoads_data()
{
    QTest::addColumn<int>("bound");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("three at once") << 3;
}

void ModelFaultRecoveryTest::sessionBoundLimitsParallelModelLoads()
{
    QFETCH(int, bound);
    const QByteArray ready
            = QJsonDocument(
                      QJsonObject {
                              { QStringLiteral("https"), m_fixture.sandbox().httpsPort() },
                              { QStringLiteral("sha256"),
                                QString::fromLatin1(m_fixture.sandbox().sha256Fingerprint()) },
                      })
                      .toJson(QJsonDocument::Compact);
    const auto profile = SandboxProfile::fromReadyLine(ready, std::nullopt);
    QVERIFY(profile.has_value());
    VaultSession session(*profile, nullptr);
    session.signIn(AdminPassword, false);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::State::SignedIn, ModelAnswerMs);
    session.setMaxParallelRequests(bound); // as when the preference changes while signed in
    QJsonObject stats;
    // The session's own first reads (version, user) must be over before counting.
    QTRY_VERIFY_WITH_TIMEOUT(control("GET", QStringLiteral("/sandbox-control/stats"), {}, &stats)
                                             == 200
                                     && stats.value(QStringLiteral("inFlight")).toInt() == 0,
                             ModelAnswerMs);
    QVERIFY(setFaults(300, 0.0, 0.0));
    QCOMPARE(control("POST", QStringLiteral("/sandbox-control/stats/reset")), 200);
    std::vector<std::unique_ptr<SecretListModel>> lists;
    for (int i = 0; i < 6; ++i) {
        auto list = std::make_unique<SecretListModel>();
        list->setClient(session.client());
        list->setPageSize(2 + i); // six different requests
        lists.push_back(std::move(list));
    }

    for (const auto &list : lists)
        list->reload();

    for (const auto &list : lists)
        waitIdle(*list);
    QCOMPARE(control("GET", QStringLiteral("/sandbox-control/stats"), {}, &stats), 200);
    QCOMPARE(stats.value(QStringLiteral("maxInFlight")).toInt(), bound);
}

QTEST_GUILESS_MAIN(ModelFaultRecoveryTest)
#include "ModelFaultRecoveryTest.moc"

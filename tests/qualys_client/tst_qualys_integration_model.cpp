// The scan-readiness model against the sandbox over HTTPS: every vault-backed example record
// of Qualys is listed beside its Secret Server secret with the assessor's verdict, failures
// of the Qualys side give an error row that retries, and the model stays consistent.

#include "HttpProbe.h"
#include "QualysClientFixture.h"
#include "qualys/IntegrationModel.h"
#include "secretserver/RestClient.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace qualys;

class TestQualysIntegrationModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryExampleRecord();
    void reportsEachRecordsVerdict_data();
    void reportsEachRecordsVerdict();
    void showsWhereTheSecretWasFound();
    void wrongQualysPasswordGivesAnErrorRowThatRetries();
    void withoutSourcesNothingIsListed();
    void passesTheModelTester();
    void slowAnswerShowsTheLoadingRow();

private:
    bool loadInto(IntegrationModel &model);
    int rowOf(const IntegrationModel &model, const QString &title) const;
    bool setLatency(int latencyMs); // of every sandbox reply

    QualysClientFixture m_fixture;
    std::unique_ptr<secretserver::RestClient> m_secretServer;
    std::unique_ptr<IntegrationModel> m_model; // loaded once, read by the verdict tests
};

void TestQualysIntegrationModel::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    secretserver::ConnectionSettings settings;
    settings.serverUrl = m_fixture.sandbox().secretServerUrl(true);
    settings.trust.pin(QStringLiteral("127.0.0.1"), m_fixture.sandbox().httpsPort(),
                       m_fixture.sandbox().sha256Fingerprint());
    m_secretServer = std::make_unique<secretserver::RestClient>(settings);
    bool signedIn = false;
    m_secretServer->signIn(
            { QStringLiteral("admin"), QString(), QStringLiteral("Sandbox-Admin-1!") }, this,
            [&signedIn](const secretserver::Result<secretserver::SessionInfo> &r) {
                signedIn = r.ok();
            });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn, QualysClientFixture::AnswerMs);

    m_model = std::make_unique<IntegrationModel>();
    QVERIFY(loadInto(*m_model));
}

bool TestQualysIntegrationModel::loadInto(IntegrationModel &model)
{
    model.setSources(m_fixture.client(), m_secretServer.get());
    model.reload();
    return QTest::qWaitFor(
                   [&model] {
                       return model.state() == IntegrationModel::State::Done
                               || model.state() == IntegrationModel::State::Failed;
                   },
                   3 * QualysClientFixture::AnswerMs)
            && model.state() == IntegrationModel::State::Done;
}

int TestQualysIntegrationModel::rowOf(const IntegrationModel &model, const QString &title) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, IntegrationModel::TitleColumn).data().toString() == title)
            return row;
    }
    return -1;
}

void TestQualysIntegrationModel::listsEveryExampleRecord()
{
    QCOMPARE(m_model->recordCount(), 15);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->index(row, IntegrationModel::VaultColumn).data().toString(),
                 QStringLiteral("Corp Secret Server"));
        QVERIFY(!m_model->index(row, IntegrationModel::SecretNameColumn)
                         .data()
                         .toString()
                         .isEmpty());
        QVERIFY(m_model->index(row, 0)
                        .data(IntegrationModel::StatusRole)
                        .value<IntegrationModel::RecordStatus>()
                != IntegrationModel::RecordStatus::Checking);
    }
    QVERIFY(rowOf(*m_model, QStringLiteral("Oracle ERPPROD via Secret Server")) >= 0);
}

void TestQualysIntegrationModel::reportsEachRecordsVerdict_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QString>("code"); // a finding the record must have; empty: none at all

    const QStringList passing = { QStringLiteral("Windows servers via Secret Server"),
                                  QStringLiteral("Linux servers via Secret Server"),
                                  QStringLiteral("Oracle ERPPROD via Secret Server"),
                                  QStringLiteral("SQL Server via Secret Server"),
                                  QStringLiteral("DB2 SAMPLE via Secret Server") };
    for (const QString &title : passing)
        QTest::newRow(qPrintable(title)) << title << true << QString();
    QTest::newRow("approval") << QStringLiteral("payroll01: approval for access") << false
                              << QStringLiteral("secret.approval");
    QTest::newRow("one character off") << QStringLiteral("app02: secret name one character off")
                                       << false << QStringLiteral("secret.not-found");
    QTest::newRow("case") << QStringLiteral("web01: secret name differs by case") << false
                          << QStringLiteral("secret.name-mismatch");
    QTest::newRow("no permission") << QStringLiteral("Domain Admin: no permission") << false
                                   << QStringLiteral("access.none");
}

void TestQualysIntegrationModel::reportsEachRecordsVerdict()
{
    QFETCH(QString, title);
    QFETCH(bool, ready);
    QFETCH(QString, code);

    const int row = rowOf(*m_model, title);
    QVERIFY2(row >= 0, qPrintable(title));
    const QModelIndex status = m_model->index(row, IntegrationModel::StatusColumn);
    const QStringList codes = status.data(IntegrationModel::FindingCodesRole).toStringList();
    const auto recordStatus
            = status.data(IntegrationModel::StatusRole).value<IntegrationModel::RecordStatus>();
    const QString reason = m_model->index(row, IntegrationModel::ReasonColumn).data().toString();

    if (ready) {
        QCOMPARE(recordStatus, IntegrationModel::RecordStatus::Ready);
        QCOMPARE(status.data().toString(), IntegrationModel::statusText(recordStatus));
        QVERIFY2(codes.isEmpty(), qPrintable(codes.join(u',')));
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    } else {
        QCOMPARE(recordStatus, IntegrationModel::RecordStatus::WillFail);
        QVERIFY2(codes.contains(code), qPrintable(codes.join(u',')));
        // The reason is the worst finding's title and its fix.
        const RecordReadiness readiness = *m_model->readiness(row);
        QVERIFY(reason.contains(readiness.findings.first().title));
        QVERIFY(reason.contains(readiness.findings.first().fix));
    }
}

void TestQualysIntegrationModel::showsWhereTheSecretWasFound()
{
    const int ready = rowOf(*m_model, QStringLiteral("Windows servers via Secret Server"));
    const int missing = rowOf(*m_model, QStringLiteral("app02: secret name one character off"));
    QVERIFY(ready >= 0 && missing >= 0);

    const QString found
            = m_model->index(ready, IntegrationModel::SecretFoundColumn).data().toString();
    QVERIFY2(found.endsWith(QStringLiteral("\\Qualys Windows Domain Scan")), qPrintable(found));
    QCOMPARE(m_model->index(missing, IntegrationModel::SecretFoundColumn).data().toString(),
             IntegrationModel::tr("No matching secret"));
}

void TestQualysIntegrationModel::wrongQualysPasswordGivesAnErrorRowThatRetries()
{
    const auto qualys = m_fixture.makeClient(QStringLiteral("Not-The-Password-1!"));
    IntegrationModel model;
    model.setSources(qualys.get(), m_secretServer.get());
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), IntegrationModel::State::Failed,
                              QualysClientFixture::AnswerMs);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ModelRow::KindRole).value<ModelRow::Kind>(),
             ModelRow::Kind::Error);
    QVERIFY(!model.index(0, 0).data(ModelRow::ErrorMessageRole).toString().isEmpty());
    QVERIFY(!model.record(0));

    qualys->setPassword(QualysClientFixture::Password);
    QVERIFY(model.setData(model.index(0, 0), true, ModelRow::RetryRole));
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), IntegrationModel::State::Done,
                              3 * QualysClientFixture::AnswerMs);
    QCOMPARE(model.recordCount(), 15);
}

void TestQualysIntegrationModel::withoutSourcesNothingIsListed()
{
    IntegrationModel model;
    model.setSources(m_fixture.client(), nullptr);
    model.reload();
    QCOMPARE(model.state(), IntegrationModel::State::Failed);
    QCOMPARE(model.recordCount(), 0);
    QCOMPARE(model.index(0, 0).data(ModelRow::KindRole).value<ModelRow::Kind>(),
             ModelRow::Kind::Error);
}

void TestQualysIntegrationModel::passesTheModelTester()
{
    IntegrationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadInto(model));
    QCOMPARE(model.recordCount(), 15);
    // A second reload starts from no rows at all.
    model.reload();
    QCOMPARE(model.state(), IntegrationModel::State::Loading);
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), IntegrationModel::State::Done,
                              3 * QualysClientFixture::AnswerMs);
}

void TestQualysIntegrationModel::slowAnswerShowsTheLoadingRow()
{
    QVERIFY(setLatency(1500));
    IntegrationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSources(m_fixture.client(), m_secretServer.get());

    model.reload();

    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, QualysClientFixture::AnswerMs);
    QCOMPARE(model.index(0, 0).data(ModelRow::KindRole).value<ModelRow::Kind>(),
             ModelRow::Kind::Loading);
    QVERIFY(!model.record(0));
    QVERIFY(setLatency(0));
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), IntegrationModel::State::Done,
                              3 * QualysClientFixture::AnswerMs);
    QCOMPARE(model.recordCount(), 15);
}

bool TestQualysIntegrationModel::setLatency(int latencyMs)
{
    const QByteArray body
            = "{\"latencyMs\":" + QByteArray::number(latencyMs) + ",\"failRate\":0,\"dropRate\":0}";
    HttpProbe probe(m_fixture.sandbox());
    const ProbeReply reply = probe.send(
            QByteArrayLiteral("PUT"), QStringLiteral("/sandbox-control/faults"), body,
            QByteArrayLiteral("application/json"),
            { { QByteArrayLiteral("X-Sandbox-Control"), m_fixture.sandbox().controlToken() } });
    return reply.status >= 200 && reply.status < 300;
}

QTEST_GUILESS_MAIN(TestQualysIntegrationModel)
#include "tst_qualys_integration_model.moc"

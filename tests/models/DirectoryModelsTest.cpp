#include "ModelFixture.h"
#include "models/AuditModel.h"
#include "models/GroupsModel.h"
#include "models/TemplatesModel.h"
#include "models/UsersModel.h"
#include "secretserver/RestClient.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace secretserver;

// Specification of the users, groups, templates and audit lists against the seed estate
// (5 users, 4 groups).
class DirectoryModelsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void listsUsers();
    void searchesUsers();
    void listsGroupsWithMemberCounts();
    void listsTemplates();
    void listsSecretAudit();
    void listsUserAudit();
    void auditWithoutSubjectShowsErrorRow();
    void usersPassModelTesterThroughFailureAndRetry();
    void groupsPassModelTester();
    void templatesPassModelTester();
    void auditPassesModelTester();

private:
    void waitIdle(RemoteListModel &model);
    void loadAll(RemoteListModel &model);

    ModelFixture m_fixture;
};

void DirectoryModelsTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void DirectoryModelsTest::cleanup()
{
    QVERIFY(m_fixture.setFaults(0, 0.0));
}

void DirectoryModelsTest::waitIdle(RemoteListModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(model.status() != RemoteListModel::Status::Loading, ModelAnswerMs);
    QVERIFY2(model.status() == RemoteListModel::Status::Idle, qPrintable(model.errorMessage()));
}

void DirectoryModelsTest::loadAll(RemoteListModel &model)
{
    model.reload();
    waitIdle(model);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        waitIdle(model);
    }
}

void DirectoryModelsTest::listsUsers()
{
    UsersModel model;
    model.setClient(m_fixture.client());

    loadAll(model);

    QCOMPARE(model.rowCount(), 5);
    bool foundQualys = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const User *user = model.userAt(row);
        if (user->userName == QLatin1String("svc-qualys")) {
            foundQualys = true;
            QVERIFY(model.index(row, 0).data(UsersModel::ApplicationAccountRole).toBool());
            QCOMPARE(model.index(row, 0).data(UsersModel::UserIdRole).toInt(), 2);
        }
    }
    QVERIFY(foundQualys);
}

void DirectoryModelsTest::searchesUsers()
{
    UsersModel model;
    model.setClient(m_fixture.client());

    model.setSearch(QStringLiteral("Jane"));
    waitIdle(model);

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.userAt(0)->userName, QStringLiteral("jdoe"));
}

void DirectoryModelsTest::listsGroupsWithMemberCounts()
{
    GroupsModel model;
    model.setClient(m_fixture.client());

    loadAll(model);

    QCOMPARE(model.rowCount(), 4);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.groupAt(row)->name == QLatin1String("Qualys Scanners"))
            QCOMPARE(model.index(row, GroupsModel::MembersColumn).data().toInt(), 2);
    }
}

void DirectoryModelsTest::listsTemplates()
{
    TemplatesModel model;
    model.setClient(m_fixture.client());

    loadAll(model);

    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row, 0).data(TemplatesModel::TemplateIdRole).toInt() != 0);
        QVERIFY(!model.index(row, TemplatesModel::NameColumn).data().toString().isEmpty());
    }
}

void DirectoryModelsTest::listsSecretAudit()
{
    // Reading the secret (without check-out) leaves at least one audit line.
    std::optional<Result<Secret>> read;
    QObject context;
    SecretReadOptions options;
    options.noAutoCheckout = true;
    m_fixture.client()->secret(1, options, &context,
                               [&read](const Result<Secret> &result) { read = result; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), ModelAnswerMs);
    QVERIFY(read->ok());
    AuditModel model;
    model.setClient(m_fixture.client());

    model.showSecret(1);
    waitIdle(model);

    QVERIFY(model.rowCount() > 0);
    QVERIFY(!model.index(0, AuditModel::ActionColumn).data().toString().isEmpty());
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int role = 0; role < ModelRow::FirstModelRole + 16; ++role)
            QVERIFY(!model.index(row, 0).data(role).toString().contains(
                QLatin1String("Wq7!rTz4#pLm2vXe")));
    }
}

void DirectoryModelsTest::listsUserAudit()
{
    AuditModel model;
    model.setClient(m_fixture.client());

    model.showUser(1);
    waitIdle(model);

    QCOMPARE(model.subject(), AuditModel::Subject::User);
    QVERIFY(model.rowCount() > 0);
}

void DirectoryModelsTest::auditWithoutSubjectShowsErrorRow()
{
    AuditModel model;
    model.setClient(m_fixture.client());

    model.reload();

    QCOMPARE(model.status(), RemoteListModel::Status::Failed);
    QCOMPARE(ModelFixture::kindOf(model, 0), ModelRow::Kind::Error);
}

void DirectoryModelsTest::usersPassModelTesterThroughFailureAndRetry()
{
    UsersModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());
    model.setPageSize(2);
    QVERIFY(m_fixture.setFaults(0, 1.0));

    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.status() == RemoteListModel::Status::Failed, ModelAnswerMs);
    QCOMPARE(ModelFixture::kindOf(model, model.rowCount() - 1), ModelRow::Kind::Error);

    QVERIFY(m_fixture.setFaults(0, 0.0));
    model.retry();
    waitIdle(model);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        waitIdle(model);
    }
    QCOMPARE(model.rowCount(), 5);
}

void DirectoryModelsTest::groupsPassModelTester()
{
    GroupsModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());

    loadAll(model);

    QCOMPARE(model.rowCount(), 4);
}

void DirectoryModelsTest::templatesPassModelTester()
{
    TemplatesModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());

    loadAll(model);

    QVERIFY(model.rowCount() > 0);
}

void DirectoryModelsTest::auditPassesModelTester()
{
    AuditModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());

    model.showUser(1);
    waitIdle(model);

    QVERIFY(model.rowCount() > 0);
}

QTEST_GUILESS_MAIN(DirectoryModelsTest)
#include "DirectoryModelsTest.moc"

#include "ModelFixture.h"
#include "models/EffectiveAccessModel.h"
#include "models/PermissionsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

// Seed estate ids (sandbox/data/estate.json).
constexpr int QualysUser = 2;
constexpr int ScanCredentialsFolder = 1;
constexpr int WindowsFolder = 2;
constexpr int UnixFolder = 3;
constexpr int ItOperationsFolder = 5;
constexpr int WindowsDomainSecret = 1;  // in Windows, inherits from Scan Credentials
constexpr int CoreJumpSecret = 7;       // in Unix, own permissions: Qualys Scanners = List
constexpr int DomainAdminSecret = 14;   // in IT Operations: nothing for the scanners

} // namespace

// Specification of the permission and effective-access models against the seed estate.
class AccessModelsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void listsFolderPermissions();
    void reportsFolderInheritance();
    void listsSecretPermissions();
    void permissionsPassModelTesterThroughFailureAndRetry();
    void qualysViewsSecretInheritedThroughGroup();
    void listRoleOnSecretDoesNotAllowView();
    void noPermissionMeansNoAccess();
    void effectiveAccessPassesModelTesterThroughFailureAndRetry();

private:
    void waitIdle(RemoteListModel &model);
    int rowNamed(const PermissionsModel &model, const QString &name);

    ModelFixture m_fixture;
};

void AccessModelsTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void AccessModelsTest::cleanup()
{
    QVERIFY(m_fixture.setFaults(0, 0.0));
}

void AccessModelsTest::waitIdle(RemoteListModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(model.status() != RemoteListModel::Status::Loading, ModelAnswerMs);
    QVERIFY2(model.status() == RemoteListModel::Status::Idle, qPrintable(model.errorMessage()));
}

int AccessModelsTest::rowNamed(const PermissionsModel &model, const QString &name)
{
    for (int row = 0; row < model.recordCount(); ++row) {
        if (model.entryAt(row)->name == name)
            return row;
    }
    return -1;
}

void AccessModelsTest::listsFolderPermissions()
{
    PermissionsModel model;
    model.setClient(m_fixture.client());

    model.showFolder(ScanCredentialsFolder);
    waitIdle(model);

    QCOMPARE(model.recordCount(), 3);
    QVERIFY(!model.inheritsPermissions());
    const int scanners = rowNamed(model, QStringLiteral("Qualys Scanners"));
    QVERIFY(scanners >= 0);
    const QModelIndex index = model.index(scanners, 0);
    QVERIFY(index.data(PermissionsModel::IsGroupRole).toBool());
    QCOMPARE(index.data(PermissionsModel::FolderRoleRole).toString(), QStringLiteral("View"));
    QCOMPARE(index.data(PermissionsModel::SecretRoleRole).toString(), QStringLiteral("View"));
    QCOMPARE(index.data(PermissionsModel::InheritedRole).toBool(), false);
}

void AccessModelsTest::reportsFolderInheritance()
{
    PermissionsModel model;
    model.setClient(m_fixture.client());
    QSignalSpy inheritance(&model, &PermissionsModel::inheritanceChanged);

    model.showFolder(WindowsFolder);
    waitIdle(model);

    QVERIFY(model.inheritsPermissions());
    QCOMPARE(inheritance.count(), 1);
}

void AccessModelsTest::listsSecretPermissions()
{
    PermissionsModel model;
    model.setClient(m_fixture.client());

    model.showSecret(CoreJumpSecret, false);
    waitIdle(model);

    QCOMPARE(model.recordCount(), 3);
    const int scanners = rowNamed(model, QStringLiteral("Qualys Scanners"));
    QVERIFY(scanners >= 0);
    QCOMPARE(model.entryAt(scanners)->secretRole, QStringLiteral("List"));
    QVERIFY(model.entryAt(scanners)->folderRole.isEmpty());
}

void AccessModelsTest::permissionsPassModelTesterThroughFailureAndRetry()
{
    PermissionsModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());
    QVERIFY(m_fixture.setFaults(0, 1.0));

    model.showFolder(ItOperationsFolder);
    QTRY_VERIFY_WITH_TIMEOUT(model.status() == RemoteListModel::Status::Failed, ModelAnswerMs);
    QCOMPARE(ModelFixture::kindOf(model, 0), ModelRow::Kind::Error);

    QVERIFY(m_fixture.setFaults(0, 0.0));
    model.retry();
    waitIdle(model);
    QCOMPARE(model.rowCount(), 2);
}

void AccessModelsTest::qualysViewsSecretInheritedThroughGroup()
{
    EffectiveAccessModel model;
    model.setClient(m_fixture.client());
    QSignalSpy resolved(&model, &EffectiveAccessModel::resolved);

    model.resolve(QualysUser, WindowsDomainSecret, WindowsFolder, true);
    waitIdle(model);

    QCOMPARE(resolved.count(), 1);
    const EffectiveAccess &access = model.access();
    QVERIFY2(access.canView(), qPrintable(access.summary()));
    QCOMPARE(access.role, QStringLiteral("View"));
    QCOMPARE(access.effectiveFolderId, ScanCredentialsFolder);
    QCOMPARE(model.rowCount(), 1);
    const AccessGrant &grant = access.grants.first();
    QCOMPARE(grant.groupName, QStringLiteral("Qualys Scanners"));
    QCOMPARE(grant.folderName, QStringLiteral("Scan Credentials"));
    QCOMPARE(grant.inheritancePath,
             (QStringList{QStringLiteral("Windows"), QStringLiteral("Scan Credentials")}));
    QCOMPARE(model.index(0, EffectiveAccessModel::RoleColumn).data().toString(),
             QStringLiteral("View"));
}

void AccessModelsTest::listRoleOnSecretDoesNotAllowView()
{
    EffectiveAccessModel model;
    model.setClient(m_fixture.client());

    model.resolve(QualysUser, CoreJumpSecret, UnixFolder, false);
    waitIdle(model);

    QCOMPARE(model.access().role, QStringLiteral("List"));
    QVERIFY(!model.access().canView());
    QCOMPARE(model.access().grants.first().source, AccessGrant::Source::Secret);
}

void AccessModelsTest::noPermissionMeansNoAccess()
{
    EffectiveAccessModel model;
    model.setClient(m_fixture.client());

    model.resolve(QualysUser, DomainAdminSecret, ItOperationsFolder, true);
    waitIdle(model);

    QVERIFY(model.access().role.isEmpty());
    QVERIFY(!model.access().canView());
    QCOMPARE(model.rowCount(), 0);
}

void AccessModelsTest::effectiveAccessPassesModelTesterThroughFailureAndRetry()
{
    EffectiveAccessModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());
    QVERIFY(m_fixture.setFaults(0, 1.0));

    model.resolve(QualysUser, WindowsDomainSecret, WindowsFolder, true);
    QTRY_VERIFY_WITH_TIMEOUT(model.status() == RemoteListModel::Status::Failed, ModelAnswerMs);
    QCOMPARE(ModelFixture::kindOf(model, 0), ModelRow::Kind::Error);

    QVERIFY(m_fixture.setFaults(0, 0.0));
    model.retry();
    waitIdle(model);
    QVERIFY(model.access().canView());
}

QTEST_GUILESS_MAIN(AccessModelsTest)
#include "AccessModelsTest.moc"

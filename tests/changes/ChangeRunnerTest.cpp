#include "ChangeTestKit.h"
#include "ModelFixture.h"
#include "changes/DirectoryChanges.h"
#include "changes/FolderChanges.h"
#include "changes/SecretChanges.h"
#include "changes/SecuritySettingChanges.h"
#include "HttpProbe.h"
#include "secretserver/RestClient.h"

#include <QJsonDocument>

using namespace secretserver;

namespace {

// Calls one client method and waits for its answer (test code only).
template<typename T, typename Call>
Result<T> fetch(Call call)
{
    std::optional<Result<T>> answer;
    QObject context;
    call(&context, [&answer](const Result<T> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, RunMs))
        qWarning("no answer in time");
    return answer.value_or(Result<T>{});
}

const Principal Qualys{false, 2, QStringLiteral("svc-qualys")};

} // namespace

class ChangeRunnerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void createFolderIsAppliedAndConfirmed();
    void createSecretKeepsValuesOutOfThePreview();
    void folderPermissionIsGrantedWithView();
    void folderPermissionAboveViewIsFlagged();
    void folderPermissionIsRemoved();
    void folderInheritanceIsTurnedOff();
    void secretPermissionOnInheritingSecretStopsInheritance();
    void secretInheritanceIsTurnedOn();
    void checkOutPolicyIsSet();
    void changeOnCheckInSaysWhatToDoWhenRpcIsOff();
    void checkOutWithChangeOnCheckInIsInPlaceOnSecondRun();
    void securitySettingsAreSet();
    void userIsAddedToGroup();
    void ipRestrictionIsAssigned();
    void secondRunSendsNoWrite();
    void nonAdminFailureStopsTheSet();
    void serverFaultIsReportedWithItsMessage();
    void cancelLeavesTheRestNotAttempted();

private:
    // Applies one change; returns its outcome and, in *preview, what it previewed first.
    ChangeOutcome applyOne(std::unique_ptr<ServerChange> change, QStringList *preview = nullptr,
                           QStringList *warnings = nullptr);
    // Applies the same change again on a fresh runner; true when it was in place, unwritten.
    bool repeatIsInPlace(std::unique_ptr<ServerChange> change);
    Folder folder(int id);

    ModelFixture m_fixture;
};

void ChangeRunnerTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

ChangeOutcome ChangeRunnerTest::applyOne(std::unique_ptr<ServerChange> change,
                                         QStringList *preview, QStringList *warnings)
{
    ChangeRunner runner(m_fixture.client());
    runner.addChange(std::move(change));
    if (!readToEnd(runner))
        return ChangeOutcome::NotAttempted;
    if (preview)
        *preview = runner.change(0)->preview();
    if (warnings)
        *warnings = runner.change(0)->warnings();
    if (!runToEnd(runner))
        return ChangeOutcome::NotAttempted;
    if (runner.report(0).outcome == ChangeOutcome::Failed)
        qWarning() << "failed:" << runner.report(0).result.message;
    return runner.report(0).outcome;
}

bool ChangeRunnerTest::repeatIsInPlace(std::unique_ptr<ServerChange> change)
{
    int applies = 0;
    ChangeRunner runner(m_fixture.client());
    runner.addChange(std::make_unique<CountingChange>(std::move(change), &applies));
    if (!readToEnd(runner) || !runner.everythingInPlace())
        return false;
    return runToEnd(runner) && runner.report(0).outcome == ChangeOutcome::AlreadyInPlace
            && applies == 0 && runner.summary().contains(QStringLiteral("already in place"));
}

Folder ChangeRunnerTest::folder(int id)
{
    return fetch<Folder>([this, id](QObject *context, Callback<Folder> done) {
               m_fixture.client()->folder(id, false, context, done);
           }).value;
}

void ChangeRunnerTest::createFolderIsAppliedAndConfirmed()
{
    const auto make = [] {
        return std::make_unique<CreateFolderChange>(QStringLiteral("Qualys Appliances"), 1,
                                                    QStringLiteral("\\Scan Credentials"));
    };
    QCOMPARE(applyOne(make()), ChangeOutcome::Applied);

    FolderQuery query;
    query.searchText = QStringLiteral("Qualys Appliances");
    const auto found = fetch<Page<Folder>>([&](QObject *context, Callback<Page<Folder>> done) {
        m_fixture.client()->searchFolders(query, context, done);
    });
    QCOMPARE(found.value.records.size(), 1);
    QCOMPARE(found.value.records.first().parentId, 1);
    QVERIFY(repeatIsInPlace(make()));
}

void ChangeRunnerTest::createSecretKeepsValuesOutOfThePreview()
{
    const QString password = QStringLiteral("Very-Secret-Value-42");
    const auto make = [&password] {
        return std::make_unique<CreateSecretChange>(
                6003, QStringLiteral("Windows Account"), 2,
                QStringLiteral("\\Scan Credentials\\Windows"), QStringLiteral("Qualys new-host"),
                QList<CreateSecretChange::FieldValue>{
                        {QStringLiteral("machine"), QStringLiteral("Machine"),
                         QStringLiteral("new-host")},
                        {QStringLiteral("username"), QStringLiteral("Username"),
                         QStringLiteral("scan")},
                        {QStringLiteral("password"), QStringLiteral("Password"), password}});
    };
    QStringList preview;
    QCOMPARE(applyOne(make(), &preview), ChangeOutcome::Applied);
    QVERIFY2(preview.contains(QStringLiteral("Password: set")), qPrintable(preview.join(u'|')));
    QVERIFY(!preview.join(u'|').contains(password));
    QVERIFY(!preview.join(u'|').contains(QStringLiteral("new-host\n")));

    SecretQuery query;
    query.searchText = QStringLiteral("Qualys new-host");
    const auto found = fetch<Page<SecretSummary>>(
            [&](QObject *context, Callback<Page<SecretSummary>> done) {
        m_fixture.client()->searchSecrets(query, context, done);
    });
    QCOMPARE(found.value.records.size(), 1);
    HttpProbe probe(m_fixture.sandbox(), false);
    const ProbeReply stored = probe.send(
            QByteArrayLiteral("GET"),
            QStringLiteral("/sandbox-control/secretserver/secret/%1")
                    .arg(found.value.records.first().id),
            {}, {}, {{QByteArrayLiteral("X-Sandbox-Control"), m_fixture.sandbox().controlToken()}});
    QCOMPARE(stored.object().value(QStringLiteral("items")).toObject()
                     .value(QStringLiteral("password")).toString(),
             password);
    QVERIFY(repeatIsInPlace(make()));
}

void ChangeRunnerTest::folderPermissionIsGrantedWithView()
{
    const auto make = [] {
        return std::make_unique<FolderAccessChange>(5, QStringLiteral("IT Operations"), Qualys,
                                                    FolderAccessChange::Action::Set);
    };
    QStringList preview;
    QStringList warnings;
    QCOMPARE(applyOne(make(), &preview, &warnings), ChangeOutcome::Applied);
    QVERIFY2(preview.join(u'|').contains(QStringLiteral("now: no access")),
             qPrintable(preview.join(u'|')));
    QVERIFY(warnings.isEmpty());

    FolderPermissionQuery query;
    query.folderId = 5;
    const auto found = fetch<Page<FolderPermission>>(
            [&](QObject *context, Callback<Page<FolderPermission>> done) {
        m_fixture.client()->searchFolderPermissions(query, context, done);
    });
    const auto entry = std::find_if(found.value.records.cbegin(), found.value.records.cend(),
                                    [](const FolderPermission &p) { return p.userId == 2; });
    QVERIFY(entry != found.value.records.cend());
    QCOMPARE(entry->secretRole, QStringLiteral("View"));
    QVERIFY(repeatIsInPlace(make()));
}

void ChangeRunnerTest::folderPermissionAboveViewIsFlagged()
{
    FolderAccessChange change(5, QStringLiteral("IT Operations"), Qualys,
                              FolderAccessChange::Action::Set, QStringLiteral("View"),
                              QStringLiteral("Edit"));
    QVERIFY(!change.warnings().isEmpty());
    QVERIFY(change.warnings().first().contains(QStringLiteral("View is enough")));
}

void ChangeRunnerTest::folderPermissionIsRemoved()
{
    const Principal dmz{false, 3, QStringLiteral("svc-qualys-dmz")};
    QCOMPARE(applyOne(std::make_unique<FolderAccessChange>(
                     5, QStringLiteral("IT Operations"), dmz, FolderAccessChange::Action::Set)),
             ChangeOutcome::Applied);
    const auto make = [&dmz] {
        return std::make_unique<FolderAccessChange>(5, QStringLiteral("IT Operations"), dmz,
                                                    FolderAccessChange::Action::Remove);
    };
    QCOMPARE(applyOne(make()), ChangeOutcome::Applied);
    QVERIFY(repeatIsInPlace(make()));
}

void ChangeRunnerTest::folderInheritanceIsTurnedOff()
{
    QVERIFY(folder(3).inheritPermissions);
    const auto make = [] {
        return std::make_unique<FolderInheritanceChange>(3, QStringLiteral("Unix"), false);
    };
    QCOMPARE(applyOne(make()), ChangeOutcome::Applied);
    QVERIFY(!folder(3).inheritPermissions);
    QVERIFY(repeatIsInPlace(make()));
}

void ChangeRunnerTest::secretPermissionOnInheritingSecretStopsInheritance()
{
    const SecretRef secret{1, QStringLiteral("Qualys Windows Domain Scan"), 2};
    const Principal dmz{false, 3, QStringLiteral("svc-qualys-dmz")};
    const auto make = [&] {
        return std::make_unique<SecretAccessChange>(secret, dmz, SecretAccessChange::Action::Set);
    };
    QStringList preview;
    QCOMPARE(applyOne(make(), &preview), ChangeOutcome::Applied);
    QVERIFY2(preview.first().contains(QStringLiteral("inheriting")), qPrintable(preview.first()));

    SecretPermissionQuery query;
    query.secretId = 1;
    const auto found = fetch<Page<SecretPermission>>(
            [&](QObject *context, Callback<Page<SecretPermission>> done) {
        m_fixture.client()->searchSecretPermissions(query, context, done);
    });
    const auto entry = std::find_if(found.value.records.cbegin(), found.value.records.cend(),
                                    [](const SecretPermission &p) { return p.userId == 3; });
    QVERIFY(entry != found.value.records.cend());
    QCOMPARE(entry->role, QStringLiteral("View"));
    QVERIFY(repeatIsInPlace(make()));
}

void ChangeRunnerTest::secretInheritanceIsTurnedOn()
{
    // Secret 7 has its own permissions in the seed.
    const SecretRef secret{7, QStringLiteral("Unix Root - core-jump01"), 3};
    const auto make = [&] { return std::make_unique<SecretInheritanceChange>(secret, true); };
    QStringList warnings;
    QCOMPARE(applyOne(make(), nullptr, &warnings), ChangeOutcome::Applied);
    QVERIFY(!warnings.isEmpty());
    QVERIFY(repeatIsInPlace(make()));
}

void ChangeRunnerTest::checkOutPolicyIsSet()
{
    const SecretRef secret{8, QStringLiteral("Windows Scan - payroll01"), 2};
    CheckOutPolicy wanted;
    wanted.checkOutEnabled = true;
    wanted.intervalMinutes = 45;
    const auto make = [&] { return std::make_unique<CheckOutPolicyChange>(secret, wanted); };
    QStringList preview;
    QCOMPARE(applyOne(make(), &preview), ChangeOutcome::Applied);
    QVERIFY2(preview.join(u'|').contains(QStringLiteral("45 minutes")),
             qPrintable(preview.join(u'|')));

    const auto state = fetch<SecretState>([&](QObject *context, Callback<SecretState> done) {
        m_fixture.client()->secretState(8, context, done);
    });
    QCOMPARE(state.value.checkOutIntervalMinutes, 45);
    QVERIFY(repeatIsInPlace(make()));
}

void ChangeRunnerTest::changeOnCheckInSaysWhatToDoWhenRpcIsOff()
{
    const auto off = fetch<ServerConfiguration>(
            [this](QObject *context, Callback<ServerConfiguration> done) {
        m_fixture.client()->updateConfiguration(
                ConfigurationArea::RemotePasswordChanging,
                {{QString(), QStringLiteral("enableRpc"), false}}, context, done);
    });
    QVERIFY2(off.ok(), qPrintable(off.message));

    CheckOutPolicy wanted;
    wanted.changePasswordOnCheckIn = true;
    QStringList warnings;
    QCOMPARE(applyOne(std::make_unique<CheckOutPolicyChange>(
                              SecretRef{9, QStringLiteral("Windows Scan - hr01"), 2}, wanted),
                      nullptr, &warnings),
             ChangeOutcome::Applied);
    QVERIFY2(warnings.join(u'|').contains(QStringLiteral("Admin > Remote Password Changing")),
             qPrintable(warnings.join(u'|')));

    fetch<ServerConfiguration>([this](QObject *context, Callback<ServerConfiguration> done) {
        m_fixture.client()->updateConfiguration(
                ConfigurationArea::RemotePasswordChanging,
                {{QString(), QStringLiteral("enableRpc"), true}}, context, done);
    });
}

// Once check-out is on, the secret itself cannot be read without checking it out; the second
// run must still see change-on-check-in as set, and must not have checked the secret out.
void ChangeRunnerTest::checkOutWithChangeOnCheckInIsInPlaceOnSecondRun()
{
    const SecretRef secret{15, QStringLiteral("ESXi root - esx01"), 5};
    CheckOutPolicy wanted;
    wanted.checkOutEnabled = true;
    wanted.changePasswordOnCheckIn = true;
    const auto make = [&] { return std::make_unique<CheckOutPolicyChange>(secret, wanted); };
    QCOMPARE(applyOne(make()), ChangeOutcome::Applied);

    QVERIFY(repeatIsInPlace(make()));
    const auto state = fetch<SecretState>([&](QObject *context, Callback<SecretState> done) {
        m_fixture.client()->secretState(secret.id, context, done);
    });
    QVERIFY2(state.ok(), qPrintable(state.message));
    QVERIFY(!state.value.checkedOut);
}

void ChangeRunnerTest::securitySettingsAreSet()
{
    const SecretRef secret{11, QStringLiteral("Windows Scan - kiosk01"), 2};
    SecretSecurityChange::Settings wanted;
    wanted.requiresApproval = true;
    wanted.requiresComment = true;
    wanted.hideLauncherPassword = true;
    const auto make = [&] { return std::make_unique<SecretSecurityChange>(secret, wanted); };
    QStringList warnings;
    QCOMPARE(applyOne(make(), nullptr, &warnings), ChangeOutcome::Applied);
    QCOMPARE(warnings.size(), 2); // approval and comment block unattended scans

    SecretQuery query;
    query.searchText = secret.name;
    const auto found = fetch<Page<SecretSummary>>(
            [&](QObject *context, Callback<Page<SecretSummary>> done) {
        m_fixture.client()->searchSecrets(query, context, done);
    });
    QCOMPARE(found.value.records.size(), 1);
    QVERIFY(found.value.records.first().requiresApproval);
    QVERIFY(found.value.records.first().requiresComment);
    QVERIFY(found.value.records.first().hidePassword);
    QVERIFY(repeatIsInPlace(make()));
}

void ChangeRunnerTest::userIsAddedToGroup()
{
    const auto make = [] {
        return std::make_unique<GroupMembershipChange>(1, QStringLiteral("Qualys Scanners"), 5,
                                                       QStringLiteral("mchen"));
    };
    QCOMPARE(applyOne(make()), ChangeOutcome::Applied);
    const auto groups = fetch<Page<GroupMember>>(
            [this](QObject *context, Callback<Page<GroupMember>> done) {
        m_fixture.client()->userGroups(5, context, done);
    });
    QVERIFY(std::any_of(groups.value.records.cbegin(), groups.value.records.cend(),
                        [](const GroupMember &m) { return m.groupId == 1; }));
    QVERIFY(repeatIsInPlace(make()));
}

void ChangeRunnerTest::ipRestrictionIsAssigned()
{
    const auto make = [] {
        return std::make_unique<IpRestrictionAssignmentChange>(
                1, QStringLiteral("Scanner appliances"), QStringLiteral("127.0.0.0/24"), 3,
                QStringLiteral("svc-qualys-dmz"));
    };
    QStringList warnings;
    QCOMPARE(applyOne(make(), nullptr, &warnings), ChangeOutcome::Applied);
    QVERIFY(warnings.join(u'|').contains(QStringLiteral("127.0.0.0/24")));
    const auto assigned = fetch<Page<IpRestrictionAssignment>>(
            [this](QObject *context, Callback<Page<IpRestrictionAssignment>> done) {
        m_fixture.client()->userIpRestrictions(3, context, done);
    });
    QVERIFY(std::any_of(assigned.value.records.cbegin(), assigned.value.records.cend(),
                        [](const IpRestrictionAssignment &a) { return a.restrictionId == 1; }));
    QVERIFY(repeatIsInPlace(make()));
}

void ChangeRunnerTest::secondRunSendsNoWrite()
{
    int applies = 0;
    const auto makeSet = [&applies](ChangeRunner &runner) {
        runner.addChange(std::make_unique<CountingChange>(
                std::make_unique<CreateFolderChange>(QStringLiteral("Repeat A"), 4,
                                                     QStringLiteral("\\Databases")),
                &applies));
        runner.addChange(std::make_unique<CountingChange>(
                std::make_unique<FolderAccessChange>(4, QStringLiteral("Databases"), Qualys,
                                                     FolderAccessChange::Action::Set),
                &applies));
    };
    ChangeRunner first(m_fixture.client());
    makeSet(first);
    QVERIFY(runToEnd(first));
    QCOMPARE(first.appliedCount(), 2);
    QCOMPARE(applies, 2);

    applies = 0;
    ChangeRunner second(m_fixture.client());
    makeSet(second);
    QVERIFY(runToEnd(second));
    QCOMPARE(second.inPlaceCount(), 2);
    QCOMPARE(applies, 0);
    QCOMPARE(second.summary(),
             QStringLiteral("Nothing changed: every change was already in place."));
}

void ChangeRunnerTest::nonAdminFailureStopsTheSet()
{
    ModelFixture mchen;
    QVERIFY2(mchen.start(QStringLiteral("mchen"), QStringLiteral("Sandbox-Ops-1!")),
             qPrintable(mchen.error()));
    ChangeRunner runner(mchen.client());
    // mchen owns folder 5 (IT Operations) but is no administrator.
    runner.addChange(std::make_unique<CreateFolderChange>(QStringLiteral("Ops Scans"), 5,
                                                          QStringLiteral("\\IT Operations")));
    runner.addChange(std::make_unique<IpRestrictionAssignmentChange>(
            2, QStringLiteral("DMZ scanner"), QStringLiteral("127.0.0.200/32"), 5,
            QStringLiteral("mchen")));
    runner.addChange(std::make_unique<CreateFolderChange>(QStringLiteral("Never Made"), 5,
                                                          QStringLiteral("\\IT Operations")));
    QVERIFY(runToEnd(runner));

    QCOMPARE(runner.report(0).outcome, ChangeOutcome::Applied);
    QCOMPARE(runner.report(1).outcome, ChangeOutcome::Failed);
    QCOMPARE(runner.report(1).result.status, CallStatus::AccessDenied);
    QVERIFY(!runner.report(1).result.message.isEmpty());
    QCOMPARE(runner.report(2).outcome, ChangeOutcome::NotAttempted);
    QVERIFY2(runner.summary().contains(QStringLiteral("1 applied"))
                     && runner.summary().contains(QStringLiteral("1 not attempted")),
             qPrintable(runner.summary()));
}

void ChangeRunnerTest::serverFaultIsReportedWithItsMessage()
{
    QVERIFY(m_fixture.setFaults(0, 1.0));
    ChangeRunner runner(m_fixture.client());
    runner.addChange(std::make_unique<CreateFolderChange>(QStringLiteral("Faulty"), 1,
                                                          QStringLiteral("\\Scan Credentials")));
    runner.addChange(std::make_unique<CreateFolderChange>(QStringLiteral("Faulty 2"), 1,
                                                          QStringLiteral("\\Scan Credentials")));
    const bool ended = runToEnd(runner);
    QVERIFY(m_fixture.setFaults(0, 0.0));

    QVERIFY(ended);
    QCOMPARE(runner.report(0).outcome, ChangeOutcome::Failed);
    QCOMPARE(runner.report(0).result.status, CallStatus::ServerError);
    QVERIFY(runner.summary().contains(runner.report(0).result.message));
    QCOMPARE(runner.report(1).outcome, ChangeOutcome::NotAttempted);
}

void ChangeRunnerTest::cancelLeavesTheRestNotAttempted()
{
    int applies = 0;
    ChangeRunner runner(m_fixture.client());
    for (const QString &name : {QStringLiteral("Cancel A"), QStringLiteral("Cancel B"),
                                QStringLiteral("Cancel C")}) {
        runner.addChange(std::make_unique<CountingChange>(
                std::make_unique<CreateFolderChange>(name, 4, QStringLiteral("\\Databases")),
                &applies));
    }
    connect(&runner, &ChangeRunner::changeFinished, &runner,
            [&runner](int index) { if (index == 0) runner.cancel(); });
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.report(0).outcome, ChangeOutcome::Applied);
    QCOMPARE(runner.notAttemptedCount(), 2);
    QCOMPARE(applies, 1);
}

QTEST_GUILESS_MAIN(ChangeRunnerTest)
#include "ChangeRunnerTest.moc"

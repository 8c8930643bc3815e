#include "models/EffectiveAccess.h"

#include <QTest>

using namespace secretserver;

namespace {

constexpr int Qualys = 2;
constexpr int Scanners = 10;
constexpr int Secret = 100;

Folder folder(int id, const QString &name, int parentId, bool inherits)
{
    Folder f;
    f.id = id;
    f.name = name;
    f.parentId = parentId;
    f.inheritPermissions = inherits;
    return f;
}

FolderPermission folderGrant(int id, int folderId, std::optional<int> userId,
                             std::optional<int> groupId, const QString &secretRole)
{
    FolderPermission p;
    p.id = id;
    p.folderId = folderId;
    p.userId = userId;
    p.groupId = groupId;
    p.folderRole = QStringLiteral("View");
    p.secretRole = secretRole;
    return p;
}

SecretPermission secretGrant(int id, std::optional<int> userId, std::optional<int> groupId,
                             const QString &role)
{
    SecretPermission p;
    p.id = id;
    p.secretId = Secret;
    p.userId = userId;
    p.groupId = groupId;
    p.role = role;
    return p;
}

// The Qualys account, member of "Scanners", and a secret in Top\Windows.
AccessFacts baseFacts(bool secretInherits)
{
    AccessFacts facts;
    facts.userId = Qualys;
    facts.secretId = Secret;
    facts.secretInheritsPermissions = secretInherits;
    GroupMember member;
    member.groupId = Scanners;
    member.groupName = QStringLiteral("Scanners");
    member.userId = Qualys;
    facts.memberships = {member};
    facts.folderChain = {folder(2, QStringLiteral("Windows"), 1, true),
                         folder(1, QStringLiteral("Top"), -1, false)};
    return facts;
}

} // namespace

// Specification of how a user's role on a secret follows from permissions, groups and
// folder inheritance.
class EffectiveAccessTest final : public QObject
{
    Q_OBJECT

private slots:
    void ranksRoles_data();
    void ranksRoles();
    void directSecretPermissionGrants();
    void groupSecretPermissionGrants();
    void otherUsersPermissionsDoNotCount();
    void explicitSecretIgnoresFolderPermissions();
    void inheritingSecretIgnoresItsOwnEntries();
    void inheritsFromFolderThroughChain();
    void stopsAtFirstFolderThatDoesNotInherit();
    void folderEntryWithoutSecretRoleGrantsNothing();
    void listRoleCannotView();
    void strongestGrantComesFirst();
    void noGrantMeansNoAccess();
    void loopInFolderChainEnds();
};

void EffectiveAccessTest::ranksRoles_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("rank");

    QTest::newRow("none") << QStringLiteral("None") << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("unknown") << QStringLiteral("Superuser") << 0;
    QTest::newRow("list") << QStringLiteral("List") << 1;
    QTest::newRow("view") << QStringLiteral("View") << 2;
    QTest::newRow("view lower case") << QStringLiteral("view") << 2;
    QTest::newRow("edit") << QStringLiteral("Edit") << 3;
    QTest::newRow("owner") << QStringLiteral("Owner") << 4;
}

void EffectiveAccessTest::ranksRoles()
{
    QFETCH(QString, role);
    QFETCH(int, rank);

    QCOMPARE(EffectiveAccess::roleRank(role), rank);
}

void EffectiveAccessTest::directSecretPermissionGrants()
{
    AccessFacts facts = baseFacts(false);
    facts.secretPermissions = {secretGrant(7, Qualys, {}, QStringLiteral("View"))};

    const EffectiveAccess access = EffectiveAccess::compute(facts);

    QCOMPARE(access.role, QStringLiteral("View"));
    QVERIFY(access.canView());
    QCOMPARE(access.grants.size(), 1);
    QCOMPARE(access.grants.first().source, AccessGrant::Source::Secret);
    QVERIFY(!access.grants.first().groupId.has_value());
    QCOMPARE(access.grants.first().permissionId, 7);
}

void EffectiveAccessTest::groupSecretPermissionGrants()
{
    AccessFacts facts = baseFacts(false);
    facts.secretPermissions = {secretGrant(8, {}, Scanners, QStringLiteral("Edit"))};

    const EffectiveAccess access = EffectiveAccess::compute(facts);

    QCOMPARE(access.role, QStringLiteral("Edit"));
    QCOMPARE(access.grants.first().groupId, std::optional<int>(Scanners));
    QCOMPARE(access.grants.first().groupName, QStringLiteral("Scanners"));
    QVERIFY(access.grants.first().explanation().contains(QLatin1String("Scanners")));
}

void EffectiveAccessTest::otherUsersPermissionsDoNotCount()
{
    AccessFacts facts = baseFacts(false);
    facts.secretPermissions = {secretGrant(1, 99, {}, QStringLiteral("Owner")),
                               secretGrant(2, {}, 55, QStringLiteral("Owner"))};

    const EffectiveAccess access = EffectiveAccess::compute(facts);

    QVERIFY(access.role.isEmpty());
    QVERIFY(!access.canView());
}

void EffectiveAccessTest::explicitSecretIgnoresFolderPermissions()
{
    AccessFacts facts = baseFacts(false);
    facts.folderPermissions.insert(1, {folderGrant(3, 1, {}, Scanners, QStringLiteral("Owner"))});
    facts.secretPermissions = {secretGrant(4, {}, Scanners, QStringLiteral("List"))};

    const EffectiveAccess access = EffectiveAccess::compute(facts);

    QCOMPARE(access.role, QStringLiteral("List"));
    QCOMPARE(access.grants.size(), 1);
}

void EffectiveAccessTest::inheritingSecretIgnoresItsOwnEntries()
{
    AccessFacts facts = baseFacts(true);
    facts.secretPermissions = {secretGrant(4, Qualys, {}, QStringLiteral("Owner"))};

    const EffectiveAccess access = EffectiveAccess::compute(facts);

    QVERIFY(access.role.isEmpty());
}

void EffectiveAccessTest::inheritsFromFolderThroughChain()
{
    AccessFacts facts = baseFacts(true);
    facts.folderPermissions.insert(1, {folderGrant(3, 1, {}, Scanners, QStringLiteral("View"))});

    const EffectiveAccess access = EffectiveAccess::compute(facts);

    QCOMPARE(access.role, QStringLiteral("View"));
    QCOMPARE(access.effectiveFolderId, 1);
    const AccessGrant grant = access.grants.first();
    QCOMPARE(grant.source, AccessGrant::Source::Folder);
    QCOMPARE(grant.folderName, QStringLiteral("Top"));
    QCOMPARE(grant.inheritancePath,
             (QStringList{QStringLiteral("Windows"), QStringLiteral("Top")}));
    QVERIFY(grant.explanation().contains(QLatin1String("Windows")));
}

void EffectiveAccessTest::stopsAtFirstFolderThatDoesNotInherit()
{
    AccessFacts facts = baseFacts(true);
    facts.folderChain.first().inheritPermissions = false;
    facts.folderPermissions.insert(1, {folderGrant(3, 1, {}, Scanners, QStringLiteral("Owner"))});
    facts.folderPermissions.insert(2, {folderGrant(5, 2, Qualys, {}, QStringLiteral("View"))});

    const EffectiveAccess access = EffectiveAccess::compute(facts);

    QCOMPARE(access.role, QStringLiteral("View"));
    QCOMPARE(access.effectiveFolderId, 2);
    QCOMPARE(access.grants.size(), 1);
}

void EffectiveAccessTest::folderEntryWithoutSecretRoleGrantsNothing()
{
    AccessFacts facts = baseFacts(true);
    facts.folderPermissions.insert(1, {folderGrant(3, 1, {}, Scanners, QStringLiteral("None"))});

    const EffectiveAccess access = EffectiveAccess::compute(facts);

    QVERIFY(access.grants.isEmpty());
    QVERIFY(access.role.isEmpty());
}

void EffectiveAccessTest::listRoleCannotView()
{
    AccessFacts facts = baseFacts(false);
    facts.secretPermissions = {secretGrant(1, {}, Scanners, QStringLiteral("List"))};

    const EffectiveAccess access = EffectiveAccess::compute(facts);

    QCOMPARE(access.role, QStringLiteral("List"));
    QVERIFY(!access.canView());
    QVERIFY(!access.summary().isEmpty());
}

void EffectiveAccessTest::strongestGrantComesFirst()
{
    AccessFacts facts = baseFacts(false);
    facts.secretPermissions = {secretGrant(1, {}, Scanners, QStringLiteral("List")),
                               secretGrant(2, Qualys, {}, QStringLiteral("Edit")),
                               secretGrant(3, {}, Scanners, QStringLiteral("View"))};

    const EffectiveAccess access = EffectiveAccess::compute(facts);

    QCOMPARE(access.role, QStringLiteral("Edit"));
    QCOMPARE(access.grants.size(), 3);
    QCOMPARE(access.grants.at(0).permissionId, 2);
    QCOMPARE(access.grants.at(1).permissionId, 3);
    QCOMPARE(access.grants.at(2).permissionId, 1);
}

void EffectiveAccessTest::noGrantMeansNoAccess()
{
    const EffectiveAccess access = EffectiveAccess::compute(baseFacts(true));

    QVERIFY(access.role.isEmpty());
    QVERIFY(access.grants.isEmpty());
    QVERIFY(!access.summary().isEmpty());
}

void EffectiveAccessTest::loopInFolderChainEnds()
{
    AccessFacts facts = baseFacts(true);
    facts.folderChain = {folder(2, QStringLiteral("A"), 3, true),
                         folder(3, QStringLiteral("B"), 2, true),
                         folder(2, QStringLiteral("A"), 3, true)};

    const EffectiveAccess access = EffectiveAccess::compute(facts);

    QVERIFY(access.role.isEmpty());
}

QTEST_GUILESS_MAIN(EffectiveAccessTest)
#include "EffectiveAccessTest.moc"

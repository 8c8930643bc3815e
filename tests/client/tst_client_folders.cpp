// Folder and folder-permission calls of the REST client against the sandbox's seed estate
// (Scan Credentials with Windows, Unix and Databases; IT Operations), as the administrator.

#include "ClientFixture.h"
#include "secretserver/RestClient.h"

#include <QUuid>
#include <QtTest>

using namespace secretserver;

class TestClientFolders final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchFindsFoldersByText();
    void searchCanListRootFoldersOnly();
    void folderByPathComesWithChildren();
    void createdFolderCanBeRenamed();
    void deletedFolderIsGone();
    void folderPermissionsListTheGroups();
    void folderPermissionCanBeAddedChangedAndRemoved();
    void permissionOnInheritingFolderNeedsBreak();
    void breakingInheritanceKeepsTheEntries();

private:
    Folder create(const QString &name, int parentId, bool inherit);

    SandboxProcess m_sandbox;
    std::unique_ptr<RestClient> m_client;
};

void TestClientFolders::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<RestClient>(ClientFixture::pinnedSettings(m_sandbox));
    QString why;
    QVERIFY2(ClientFixture::signIn(*m_client, ClientFixture::admin(), &why), qPrintable(why));
}

Folder TestClientFolders::create(const QString &name, int parentId, bool inherit)
{
    FolderChange change;
    change.name = name + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    change.parentId = parentId;
    change.inheritPermissions = inherit;
    Capture<Folder> created;
    m_client->createFolder(change, this, created.callback());
    if (!QTest::qWaitFor([&] { return created.done(); }, 30000) || !created->ok())
        return {};
    return created->value;
}

void TestClientFolders::searchFindsFoldersByText()
{
    FolderQuery query;
    query.searchText = QStringLiteral("Scan Cred");
    Capture<Page<Folder>> page;

    m_client->searchFolders(query, this, page.callback());

    WAIT_FOR(page);
    VERIFY_OK(page);
    QCOMPARE(page->value.records.size(), 1);
    QCOMPARE(page->value.records.first().name, QStringLiteral("Scan Credentials"));
    QCOMPARE(page->value.total, 1);
}

void TestClientFolders::searchCanListRootFoldersOnly()
{
    FolderQuery query;
    query.onlyRootFolders = true;
    query.page.allPages = true;
    Capture<Page<Folder>> page;

    m_client->searchFolders(query, this, page.callback());

    WAIT_FOR(page);
    VERIFY_OK(page);
    QVERIFY(page->value.records.size() >= 2);
    for (const Folder &folder : page->value.records)
        QVERIFY2(folder.isRoot(), qPrintable(folder.name));
}

void TestClientFolders::folderByPathComesWithChildren()
{
    Capture<Folder> byPath;
    m_client->folderByPath(QStringLiteral("/Scan Credentials"), this, byPath.callback());
    WAIT_FOR(byPath);
    VERIFY_OK(byPath);
    Capture<Folder> withChildren;

    m_client->folder(byPath->value.id, true, this, withChildren.callback());

    WAIT_FOR(withChildren);
    VERIFY_OK(withChildren);
    QStringList names;
    for (const Folder &child : withChildren->value.children)
        names << child.name;
    names.sort();
    QVERIFY2(names.contains(QStringLiteral("Windows")) && names.contains(QStringLiteral("Unix"))
                     && names.contains(QStringLiteral("Databases")),
             qPrintable(names.join(QLatin1Char(','))));
}

void TestClientFolders::createdFolderCanBeRenamed()
{
    const Folder folder = create(QStringLiteral("Client Test"), -1, false);
    QVERIFY(folder.id > 0);
    FolderChange change;
    change.name = folder.name + QStringLiteral(" renamed");
    change.parentId = -1;
    change.inheritPermissions = false;
    Capture<Folder> updated;

    m_client->updateFolder(folder.id, change, this, updated.callback());

    WAIT_FOR(updated);
    VERIFY_OK(updated);
    QCOMPARE(updated->value.name, change.name);
}

void TestClientFolders::deletedFolderIsGone()
{
    const Folder folder = create(QStringLiteral("Client Delete"), -1, false);
    QVERIFY(folder.id > 0);
    Capture<bool> deleted;
    m_client->deleteFolder(folder.id, this, deleted.callback());
    WAIT_FOR(deleted);
    VERIFY_OK(deleted);
    Capture<Folder> again;

    m_client->folder(folder.id, false, this, again.callback());

    WAIT_FOR(again);
    QVERIFY(!again->ok());
    QVERIFY(again->status == CallStatus::NotFound || again->status == CallStatus::AccessDenied);
}

void TestClientFolders::folderPermissionsListTheGroups()
{
    FolderPermissionQuery query;
    query.folderId = 1;
    query.page.allPages = true;
    Capture<Page<FolderPermission>> page;

    m_client->searchFolderPermissions(query, this, page.callback());

    WAIT_FOR(page);
    VERIFY_OK(page);
    bool qualysGroup = false;
    for (const FolderPermission &permission : page->value.records) {
        if (permission.groupName == QLatin1String("Qualys Scanners")) {
            qualysGroup = true;
            QVERIFY(permission.isGroup());
            QCOMPARE(permission.folderRole, QStringLiteral("View"));
            QCOMPARE(permission.secretRole, QStringLiteral("View"));
        }
    }
    QVERIFY(qualysGroup);
}

void TestClientFolders::folderPermissionCanBeAddedChangedAndRemoved()
{
    const Folder folder = create(QStringLiteral("Client Perms"), -1, false);
    QVERIFY(folder.id > 0);
    FolderPermissionChange change;
    change.folderId = folder.id;
    change.userId = 4; // jdoe
    change.folderRole = QStringLiteral("View");
    change.secretRole = QStringLiteral("List");
    Capture<FolderPermission> created;
    m_client->createFolderPermission(change, this, created.callback());
    WAIT_FOR(created);
    VERIFY_OK(created);
    QCOMPARE(created->value.secretRole, QStringLiteral("List"));
    change.secretRole = QStringLiteral("View");
    Capture<FolderPermission> updated;
    m_client->updateFolderPermission(created->value.id, change, this, updated.callback());
    WAIT_FOR(updated);
    VERIFY_OK(updated);
    QCOMPARE(updated->value.secretRole, QStringLiteral("View"));
    Capture<bool> removed;

    m_client->deleteFolderPermission(created->value.id, false, this, removed.callback());

    WAIT_FOR(removed);
    VERIFY_OK(removed);
    FolderPermissionQuery query;
    query.folderId = folder.id;
    Capture<Page<FolderPermission>> page;
    m_client->searchFolderPermissions(query, this, page.callback());
    WAIT_FOR(page);
    VERIFY_OK(page);
    for (const FolderPermission &permission : page->value.records)
        QVERIFY(permission.id != created->value.id);
}

void TestClientFolders::permissionOnInheritingFolderNeedsBreak()
{
    const Folder parent = create(QStringLiteral("Client Parent"), -1, false);
    const Folder child = create(QStringLiteral("Client Child"), parent.id, true);
    QVERIFY(child.id > 0);
    FolderPermissionChange change;
    change.folderId = child.id;
    change.userId = 4;
    change.folderRole = QStringLiteral("View");
    change.secretRole = QStringLiteral("View");
    Capture<FolderPermission> created;

    m_client->createFolderPermission(change, this, created.callback());

    WAIT_FOR(created);
    QVERIFY(!created->ok());
    QVERIFY2(created->errorCode == QLatin1String("API_PermissionsAreInherited")
                     || created->serverMessage.contains(QStringLiteral("PermissionsAreInherited")),
             qPrintable(ClientFixture::describe(*created)));
}

void TestClientFolders::breakingInheritanceKeepsTheEntries()
{
    const Folder parent = create(QStringLiteral("Client Break"), -1, false);
    FolderPermissionChange grant;
    grant.folderId = parent.id;
    grant.groupId = 1; // Qualys Scanners
    grant.folderRole = QStringLiteral("View");
    grant.secretRole = QStringLiteral("View");
    Capture<FolderPermission> granted;
    m_client->createFolderPermission(grant, this, granted.callback());
    WAIT_FOR(granted);
    VERIFY_OK(granted);
    const Folder child = create(QStringLiteral("Client Break Child"), parent.id, true);
    QVERIFY(child.id > 0);
    Capture<Folder> broken;

    m_client->breakFolderInheritance(child.id, this, broken.callback());

    WAIT_FOR(broken);
    VERIFY_OK(broken);
    QVERIFY(!broken->value.inheritPermissions);
    FolderPermissionQuery query;
    query.folderId = child.id;
    Capture<Page<FolderPermission>> page;
    m_client->searchFolderPermissions(query, this, page.callback());
    WAIT_FOR(page);
    VERIFY_OK(page);
    bool copied = false;
    for (const FolderPermission &permission : page->value.records)
        copied = copied || permission.groupId == 1;
    QVERIFY(copied);
}

QTEST_GUILESS_MAIN(TestClientFolders)
#include "tst_client_folders.moc"

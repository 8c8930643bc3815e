// Secret Server REST folders and folder permissions: visibility, paths, children,
// inheritance and breaking it.
#include "RestSandbox.h"

#include <QtTest>

class TestSecretServerFolders : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void searchShowsOnlyVisibleFolders();
    void folderByPathStartsWithABackslash();
    void getAllChildrenReturnsTheTree();
    void subFolderInheritsParentPermissions();
    void addingToAnInheritingFolderNeedsBreakInheritance();
    void breakingInheritanceCopiesTheInheritedEntries();
    void groupMembershipGrantsTheGroupsRole();
    void plainUserCannotCreateRootFolder();
    void adminCreatesAndDeletesAFolder();

private:
    QStringList folderNames(const QByteArray &token);

    std::unique_ptr<RestSandbox> m_sandbox;
};

void TestSecretServerFolders::init()
{
    m_sandbox = std::make_unique<RestSandbox>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->process().errorString()));
}

QStringList TestSecretServerFolders::folderNames(const QByteArray &token)
{
    QStringList names;
    const QJsonArray records = m_sandbox->get(QStringLiteral("/folders?take=100"), token)
                                       .object()
                                       .value(QStringLiteral("records"))
                                       .toArray();
    for (const QJsonValue &record : records)
        names.append(record.toObject().value(QStringLiteral("folderName")).toString());
    return names;
}

void TestSecretServerFolders::searchShowsOnlyVisibleFolders()
{
    const QStringList names = folderNames(m_sandbox->qualys());

    QVERIFY(names.contains(QStringLiteral("Scan Credentials")));
    QVERIFY(names.contains(QStringLiteral("Databases")));
    QVERIFY(!names.contains(QStringLiteral("IT Operations")));
}

void TestSecretServerFolders::folderByPathStartsWithABackslash()
{
    const ProbeReply reply
            = m_sandbox->get(QStringLiteral("/folders/0?folderPath=%5CScan%20Credentials%5CUnix"),
                             m_sandbox->qualys());

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("id")).toInt(), seed::UnixFolder);
    QCOMPARE(reply.object().value(QStringLiteral("folderPath")).toString(),
             QStringLiteral("\\Scan Credentials\\Unix"));
}

void TestSecretServerFolders::getAllChildrenReturnsTheTree()
{
    const ProbeReply reply = m_sandbox->get(
            QStringLiteral("/folders/%1?getAllChildren=true").arg(seed::ScanCredentials),
            m_sandbox->qualys());

    QCOMPARE(reply.object().value(QStringLiteral("childFolders")).toArray().size(), 3);
}

void TestSecretServerFolders::subFolderInheritsParentPermissions()
{
    const ProbeReply reply = m_sandbox->get(
            QStringLiteral("/folder-permissions?filter.folderId=%1").arg(seed::Databases),
            m_sandbox->jdoe());

    QCOMPARE(reply.status, 200);
    QStringList known;
    for (const QJsonValue &record : reply.object().value(QStringLiteral("records")).toArray())
        known.append(record.toObject().value(QStringLiteral("knownAs")).toString());
    QVERIFY(known.contains(QStringLiteral("Qualys Scanners")));
    QVERIFY(known.contains(QStringLiteral("Security Team")));
}

void TestSecretServerFolders::addingToAnInheritingFolderNeedsBreakInheritance()
{
    const QJsonObject grant { { QStringLiteral("folderId"), seed::Databases },
                              { QStringLiteral("userId"), seed::Mchen },
                              { QStringLiteral("folderAccessRoleName"), QStringLiteral("View") },
                              { QStringLiteral("secretAccessRoleName"), QStringLiteral("View") },
                              { QStringLiteral("breakInheritance"), false } };

    const ProbeReply reply = m_sandbox->send("POST", QStringLiteral("/folder-permissions"), grant,
                                             m_sandbox->jdoe());

    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("API_PermissionsAreInherited"));
    QCOMPARE(reply.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("API_PermissionsAreInherited"));
}

void TestSecretServerFolders::breakingInheritanceCopiesTheInheritedEntries()
{
    const QByteArray jdoe = m_sandbox->jdoe();
    const QJsonObject grant { { QStringLiteral("folderId"), seed::Databases },
                              { QStringLiteral("userId"), seed::Mchen },
                              { QStringLiteral("folderAccessRoleName"), QStringLiteral("View") },
                              { QStringLiteral("secretAccessRoleName"), QStringLiteral("View") },
                              { QStringLiteral("breakInheritance"), true } };

    QCOMPARE(m_sandbox->send("POST", QStringLiteral("/folder-permissions"), grant, jdoe).status,
             200);

    const QJsonObject folder
            = m_sandbox->get(QStringLiteral("/folders/%1").arg(seed::Databases), jdoe).object();
    QCOMPARE(folder.value(QStringLiteral("inheritPermissions")).toBool(), false);
    const ProbeReply entries = m_sandbox->get(
            QStringLiteral("/folder-permissions?filter.folderId=%1").arg(seed::Databases), jdoe);
    QCOMPARE(entries.object().value(QStringLiteral("total")).toInt(), 4); // 3 copied + mchen
    // The Qualys group keeps its inherited View on the secrets below.
    QCOMPARE(m_sandbox->get(QStringLiteral("/secrets/4"), m_sandbox->qualys()).status, 200);
    QCOMPARE(m_sandbox
                     ->get(QStringLiteral("/secrets/4"),
                           m_sandbox->login(QStringLiteral("mchen"),
                                            QStringLiteral("Sandbox-Ops-1!")))
                     .status,
             200);
}

void TestSecretServerFolders::groupMembershipGrantsTheGroupsRole()
{
    const QByteArray admin = m_sandbox->admin();
    const QByteArray mchen
            = m_sandbox->login(QStringLiteral("mchen"), QStringLiteral("Sandbox-Ops-1!"));
    QCOMPARE(m_sandbox->get(QStringLiteral("/secrets/%1").arg(seed::UnixApp), mchen).status, 400);

    const ProbeReply added
            = m_sandbox->send("POST", QStringLiteral("/groups/%1/users").arg(seed::QualysGroup),
                              { { QStringLiteral("userId"), seed::Mchen } }, admin);

    QCOMPARE(added.status, 200);
    QCOMPARE(m_sandbox->get(QStringLiteral("/secrets/%1").arg(seed::UnixApp), mchen).status, 200);
}

void TestSecretServerFolders::plainUserCannotCreateRootFolder()
{
    const ProbeReply reply
            = m_sandbox->send("POST", QStringLiteral("/folders"),
                              { { QStringLiteral("folderName"), QStringLiteral("Mine") },
                                { QStringLiteral("parentFolderId"), -1 },
                                { QStringLiteral("folderTypeId"), 1 } },
                              m_sandbox->jdoe());

    QCOMPARE(errorCode(reply), QStringLiteral("API_AccessDenied"));
}

void TestSecretServerFolders::adminCreatesAndDeletesAFolder()
{
    const QByteArray admin = m_sandbox->admin();
    const ProbeReply created
            = m_sandbox->send("POST", QStringLiteral("/folders"),
                              { { QStringLiteral("folderName"), QStringLiteral("Network") },
                                { QStringLiteral("parentFolderId"), seed::ScanCredentials },
                                { QStringLiteral("folderTypeId"), 1 },
                                { QStringLiteral("inheritPermissions"), true } },
                              admin);
    QCOMPARE(created.status, 200);
    const int id = created.object().value(QStringLiteral("id")).toInt();
    QVERIFY(folderNames(m_sandbox->qualys()).contains(QStringLiteral("Network")));

    const ProbeReply removed
            = m_sandbox->send("DELETE", QStringLiteral("/folders/%1").arg(id), {}, admin);

    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.object().value(QStringLiteral("objectType")).toString(),
             QStringLiteral("Folder"));
    QVERIFY(!folderNames(m_sandbox->qualys()).contains(QStringLiteral("Network")));
}

QTEST_GUILESS_MAIN(TestSecretServerFolders)
#include "tst_ss_folders.moc"

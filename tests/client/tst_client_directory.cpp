// Users, groups, IP restrictions, user audit, configuration and server calls of the REST
// client against the sandbox's seed estate.

#include "ClientFixture.h"
#include "secretserver/RestClient.h"

#include <QtTest>

using namespace secretserver;

class TestClientDirectory final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionIsReported();
    void usersCanBeSearched();
    void userIsReadById();
    void userGroupsNameTheMemberships();
    void userAuditShowsLogins();
    void groupsAndMembersAreListed();
    void memberCanBeAddedAndRemoved();
    void ipRestrictionsAreListedPerUser();
    void ipRestrictionCanBeAssigned();
    void plainUserIsDeniedAdministration();
    void generalConfigurationSaysWebServicesAreOn();
    void rpcConfigurationCanBePatched();
    void securityConfigurationIsRead();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<RestClient> m_client;
};

void TestClientDirectory::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<RestClient>(ClientFixture::pinnedSettings(m_sandbox));
    QString why;
    QVERIFY2(ClientFixture::signIn(*m_client, ClientFixture::admin(), &why), qPrintable(why));
}

void TestClientDirectory::versionIsReported()
{
    Capture<QString> version;

    m_client->version(this, version.callback());

    WAIT_FOR(version);
    VERIFY_OK(version);
    QVERIFY(!version->value.isEmpty());
}

void TestClientDirectory::usersCanBeSearched()
{
    UserQuery query;
    query.searchText = QStringLiteral("qualys");
    Capture<Page<User>> users;

    m_client->searchUsers(query, this, users.callback());

    WAIT_FOR(users);
    VERIFY_OK(users);
    QStringList names;
    for (const User &user : users->value.records)
        names << user.userName;
    QVERIFY2(names.contains(QStringLiteral("svc-qualys")), qPrintable(names.join(u',')));
    QVERIFY(!names.contains(QStringLiteral("jdoe")));
}

void TestClientDirectory::userIsReadById()
{
    Capture<User> user;

    m_client->user(2, this, user.callback());

    WAIT_FOR(user);
    VERIFY_OK(user);
    QCOMPARE(user->value.userName, QStringLiteral("svc-qualys"));
    QVERIFY(user->value.isApplicationAccount);
}

void TestClientDirectory::userGroupsNameTheMemberships()
{
    Capture<Page<GroupMember>> groups;

    m_client->userGroups(2, this, groups.callback());

    WAIT_FOR(groups);
    VERIFY_OK(groups);
    QStringList names;
    for (const GroupMember &membership : groups->value.records)
        names << membership.groupName;
    QVERIFY2(names.contains(QStringLiteral("Qualys Scanners")), qPrintable(names.join(u',')));
}

void TestClientDirectory::userAuditShowsLogins()
{
    RestClient qualys(ClientFixture::pinnedSettings(m_sandbox));
    QString why;
    QVERIFY2(ClientFixture::signIn(qualys, ClientFixture::qualys(), &why), qPrintable(why));
    PageRequest page;
    page.allPages = true;
    Capture<Page<AuditRecord>> audit;

    m_client->userAudit(2, page, this, audit.callback());

    WAIT_FOR(audit);
    VERIFY_OK(audit);
    QVERIFY(!audit->value.records.isEmpty());
    bool withAddress = false;
    for (const AuditRecord &record : audit->value.records)
        withAddress = withAddress || record.ipAddress == QLatin1String("127.0.0.1");
    QVERIFY(withAddress);
}

void TestClientDirectory::groupsAndMembersAreListed()
{
    GroupQuery query;
    query.searchText = QStringLiteral("Qualys");
    Capture<Page<Group>> groups;
    m_client->searchGroups(query, this, groups.callback());
    WAIT_FOR(groups);
    VERIFY_OK(groups);
    QVERIFY(!groups->value.records.isEmpty());
    const int groupId = groups->value.records.first().id;
    Capture<Group> group;
    m_client->group(groupId, this, group.callback());
    WAIT_FOR(group);
    VERIFY_OK(group);
    QCOMPARE(group->value.name, QStringLiteral("Qualys Scanners"));
    Capture<Page<GroupMember>> members;

    m_client->groupMembers(groupId, {}, this, members.callback());

    WAIT_FOR(members);
    VERIFY_OK(members);
    QStringList names;
    for (const GroupMember &member : members->value.records)
        names << member.userName;
    QVERIFY2(names.contains(QStringLiteral("svc-qualys")), qPrintable(names.join(u',')));
}

void TestClientDirectory::memberCanBeAddedAndRemoved()
{
    Capture<bool> added;
    m_client->addGroupMember(4, 4, this, added.callback()); // jdoe into IT Operations
    WAIT_FOR(added);
    VERIFY_OK(added);
    Capture<Page<GroupMember>> with;
    m_client->userGroups(4, this, with.callback());
    WAIT_FOR(with);
    bool member = false;
    for (const GroupMember &membership : with->value.records)
        member = member || membership.groupId == 4;
    QVERIFY(member);
    Capture<bool> removed;

    m_client->removeGroupMember(4, 4, this, removed.callback());

    WAIT_FOR(removed);
    VERIFY_OK(removed);
    Capture<Page<GroupMember>> without;
    m_client->userGroups(4, this, without.callback());
    WAIT_FOR(without);
    for (const GroupMember &membership : without->value.records)
        QVERIFY(membership.groupId != 4);
}

void TestClientDirectory::ipRestrictionsAreListedPerUser()
{
    Capture<Page<IpRestriction>> restrictions;
    m_client->ipRestrictions({}, this, restrictions.callback());
    WAIT_FOR(restrictions);
    VERIFY_OK(restrictions);
    QVERIFY(!restrictions->value.records.isEmpty());
    Capture<Page<IpRestrictionAssignment>> assigned;

    m_client->userIpRestrictions(2, this, assigned.callback());

    WAIT_FOR(assigned);
    VERIFY_OK(assigned);
    QVERIFY(!assigned->value.records.isEmpty());
    QVERIFY(!assigned->value.records.first().restrictionName.isEmpty());
}

void TestClientDirectory::ipRestrictionCanBeAssigned()
{
    Capture<Page<IpRestriction>> restrictions;
    m_client->ipRestrictions({}, this, restrictions.callback());
    WAIT_FOR(restrictions);
    VERIFY_OK(restrictions);
    QVERIFY(!restrictions->value.records.isEmpty());
    const int restrictionId = restrictions->value.records.first().id;
    Capture<bool> assigned;

    m_client->assignIpRestriction(restrictionId, 5, this, assigned.callback());

    WAIT_FOR(assigned);
    VERIFY_OK(assigned);
    Capture<Page<IpRestrictionAssignment>> forUser;
    m_client->userIpRestrictions(5, this, forUser.callback());
    WAIT_FOR(forUser);
    VERIFY_OK(forUser);
    bool found = false;
    for (const IpRestrictionAssignment &assignment : forUser->value.records)
        found = found || assignment.restrictionId == restrictionId;
    QVERIFY(found);
}

void TestClientDirectory::plainUserIsDeniedAdministration()
{
    RestClient user(ClientFixture::pinnedSettings(m_sandbox));
    QString why;
    QVERIFY2(ClientFixture::signIn(user, ClientFixture::plainUser(), &why), qPrintable(why));
    Capture<ServerConfiguration> configuration;

    user.configuration(ConfigurationArea::General, this, configuration.callback());

    WAIT_FOR(configuration);
    QCOMPARE(callStatusName(configuration->status), callStatusName(CallStatus::AccessDenied));
    QCOMPARE(configuration->errorCode, QStringLiteral("API_AccessDenied"));
}

void TestClientDirectory::generalConfigurationSaysWebServicesAreOn()
{
    Capture<ServerConfiguration> configuration;

    m_client->configuration(ConfigurationArea::General, this, configuration.callback());

    WAIT_FOR(configuration);
    VERIFY_OK(configuration);
    QVERIFY(configuration->value.webServicesEnabled());
    QVERIFY(configuration->value.intValue(QStringLiteral(
                    "applicationSettings.apiSessionTimeoutMinutes"))
            > 0);
}

void TestClientDirectory::rpcConfigurationCanBePatched()
{
    const QList<ConfigurationChange> off{
            {QString(), QStringLiteral("enableHeartbeat"), QJsonValue(false)}};
    Capture<ServerConfiguration> patched;

    m_client->updateConfiguration(ConfigurationArea::RemotePasswordChanging, off, this,
                                  patched.callback());

    WAIT_FOR(patched);
    VERIFY_OK(patched);
    Capture<ServerConfiguration> read;
    m_client->configuration(ConfigurationArea::RemotePasswordChanging, this, read.callback());
    WAIT_FOR(read);
    VERIFY_OK(read);
    QCOMPARE(read->value.boolValue(QStringLiteral("enableHeartbeat"), true), false);
    QVERIFY(read->value.rpcEnabled());
    const QList<ConfigurationChange> on{
            {QString(), QStringLiteral("enableHeartbeat"), QJsonValue(true)}};
    Capture<ServerConfiguration> restored;
    m_client->updateConfiguration(ConfigurationArea::RemotePasswordChanging, on, this,
                                  restored.callback());
    WAIT_FOR(restored);
    VERIFY_OK(restored);
}

void TestClientDirectory::securityConfigurationIsRead()
{
    Capture<ServerConfiguration> configuration;

    m_client->configuration(ConfigurationArea::Security, this, configuration.callback());

    WAIT_FOR(configuration);
    VERIFY_OK(configuration);
    QVERIFY(!configuration->value.value(QStringLiteral("forceHttps")).isUndefined());
}

QTEST_GUILESS_MAIN(TestClientDirectory)
#include "tst_client_directory.moc"

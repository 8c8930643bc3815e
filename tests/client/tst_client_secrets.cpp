// Secret calls of the REST client against the sandbox: search with filters and totals,
// paging, explicit reads with values, restricted reads, fields, create from a template
// stub, update, check-out/check-in, security PATCHes, sharing, audits and heartbeat.

#include "ClientFixture.h"
#include "secretserver/RestClient.h"

#include <QUuid>
#include <QtTest>

using namespace secretserver;

class TestClientSecrets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchMatchesItsTotal();
    void allPagesCollectsEveryRecord();
    void searchSortsDescending();
    void summariesCarryTheBlockers();
    void explicitReadCarriesThePassword();
    void fieldReadsOneValue();
    void commentRequiredIsRestrictedUntilCommented();
    void stateShowsAnotherUsersCheckOut();
    void stubCreatesASecretFromTheTemplate();
    void updatedSecretKeepsTheNewName();
    void checkOutThenCheckIn();
    void securityPatchesAnswerTheNewState();
    void sharingCanStopInheritance();
    void auditRecordsTheRead();
    void heartbeatAnswersASummary();
    void secretPermissionsCanBeManaged();
    void templatesListTheirFields();

private:
    Secret createSecret(const QString &name);

    SandboxProcess m_sandbox;
    std::unique_ptr<RestClient> m_client;
};

void TestClientSecrets::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<RestClient>(ClientFixture::pinnedSettings(m_sandbox));
    QString why;
    QVERIFY2(ClientFixture::signIn(*m_client, ClientFixture::admin(), &why), qPrintable(why));
}

Secret TestClientSecrets::createSecret(const QString &name)
{
    Capture<Secret> stub;
    m_client->secretStub(6003, 2, this, stub.callback());
    if (!QTest::qWaitFor([&] { return stub.done(); }, 30000) || !stub->ok())
        return {};
    Secret secret = stub->value;
    secret.name = name + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    secret.folderId = 2;
    for (SecretItem &item : secret.items) {
        if (item.isPassword)
            item.value = QStringLiteral("Created-Pass-1!");
        else if (!item.isNotes)
            item.value = QStringLiteral("value-") + item.slug;
    }
    Capture<Secret> created;
    m_client->createSecret(secret, this, created.callback());
    if (!QTest::qWaitFor([&] { return created.done(); }, 30000) || !created->ok())
        return {};
    return created->value;
}

void TestClientSecrets::searchMatchesItsTotal()
{
    SecretQuery query;
    query.folderId = 1;
    query.includeSubFolders = true;
    query.searchText = QStringLiteral("Scan");
    Capture<Page<SecretSummary>> page;
    Capture<int> total;

    m_client->searchSecrets(query, this, page.callback());
    m_client->secretSearchTotal(query, this, total.callback());

    WAIT_FOR(page);
    WAIT_FOR(total);
    VERIFY_OK(page);
    VERIFY_OK(total);
    QVERIFY(total->value > 0);
    QCOMPARE(page->value.total, total->value);
    for (const SecretSummary &summary : page->value.records)
        QVERIFY2(summary.name.contains(QStringLiteral("Scan")), qPrintable(summary.name));
}

void TestClientSecrets::allPagesCollectsEveryRecord()
{
    SecretQuery query;
    query.page.take = 3;
    query.page.allPages = true;
    Capture<Page<SecretSummary>> page;

    m_client->searchSecrets(query, this, page.callback());

    WAIT_FOR(page);
    VERIFY_OK(page);
    QVERIFY(page->value.total > 3);
    QCOMPARE(page->value.records.size(), page->value.total);
    QVERIFY(!page->value.truncated);
    QSet<int> ids;
    for (const SecretSummary &summary : page->value.records)
        ids.insert(summary.id);
    QCOMPARE(ids.size(), page->value.records.size());
}

void TestClientSecrets::searchSortsDescending()
{
    SecretQuery query;
    query.page.sortBy = QStringLiteral("name");
    query.page.direction = SortDirection::Descending;
    query.page.take = 50;
    Capture<Page<SecretSummary>> page;

    m_client->searchSecrets(query, this, page.callback());

    WAIT_FOR(page);
    VERIFY_OK(page);
    QVERIFY(page->value.records.size() > 2);
    for (qsizetype i = 1; i < page->value.records.size(); ++i) {
        QVERIFY(page->value.records[i - 1].name.compare(page->value.records[i].name,
                                                        Qt::CaseInsensitive)
                >= 0);
    }
}

void TestClientSecrets::summariesCarryTheBlockers()
{
    SecretQuery query;
    query.searchText = QStringLiteral("Windows Scan");
    query.page.allPages = true;
    Capture<Page<SecretSummary>> page;

    m_client->searchSecrets(query, this, page.callback());

    WAIT_FOR(page);
    VERIFY_OK(page);
    QHash<QString, SecretSummary> byName;
    for (const SecretSummary &summary : page->value.records)
        byName.insert(summary.name, summary);
    QVERIFY(byName.value(QStringLiteral("Windows Scan - payroll01")).requiresApproval);
    QVERIFY(byName.value(QStringLiteral("Windows Scan - hr01")).requiresComment);
    QVERIFY(byName.value(QStringLiteral("Windows Scan - kiosk01")).hidePassword);
}

void TestClientSecrets::explicitReadCarriesThePassword()
{
    Capture<Secret> secret;

    m_client->secret(1, {}, this, secret.callback());

    WAIT_FOR(secret);
    VERIFY_OK(secret);
    QCOMPARE(secret->value.name, QStringLiteral("Qualys Windows Domain Scan"));
    const SecretItem *password = secret->value.item(QStringLiteral("password"));
    QVERIFY(password);
    QVERIFY(password->isPassword);
    QVERIFY(!password->value.isEmpty());
}

void TestClientSecrets::fieldReadsOneValue()
{
    Capture<Secret> secret;
    m_client->secret(1, {}, this, secret.callback());
    WAIT_FOR(secret);
    VERIFY_OK(secret);
    Capture<QString> field;

    m_client->secretField(1, QStringLiteral("password"), {}, this, field.callback());

    WAIT_FOR(field);
    VERIFY_OK(field);
    QCOMPARE(field->value, secret->value.item(QStringLiteral("password"))->value);
}

void TestClientSecrets::commentRequiredIsRestrictedUntilCommented()
{
    Capture<Secret> plain;
    m_client->secret(9, {}, this, plain.callback());
    WAIT_FOR(plain);
    QCOMPARE(callStatusName(plain->status), callStatusName(CallStatus::Restricted));
    QCOMPARE(plain->errorCode, QStringLiteral("API_ValidateSecretAccessCommentRequired"));
    SecretAccessArgs args;
    args.comment = QStringLiteral("Quarterly scan verification");
    Capture<Secret> commented;

    m_client->restrictedSecret(9, args, this, commented.callback());

    WAIT_FOR(commented);
    VERIFY_OK(commented);
    QCOMPARE(commented->value.id, 9);
}

void TestClientSecrets::stateShowsAnotherUsersCheckOut()
{
    Capture<SecretState> state;

    m_client->secretState(13, this, state.callback());

    WAIT_FOR(state);
    VERIFY_OK(state);
    QVERIFY(state->value.checkedOut);
    QVERIFY(!state->value.checkedOutByCurrentUser);
}

void TestClientSecrets::stubCreatesASecretFromTheTemplate()
{
    const Secret created = createSecret(QStringLiteral("Client Created"));

    QVERIFY(created.id > 0);
    QCOMPARE(created.templateId, 6003);
    Capture<Secret> read;
    m_client->secret(created.id, {}, this, read.callback());
    WAIT_FOR(read);
    VERIFY_OK(read);
    const SecretItem *password = read->value.item(QStringLiteral("password"));
    QVERIFY(password);
    QCOMPARE(password->value, QStringLiteral("Created-Pass-1!"));
}

void TestClientSecrets::updatedSecretKeepsTheNewName()
{
    Secret secret = createSecret(QStringLiteral("Client Update"));
    QVERIFY(secret.id > 0);
    secret.name += QStringLiteral(" v2");
    Capture<Secret> updated;

    m_client->updateSecret(secret, this, updated.callback());

    WAIT_FOR(updated);
    VERIFY_OK(updated);
    QCOMPARE(updated->value.name, secret.name);
}

void TestClientSecrets::checkOutThenCheckIn()
{
    const Secret secret = createSecret(QStringLiteral("Client CheckOut"));
    QVERIFY(secret.id > 0);
    CheckOutPolicy policy;
    policy.checkOutEnabled = true;
    policy.intervalMinutes = 30;
    Capture<CheckOutPolicy> enabled;
    m_client->setCheckOutPolicy(secret.id, policy, this, enabled.callback());
    WAIT_FOR(enabled);
    VERIFY_OK(enabled);
    QCOMPARE(enabled->value.checkOutEnabled.value_or(false), true);
    Capture<bool> checkedOut;
    m_client->checkOutSecret(secret.id, this, checkedOut.callback());
    WAIT_FOR(checkedOut);
    VERIFY_OK(checkedOut);
    Capture<SecretState> state;
    m_client->secretState(secret.id, this, state.callback());
    WAIT_FOR(state);
    VERIFY_OK(state);
    QVERIFY(state->value.checkedOutByCurrentUser);
    Capture<SecretSummary> checkedIn;

    m_client->checkInSecret(secret.id, false, this, checkedIn.callback());

    WAIT_FOR(checkedIn);
    VERIFY_OK(checkedIn);
    QVERIFY(!checkedIn->value.checkedOut);
}

void TestClientSecrets::securityPatchesAnswerTheNewState()
{
    const Secret secret = createSecret(QStringLiteral("Client Security"));
    QVERIFY(secret.id > 0);
    SecretSecurity security;
    security.hideLauncherPassword = true;
    Capture<SecretSecurity> patched;

    m_client->setSecretSecurity(secret.id, security, this, patched.callback());

    WAIT_FOR(patched);
    VERIFY_OK(patched);
    QCOMPARE(patched->value.hideLauncherPassword.value_or(false), true);
}

void TestClientSecrets::sharingCanStopInheritance()
{
    const Secret secret = createSecret(QStringLiteral("Client Share"));
    QVERIFY(secret.id > 0);
    Capture<bool> shared;

    m_client->setSecretInheritsPermissions(secret.id, false, this, shared.callback());

    WAIT_FOR(shared);
    VERIFY_OK(shared);
    QCOMPARE(shared->value, false);
    Capture<Secret> read;
    m_client->secret(secret.id, {}, this, read.callback());
    WAIT_FOR(read);
    QVERIFY(!read->value.inheritPermissions);
}

void TestClientSecrets::auditRecordsTheRead()
{
    Capture<Secret> read;
    m_client->secret(2, {}, this, read.callback());
    WAIT_FOR(read);
    VERIFY_OK(read);
    PageRequest page;
    page.take = 50;
    Capture<Page<AuditRecord>> audit;

    m_client->secretAudits(2, page, this, audit.callback());

    WAIT_FOR(audit);
    VERIFY_OK(audit);
    QVERIFY(!audit->value.records.isEmpty());
    QVERIFY(!audit->value.records.first().action.isEmpty());
    QVERIFY(audit->value.records.first().date.isValid());
}

void TestClientSecrets::heartbeatAnswersASummary()
{
    Capture<SecretSummary> summary;

    m_client->runHeartbeat(3, this, summary.callback());

    WAIT_FOR(summary);
    VERIFY_OK(summary);
    QCOMPARE(summary->value.id, 3);
    QVERIFY(!summary->value.lastHeartBeatStatus.isEmpty());
}

void TestClientSecrets::secretPermissionsCanBeManaged()
{
    SecretPermissionQuery query;
    query.secretId = 7;
    Capture<Page<SecretPermission>> seeded;
    m_client->searchSecretPermissions(query, this, seeded.callback());
    WAIT_FOR(seeded);
    VERIFY_OK(seeded);
    bool listOnly = false;
    for (const SecretPermission &permission : seeded->value.records)
        listOnly = listOnly
                || (permission.groupId == 1 && permission.role == QLatin1String("List"));
    QVERIFY(listOnly);
    const Secret secret = createSecret(QStringLiteral("Client Permissions"));
    Capture<bool> shared;
    m_client->setSecretInheritsPermissions(secret.id, false, this, shared.callback());
    WAIT_FOR(shared);
    SecretPermissionChange change;
    change.secretId = secret.id;
    change.userId = 4;
    change.role = QStringLiteral("View");
    Capture<SecretPermission> created;

    m_client->createSecretPermission(change, this, created.callback());

    WAIT_FOR(created);
    VERIFY_OK(created);
    QCOMPARE(created->value.role, QStringLiteral("View"));
    change.role = QStringLiteral("Edit");
    Capture<SecretPermission> updated;
    m_client->updateSecretPermission(created->value.id, change, this, updated.callback());
    WAIT_FOR(updated);
    VERIFY_OK(updated);
    QCOMPARE(updated->value.role, QStringLiteral("Edit"));
    Capture<bool> removed;
    m_client->deleteSecretPermission(created->value.id, this, removed.callback());
    WAIT_FOR(removed);
    VERIFY_OK(removed);
}

void TestClientSecrets::templatesListTheirFields()
{
    PageRequest page;
    page.allPages = true;
    Capture<Page<SecretTemplate>> templates;
    m_client->searchTemplates(QString(), page, this, templates.callback());
    WAIT_FOR(templates);
    VERIFY_OK(templates);
    QVERIFY(templates->value.records.size() >= 6);
    Capture<SecretTemplate> unix;

    m_client->secretTemplate(6007, this, unix.callback());

    WAIT_FOR(unix);
    VERIFY_OK(unix);
    bool hasPassword = false;
    for (const SecretTemplateField &field : unix->value.fields)
        hasPassword = hasPassword || (field.isPassword && !field.slug.isEmpty());
    QVERIFY(hasPassword);
}

QTEST_GUILESS_MAIN(TestClientSecrets)
#include "tst_client_secrets.moc"

// QualysClient's authentication-record calls against the sandbox over HTTPS: create, list,
// update and delete for every type, the summary list, paging, and Qualys' refusals.

#include "HttpProbe.h"
#include "QualysClientFixture.h"

using namespace qualys;

class QualysClientRecordsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createdRecordIsListed_data();
    void createdRecordIsListed();
    void updateChangesTheSecretName();
    void updateWithoutChangeReturnsNoIds();
    void deleteRemovesTheRecord();
    void summaryListsIdsByType();
    void duplicateTitleIsRejected();
    void overlappingIpsAreRejected();
    void passwordAndVaultTogetherAreRejected();
    void tooLongUserNameIsRejected();
    void listFollowsNextPageUrls();

private:
    RecordForm vaultForm(AuthRecordType type);
    int create(const RecordForm &form, QualysResult *result = nullptr);
    QList<AuthRecord> list(AuthRecordType type);

    QualysClientFixture m_fixture;
    int m_vaultId = 0;
};

void QualysClientRecordsTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    m_vaultId = m_fixture.createVault();
    QVERIFY(m_vaultId > 0);
}

RecordForm QualysClientRecordsTest::vaultForm(AuthRecordType type)
{
    RecordForm form;
    form.type = type;
    form.title = m_fixture.uniqueTitle(QStringLiteral("Record"));
    form.ips = m_fixture.freshIp();
    form.username = QStringLiteral("scanuser");
    form.vaultId = m_vaultId;
    form.secretName = QStringLiteral("Some Secret Name");
    if (type == AuthRecordType::OracleListener)
        form.username.clear();
    if (type == AuthRecordType::IbmDb2) {
        form.settings.insert(QStringLiteral("database"), QStringLiteral("SAMPLE"));
        form.settings.insert(QStringLiteral("port"), QStringLiteral("50000"));
    }
    if (type == AuthRecordType::Oracle)
        form.settings.insert(QStringLiteral("sid"), QStringLiteral("ORCL"));
    return form;
}

int QualysClientRecordsTest::create(const RecordForm &form, QualysResult *result)
{
    const auto reply = await<int>([&](QObject *context, auto done) {
        m_fixture.client()->createRecord(form, context, done);
    });
    if (result)
        *result = reply;
    return reply.ok() ? reply.value : 0;
}

QList<AuthRecord> QualysClientRecordsTest::list(AuthRecordType type)
{
    const auto reply = await<QList<AuthRecord>>([&](QObject *context, auto done) {
        m_fixture.client()->listRecords(type, context, done);
    });
    if (!reply.ok())
        qWarning("%s", describe(reply).constData());
    return reply.value;
}

void QualysClientRecordsTest::createdRecordIsListed_data()
{
    QTest::addColumn<AuthRecordType>("type");
    for (const AuthRecordTypeInfo &info : AuthRecordTypeInfo::all())
        QTest::newRow(qPrintable(info.key)) << info.type;
}

void QualysClientRecordsTest::createdRecordIsListed()
{
    QFETCH(AuthRecordType, type);
    const RecordForm form = vaultForm(type);
    QualysResult result;

    const int id = create(form, &result);

    QVERIFY2(id > 0, describe(result).constData());
    const QList<AuthRecord> records = list(type);
    const auto it = std::find_if(records.cbegin(), records.cend(),
                                 [id](const AuthRecord &record) { return record.id == id; });
    QVERIFY(it != records.cend());
    QCOMPARE(it->title, form.title);
    QCOMPARE(it->type, type);
    QVERIFY(it->usesVault());
    QCOMPARE(it->vaultId, m_vaultId);
    QCOMPARE(it->secretName, form.secretName);
    QCOMPARE(it->ips, QStringList { form.ips });
}

void QualysClientRecordsTest::updateChangesTheSecretName()
{
    RecordForm form = vaultForm(AuthRecordType::Unix);
    const int id = create(form);
    QVERIFY(id > 0);
    RecordForm change;
    change.type = AuthRecordType::Unix;
    change.vaultId = m_vaultId;
    change.secretName = QStringLiteral("Renamed Secret");

    const auto reply = await<QList<int>>([&](QObject *context, auto done) {
        m_fixture.client()->updateRecords({ id }, change, context, done);
    });

    QVERIFY2(reply.ok(), describe(reply).constData());
    QCOMPARE(reply.value, QList<int> { id });
    const QList<AuthRecord> records = list(AuthRecordType::Unix);
    const auto it = std::find_if(records.cbegin(), records.cend(),
                                 [id](const AuthRecord &record) { return record.id == id; });
    QVERIFY(it != records.cend());
    QCOMPARE(it->secretName, QStringLiteral("Renamed Secret"));
    QCOMPARE(it->title, form.title);
}

void QualysClientRecordsTest::updateWithoutChangeReturnsNoIds()
{
    const RecordForm form = vaultForm(AuthRecordType::Windows);
    const int id = create(form);
    QVERIFY(id > 0);
    RecordForm same;
    same.type = form.type;
    same.title = form.title;

    const auto reply = await<QList<int>>([&](QObject *context, auto done) {
        m_fixture.client()->updateRecords({ id }, same, context, done);
    });

    QVERIFY2(reply.ok(), describe(reply).constData());
    QVERIFY(reply.value.isEmpty());
}

void QualysClientRecordsTest::deleteRemovesTheRecord()
{
    const int id = create(vaultForm(AuthRecordType::MsSql));
    QVERIFY(id > 0);

    const auto reply = await<QList<int>>([&](QObject *context, auto done) {
        m_fixture.client()->deleteRecords(AuthRecordType::MsSql, { id }, context, done);
    });

    QVERIFY2(reply.ok(), describe(reply).constData());
    QCOMPARE(reply.value, QList<int> { id });
    const QList<AuthRecord> records = list(AuthRecordType::MsSql);
    QVERIFY(std::none_of(records.cbegin(), records.cend(),
                         [id](const AuthRecord &record) { return record.id == id; }));
}

void QualysClientRecordsTest::summaryListsIdsByType()
{
    const int windows = create(vaultForm(AuthRecordType::Windows));
    const int db2 = create(vaultForm(AuthRecordType::IbmDb2));
    QVERIFY(windows > 0 && db2 > 0);

    const auto reply = await<QMap<AuthRecordType, QList<int>>>(
            [&](QObject *context, auto done) { m_fixture.client()->listRecordIds(context, done); });

    QVERIFY2(reply.ok(), describe(reply).constData());
    QVERIFY(reply.value.value(AuthRecordType::Windows).contains(windows));
    QVERIFY(reply.value.value(AuthRecordType::IbmDb2).contains(db2));
    QVERIFY(!reply.value.value(AuthRecordType::Unix).contains(windows));
}

void QualysClientRecordsTest::duplicateTitleIsRejected()
{
    const RecordForm first = vaultForm(AuthRecordType::Windows);
    QVERIFY(create(first) > 0);
    RecordForm second = vaultForm(AuthRecordType::Windows);
    second.title = first.title;
    QualysResult result;

    QCOMPARE(create(second, &result), 0);

    QCOMPARE(result.status, QualysStatus::Rejected);
    QCOMPARE(result.httpStatus, 400);
    QVERIFY2(result.serverText.contains(QLatin1String("already exists")),
             describe(result).constData());
}

void QualysClientRecordsTest::overlappingIpsAreRejected()
{
    const RecordForm first = vaultForm(AuthRecordType::Unix);
    QVERIFY(create(first) > 0);
    RecordForm second = vaultForm(AuthRecordType::Unix);
    second.ips = first.ips;
    QualysResult result;

    QCOMPARE(create(second, &result), 0);

    QCOMPARE(result.status, QualysStatus::Rejected);
    QVERIFY2(result.serverText.contains(first.ips), describe(result).constData());
}

void QualysClientRecordsTest::passwordAndVaultTogetherAreRejected()
{
    RecordForm form = vaultForm(AuthRecordType::Windows);
    form.password = QStringLiteral("Typed-Password-1!");
    QualysResult result;

    QCOMPARE(create(form, &result), 0);

    QCOMPARE(result.status, QualysStatus::Rejected);
    QCOMPARE(result.errorCode, 1904);
    QVERIFY(!result.message.contains(form.password));
}

void QualysClientRecordsTest::tooLongUserNameIsRejected()
{
    RecordForm form = vaultForm(AuthRecordType::IbmDb2);
    form.username = QStringLiteral("fourteen-chars");
    QualysResult result;

    QCOMPARE(create(form, &result), 0);

    QCOMPARE(result.status, QualysStatus::Rejected);
    QCOMPARE(result.errorCode, 1905);
    QVERIFY2(result.serverText.contains(QLatin1String("username")), describe(result).constData());
}

void QualysClientRecordsTest::listFollowsNextPageUrls()
{
    HttpProbe probe(m_fixture.sandbox());
    const ProbeReply generated = probe.send(
            QByteArrayLiteral("POST"), QStringLiteral("/sandbox-control/qualys/records/generate"),
            QByteArrayLiteral("{\"type\":\"oracle_listener\",\"count\":1201}"),
            QByteArrayLiteral("application/json"),
            { { QByteArrayLiteral("X-Sandbox-Control"), m_fixture.sandbox().controlToken() } });
    QCOMPARE(generated.status, 200);
    const int first = generated.object().value(QStringLiteral("first")).toInt();
    const int last = generated.object().value(QStringLiteral("last")).toInt();

    const QList<AuthRecord> records = list(AuthRecordType::OracleListener);

    QVERIFY(records.size() >= 1201);
    QSet<int> ids;
    for (const AuthRecord &record : records)
        ids.insert(record.id);
    QCOMPARE(ids.size(), records.size()); // no page read twice
    QVERIFY(ids.contains(first));
    QVERIFY(ids.contains(last));
}

QTEST_GUILESS_MAIN(QualysClientRecordsTest)
#include "tst_qualys_client_records.moc"

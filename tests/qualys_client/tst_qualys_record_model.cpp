// AuthRecordModel over the sandbox: every type in one table, the type filter, a created
// record after reload, the loading state and a login error, under QAbstractItemModelTester.

#include "QualysClientFixture.h"
#include "qualys/AuthRecordModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace qualys;

class QualysRecordModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsRecordsOfEveryType();
    void typeFilterShowsOneType();
    void reloadShowsACreatedRecord();
    void loadingStateBracketsTheAnswer();
    void reportsALoginError();
    void clientGoneEmptiesTheRows();

private:
    bool load(AuthRecordModel &model);
    QSet<AuthRecordType> shownTypes(const AuthRecordModel &model) const;

    QualysClientFixture m_fixture;
};

void QualysRecordModelTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

bool QualysRecordModelTest::load(AuthRecordModel &model)
{
    QSignalSpy loaded(&model, &AuthRecordModel::loaded);
    model.reload();
    return loaded.wait(QualysClientFixture::AnswerMs) && loaded.first().at(0).toBool();
}

QSet<AuthRecordType> QualysRecordModelTest::shownTypes(const AuthRecordModel &model) const
{
    QSet<AuthRecordType> types;
    for (int row = 0; row < model.rowCount(); ++row)
        types << model.index(row, 0).data(AuthRecordModel::RecordTypeRole).value<AuthRecordType>();
    return types;
}

void QualysRecordModelTest::listsRecordsOfEveryType()
{
    AuthRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());
    QVERIFY(load(model));

    // The example subscription has vault records of five types.
    const QSet<AuthRecordType> types = shownTypes(model);
    QVERIFY(types.contains(AuthRecordType::Windows));
    QVERIFY(types.contains(AuthRecordType::Unix));
    QVERIFY(types.contains(AuthRecordType::Oracle));
    QVERIFY(types.contains(AuthRecordType::MsSql));
    QVERIFY(types.contains(AuthRecordType::IbmDb2));
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, AuthRecordModel::TitleColumn).data().toString()
            != QLatin1String("Linux servers via Secret Server"))
            continue;
        found = true;
        QCOMPARE(model.index(row, AuthRecordModel::SecretNameColumn).data().toString(),
                 QStringLiteral("Qualys Unix Scan - app01"));
        QCOMPARE(model.index(row, AuthRecordModel::UserNameColumn).data().toString(),
                 QStringLiteral("qualys"));
        QCOMPARE(model.index(row, AuthRecordModel::VaultColumn).data().toString(),
                 QStringLiteral("Corp Secret Server"));
        QCOMPARE(model.index(row, AuthRecordModel::IpsColumn).data().toString(),
                 QStringLiteral("192.0.2.20-192.0.2.29"));
    }
    QVERIFY(found);
}

void QualysRecordModelTest::typeFilterShowsOneType()
{
    AuthRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());
    QVERIFY(load(model));
    const int all = model.rowCount();

    model.setTypeFilter(AuthRecordType::Unix);

    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < all);
    QCOMPARE(shownTypes(model), QSet<AuthRecordType> { AuthRecordType::Unix });
    model.setTypeFilter(std::nullopt);
    QCOMPARE(model.rowCount(), all);
}

void QualysRecordModelTest::reloadShowsACreatedRecord()
{
    const int vaultId = m_fixture.createVault(QStringLiteral("RecordModel"));
    QVERIFY(vaultId > 0);
    AuthRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());
    QVERIFY(load(model));

    RecordForm form;
    form.type = AuthRecordType::Oracle;
    form.title = m_fixture.uniqueTitle(QStringLiteral("Modelled record"));
    form.ips = m_fixture.freshIp();
    form.username = QStringLiteral("SCANNER");
    form.vaultId = vaultId;
    form.secretName = QStringLiteral("Some secret");
    form.settings.insert(QStringLiteral("sid"), QStringLiteral("ORCL"));
    const auto created = await<int>([&](QObject *context, auto done) {
        m_fixture.client()->createRecord(form, context, done);
    });
    QVERIFY2(created.ok(), describe(created).constData());
    QCOMPARE(model.rowOf(AuthRecordType::Oracle, created.value), -1);

    QVERIFY(load(model));

    const int row = model.rowOf(AuthRecordType::Oracle, created.value);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, AuthRecordModel::TitleColumn).data().toString(), form.title);
    QCOMPARE(model.record(row)->secretName, form.secretName);
}

void QualysRecordModelTest::loadingStateBracketsTheAnswer()
{
    AuthRecordModel model;
    model.setClient(m_fixture.client());
    QSignalSpy loading(&model, &AuthRecordModel::loadingChanged);
    QSignalSpy loaded(&model, &AuthRecordModel::loaded);

    model.reload();

    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(QualysClientFixture::AnswerMs));
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
}

void QualysRecordModelTest::reportsALoginError()
{
    const auto client = m_fixture.makeClient(QStringLiteral("not-the-password"));
    AuthRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(client.get());
    QSignalSpy loaded(&model, &AuthRecordModel::loaded);

    model.reload();

    QVERIFY(loaded.wait(QualysClientFixture::AnswerMs));
    QCOMPARE(loaded.first().at(0).toBool(), false);
    QVERIFY(!model.errorMessage().isEmpty());
    QVERIFY(!model.errorMessage().contains(QLatin1String("not-the-password")));
    QCOMPARE(model.rowCount(), 0);
}

void QualysRecordModelTest::clientGoneEmptiesTheRows()
{
    AuthRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());
    QVERIFY(load(model));
    QVERIFY(model.rowCount() > 0);

    model.setClient(nullptr);

    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(QualysRecordModelTest)
#include "tst_qualys_record_model.moc"

#include "ModelFixture.h"
#include "models/SecretFilterProxyModel.h"
#include "models/SecretListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

// Every password of the sandbox seed estate (sandbox/data/estate.json).
const QStringList SeedPasswords = {
    QStringLiteral("Wq7!rTz4#pLm2vXe"), QStringLiteral("Lc9$wEr3@nBv8kQy"),
    QStringLiteral("Ux5%tGb7*hJn1mZa"), QStringLiteral("Or4^kLp8&qWs6dFg"),
};

constexpr int SeedSecretCount = 15;

QStringList namesOf(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (ModelFixture::kindOf(model, row) == ModelRow::Kind::Record)
            names << model.index(row, SecretListModel::NameColumn).data().toString();
    }
    return names;
}

int rowOf(const QAbstractItemModel &model, const QString &name)
{
    return int(namesOf(model).indexOf(name));
}

} // namespace

// Specification of the secret list against the sandbox's seed estate of 15 secrets.
class SecretListModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsFirstPageOnly();
    void fetchMoreLoadsNextPages();
    void sortsOnServer();
    void filtersByFolder();
    void filtersByFolderWithSubFolders();
    void searchesByText();
    void showsCheckOutAndRestrictions();
    void neverHoldsAPassword();
    void proxyFiltersLocally();
    void proxyForwardsSortToServer();
    void errorRowStaysUntilRetry();
    void passesModelTesterThroughFailureAndRetry();

private:
    void waitIdle(RemoteListModel &model);
    void loadAll(RemoteListModel &model);

    ModelFixture m_fixture;
    std::unique_ptr<SecretListModel> m_model;
};

void SecretListModelTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void SecretListModelTest::init()
{
    m_model = std::make_unique<SecretListModel>();
    m_model->setClient(m_fixture.client());
    m_model->setPageSize(5);
}

void SecretListModelTest::cleanup()
{
    QVERIFY(m_fixture.setFaults(0, 0.0));
    m_model.reset();
}

void SecretListModelTest::waitIdle(RemoteListModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(model.status() != RemoteListModel::Status::Loading, ModelAnswerMs);
    QVERIFY2(model.status() == RemoteListModel::Status::Idle, qPrintable(model.errorMessage()));
}

void SecretListModelTest::loadAll(RemoteListModel &model)
{
    model.reload();
    waitIdle(model);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        waitIdle(model);
    }
}

void SecretListModelTest::loadsFirstPageOnly()
{
    m_model->reload();
    waitIdle(*m_model);

    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->serverTotal(), SeedSecretCount);
    QVERIFY(m_model->canFetchMore({}));
}

void SecretListModelTest::fetchMoreLoadsNextPages()
{
    m_model->reload();
    waitIdle(*m_model);

    m_model->fetchMore({});
    waitIdle(*m_model);
    QCOMPARE(m_model->rowCount(), 10);

    m_model->fetchMore({});
    waitIdle(*m_model);
    QCOMPARE(m_model->rowCount(), SeedSecretCount);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(namesOf(*m_model).removeDuplicates(), 0);
}

void SecretListModelTest::sortsOnServer()
{
    m_model->sort(SecretListModel::NameColumn, Qt::DescendingOrder);
    loadAll(*m_model);

    const QStringList names = namesOf(*m_model);
    QStringList expected = names;
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) > 0;
    });
    QCOMPARE(names, expected);
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
}

void SecretListModelTest::filtersByFolder()
{
    SecretFilter filter;
    filter.folderId = 4; // \Scan Credentials\Databases
    m_model->setFilter(filter);
    loadAll(*m_model);

    QStringList names = namesOf(*m_model);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Qualys DB2 Scan - mainframe-db2"),
                                 QStringLiteral("Qualys Oracle Scan - erp-db"),
                                 QStringLiteral("Qualys SQL Server Scan - crm-sql"),
                                 QStringLiteral("SQL Server Scan - fin-sql")}));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row, 0).data(SecretListModel::FolderIdRole).toInt(), 4);
}

void SecretListModelTest::filtersByFolderWithSubFolders()
{
    SecretFilter filter;
    filter.folderId = 1; // \Scan Credentials holds no secret itself
    filter.includeSubFolders = true;
    m_model->setFilter(filter);
    loadAll(*m_model);

    QCOMPARE(m_model->rowCount(), 13);
}

void SecretListModelTest::searchesByText()
{
    SecretFilter filter;
    filter.searchText = QStringLiteral("payroll");
    m_model->setFilter(filter);
    loadAll(*m_model);

    QCOMPARE(namesOf(*m_model), QStringList{QStringLiteral("Windows Scan - payroll01")});
}

void SecretListModelTest::showsCheckOutAndRestrictions()
{
    m_model->setPageSize(100);
    loadAll(*m_model);

    const int finSql = rowOf(*m_model, QStringLiteral("SQL Server Scan - fin-sql"));
    const int payroll = rowOf(*m_model, QStringLiteral("Windows Scan - payroll01"));
    const int vault = rowOf(*m_model, QStringLiteral("Unix Scan - vault01"));
    QVERIFY(finSql >= 0 && payroll >= 0 && vault >= 0);

    const QModelIndex finSqlIndex = m_model->index(finSql, SecretListModel::CheckedOutColumn);
    QVERIFY(finSqlIndex.data(SecretListModel::CheckedOutRole).toBool());
    QVERIFY2(finSqlIndex.data().toString().contains(QLatin1String("Jane"))
                 || finSqlIndex.data().toString().contains(QLatin1String("jdoe")),
             qPrintable(finSqlIndex.data().toString()));
    QVERIFY(m_model->index(payroll, 0).data(SecretListModel::RequiresApprovalRole).toBool());
    QVERIFY(m_model->index(vault, 0).data(SecretListModel::DoubleLockRole).toBool());
    const QModelIndex restrictions = m_model->index(vault, SecretListModel::RestrictionsColumn);
    QVERIFY(!restrictions.data().toString().isEmpty());
}

void SecretListModelTest::neverHoldsAPassword()
{
    m_model->setPageSize(100);
    loadAll(*m_model);
    QCOMPARE(m_model->rowCount(), SeedSecretCount);

    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            for (int role = 0; role < ModelRow::FirstModelRole + 64; ++role) {
                const QString value = m_model->index(row, column).data(role).toString();
                for (const QString &password : SeedPasswords)
                    QVERIFY2(!value.contains(password), qPrintable(QString::number(role)));
            }
        }
    }
}

void SecretListModelTest::proxyFiltersLocally()
{
    m_model->setPageSize(100);
    loadAll(*m_model);
    SecretFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());

    proxy.setQuickText(QStringLiteral("ORACLE"));
    QCOMPARE(namesOf(proxy), QStringList{QStringLiteral("Qualys Oracle Scan - erp-db")});

    proxy.setQuickText({});
    proxy.setOnlyCheckedOut(true);
    QCOMPARE(namesOf(proxy), QStringList{QStringLiteral("SQL Server Scan - fin-sql")});

    proxy.setOnlyCheckedOut(false);
    proxy.setOnlyRestricted(true);
    QVERIFY(namesOf(proxy).contains(QStringLiteral("Windows Scan - hr01")));
    QVERIFY(!namesOf(proxy).contains(QStringLiteral("Qualys Windows Domain Scan")));
}

void SecretListModelTest::proxyForwardsSortToServer()
{
    SecretFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    proxy.sort(SecretListModel::TemplateColumn, Qt::AscendingOrder);

    QCOMPARE(m_model->sortColumn(), int(SecretListModel::TemplateColumn));
    QCOMPARE(reset.count(), 1);
    waitIdle(*m_model);
}

void SecretListModelTest::errorRowStaysUntilRetry()
{
    QVERIFY(m_fixture.setFaults(0, 1.0));
    m_model->reload();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->status() == RemoteListModel::Status::Failed,
                             ModelAnswerMs);

    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(ModelFixture::kindOf(*m_model, 0), ModelRow::Kind::Error);
    QVERIFY(!m_model->errorMessage().isEmpty());
    QVERIFY(!m_model->canFetchMore({}));

    QVERIFY(m_fixture.setFaults(0, 0.0));
    QVERIFY(m_model->setData(m_model->index(0, 0), true, ModelRow::RetryRole));
    waitIdle(*m_model);

    QCOMPARE(m_model->rowCount(), 5);
    QVERIFY(!ModelFixture::hasRowOfKind(*m_model, ModelRow::Kind::Error));
}

void SecretListModelTest::passesModelTesterThroughFailureAndRetry()
{
    SecretListModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());
    model.setPageSize(4);
    QVERIFY(m_fixture.setFaults(ModelRow::LoadingRowDelayMs + 1000, 1.0));

    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(ModelFixture::hasRowOfKind(model, ModelRow::Kind::Loading),
                             ModelAnswerMs);
    QTRY_VERIFY_WITH_TIMEOUT(model.status() == RemoteListModel::Status::Failed, ModelAnswerMs);
    QCOMPARE(ModelFixture::kindOf(model, model.rowCount() - 1), ModelRow::Kind::Error);

    QVERIFY(m_fixture.setFaults(0, 0.0));
    model.retry();
    waitIdle(model);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        waitIdle(model);
    }
    QCOMPARE(model.rowCount(), SeedSecretCount);
}

QTEST_GUILESS_MAIN(SecretListModelTest)
#include "SecretListModelTest.moc"

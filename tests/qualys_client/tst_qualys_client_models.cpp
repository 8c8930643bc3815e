// AuthVaultModel over the sandbox: rows from the vault list, under QAbstractItemModelTester.

#include "QualysClientFixture.h"
#include "qualys/AuthVaultModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace qualys;

class QualysModelsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vaultModelListsACreatedVault();
    void vaultModelReportsALoginError();

private:
    QualysClientFixture m_fixture;
};

void QualysModelsTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void QualysModelsTest::vaultModelListsACreatedVault()
{
    const int id = m_fixture.createVault(QStringLiteral("Modelled"));
    QVERIFY(id > 0);
    AuthVaultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_fixture.client());
    QSignalSpy loaded(&model, &AuthVaultModel::loaded);

    model.reload();

    QVERIFY(loaded.wait(QualysClientFixture::AnswerMs));
    QVERIFY(loaded.first().at(0).toBool());
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex title = model.index(row, AuthVaultModel::TitleColumn);
        if (title.data(AuthVaultModel::VaultIdRole).toInt() == id)
            found = title.data().toString().startsWith(QLatin1String("Modelled"));
    }
    QVERIFY(found);
}

void QualysModelsTest::vaultModelReportsALoginError()
{
    const auto client = m_fixture.makeClient(QStringLiteral("not-the-password"));
    AuthVaultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(client.get());
    QSignalSpy loaded(&model, &AuthVaultModel::loaded);

    model.reload();

    QVERIFY(loaded.wait(QualysClientFixture::AnswerMs));
    QVERIFY(!loaded.first().at(0).toBool());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.errorMessage().isEmpty());
}

QTEST_GUILESS_MAIN(QualysModelsTest)
#include "tst_qualys_client_models.moc"

#include "ModelFixture.h"
#include "models/FolderTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

QModelIndex childNamed(const QAbstractItemModel &model, const QString &name,
                       const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

} // namespace

// Specification of the lazy folder tree against the sandbox's seed estate:
// \Scan Credentials\{Windows, Unix, Databases} and \IT Operations.
class FolderTreeModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void requestsNothingUntilAsked();
    void loadsTopLevelFoldersSorted();
    void loadsChildrenOnlyWhenExpanded();
    void exposesIdPathAndInheritance();
    void fetchesEachFolderOnce();
    void showsLoadingRowWhileSlow();
    void keepsErrorRowUntilRetry();
    void retryThroughRoleRecovers();
    void withoutClientShowsErrorRow();
    void passesModelTesterThroughFailureAndRetry();

private:
    void loadTop();

    ModelFixture m_fixture;
    std::unique_ptr<FolderTreeModel> m_model;
};

void FolderTreeModelTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void FolderTreeModelTest::init()
{
    // No QAbstractItemModelTester here: it walks (and so fetches) every node, which would
    // hide whether the model itself fetches lazily. passesModelTester() runs it.
    m_model = std::make_unique<FolderTreeModel>();
    m_model->setClient(m_fixture.client());
}

void FolderTreeModelTest::cleanup()
{
    QVERIFY(m_fixture.setFaults(0, 0.0));
    m_model.reset();
}

void FolderTreeModelTest::loadTop()
{
    QSignalSpy loaded(m_model.get(), &FolderTreeModel::childrenLoaded);
    m_model->fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), ModelAnswerMs);
}

void FolderTreeModelTest::requestsNothingUntilAsked()
{
    QVERIFY(m_model->canFetchMore({}));
    QVERIFY(m_model->hasChildren({}));
    QCOMPARE(m_model->rowCount(), 0);
}

void FolderTreeModelTest::loadsTopLevelFoldersSorted()
{
    loadTop();

    QCOMPARE(childNames(*m_model),
             (QStringList{QStringLiteral("IT Operations"), QStringLiteral("Scan Credentials")}));
    QVERIFY(!m_model->canFetchMore({}));
}

void FolderTreeModelTest::loadsChildrenOnlyWhenExpanded()
{
    loadTop();
    const QModelIndex scan = childNamed(*m_model, QStringLiteral("Scan Credentials"));
    QVERIFY(scan.isValid());
    QCOMPARE(m_model->rowCount(scan), 0);
    QVERIFY(m_model->hasChildren(scan));

    QSignalSpy loaded(m_model.get(), &FolderTreeModel::childrenLoaded);
    m_model->fetchMore(scan);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), ModelAnswerMs);

    QCOMPARE(childNames(*m_model, scan),
             (QStringList{QStringLiteral("Databases"), QStringLiteral("Unix"),
                          QStringLiteral("Windows")}));
}

void FolderTreeModelTest::exposesIdPathAndInheritance()
{
    loadTop();
    const QModelIndex scan = childNamed(*m_model, QStringLiteral("Scan Credentials"));
    QSignalSpy loaded(m_model.get(), &FolderTreeModel::childrenLoaded);
    m_model->fetchMore(scan);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), ModelAnswerMs);

    const QModelIndex windows = childNamed(*m_model, QStringLiteral("Windows"), scan);

    QCOMPARE(scan.data(FolderTreeModel::FolderIdRole).toInt(), 1);
    QCOMPARE(scan.data(FolderTreeModel::InheritsPermissionsRole).toBool(), false);
    QCOMPARE(windows.data(FolderTreeModel::FolderIdRole).toInt(), 2);
    QCOMPARE(windows.data(FolderTreeModel::ParentFolderIdRole).toInt(), 1);
    QCOMPARE(windows.data(FolderTreeModel::InheritsPermissionsRole).toBool(), true);
    QVERIFY2(windows.data(FolderTreeModel::FolderPathRole).toString().endsWith(
                 QLatin1String("Windows")),
             qPrintable(windows.data(FolderTreeModel::FolderPathRole).toString()));
    QCOMPARE(m_model->indexOfFolder(2), windows);
}

void FolderTreeModelTest::fetchesEachFolderOnce()
{
    loadTop();
    const QModelIndex ops = childNamed(*m_model, QStringLiteral("IT Operations"));
    QSignalSpy loaded(m_model.get(), &FolderTreeModel::childrenLoaded);

    m_model->fetchMore(ops);
    QVERIFY(!m_model->canFetchMore(ops));
    m_model->fetchMore(ops);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), ModelAnswerMs);

    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_model->rowCount(ops), 0);
    QVERIFY(!m_model->hasChildren(ops));
}

void FolderTreeModelTest::showsLoadingRowWhileSlow()
{
    QVERIFY(m_fixture.setFaults(2 * ModelRow::LoadingRowDelayMs + 1500, 0.0));
    QSignalSpy loaded(m_model.get(), &FolderTreeModel::childrenLoaded);

    m_model->fetchMore({});

    QTRY_VERIFY_WITH_TIMEOUT(ModelFixture::hasRowOfKind(*m_model, ModelRow::Kind::Loading),
                             ModelAnswerMs);
    QVERIFY(m_model->isLoading({}));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), ModelAnswerMs);
    QVERIFY(!ModelFixture::hasRowOfKind(*m_model, ModelRow::Kind::Loading));
    QCOMPARE(m_model->rowCount(), 2);
}

void FolderTreeModelTest::keepsErrorRowUntilRetry()
{
    QVERIFY(m_fixture.setFaults(0, 1.0));
    QSignalSpy failed(m_model.get(), &FolderTreeModel::childrenFailed);
    m_model->fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), ModelAnswerMs);

    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(ModelFixture::kindOf(*m_model, 0), ModelRow::Kind::Error);
    QVERIFY(!m_model->index(0, 0).data(ModelRow::ErrorMessageRole).toString().isEmpty());
    QVERIFY(!m_model->canFetchMore({}));

    QVERIFY(m_fixture.setFaults(0, 0.0));
    QCOMPARE(ModelFixture::kindOf(*m_model, 0), ModelRow::Kind::Error);
    QSignalSpy loaded(m_model.get(), &FolderTreeModel::childrenLoaded);
    m_model->retry(m_model->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), ModelAnswerMs);

    QCOMPARE(childNames(*m_model),
             (QStringList{QStringLiteral("IT Operations"), QStringLiteral("Scan Credentials")}));
}

void FolderTreeModelTest::retryThroughRoleRecovers()
{
    loadTop();
    const QModelIndex scan = childNamed(*m_model, QStringLiteral("Scan Credentials"));
    QVERIFY(m_fixture.setFaults(0, 1.0));
    QSignalSpy failed(m_model.get(), &FolderTreeModel::childrenFailed);
    m_model->fetchMore(scan);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), ModelAnswerMs);
    QCOMPARE(ModelFixture::kindOf(*m_model, 0, scan), ModelRow::Kind::Error);

    QVERIFY(m_fixture.setFaults(0, 0.0));
    QSignalSpy loaded(m_model.get(), &FolderTreeModel::childrenLoaded);
    QVERIFY(m_model->setData(m_model->index(0, 0, scan), true, ModelRow::RetryRole));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), ModelAnswerMs);

    QCOMPARE(m_model->rowCount(scan), 3);
    QVERIFY(!ModelFixture::hasRowOfKind(*m_model, ModelRow::Kind::Error, scan));
}

void FolderTreeModelTest::withoutClientShowsErrorRow()
{
    FolderTreeModel offline;
    QAbstractItemModelTester tester(&offline,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    offline.fetchMore({});

    QCOMPARE(offline.rowCount(), 1);
    QCOMPARE(ModelFixture::kindOf(offline, 0), ModelRow::Kind::Error);
}

void FolderTreeModelTest::passesModelTesterThroughFailureAndRetry()
{
    FolderTreeModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_fixture.setFaults(0, 1.0));
    QSignalSpy failed(&model, &FolderTreeModel::childrenFailed);

    model.setClient(m_fixture.client()); // the tester fetches the top level on reset
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), ModelAnswerMs);
    QCOMPARE(ModelFixture::kindOf(model, 0), ModelRow::Kind::Error);

    QVERIFY(m_fixture.setFaults(0, 0.0));
    model.retry(model.index(0, 0));
    // The tester walks and so loads every folder: all five appear.
    QTRY_VERIFY_WITH_TIMEOUT(model.indexOfFolder(4).isValid() && model.indexOfFolder(5).isValid()
                                 && model.indexOfFolder(2).isValid(),
                             ModelAnswerMs);
    QVERIFY(!ModelFixture::hasRowOfKind(model, ModelRow::Kind::Error));
}

QTEST_GUILESS_MAIN(FolderTreeModelTest)
#include "FolderTreeModelTest.moc"

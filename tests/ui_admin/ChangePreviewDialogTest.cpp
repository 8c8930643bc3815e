#include "ModelFixture.h"
#include "admin/ChangePreviewDialog.h"
#include "admin/SecretSecurityPage.h"
#include "admin/SettingsDialog.h"
#include "changes/FolderChanges.h"
#include "core/ConsoleSettings.h"
#include "secretserver/RestClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace secretserver;

namespace {

constexpr int WaitMs = 30000;
const Principal Qualys{false, 2, QStringLiteral("svc-qualys")};

std::unique_ptr<ServerChange> grantOnDatabases()
{
    return std::make_unique<FolderAccessChange>(4, QStringLiteral("Databases"), Qualys,
                                                FolderAccessChange::Action::Set);
}

} // namespace

class ChangePreviewDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewListsTheChangeBeforeAnythingIsSent();
    void cancelAppliesNothing();
    void confirmAppliesAndAsksForReRead();
    void repeatSaysNothingToDo();
    void settingsDialogWritesConsoleSettings();
    void securityPageAppliesRequireComment();

private:
    bool hasQualysOnDatabases();

    ModelFixture m_fixture;
};

void ChangePreviewDialogTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

bool ChangePreviewDialogTest::hasQualysOnDatabases()
{
    std::optional<Result<Page<FolderPermission>>> answer;
    QObject context;
    FolderPermissionQuery query;
    query.folderId = 4;
    m_fixture.client()->searchFolderPermissions(
            query, &context,
            [&answer](const Result<Page<FolderPermission>> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, WaitMs))
        return false;
    return std::any_of(answer->value.records.cbegin(), answer->value.records.cend(),
                       [](const FolderPermission &p) { return p.userId == 2; });
}

void ChangePreviewDialogTest::previewListsTheChangeBeforeAnythingIsSent()
{
    ChangePreviewDialog dialog(m_fixture.client(), QStringLiteral("Grant"));
    dialog.addChange(grantOnDatabases());
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ChangePreviewDialog::Stage::Previewing, WaitMs);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.lines().join(u'|').contains(QStringLiteral("Grant svc-qualys View on folder "
                                                               "Databases")),
             qPrintable(dialog.lines().join(u'|')));
    QVERIFY(dialog.lines().join(u'|').contains(QStringLiteral("now: no access")));
    QVERIFY(!hasQualysOnDatabases());
}

void ChangePreviewDialogTest::cancelAppliesNothing()
{
    ChangePreviewDialog dialog(m_fixture.client(), QStringLiteral("Grant"));
    dialog.addChange(grantOnDatabases());
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ChangePreviewDialog::Stage::Previewing, WaitMs);
    dialog.cancelChanges();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!hasQualysOnDatabases());
}

void ChangePreviewDialogTest::confirmAppliesAndAsksForReRead()
{
    ChangePreviewDialog dialog(m_fixture.client(), QStringLiteral("Grant"));
    QSignalSpy applied(&dialog, &ChangePreviewDialog::changesApplied);
    dialog.addChange(grantOnDatabases());
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ChangePreviewDialog::Stage::Previewing, WaitMs);
    dialog.confirm();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ChangePreviewDialog::Stage::Done, WaitMs);
    QCOMPARE(applied.count(), 1);
    QVERIFY2(dialog.lines().first().endsWith(QStringLiteral("applied")),
             qPrintable(dialog.lines().first()));
    QVERIFY(hasQualysOnDatabases());
}

void ChangePreviewDialogTest::repeatSaysNothingToDo()
{
    ChangePreviewDialog dialog(m_fixture.client(), QStringLiteral("Grant"));
    dialog.addChange(grantOnDatabases());
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ChangePreviewDialog::Stage::NothingToDo, WaitMs);
    QVERIFY(dialog.lines().first().contains(QStringLiteral("already in place")));
}

void ChangePreviewDialogTest::settingsDialogWritesConsoleSettings()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
    SettingsDialog dialog(&settings);
    const auto spins = dialog.findChildren<QSpinBox *>();
    QCOMPARE(spins.size(), 3);
    spins.at(0)->setValue(45);
    spins.at(1)->setValue(0);
    spins.at(2)->setValue(2);
    auto *language = dialog.findChild<QComboBox *>();
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    dialog.save();
    QCOMPARE(settings.clipboardClearSeconds(), 45);
    QCOMPARE(settings.idleLockMinutes(), 0);
    QCOMPARE(settings.maxParallelRequests(), 2);
    QCOMPARE(settings.language(), QStringLiteral("fr"));
}

void ChangePreviewDialogTest::securityPageAppliesRequireComment()
{
    SecretSummary secret;
    secret.id = 12;
    secret.name = QStringLiteral("Unix Scan - bastion01");
    secret.folderId = 3;
    SecretSecurityPage page;
    QSignalSpy changed(&page, &SecretPage::secretChanged);
    page.showSecret(m_fixture.client(), secret);
    QVERIFY(page.isEnabled());
    const auto boxes = page.findChildren<QCheckBox *>();
    QCheckBox *comment = nullptr;
    for (QCheckBox *box : boxes) {
        if (box->text().contains(QStringLiteral("co&mment")))
            comment = box;
    }
    QVERIFY(comment);
    comment->setChecked(true);
    page.reviewChanges();
    QVERIFY(page.previewDialog());
    QTRY_COMPARE_WITH_TIMEOUT(page.previewDialog()->stage(),
                              ChangePreviewDialog::Stage::Previewing, WaitMs);
    QVERIFY2(page.previewDialog()->lines().join(u'|').contains(
                     QStringLiteral("Require comment on secret Unix Scan - bastion01: on")),
             qPrintable(page.previewDialog()->lines().join(u'|')));
    page.previewDialog()->confirm();
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, WaitMs);
    QCOMPARE(changed.first().first().toInt(), 12);
}

QTEST_MAIN(ChangePreviewDialogTest)
#include "ChangePreviewDialogTest.moc"

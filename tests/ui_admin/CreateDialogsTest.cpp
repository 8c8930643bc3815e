#include "ModelFixture.h"
#include "admin/ChangePreviewDialog.h"
#include "admin/CreateFolderDialog.h"
#include "admin/CreateSecretDialog.h"
#include "secretserver/RestClient.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace secretserver;

namespace {

constexpr int WaitMs = 30000;
constexpr int ScanCredentials = 1;
constexpr int Unix = 3;
const QString Password = QStringLiteral("Dialog-Test-Pw-7731!");

bool waitForStage(ChangePreviewDialog *const *dialog, ChangePreviewDialog::Stage stage)
{
    return QTest::qWaitFor([dialog, stage] { return *dialog && (*dialog)->stage() == stage; },
                           WaitMs);
}

} // namespace

// The folder and secret creation dialogs offscreen against one sandbox: each ends in the
// change preview; confirmed, the object is on the server; cancelled, nothing is.
class CreateDialogsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void folderDialogCreatesTheFolder();
    void cancelledFolderPreviewCreatesNothing();
    void secretDialogMasksThePasswordField();
    void secretPreviewShowsNoPasswordValue();
    void secretDialogCreatesTheSecret();

private:
    QList<Folder> foldersNamed(const QString &name);
    QList<SecretSummary> secretsNamed(const QString &name, int folderId);
    // A secret dialog filled for a Unix scan credential in folder Unix, ready to review.
    std::unique_ptr<CreateSecretDialog> filledSecretDialog(const QString &name);

    ModelFixture m_fixture;
};

void CreateDialogsTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

QList<Folder> CreateDialogsTest::foldersNamed(const QString &name)
{
    std::optional<Result<Page<Folder>>> answer;
    QObject context;
    FolderQuery query;
    query.searchText = name;
    query.page.allPages = true;
    m_fixture.client()->searchFolders(query, &context,
                                      [&answer](const Result<Page<Folder>> &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, WaitMs))
        return {};
    QList<Folder> found;
    for (const Folder &folder : answer->value.records) {
        if (folder.name == name)
            found << folder;
    }
    return found;
}

QList<SecretSummary> CreateDialogsTest::secretsNamed(const QString &name, int folderId)
{
    std::optional<Result<Page<SecretSummary>>> answer;
    QObject context;
    SecretQuery query;
    query.searchText = name;
    query.folderId = folderId;
    query.page.allPages = true;
    m_fixture.client()->searchSecrets(
            query, &context, [&answer](const Result<Page<SecretSummary>> &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, WaitMs))
        return {};
    QList<SecretSummary> found;
    for (const SecretSummary &secret : answer->value.records) {
        if (secret.name == name)
            found << secret;
    }
    return found;
}

void CreateDialogsTest::folderDialogCreatesTheFolder()
{
    CreateFolderDialog dialog(m_fixture.client(), ScanCredentials);
    QSignalSpy created(&dialog, &CreateFolderDialog::created);
    dialog.open();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.foldersLoaded(), WaitMs);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("parent"))->currentData().toInt(),
             ScanCredentials);
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("AIX"));
    dialog.review();
    ChangePreviewDialog *preview = dialog.previewDialog();
    QVERIFY(waitForStage(&preview, ChangePreviewDialog::Stage::Previewing));
    QVERIFY2(preview->lines().join(u'|').contains(
                     QStringLiteral("Create folder AIX in \\Scan Credentials")),
             qPrintable(preview->lines().join(u'|')));
    preview->confirm();
    QVERIFY(waitForStage(&preview, ChangePreviewDialog::Stage::Done));
    QCOMPARE(created.count(), 1);

    const QList<Folder> found = foldersNamed(QStringLiteral("AIX"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().parentId, ScanCredentials);
}

void CreateDialogsTest::cancelledFolderPreviewCreatesNothing()
{
    CreateFolderDialog dialog(m_fixture.client(), ScanCredentials);
    dialog.open();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.foldersLoaded(), WaitMs);
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("HP-UX"));
    dialog.review();
    ChangePreviewDialog *preview = dialog.previewDialog();
    QVERIFY(waitForStage(&preview, ChangePreviewDialog::Stage::Previewing));
    preview->cancelChanges();
    QVERIFY(dialog.isVisible()); // the input stays to edit
    QVERIFY(foldersNamed(QStringLiteral("HP-UX")).isEmpty());
}

std::unique_ptr<CreateSecretDialog> CreateDialogsTest::filledSecretDialog(const QString &name)
{
    auto dialog = std::make_unique<CreateSecretDialog>(m_fixture.client(), Unix);
    dialog->open();
    if (!QTest::qWaitFor([&dialog] { return dialog->isReady(); }, WaitMs)
        || !dialog->selectTemplate(QStringLiteral("Unix"))
        || !QTest::qWaitFor([&dialog] { return dialog->isReady(); }, WaitMs))
        return nullptr;
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
    QLineEdit *machine = dialog->fieldEditor(QStringLiteral("machine"));
    QLineEdit *user = dialog->fieldEditor(QStringLiteral("username"));
    QLineEdit *password = dialog->fieldEditor(QStringLiteral("password"));
    if (!machine || !user || !password)
        return nullptr;
    machine->setText(QStringLiteral("192.0.2.99"));
    user->setText(QStringLiteral("qualys"));
    password->setText(Password);
    return dialog;
}

void CreateDialogsTest::secretDialogMasksThePasswordField()
{
    const auto dialog = filledSecretDialog(QStringLiteral("Qualys Unix Scan - mask01"));
    QVERIFY(dialog);
    QCOMPARE(dialog->fieldEditor(QStringLiteral("password"))->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog->fieldEditor(QStringLiteral("machine"))->echoMode(), QLineEdit::Normal);
}

void CreateDialogsTest::secretPreviewShowsNoPasswordValue()
{
    const QString name = QStringLiteral("Qualys Unix Scan - preview01");
    const auto dialog = filledSecretDialog(name);
    QVERIFY(dialog);
    dialog->review();
    ChangePreviewDialog *preview = dialog->previewDialog();
    QVERIFY(waitForStage(&preview, ChangePreviewDialog::Stage::Previewing));
    const QString lines = preview->lines().join(u'|');
    QVERIFY2(lines.contains(QStringLiteral("Password: set")), qPrintable(lines));
    QVERIFY(!lines.contains(Password));
    const auto labels = preview->findChildren<QWidget *>();
    for (const QWidget *widget : labels)
        QVERIFY(!widget->accessibleName().contains(Password));
    preview->cancelChanges();
    QVERIFY(secretsNamed(name, Unix).isEmpty());
}

void CreateDialogsTest::secretDialogCreatesTheSecret()
{
    const QString name = QStringLiteral("Qualys Unix Scan - app09");
    const auto dialog = filledSecretDialog(name);
    QVERIFY(dialog);
    QSignalSpy created(dialog.get(), &CreateSecretDialog::created);
    dialog->review();
    ChangePreviewDialog *preview = dialog->previewDialog();
    QVERIFY(waitForStage(&preview, ChangePreviewDialog::Stage::Previewing));
    QVERIFY2(preview->lines().join(u'|').contains(
                     QStringLiteral("Create secret Qualys Unix Scan - app09 from template Unix "
                                    "Account (SSH)")),
             qPrintable(preview->lines().join(u'|')));
    preview->confirm();
    QVERIFY(waitForStage(&preview, ChangePreviewDialog::Stage::Done));
    QCOMPARE(created.count(), 1);
    QVERIFY(!preview->lines().join(u'|').contains(Password));

    const QList<SecretSummary> found = secretsNamed(name, Unix);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().templateId, 6007);
}

QTEST_MAIN(CreateDialogsTest)
#include "CreateDialogsTest.moc"

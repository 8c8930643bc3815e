// The Qualys screen and its dialogs offscreen against the sandbox: the example vault and
// records appear once a connection and its keychain password exist, records are checked
// against Secret Server before they are sent, vaults are created and deleted through the
// dialogs, the connection editor keeps the password in the keychain only, and a withdrawn
// session empties the lists.

#include "QualysClientFixture.h"
#include "SandboxProcess.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "qualys/AuthRecordModel.h"
#include "qualys/AuthVaultModel.h"
#include "qualys/QualysClient.h"
#include "qualys/QualysConnectionDialog.h"
#include "qualys/QualysConnectionStore.h"
#include "qualys/QualysScreen.h"
#include "qualys/RecordDialog.h"
#include "qualys/VaultDialog.h"
#include "session/SandboxProfile.h"
#include "session/VaultSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace qualys;

namespace {
constexpr int AnswerMs = 30000;
const QString QualysPassword = QStringLiteral("Sandbox-Qualys-Api-1!");
const QString ExactSecret = QStringLiteral("Qualys Unix Scan - app01");
} // namespace

class TestQualysScreen final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheExampleVaultAndRecords();
    void createdRecordAppearsAfterReload();
    void wrongCaseSecretIsBlockedBeforeSending();
    void secretTheVaultAccountCannotViewIsBlocked();
    void unpairedProfileNeedsCreateAnyway();
    void recordIsEditedThroughTheDialog();
    void recordIsDeletedAfterConfirmation();
    void vaultIsCreatedAndDeletedThroughTheDialogs();
    void vaultWithoutPasswordIsNotSent();
    void connectionDialogPairsTheProfile();
    void connectionDialogKeepsThePasswordInTheKeychainOnly();
    void withdrawnSessionEmptiesTheLists();

private:
    bool waitForLists() const;
    QStringList column(const QAbstractItemModel *model, int column) const;
    std::optional<CredentialResult> readPassword(const QUuid &id);
    QList<AuthRecord> recordsViaApi(AuthRecordType type);
    RecordDialog *openRecordDialog(const QString &title, const QString &secretName);
    QString freshIp() { return QStringLiteral("10.213.7.%1").arg(++m_counter); }

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    CredentialStore m_credentials;
    std::unique_ptr<QualysConnectionStore> m_connections;
    std::unique_ptr<ProfileStore> m_profiles;
    QByteArray m_ready;
    ConnectionProfile m_profile;
    QualysConnection m_connection;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<QualysClient> m_api; // checks what reached Qualys, beside the screen
    std::unique_ptr<QualysScreen> m_screen;
    int m_counter = 0;
};

void TestQualysScreen::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_dir.isValid());
    m_ready = QJsonDocument(QJsonObject { { QStringLiteral("https"), m_sandbox.httpsPort() },
                                          { QStringLiteral("sha256"),
                                            QString::fromLatin1(m_sandbox.sha256Fingerprint()) } })
                      .toJson(QJsonDocument::Compact);
    m_connections
            = std::make_unique<QualysConnectionStore>(m_dir.filePath(QStringLiteral("qualys.ini")));
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));

    const auto profile = SandboxProfile::fromReadyLine(m_ready, std::nullopt);
    QVERIFY(profile);
    m_profile = *profile;
    const auto connection = SandboxProfile::qualysFromReadyLine(m_ready, std::nullopt);
    QVERIFY(connection);
    m_connection = *connection;
    m_profile.setQualysConnectionId(m_connection.id);
    QVERIFY(m_profiles->add(m_profile).isEmpty());
    QVERIFY(m_connections->save(m_connection).isEmpty());

    std::optional<CredentialResult> written;
    CredentialJob *job
            = m_credentials.write(m_connection.id, CredentialKind::Password, QualysPassword);
    connect(job, &CredentialJob::finished, this,
            [&written](const CredentialResult &result) { written = result; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), AnswerMs);
    QVERIFY2(written->ok(), qPrintable(written->message));

    m_session = std::make_unique<VaultSession>(m_profile, &m_credentials);
    m_session->signIn(QStringLiteral("Sandbox-Admin-1!"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), VaultSession::State::SignedIn, AnswerMs);

    m_api = std::make_unique<QualysClient>(QualysClientSettings::from(m_connection));
    m_api->setPassword(QualysPassword);
}

void TestQualysScreen::init()
{
    m_screen
            = std::make_unique<QualysScreen>(m_connections.get(), &m_credentials, m_profiles.get());
    m_screen->resize(1200, 800);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_screen->setSession(m_session.get());
}

void TestQualysScreen::cleanup()
{
    m_screen.reset();
}

bool TestQualysScreen::waitForLists() const
{
    return QTest::qWaitFor(
            [this] {
                return m_screen->client() && m_screen->vaultModel()->rowCount() > 0
                        && m_screen->recordModel()->rowCount() > 0
                        && !m_screen->recordModel()->isLoading();
            },
            AnswerMs);
}

QStringList TestQualysScreen::column(const QAbstractItemModel *model, int column) const
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

std::optional<CredentialResult> TestQualysScreen::readPassword(const QUuid &id)
{
    std::optional<CredentialResult> read;
    CredentialJob *job = m_credentials.read(id, CredentialKind::Password);
    connect(job, &CredentialJob::finished, this,
            [&read](const CredentialResult &result) { read = result; });
    if (!QTest::qWaitFor([&read] { return read.has_value(); }, AnswerMs))
        return std::nullopt;
    return read;
}

QList<AuthRecord> TestQualysScreen::recordsViaApi(AuthRecordType type)
{
    const auto reply = await<QList<AuthRecord>>(
            [&](QObject *context, auto done) { m_api->listRecords(type, context, done); });
    return reply.ok() ? reply.value : QList<AuthRecord>();
}

RecordDialog *TestQualysScreen::openRecordDialog(const QString &title, const QString &secretName)
{
    m_screen->createRecord();
    auto *dialog = qobject_cast<RecordDialog *>(m_screen->openDialog());
    if (!dialog)
        return nullptr;
    dialog->typeBox()->setCurrentIndex(
            dialog->typeBox()->findData(QVariant::fromValue(AuthRecordType::Unix)));
    dialog->titleField()->setText(title);
    dialog->ipsField()->setText(freshIp());
    dialog->userField()->setText(QStringLiteral("qualys"));
    dialog->vaultBox()->setCurrentIndex(
            dialog->vaultBox()->findText(QStringLiteral("Corp Secret Server")));
    dialog->secretField()->setText(secretName);
    return dialog;
}

void TestQualysScreen::listsTheExampleVaultAndRecords()
{
    QVERIFY2(waitForLists(), qPrintable(m_screen->statusLabel()->text()));

    QVERIFY(column(m_screen->vaultView()->model(), AuthVaultModel::TitleColumn)
                    .contains(QStringLiteral("Corp Secret Server")));
    const QStringList titles
            = column(m_screen->recordView()->model(), AuthRecordModel::TitleColumn);
    QVERIFY(titles.contains(QStringLiteral("Linux servers via Secret Server")));
    QVERIFY(titles.contains(QStringLiteral("Oracle ERPPROD via Secret Server")));
    QVERIFY(column(m_screen->recordView()->model(), AuthRecordModel::SecretNameColumn)
                    .contains(ExactSecret));
}

void TestQualysScreen::createdRecordAppearsAfterReload()
{
    QVERIFY2(waitForLists(), qPrintable(m_screen->statusLabel()->text()));
    const QString title = QStringLiteral("app01 via screen %1").arg(m_counter);
    RecordDialog *dialog = openRecordDialog(title, ExactSecret);
    QVERIFY(dialog);
    QVERIFY(dialog->vaultBox()->currentIndex() >= 0);
    QSignalSpy checked(dialog, &RecordDialog::checked);
    QSignalSpy saved(dialog, &RecordDialog::saved);

    dialog->buttons()->button(QDialogButtonBox::Ok)->click();

    QVERIFY(checked.wait(AnswerMs));
    const QList<Finding> findings = dialog->findings();
    QStringList codes;
    for (const Finding &finding : findings)
        codes << finding.code;
    QVERIFY2(worstSeverity(findings) == Finding::Severity::Info, qPrintable(codes.join(u' ')));
    QVERIFY(saved.wait(AnswerMs));
    QTRY_VERIFY_WITH_TIMEOUT(
            column(m_screen->recordModel(), AuthRecordModel::TitleColumn).contains(title),
            AnswerMs);

    bool viaApi = false;
    for (const AuthRecord &record : recordsViaApi(AuthRecordType::Unix))
        viaApi = viaApi || (record.title == title && record.secretName == ExactSecret);
    QVERIFY(viaApi);
}

void TestQualysScreen::wrongCaseSecretIsBlockedBeforeSending()
{
    QVERIFY2(waitForLists(), qPrintable(m_screen->statusLabel()->text()));
    const QString title = QStringLiteral("app01 wrong case %1").arg(m_counter);
    RecordDialog *dialog = openRecordDialog(title, QStringLiteral("qualys unix scan - app01"));
    QVERIFY(dialog);
    const QPointer<RecordDialog> guard(dialog);
    QSignalSpy checked(dialog, &RecordDialog::checked);
    QSignalSpy saved(dialog, &RecordDialog::saved);

    dialog->save();

    QVERIFY(checked.wait(AnswerMs));
    // Whatever was sent has had its answer (a sent create would close the dialog).
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isBusy(), AnswerMs);
    QVERIFY(guard);
    QVERIFY(hasBlocker(dialog->findings()));
    QStringList codes;
    for (const Finding &finding : dialog->findings())
        codes << finding.code;
    // The secret exists, but only in another case: the scanner would not find it.
    QVERIFY2(codes.contains(QStringLiteral("secret.name-mismatch")), qPrintable(codes.join(u' ')));
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog->findingList()->count() > 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(saved.size(), 0);
    for (const AuthRecord &record : recordsViaApi(AuthRecordType::Unix))
        QVERIFY(record.title != title);
}

void TestQualysScreen::secretTheVaultAccountCannotViewIsBlocked()
{
    QVERIFY2(waitForLists(), qPrintable(m_screen->statusLabel()->text()));
    const QString title = QStringLiteral("core-jump01 via screen %1").arg(m_counter);
    RecordDialog *dialog = openRecordDialog(title, QStringLiteral("Unix Root - core-jump01"));
    QVERIFY(dialog);
    dialog->userField()->setText(QStringLiteral("root"));
    const QPointer<RecordDialog> guard(dialog);
    QSignalSpy checked(dialog, &RecordDialog::checked);

    dialog->save();

    QVERIFY(checked.wait(AnswerMs));
    // Whatever was sent has had its answer (a sent create would close the dialog).
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isBusy(), AnswerMs);
    QVERIFY(guard);
    QVERIFY(hasBlocker(dialog->findings()));
    QStringList codes;
    for (const Finding &finding : dialog->findings())
        codes << finding.code;
    QVERIFY2(codes.contains(QStringLiteral("access.list-only")), qPrintable(codes.join(u' ')));
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    for (const AuthRecord &record : recordsViaApi(AuthRecordType::Unix))
        QVERIFY(record.title != title);
}

void TestQualysScreen::unpairedProfileNeedsCreateAnyway()
{
    QVERIFY2(waitForLists(), qPrintable(m_screen->statusLabel()->text()));
    ConnectionProfile unpaired = *m_profiles->profile(m_profile.id());
    unpaired.setQualysConnectionId({});
    QVERIFY(m_profiles->update(unpaired).isEmpty());
    const QString title = QStringLiteral("app01 unpaired %1").arg(++m_counter);
    RecordDialog *dialog = openRecordDialog(title, ExactSecret);
    unpaired.setQualysConnectionId(m_connection.id); // restored before any check can fail
    QVERIFY(m_profiles->update(unpaired).isEmpty());
    QVERIFY(dialog);
    const QPointer<RecordDialog> guard(dialog);
    QSignalSpy checked(dialog, &RecordDialog::checked);
    QSignalSpy saved(dialog, &RecordDialog::saved);

    dialog->save();

    QVERIFY(checked.wait(AnswerMs));
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isBusy(), AnswerMs);
    QVERIFY(guard);
    QCOMPARE(worstSeverity(dialog->findings()), Finding::Severity::Warning);
    QVERIFY(dialog->anywayBox()->isVisible());
    QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(saved.size(), 0);

    dialog->anywayBox()->setChecked(true);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();

    QVERIFY(saved.wait(AnswerMs));
    bool viaApi = false;
    for (const AuthRecord &record : recordsViaApi(AuthRecordType::Unix))
        viaApi = viaApi || record.title == title;
    QVERIFY(viaApi);
}

void TestQualysScreen::recordIsEditedThroughTheDialog()
{
    QVERIFY2(waitForLists(), qPrintable(m_screen->statusLabel()->text()));
    const QString title = QStringLiteral("app01 to edit %1").arg(++m_counter);
    RecordDialog *dialog = openRecordDialog(title, ExactSecret);
    QVERIFY(dialog);
    QSignalSpy created(dialog, &RecordDialog::saved);
    dialog->save();
    QVERIFY(created.wait(AnswerMs));
    const int id = created.first().at(1).toInt();
    QTRY_VERIFY_WITH_TIMEOUT(m_screen->recordModel()->rowOf(AuthRecordType::Unix, id) >= 0,
                             AnswerMs);

    m_screen->editRecord(m_screen->recordModel()->rowOf(AuthRecordType::Unix, id));
    auto *editor = qobject_cast<RecordDialog *>(m_screen->openDialog());
    QVERIFY(editor);
    QCOMPARE(editor->titleField()->text(), title);
    QCOMPARE(editor->secretField()->text(), ExactSecret);
    QVERIFY(!editor->typeBox()->isEnabled());
    const QString renamed = title + QStringLiteral(" renamed");
    editor->titleField()->setText(renamed);
    QSignalSpy saved(editor, &RecordDialog::saved);
    editor->save();

    QVERIFY(saved.wait(AnswerMs));
    QTRY_VERIFY_WITH_TIMEOUT(
            column(m_screen->recordModel(), AuthRecordModel::TitleColumn).contains(renamed),
            AnswerMs);
}

void TestQualysScreen::recordIsDeletedAfterConfirmation()
{
    QVERIFY2(waitForLists(), qPrintable(m_screen->statusLabel()->text()));
    const QString title = QStringLiteral("app01 to delete %1").arg(++m_counter);
    RecordDialog *dialog = openRecordDialog(title, ExactSecret);
    QVERIFY(dialog);
    QSignalSpy created(dialog, &RecordDialog::saved);
    dialog->save();
    QVERIFY(created.wait(AnswerMs));
    const int id = created.first().at(1).toInt();
    QTRY_VERIFY_WITH_TIMEOUT(m_screen->recordModel()->rowOf(AuthRecordType::Unix, id) >= 0,
                             AnswerMs);

    m_screen->deleteRecord(m_screen->recordModel()->rowOf(AuthRecordType::Unix, id));
    auto *confirmation = qobject_cast<QMessageBox *>(m_screen->openDialog());
    QVERIFY(confirmation);
    // Nothing is deleted until the person confirms.
    bool stillThere = false;
    for (const AuthRecord &record : recordsViaApi(AuthRecordType::Unix))
        stillThere = stillThere || record.id == id;
    QVERIFY(stillThere);
    confirmation->button(QMessageBox::Yes)->click();

    QTRY_VERIFY_WITH_TIMEOUT(m_screen->recordModel()->rowOf(AuthRecordType::Unix, id) < 0
                                     && !m_screen->recordModel()->isLoading()
                                     && m_screen->recordModel()->rowCount() > 0,
                             AnswerMs);
    for (const AuthRecord &record : recordsViaApi(AuthRecordType::Unix))
        QVERIFY(record.id != id);
}

void TestQualysScreen::vaultIsCreatedAndDeletedThroughTheDialogs()
{
    QVERIFY2(waitForLists(), qPrintable(m_screen->statusLabel()->text()));
    m_screen->createVault();
    auto *dialog = qobject_cast<VaultDialog *>(m_screen->openDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->urlField()->text().endsWith(QStringLiteral("/webservices/SSWebService.asmx")));
    QVERIFY(dialog->urlField()->text().contains(QString::number(m_sandbox.httpsPort())));
    const QString title = QStringLiteral("Screen vault %1").arg(++m_counter);
    dialog->titleField()->setText(title);
    dialog->userField()->setText(QStringLiteral("svc-qualys"));
    dialog->passwordField()->setText(QStringLiteral("Vault-Password-1!"));
    QSignalSpy saved(dialog, &VaultDialog::saved);

    dialog->buttons()->button(QDialogButtonBox::Ok)->click();

    QVERIFY(saved.wait(AnswerMs));
    QTRY_VERIFY_WITH_TIMEOUT(
            column(m_screen->vaultModel(), AuthVaultModel::TitleColumn).contains(title), AnswerMs);

    const int row = int(column(m_screen->vaultModel(), AuthVaultModel::TitleColumn).indexOf(title));
    m_screen->deleteVault(row);
    auto *confirmation = qobject_cast<QMessageBox *>(m_screen->openDialog());
    QVERIFY(confirmation);
    confirmation->button(QMessageBox::Yes)->click();

    QTRY_VERIFY_WITH_TIMEOUT(
            !column(m_screen->vaultModel(), AuthVaultModel::TitleColumn).contains(title), AnswerMs);
    QVERIFY(m_screen->vaultModel()->rowCount() > 0);
    const auto vaults = await<QList<AuthVault>>(
            [&](QObject *context, auto done) { m_api->listVaults(context, done); });
    QVERIFY2(vaults.ok(), describe(vaults).constData());
    for (const AuthVault &vault : vaults.value)
        QVERIFY(vault.title != title);
}

void TestQualysScreen::vaultWithoutPasswordIsNotSent()
{
    QVERIFY2(waitForLists(), qPrintable(m_screen->statusLabel()->text()));
    m_screen->createVault();
    auto *dialog = qobject_cast<VaultDialog *>(m_screen->openDialog());
    QVERIFY(dialog);
    const QString title = QStringLiteral("Vault without password %1").arg(++m_counter);
    dialog->titleField()->setText(title);
    dialog->userField()->setText(QStringLiteral("svc-qualys"));

    dialog->save();

    QVERIFY(!dialog->problemLabel()->text().isEmpty());
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    const auto vaults = await<QList<AuthVault>>(
            [&](QObject *context, auto done) { m_api->listVaults(context, done); });
    QVERIFY2(vaults.ok(), describe(vaults).constData());
    for (const AuthVault &vault : vaults.value)
        QVERIFY(vault.title != title);
}

void TestQualysScreen::connectionDialogPairsTheProfile()
{
    ConnectionProfile profile = *m_profiles->profile(m_profile.id());
    QualysConnectionDialog dialog(m_connections.get(), &m_credentials, m_profiles.get(),
                                  m_connection, profile);
    QVERIFY(dialog.pairBox()->isChecked()); // already paired
    dialog.pairBox()->setChecked(false);
    QSignalSpy saved(&dialog, &QualysConnectionDialog::saved);
    dialog.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, AnswerMs);
    QVERIFY(m_profiles->profile(m_profile.id())->qualysConnectionId().isNull());

    QualysConnectionDialog again(m_connections.get(), &m_credentials, m_profiles.get(),
                                 m_connection, *m_profiles->profile(m_profile.id()));
    QVERIFY(!again.pairBox()->isChecked());
    again.pairBox()->setChecked(true);
    QSignalSpy savedAgain(&again, &QualysConnectionDialog::saved);
    again.save();
    QTRY_COMPARE_WITH_TIMEOUT(savedAgain.size(), 1, AnswerMs);
    QCOMPARE(m_profiles->profile(m_profile.id())->qualysConnectionId(), m_connection.id);
    // Saving without typing a password keeps the stored one.
    const auto read = readPassword(m_connection.id);
    QVERIFY(read && read->ok());
    QCOMPARE(read->secret, QualysPassword);
}

void TestQualysScreen::connectionDialogKeepsThePasswordInTheKeychainOnly()
{
    const QString password = QStringLiteral("Typed-Only-Here-%1").arg(++m_counter);
    QualysConnectionDialog dialog(m_connections.get(), &m_credentials, m_profiles.get(),
                                  std::nullopt, m_profile);
    dialog.nameField()->setText(QStringLiteral("Typed connection %1").arg(m_counter));
    dialog.platformBox()->setCurrentIndex(dialog.platformBox()->findData(CustomPlatformKey));
    dialog.customUrlField()->setText(
            QStringLiteral("https://127.0.0.1:%1").arg(m_sandbox.httpsPort()));
    dialog.userField()->setText(QStringLiteral("qualys-admin"));
    dialog.passwordField()->setText(password);
    dialog.trustBox()->setCurrentIndex(1);
    dialog.fingerprintField()->setText(QString::fromLatin1(m_sandbox.sha256Fingerprint()));
    dialog.pairBox()->setChecked(false);
    QSignalSpy saved(&dialog, &QualysConnectionDialog::saved);

    dialog.save();

    QVERIFY2(saved.wait(AnswerMs), qPrintable(dialog.problemLabel()->text()));
    const QUuid id = saved.first().at(0).toUuid();
    const auto stored = m_connections->connection(id);
    QVERIFY(stored);
    QCOMPARE(stored->trust.mode, CertificateTrust::Mode::PinnedCertificate);
    QCOMPARE(stored->trust.pinnedPort, m_sandbox.httpsPort());
    const auto read = readPassword(id);
    QVERIFY(read);
    QVERIFY2(read->ok(), qPrintable(read->message));
    QCOMPARE(read->secret, password);
    QFile ini(m_connections->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray contents = ini.readAll();
    QVERIFY(contents.contains(id.toString(QUuid::WithoutBraces).toLatin1())
            || contents.contains(id.toString().toLatin1()));
    QVERIFY(!contents.contains(password.toUtf8()));
    // Not paired: the profile keeps its own pairing.
    QCOMPARE(m_profiles->profile(m_profile.id())->qualysConnectionId(), m_connection.id);
}

void TestQualysScreen::withdrawnSessionEmptiesTheLists()
{
    QVERIFY2(waitForLists(), qPrintable(m_screen->statusLabel()->text()));

    m_screen->setSession(nullptr);

    QCOMPARE(m_screen->vaultView()->model()->rowCount(), 0);
    QCOMPARE(m_screen->recordView()->model()->rowCount(), 0);
    QVERIFY(!m_screen->client());
}

QTEST_MAIN(TestQualysScreen)
#include "tst_qualys_screen.moc"
